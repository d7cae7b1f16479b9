#pragma once

#include <QByteArray>
#include <QString>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>

namespace wfs {

// An XXH3-128 content hash: fast enough that snapshots are bound by the disk, not the CPU.
struct Hash
{
    std::array<std::uint8_t, 16> bytes{};

    static Hash of(const void *data, std::size_t size);
    static std::optional<Hash> fromHex(const QByteArray &hex);
    QByteArray hex() const;
    bool isNull() const;
    auto operator<=>(const Hash &) const = default;
};

// Streaming hasher for content read in pieces.
class Hasher
{
public:
    Hasher();
    ~Hasher();
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;
    void add(const void *data, std::size_t size);
    Hash finish();

private:
    void *m_state;
};

} // namespace wfs

template<>
struct std::hash<wfs::Hash>
{
    std::size_t operator()(const wfs::Hash &h) const noexcept
    {
        std::size_t v;
        std::memcpy(&v, h.bytes.data(), sizeof v);
        return v;
    }
};

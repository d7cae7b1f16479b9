#pragma once

#include <QByteArray>
#include <QString>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>

namespace wfs {

// A content id: the SHA-256 of the bytes. Ids leave the machine (issue 12: a team's bucket), so
// they must be collision-resistant: nobody can craft a file with another file's id. With the
// CPU's SHA instructions (OpenSSL uses them) and files hashed in parallel, a snapshot is still
// bound by the disk.
struct Hash
{
    std::array<std::uint8_t, 32> bytes{};

    static Hash of(const void *data, std::size_t size);
    static Hash of(const QByteArray &data) { return of(data.constData(), std::size_t(data.size())); }
    // 64 lowercase hex digits, nothing else.
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
    Hasher(Hasher &&other) noexcept;
    void add(const void *data, std::size_t size);
    Hash finish();

private:
    void *m_context;
};

// A quick XXH3-128 checksum, only where nothing is trusted on its word and speed is all that
// matters: a cache file's own integrity check (a cache that does not match is thrown away).
std::array<std::uint8_t, 16> quickSum(const void *data, std::size_t size);

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

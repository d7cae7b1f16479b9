#include "model/versions/Hash.h"

#include <cstring>
#include <xxhash.h>

namespace wfs {

namespace {
Hash fromXxh(const XXH128_hash_t &h)
{
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, h);
    Hash out;
    std::memcpy(out.bytes.data(), canonical.digest, 16);
    return out;
}
} // namespace

Hash Hash::of(const void *data, std::size_t size)
{
    return fromXxh(XXH3_128bits(data, size));
}

std::optional<Hash> Hash::fromHex(const QByteArray &hex)
{
    if (hex.size() != 32)
        return std::nullopt;
    const QByteArray raw = QByteArray::fromHex(hex);
    if (raw.size() != 16 || raw.toHex() != hex.toLower())
        return std::nullopt;
    Hash h;
    std::memcpy(h.bytes.data(), raw.constData(), 16);
    return h;
}

QByteArray Hash::hex() const
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), 16).toHex();
}

bool Hash::isNull() const
{
    for (auto b : bytes) {
        if (b)
            return false;
    }
    return true;
}

Hasher::Hasher() : m_state(XXH3_createState())
{
    XXH3_128bits_reset(static_cast<XXH3_state_t *>(m_state));
}

Hasher::~Hasher()
{
    XXH3_freeState(static_cast<XXH3_state_t *>(m_state));
}

void Hasher::add(const void *data, std::size_t size)
{
    XXH3_128bits_update(static_cast<XXH3_state_t *>(m_state), data, size);
}

Hash Hasher::finish()
{
    return fromXxh(XXH3_128bits_digest(static_cast<XXH3_state_t *>(m_state)));
}

} // namespace wfs

#include "model/versions/Hash.h"

#include <openssl/evp.h>
#include <utility>
#include <xxhash.h>

namespace wfs {

namespace {

// Fetched once: OpenSSL 3 looks an algorithm up by name on every implicit use otherwise.
const EVP_MD *sha256()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

Hash Hash::of(const void *data, std::size_t size)
{
    Hash h;
    unsigned int length = 0;
    EVP_Digest(data, size, h.bytes.data(), &length, sha256(), nullptr);
    return h;
}

std::optional<Hash> Hash::fromHex(const QByteArray &hex)
{
    if (hex.size() != 64)
        return std::nullopt;
    Hash h;
    for (std::size_t i = 0; i < 32; ++i) {
        const int high = hexDigit(hex[qsizetype(2 * i)]);
        const int low = hexDigit(hex[qsizetype(2 * i + 1)]);
        if (high < 0 || low < 0)
            return std::nullopt;
        h.bytes[i] = std::uint8_t(high << 4 | low);
    }
    return h;
}

QByteArray Hash::hex() const
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())).toHex();
}

bool Hash::isNull() const
{
    for (auto b : bytes) {
        if (b)
            return false;
    }
    return true;
}

Hasher::Hasher() : m_context(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX *>(m_context), sha256(), nullptr);
}

Hasher::Hasher(Hasher &&other) noexcept : m_context(std::exchange(other.m_context, nullptr)) {}

Hasher::~Hasher()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_context));
}

void Hasher::add(const void *data, std::size_t size)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_context), data, size);
}

Hash Hasher::finish()
{
    Hash h;
    unsigned int length = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_context), h.bytes.data(), &length);
    return h;
}

std::array<std::uint8_t, 16> quickSum(const void *data, std::size_t size)
{
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits(data, size));
    std::array<std::uint8_t, 16> out;
    std::memcpy(out.data(), canonical.digest, 16);
    return out;
}

} // namespace wfs

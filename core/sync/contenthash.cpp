#include "contenthash.h"

#include <QCryptographicHash>

#include <xxhash.h>

namespace Linkwright {

namespace {

constexpr qsizetype LegacySize = 20; // BLAKE2b-160, the fingerprint before XXH3

} // namespace

QByteArray contentHash(QByteArrayView bytes)
{
    // BLAKE2b was a twentieth of a full sync's instructions; change detection needs no
    // cryptographic strength, only a wide hash that spreads well.
    const XXH128_hash_t hash = XXH3_128bits(bytes.data(), static_cast<std::size_t>(bytes.size()));
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, hash);
    return QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
}

bool sameContent(const QByteArray &known, const QByteArray &hash, QByteArrayView bytes)
{
    if (known.size() == LegacySize)
        return known == QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_160);
    return known == hash;
}

} // namespace Linkwright

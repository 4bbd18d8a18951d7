#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Linkwright {

/// The fingerprint of a mapped record's serialised bytes: equal bytes, equal hash, so a record
/// whose mapped form did not change is not written again. Not for security: XXH3's 128 bits
/// (Debian's libxxhash), 16 bytes.
[[nodiscard]] QByteArray contentHash(QByteArrayView bytes);

/// Whether a stored fingerprint (known) says the same as hash, the contentHash of bytes. Stores
/// written before XXH3 hold BLAKE2b-160 fingerprints (20 bytes): those are compared with the
/// bytes' BLAKE2b, so an upgrade does not write every record once more.
[[nodiscard]] bool sameContent(const QByteArray &known, const QByteArray &hash, QByteArrayView bytes);

} // namespace Linkwright

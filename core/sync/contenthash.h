#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Linkwright {

/// The fingerprint of a mapped record's serialised bytes: equal bytes, equal hash, so a record
/// whose mapped form did not change is not written again. Not for security.
[[nodiscard]] QByteArray contentHash(QByteArrayView bytes);

} // namespace Linkwright

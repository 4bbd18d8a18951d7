#include "contenthash.h"

#include <QCryptographicHash>

namespace Linkwright {

QByteArray contentHash(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_160);
}

} // namespace Linkwright

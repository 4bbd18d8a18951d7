// RestConnector: answers in the character set their Content-Type declares.
#include "restconnector.h"

#include "secrets/redactor.h"

#include <QStringDecoder>

namespace Linkwright {

QByteArray RestConnector::charsetOf(const QByteArray &contentType)
{
    for (const QByteArray &parameter : contentType.split(';')) {
        const QByteArray trimmed = parameter.trimmed();
        if (!trimmed.toLower().startsWith("charset="))
            continue;
        // Headers sent twice arrive joined by a comma ("...; charset=latin1, application/json").
        QByteArray name = trimmed.mid(8);
        if (const qsizetype end = name.indexOf(','); end >= 0)
            name.truncate(end);
        return name.replace('"', QByteArray()).trimmed().toLower();
    }
    return {};
}

std::optional<HttpProblem> RestConnector::unreadableCharset(const HttpResult &result) const
{
    const QByteArray charset = charsetOf(result.header("Content-Type"));
    if (charset.isEmpty() || charset == "utf-8" || charset == "utf8" || charset == "us-ascii"
        || QStringDecoder(charset.constData()).isValid())
        return std::nullopt;
    return HttpProblem{Error{ErrorCode::InvalidResponse, m_transport.redactor().redactUrl(result.url),
                           tr("the answer is in the character set \"%1\", which cannot be read here")
                               .arg(QString::fromLatin1(charset)),
                           tr("Have the server send UTF-8, or the character set it declares.")},
        FailureClass::Permanent};
}

} // namespace Linkwright

// RestConnector: answers in the character set their Content-Type declares.
#include "restconnector.h"

#include "secrets/redactor.h"

#include <QStringDecoder>

namespace Linkwright {

QByteArray RestConnector::foreignCharset(const QByteArray &contentType)
{
    for (const QByteArray &parameter : contentType.split(';')) {
        const QByteArray trimmed = parameter.trimmed();
        if (!trimmed.toLower().startsWith("charset="))
            continue;
        // Headers sent twice arrive joined by a comma ("...; charset=latin1, application/json").
        QByteArray name = trimmed.mid(8);
        if (const qsizetype end = name.indexOf(','); end >= 0)
            name.truncate(end);
        name = name.replace('"', QByteArray()).trimmed().toLower();
        return name == "utf-8" || name == "utf8" || name == "us-ascii" ? QByteArray() : name;
    }
    return {};
}

std::optional<HttpProblem> RestConnector::unreadableCharset(const HttpResult &result) const
{
    const QByteArray charset = foreignCharset(result.header("Content-Type"));
    if (charset.isEmpty() || QStringDecoder(charset.constData()).isValid())
        return std::nullopt;
    return HttpProblem{Error{ErrorCode::InvalidResponse, m_transport.redactor().redactUrl(result.url),
                           tr("the answer is in the character set \"%1\", which cannot be read here")
                               .arg(QString::fromLatin1(charset)),
                           tr("Have the server send UTF-8, or the character set it declares.")},
        FailureClass::Permanent};
}

std::expected<QByteArray, HttpProblem> RestConnector::utf8Body(const HttpResult &result) const
{
    // A server that declares another character set (ISO-8859-1 from an older ERP) sends bytes
    // that are no UTF-8: read as such, every record with an umlaut failed as "not valid UTF-8,
    // correct it in the source", although the server had said how to read it.
    if (auto unreadable = unreadableCharset(result))
        return std::unexpected(*unreadable);
    const QByteArray charset = foreignCharset(result.header("Content-Type"));
    if (charset.isEmpty())
        return QByteArray();
    QStringDecoder decoder(charset.constData());
    const QString text = decoder.decode(result.body);
    if (decoder.hasError()) {
        return std::unexpected(
            HttpProblem{Error{ErrorCode::InvalidResponse, m_transport.redactor().redactUrl(result.url),
                            tr("the answer is not valid %1, the character set its server declares")
                                .arg(QString::fromLatin1(charset)),
                            tr("Have the server send UTF-8, or the character set it declares.")},
                FailureClass::Permanent});
    }
    return text.toUtf8();
}

} // namespace Linkwright

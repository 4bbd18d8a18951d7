#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QReadWriteLock>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Linkwright {

/// The one choke point every message, URL, header and payload passes before it is shown, logged
/// or stored. It replaces with "***":
///  - every registered secret, also as base64 (standard, URL-safe, with and without padding,
///    and inside longer base64 text), percent-encoded, form-encoded and JSON-escaped;
///  - the values of credential headers (Authorization, Proxy-Authorization, Cookie, Set-Cookie,
///    X-Api-Key and any header added with addSensitiveHeader), in header lists and in free text;
///  - the password of a URL and the values of credential-like query parameters (token, api_key, ...).
/// Thread-safe: the transport adds secrets on a worker thread while a log writer reads.
class Redactor final
{
public:
    /// Shorter secrets are not searched for in free text (they would mask ordinary words);
    /// their headers are still masked by name.
    static constexpr qsizetype MinimumSecretLength = 4;

    [[nodiscard]] static QString mask() { return QStringLiteral("***"); }
    /// The query parameters whose values are credentials (token, api_key, password, signature,
    /// ...), lower-case: their values are masked, and a project file must not hold them.
    [[nodiscard]] static const QStringList &secretQueryParameters();
    /// Whether name (in any case) is one of secretQueryParameters().
    [[nodiscard]] static bool isSecretQueryParameter(QStringView name);

    Redactor();
    Redactor(const Redactor &) = delete;
    Redactor &operator=(const Redactor &) = delete;

    void addSecret(const QString &secret);
    /// A header whose value is always masked (e.g. the endpoint's own API-key header).
    void addSensitiveHeader(QByteArrayView name);
    [[nodiscard]] bool isSensitiveHeader(QByteArrayView name) const;

    [[nodiscard]] QString redact(const QString &text) const;
    /// Byte for byte what it was except for the masked parts, also when the bytes are not UTF-8.
    [[nodiscard]] QByteArray redact(const QByteArray &bytes) const;
    [[nodiscard]] QString redactUrl(const QUrl &url) const;
    [[nodiscard]] QByteArray redactHeaderValue(QByteArrayView name, const QByteArray &value) const;
    [[nodiscard]] QList<QPair<QByteArray, QByteArray>> redactHeaders(
        const QList<QPair<QByteArray, QByteArray>> &headers) const;

private:
    [[nodiscard]] QString redactPatterns(QString text) const;
    void rebuildHeaderPattern();

    mutable QReadWriteLock m_lock;
    QList<QByteArray> m_needles; ///< every form of every secret, longest first
    QStringList m_textNeedles; ///< the same as text
    QList<QByteArray> m_headers; ///< lower-case
    QString m_headerPattern; ///< alternation of m_headers for the free-text patterns
};

} // namespace Linkwright

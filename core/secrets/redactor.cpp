#include "redactor.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace Linkwright {

namespace {

/// text with the second group of each match of pattern that masks() takes replaced by the mask.
/// A colon, comma or full stop that ends the group before a space or the end is prose and stays
/// ("...?access_token=abc: the server said").
template <typename Masks>
QString maskSecondGroup(QString text, const QRegularExpression &pattern, const Masks &masks)
{
    QString masked;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        if (!masks(match))
            continue;
        masked += QStringView(text).mid(done, match.capturedStart(2) - done);
        masked += Redactor::mask();
        done = match.capturedEnd(2);
        if (const QChar last = text.at(done - 1); done - 1 > match.capturedStart(2)
            && QStringView(u":,.").contains(last) && (done == text.size() || text.at(done).isSpace()))
            --done;
    }
    if (done == 0)
        return text;
    masked += QStringView(text).mid(done);
    return masked;
}

const QList<QByteArray> &defaultSensitiveHeaders()
{
    static const QList<QByteArray> Headers{"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"};
    return Headers;
}

QByteArray jsonEscaped(const QByteArray &text)
{
    QByteArray out;
    for (const char c : text) {
        if (c == '"' || c == '\\' || c == '/')
            out += '\\';
        if (static_cast<unsigned char>(c) < 0x20)
            out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

/// The part of the base64 text of secret that is the same wherever the secret sits in a longer
/// base64 stream, for each of the three alignments a byte string can have.
QList<QByteArray> base64Cores(const QByteArray &secret)
{
    QList<QByteArray> cores;
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray shifted = QByteArray(shift, '\0') + secret;
        const QByteArray encoded = shifted.toBase64();
        const qsizetype begin = (8 * shift + 5) / 6;
        const qsizetype end = (8 * (shift + secret.size())) / 6;
        const QByteArray core = encoded.mid(begin, end - begin);
        // A short core would match ordinary base64 by chance and mask unrelated data.
        if (core.size() >= 8) {
            cores.append(core);
            cores.append(QByteArray(core).replace('+', '-').replace('/', '_'));
        }
    }
    return cores;
}

QList<QByteArray> formsOf(const QByteArray &secret)
{
    QList<QByteArray> forms{secret, jsonEscaped(secret)};
    for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        forms.append(secret.toBase64(options));
        forms.append(secret.toBase64(options | QByteArray::OmitTrailingEquals));
    }
    forms.append(base64Cores(secret));
    const QByteArray percent = QUrl::toPercentEncoding(QString::fromUtf8(secret));
    forms.append(percent);
    forms.append(percent.toLower());
    // Form encoding writes a space as '+'.
    forms.append(QUrl::toPercentEncoding(QString::fromUtf8(secret), " ").replace(' ', '+'));
    forms.append(QUrl::toPercentEncoding(QString::fromUtf8(secret), "!$&'()*+,;=:@/"));
    return forms;
}

QString escapedAlternation(const QList<QByteArray> &names)
{
    QStringList parts;
    for (const QByteArray &name : names)
        parts.append(QRegularExpression::escape(QString::fromLatin1(name)));
    return parts.join(u'|');
}

} // namespace

const QStringList &Redactor::secretQueryParameters()
{
    static const QStringList Names{QStringLiteral("access_token"), QStringLiteral("refresh_token"),
        QStringLiteral("id_token"), QStringLiteral("token"), QStringLiteral("api_key"), QStringLiteral("apikey"),
        QStringLiteral("api-key"), QStringLiteral("key"), QStringLiteral("password"), QStringLiteral("passwd"),
        QStringLiteral("pwd"), QStringLiteral("secret"), QStringLiteral("client_secret"), QStringLiteral("signature"),
        QStringLiteral("sig"), QStringLiteral("auth"),
        // Tokens servers hand out in links (GitLab, OAuth 1, pre-signed cloud URLs) and session ids.
        QStringLiteral("auth_token"), QStringLiteral("private_token"), QStringLiteral("oauth_token"),
        QStringLiteral("oauth_signature"), QStringLiteral("access_key"), QStringLiteral("secret_key"),
        QStringLiteral("x-amz-signature"), QStringLiteral("x-amz-credential"), QStringLiteral("x-amz-security-token"),
        QStringLiteral("x-goog-signature"), QStringLiteral("x-goog-credential"), QStringLiteral("jwt"),
        QStringLiteral("bearer"), QStringLiteral("credential"), QStringLiteral("session"), QStringLiteral("sessionid"),
        QStringLiteral("session_id")};
    return Names;
}

bool Redactor::isSecretQueryParameter(QStringView name)
{
    if (secretQueryParameters().contains(name, Qt::CaseInsensitive))
        return true;
    // A list alone missed the names APIs give their keys (consumer_key, api_token, x-api-key,
    // apiToken): the words they are made of decide, in any case and with any separators.
    QString folded = name.toString().toLower();
    folded.removeIf([](QChar c) { return c == u'_' || c == u'-' || c == u'.'; });
    // A page's token is its cursor, not a credential (a page_access_token is one).
    static constexpr std::array<QStringView, 5> Cursors{
        u"pagetoken", u"nextpagetoken", u"nexttoken", u"continuationtoken", u"pagingtoken"};
    if (std::ranges::find(Cursors, QStringView(folded)) != Cursors.end())
        return false;
    static constexpr std::array<QStringView, 6> Words{
        u"token", u"secret", u"password", u"passwd", u"signature", u"credential"};
    // Keys that open something, not those that sort or partition (sortKey stays a parameter).
    static constexpr std::array<QStringView, 10> Keys{u"apikey", u"consumerkey", u"accesskey", u"secretkey",
        u"privatekey", u"clientkey", u"licensekey", u"appkey", u"authkey", u"subscriptionkey"};
    return std::ranges::any_of(Words, [&](QStringView word) { return folded.contains(word); })
        || std::ranges::any_of(Keys, [&](QStringView key) { return folded.endsWith(key); })
        || folded.startsWith(u"session");
}

Redactor::Redactor()
    : m_headers(defaultSensitiveHeaders())
{
    rebuildHeaderPattern();
}

void Redactor::addSecret(const QString &secret)
{
    if (secret.size() < MinimumSecretLength)
        return;
    QWriteLocker lock(&m_lock);
    for (const QByteArray &form : formsOf(secret.toUtf8())) {
        if (form.size() >= MinimumSecretLength && !m_needles.contains(form))
            m_needles.append(form);
    }
    // Longest first, so that a secret containing another is masked whole.
    std::ranges::stable_sort(m_needles, std::greater<>{}, &QByteArray::size);
    m_textNeedles.clear();
    for (const QByteArray &needle : std::as_const(m_needles))
        m_textNeedles.append(QString::fromUtf8(needle));
}

void Redactor::addSensitiveHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().trimmed().toLower();
    if (lower.isEmpty())
        return;
    QWriteLocker lock(&m_lock);
    if (!m_headers.contains(lower)) {
        m_headers.append(lower);
        rebuildHeaderPattern();
    }
}

bool Redactor::isSensitiveHeader(QByteArrayView name) const
{
    const QByteArray lower = name.toByteArray().trimmed().toLower();
    QReadLocker lock(&m_lock);
    return m_headers.contains(lower);
}

void Redactor::rebuildHeaderPattern()
{
    m_headerPattern = escapedAlternation(m_headers);
}

QString Redactor::redact(const QString &text) const
{
    QString out = text;
    {
        QReadLocker lock(&m_lock);
        for (const QString &needle : m_textNeedles)
            out.replace(needle, mask());
    }
    return redactPatterns(std::move(out));
}

QByteArray Redactor::redact(const QByteArray &bytes) const
{
    QByteArray out = bytes;
    {
        QReadLocker lock(&m_lock);
        for (const QByteArray &needle : m_needles)
            out.replace(needle, "***");
    }
    // Latin-1 maps every byte to one character and back, so bytes that are not UTF-8 survive;
    // the patterns only look for ASCII.
    return redactPatterns(QString::fromLatin1(out)).toLatin1();
}

QString Redactor::redactPatterns(QString text) const
{
    QString headers;
    {
        QReadLocker lock(&m_lock);
        headers = m_headerPattern;
    }
    // "Authorization": "Bearer x" in JSON, then Authorization: Bearer x up to the end of the line.
    const QRegularExpression quoted(
        QStringLiteral("\\b(%1)(\"?[ \\t]*[:=][ \\t]*)\"(?:[^\"\\\\]|\\\\.)*\"").arg(headers),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(quoted, QStringLiteral("\\1\\2\"***\""));
    // A server's hint names the header with a placeholder ("send Authorization: Bearer <token>"):
    // masked, the user lost what to send.
    const QRegularExpression line(
        QStringLiteral("\\b(%1)([ \\t]*[:=][ \\t]*)(?![ \\t]*\"\\*\\*\\*\")"
                       "(?![ \\t]*(?:[A-Za-z]+[ \\t]+)?<[A-Za-z _.-]{1,40}>(?:[\"'.,;)\\r\\n]|$))[^\\r\\n]+")
            .arg(headers),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(line, QStringLiteral("\\1\\2***"));
    // Credentials a server echoes in prose ("invalid credentials: Bearer k9"): a secret shorter
    // than MinimumSecretLength is not searched for, but after the scheme's name it is one. As the
    // scheme is written, so that "a bearer of news" stays prose.
    // A token has a digit or is long: "Bearer Bond Fund" in a record's payload stays as it is.
    static const QRegularExpression bearer(QStringLiteral(
        "\\b(Bearer[ \\t]+)(?!\\*\\*\\*)(?=[A-Za-z0-9._~+/=-]*[0-9]|[A-Za-z0-9._~+/=-]{20})[A-Za-z0-9._~+/=-]+"));
    text.replace(bearer, QStringLiteral("\\1***"));
    static const QRegularExpression basic(
        QStringLiteral("\\b(Basic[ \\t]+)([A-Za-z0-9+/]{4,}={0,2})(?![A-Za-z0-9+/=])"));
    // Only what decodes to user:password: "Basic plan" is prose.
    text = maskSecondGroup(std::move(text), basic, [](const QRegularExpressionMatch &match) {
        return QByteArray::fromBase64(match.captured(2).toLatin1()).contains(':');
    });

    static const QRegularExpression userInfo(QStringLiteral("(://[^/@\\s:]*:)[^@/\\s]*@"));
    text.replace(userInfo, QStringLiteral("\\1***@"));
    // The value ends where a URL's parameters are cut (& ; #) or the URL ends in prose (a closing
    // parenthesis, quotes, space): "...?api_key=***);" kept its ");".
    // A value ends at a '?' too: "?redirect=https://x/cb?access_token=S" hid the token in the
    // redirect's value.
    static const QRegularExpression query(QStringLiteral("[?&;#]([A-Za-z0-9_.\\-]+)=([^?&#;)\\s\"'<>]*)"));
    return maskSecondGroup(std::move(text), query, [](const QRegularExpressionMatch &match) {
        return match.capturedLength(2) > 0 && isSecretQueryParameter(match.capturedView(1));
    });
}

QString Redactor::redactUrl(const QUrl &url) const
{
    QUrl copy = url;
    if (!copy.password().isEmpty())
        copy.setPassword(mask());
    return redact(copy.toString(QUrl::FullyEncoded));
}

QByteArray Redactor::redactHeaderValue(QByteArrayView name, const QByteArray &value) const
{
    if (isSensitiveHeader(name))
        return "***";
    return redact(value);
}

QList<QPair<QByteArray, QByteArray>> Redactor::redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    QList<QPair<QByteArray, QByteArray>> out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers)
        out.append({name, redactHeaderValue(name, value)});
    return out;
}

} // namespace Linkwright

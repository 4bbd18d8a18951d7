#include "linkheader.h"

namespace Linkwright {

namespace {

/// A cursor over one header value; every step checks the end, so hostile input cannot overrun.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {
    }

    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    void skip() { ++m_pos; }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }
    /// Up to (not including) one of stops, outside quotes.
    QByteArrayView until(QByteArrayView stops)
    {
        const qsizetype begin = m_pos;
        while (!atEnd() && !stops.contains(peek()))
            ++m_pos;
        return m_text.sliced(begin, m_pos - begin);
    }
    QByteArray quoted()
    {
        QByteArray out;
        skip(); // the opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\') {
                skip();
                if (atEnd())
                    break;
            }
            out += peek();
            skip();
        }
        if (!atEnd())
            skip(); // the closing quote
        return out;
    }
    /// Moves past the next comma that is outside quotes and brackets, or to the end.
    void skipToNextLink()
    {
        while (!atEnd() && peek() != ',') {
            if (peek() == '"')
                (void)quoted();
            else
                skip();
        }
        if (!atEnd())
            skip();
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

namespace Http {

QList<WebLink> parseLinkHeader(QByteArrayView value, const QUrl &base)
{
    QList<WebLink> links;
    Scanner in(value);
    while (!in.atEnd()) {
        in.skipSpace();
        if (in.peek() == ',') {
            in.skip();
            continue;
        }
        if (in.peek() != '<') {
            in.skipToNextLink();
            continue;
        }
        in.skip();
        const QByteArrayView reference = in.until(">");
        if (in.atEnd())
            break; // no closing '>': the rest is not a link
        in.skip();
        WebLink link;
        // Servers put spaces, '|' or '{' in their links unencoded; strict parsing lost such a
        // next page, and paging ended as if there were none.
        link.reference = QString::fromUtf8(reference.trimmed());
        const QUrl target = QUrl::fromEncoded(reference.trimmed().toByteArray(), QUrl::TolerantMode);
        // An empty reference is the base itself (RFC 3986 section 5.2).
        if (target.isValid() || link.reference.isEmpty())
            link.target = base.isValid() ? base.resolved(target) : target;
        bool valid = true;

        // Parameters until the next comma.
        while (true) {
            in.skipSpace();
            if (in.atEnd() || in.peek() == ',')
                break;
            if (in.peek() != ';') {
                valid = false;
                in.skipToNextLink();
                break;
            }
            in.skip();
            in.skipSpace();
            const QString name = QString::fromLatin1(in.until("=;, \t").trimmed()).toLower();
            in.skipSpace();
            QString parameter;
            if (in.peek() == '=') {
                in.skip();
                in.skipSpace();
                if (in.peek() == '"')
                    parameter = QString::fromUtf8(in.quoted());
                else
                    parameter = QString::fromUtf8(in.until(";, \t").trimmed());
            }
            if (name.isEmpty())
                continue;
            link.parameters.append({name, parameter});
            // Only the first rel counts (RFC 8288 section 3.3).
            if (name == u"rel" && link.relations.isEmpty())
                link.relations = parameter.toLower().split(u' ', Qt::SkipEmptyParts);
        }
        if (valid)
            links.append(std::move(link));
        if (!in.atEnd() && in.peek() == ',')
            in.skip();
    }
    return links;
}

std::optional<WebLink> findWebLink(const QList<QByteArray> &values, QStringView rel, const QUrl &base)
{
    const QString wanted = rel.toString().toLower();
    for (const QByteArray &value : values) {
        for (WebLink &link : parseLinkHeader(value, base)) {
            if (link.relations.contains(wanted))
                return std::move(link);
        }
    }
    return std::nullopt;
}

std::optional<QUrl> findLink(const QList<QByteArray> &values, QStringView rel, const QUrl &base)
{
    auto link = findWebLink(values, rel, base);
    if (!link)
        return std::nullopt;
    return link->target;
}

} // namespace Http

} // namespace Linkwright

#include "httpresponseparser.h"

namespace Linkwright {

namespace {

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArray &part : list.toByteArray().split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

void HttpResponseParser::reset(bool headRequest)
{
    *this = HttpResponseParser();
    m_head = headRequest;
}

bool HttpResponseParser::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    m_keepAlive = false;
    return false;
}

std::optional<QByteArray> HttpResponseParser::takeLine(qsizetype limit)
{
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0) {
        if (m_buffer.size() > limit)
            fail(tr("a line of the response is longer than %1 bytes").arg(limit));
        return std::nullopt;
    }
    if (end > limit) {
        fail(tr("a line of the response is longer than %1 bytes").arg(limit));
        return std::nullopt;
    }
    QByteArray line = m_buffer.left(end);
    m_buffer.remove(0, end + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool HttpResponseParser::feed(QByteArrayView data)
{
    if (m_state == State::Failed)
        return false;
    if (!data.isEmpty())
        m_receivedAnything = true;
    m_buffer.append(data);
    while (true) {
        switch (m_state) {
        case State::StatusLine:
        case State::Headers:
        case State::Trailers: {
            const qsizetype before = m_buffer.size();
            const auto line = takeLine(MaxHeaderBytes - m_headerBytes);
            if (!line)
                return m_state != State::Failed;
            m_headerBytes += before - m_buffer.size();
            if (m_state == State::StatusLine) {
                // Tolerate the empty lines some servers send between responses (RFC 9112 2.2).
                if (!line->isEmpty() && !parseStatusLine(*line))
                    return false;
            } else if (line->isEmpty()) {
                if (m_state == State::Trailers)
                    m_state = State::Done;
                else if (!headersComplete())
                    return false;
            } else if (m_state == State::Headers && !parseHeaderLine(*line)) {
                return false;
            }
            break;
        }
        case State::Body:
        case State::ChunkData: {
            if (m_buffer.isEmpty())
                return true;
            const qsizetype take = static_cast<qsizetype>(std::min<qint64>(m_remaining, m_buffer.size()));
            if (take == m_buffer.size() && m_body.isEmpty())
                m_body = std::exchange(m_buffer, {});
            else {
                m_body.append(m_buffer.constData(), take);
                m_buffer.remove(0, take);
            }
            m_remaining -= take;
            if (m_remaining > 0)
                return true;
            m_state = m_state == State::Body ? State::Done : State::ChunkDataEnd;
            break;
        }
        case State::ChunkSize: {
            const auto line = takeLine(1024);
            if (!line)
                return m_state != State::Failed;
            const qsizetype extension = line->indexOf(';');
            const QByteArray size = (extension < 0 ? *line : line->left(extension)).trimmed();
            bool ok = false;
            const qint64 length = size.toLongLong(&ok, 16);
            if (!ok || length < 0 || size.size() > 15)
                return fail(tr("the response has a malformed chunk size"));
            if (length == 0) {
                m_state = State::Trailers;
            } else {
                m_remaining = length;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkDataEnd: {
            const auto line = takeLine(2);
            if (!line)
                return m_state != State::Failed;
            if (!line->isEmpty())
                return fail(tr("a chunk of the response is longer than its size says"));
            m_state = State::ChunkSize;
            break;
        }
        case State::UntilClose:
            m_body.append(m_buffer);
            m_buffer.clear();
            return true;
        case State::Done:
            return true;
        case State::Failed:
            return false;
        }
    }
}

bool HttpResponseParser::parseStatusLine(QByteArrayView line)
{
    // HTTP/1.1 200 OK
    if (!line.startsWith("HTTP/1.") || line.size() < 12 || line.at(8) != ' ')
        return fail(tr("the server did not answer in HTTP/1.x"));
    m_http10 = line.at(7) == '0';
    bool ok = false;
    const int status = line.sliced(9, 3).toInt(&ok);
    if (!ok || status < 100 || status > 999)
        return fail(tr("the response has no valid status code"));
    m_status = status;
    m_state = State::Headers;
    return true;
}

bool HttpResponseParser::parseHeaderLine(QByteArrayView line)
{
    if (m_headers.size() >= MaxHeaderLines)
        return fail(tr("the response has more than %1 headers").arg(MaxHeaderLines));
    if (line.front() == ' ' || line.front() == '\t') {
        // Obsolete line folding: continues the previous value.
        if (m_headers.isEmpty())
            return fail(tr("the response starts its headers with a continuation line"));
        m_headers.last().second += ' ' + line.trimmed().toByteArray();
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(tr("the response has a header line without a name"));
    m_headers.append({line.first(colon).trimmed().toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    return true;
}

bool HttpResponseParser::headersComplete()
{
    if (m_status >= 100 && m_status < 200) {
        if (m_status == 101)
            return fail(tr("the server switched protocols, which was not asked for"));
        // An interim answer (100 Continue, 103 Early Hints): the real one follows.
        m_headers.clear();
        m_status = 0;
        m_state = State::StatusLine;
        return true;
    }
    const QByteArray connection = headerValue(m_headers, "Connection");
    m_keepAlive = m_http10 ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");

    if (m_head || m_status == 204 || m_status == 304) {
        m_state = State::Done;
        return true;
    }
    const QByteArray coding = headerValue(m_headers, "Transfer-Encoding");
    if (!coding.isEmpty()) {
        const QList<QByteArray> codings = coding.split(',');
        if (codings.size() != 1 || codings.first().trimmed().compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(
                tr("the response uses a transfer coding that was not asked for: %1").arg(QString::fromLatin1(coding)));
        m_state = State::ChunkSize;
        return true;
    }
    const QList<QByteArray> lengths = headerValues(m_headers, "Content-Length");
    if (!lengths.isEmpty()) {
        const QByteArray text = lengths.first().trimmed();
        bool ok = !text.isEmpty() && std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
        const qint64 length = ok ? text.toLongLong(&ok) : -1;
        for (const QByteArray &other : lengths) {
            if (other.trimmed() != text)
                ok = false;
        }
        if (!ok || length < 0)
            return fail(tr("the response has an invalid Content-Length"));
        m_remaining = length;
        // Reserved up to a bound: the length is the server's word, not yet its bytes.
        m_body.reserve(static_cast<qsizetype>(std::min<qint64>(length, 8 * 1024 * 1024)));
        m_state = length == 0 ? State::Done : State::Body;
        return true;
    }
    // No framing: the body ends when the server closes the connection.
    m_keepAlive = false;
    m_state = State::UntilClose;
    return true;
}

void HttpResponseParser::finishOnClose()
{
    switch (m_state) {
    case State::UntilClose:
        m_state = State::Done;
        break;
    case State::Done:
    case State::Failed:
        break;
    case State::Body:
        fail(tr("the connection closed %1 bytes before the end of the body").arg(m_remaining));
        break;
    default:
        fail(m_receivedAnything ? tr("the connection closed before the response was complete")
                                : tr("the connection closed without an answer"));
        break;
    }
    m_keepAlive = false;
}

} // namespace Linkwright

#pragma once

#include "connectors/httptypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Linkwright {

/// Reads one HTTP/1.1 response from a byte stream as it arrives: status line, headers, then a
/// body framed by Content-Length, chunked transfer coding, or the end of the connection. 1xx
/// answers are skipped. Limits protect against a hostile server: 64 KiB of headers, 100 header
/// lines. Used by HttpConnection, which speaks HTTP/1.1 for uploads on low-delay sockets.
class HttpResponseParser final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::HttpResponseParser)

public:
    enum class State {
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        UntilClose,
        Done,
        Failed,
    };

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr int MaxHeaderLines = 100;

    /// A response to HEAD, or a 204/304, has no body whatever its headers say.
    void reset(bool headRequest = false);
    /// Consumes data; returns false once the response is malformed (see errorString()).
    bool feed(QByteArrayView data);
    /// The peer closed the connection: completes a body that runs until the close, fails others.
    void finishOnClose();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isDone() const { return m_state == State::Done; }
    [[nodiscard]] bool hasFailed() const { return m_state == State::Failed; }
    [[nodiscard]] bool receivedAnything() const { return m_receivedAnything; }
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const HttpHeaders &headers() const { return m_headers; }
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    [[nodiscard]] QByteArray takeBody() { return std::exchange(m_body, {}); }
    /// Whether the connection can carry another request after this response.
    [[nodiscard]] bool keepAlive() const { return m_keepAlive; }
    /// Bytes received after the response ended (a server that pipelines or misbehaves).
    [[nodiscard]] qsizetype surplus() const { return m_buffer.size(); }

private:
    bool fail(const QString &message);
    bool parseStatusLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    bool headersComplete();
    /// The next CRLF-terminated line from the buffer, or nullopt when it has not arrived.
    std::optional<QByteArray> takeLine(qsizetype limit);

    State m_state = State::StatusLine;
    QByteArray m_buffer;
    QByteArray m_body;
    HttpHeaders m_headers;
    QString m_error;
    int m_status = 0;
    bool m_http10 = false;
    bool m_keepAlive = true;
    bool m_head = false;
    bool m_receivedAnything = false;
    qint64 m_remaining = 0;
    qsizetype m_headerBytes = 0;
};

} // namespace Linkwright

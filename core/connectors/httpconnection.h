#pragma once

#include "connectors/httpresponseparser.h"
#include "connectors/httptypes.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace Linkwright {

/// One HTTP/1.1 keep-alive connection on a socket with Nagle's algorithm switched off
/// (TCP_NODELAY), which QNetworkAccessManager in Qt 6.4 never does: it writes an upload in
/// 16 KiB pieces, and with Nagle on each piece waits for the peer's delayed ACK (about 40 ms a
/// request over loopback). HttpTransport sends request bodies through this class. https goes
/// through QSslSocket with the default configuration: the peer is verified, errors are never
/// ignored. No proxy (the transport uses QNetworkAccessManager when one is configured).
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        None,
        Refused,
        HostNotFound,
        Closed, ///< closed or reset before the response was complete
        Timeout, ///< silence for longer than the inactivity timeout
        Tls,
        Protocol, ///< the answer is not HTTP/1.x as this class reads it
        TooLarge, ///< the body grew past setMaxBodyBytes()
        Other,
    };

    explicit HttpConnection(const QUrl &origin, QObject *parent = nullptr);
    ~HttpConnection() override;

    /// scheme://host:port; connections are reused per origin.
    [[nodiscard]] static QString originKey(const QUrl &url);
    [[nodiscard]] QString originKey() const { return originKey(m_origin); }

    /// Sends one request; finished() follows once. inactivityMsecs 0 means no timeout.
    void send(const QByteArray &method, const QUrl &url, const HttpHeaders &headers, const QByteArray &body,
        int inactivityMsecs);
    /// Stops the request in flight without emitting finished().
    void abort();
    /// A body longer than this ends the request with Failure::TooLarge; 0 means no limit.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    /// Connected, nothing in flight and the last response allowed another request.
    [[nodiscard]] bool isReusable() const;
    /// Whether an earlier request completed on this connection: a failure with nothing received
    /// is then most likely a keep-alive connection the server had just closed.
    [[nodiscard]] bool wasReused() const { return m_reused; }

    [[nodiscard]] Failure failure() const { return m_failure; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] const QList<QSslError> &sslErrors() const { return m_sslErrors; }
    [[nodiscard]] HttpResponseParser &response() { return m_parser; }

Q_SIGNALS:
    void finished();

private:
    void connectSocket();
    void writeRequest();
    void onReadyRead();
    void onDisconnected();
    void onError();
    void onProgress();
    void complete(Failure failure, const QString &message = {});

    QUrl m_origin;
    qint64 m_maxBodyBytes = 0;
    QPointer<QTcpSocket> m_socket;
    QTimer m_inactivity;
    HttpResponseParser m_parser;
    QByteArray m_head;
    QByteArray m_body;
    bool m_inFlight = false;
    bool m_connected = false; ///< ready for requests: TCP connected and, for https, encrypted
    bool m_tcpConnected = false;
    bool m_reused = false;
    bool m_completedBefore = false;
    Failure m_failure = Failure::None;
    QString m_errorString;
    QList<QSslError> m_sslErrors;
};

} // namespace Linkwright

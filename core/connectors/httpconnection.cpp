#include "httpconnection.h"

#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Linkwright {

HttpConnection::HttpConnection(const QUrl &origin, QObject *parent)
    : QObject(parent)
    , m_origin(origin)
{
    m_inactivity.setSingleShot(true);
    connect(&m_inactivity, &QTimer::timeout, this,
        [this] { complete(Failure::Timeout, tr("no data arrived for %1 s").arg(m_inactivity.interval() / 1000.0)); });
}

HttpConnection::~HttpConnection()
{
    if (m_socket)
        m_socket->abort();
}

QString HttpConnection::originKey(const QUrl &url)
{
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + u':'
        + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

bool HttpConnection::isReusable() const
{
    return !m_inFlight && m_socket && m_connected && m_socket->state() == QAbstractSocket::ConnectedState
        && m_parser.keepAlive() && m_failure == Failure::None
        && m_parser.surplus() == 0
        // A server may answer before the whole body is sent (413, say); the rest must not go
        // out as the start of the next request.
        && m_socket->bytesToWrite() == 0;
}

void HttpConnection::send(
    const QByteArray &method, const QUrl &url, const HttpHeaders &headers, const QByteArray &body, int inactivityMsecs)
{
    Q_ASSERT(!m_inFlight);
    m_reused = m_completedBefore;
    m_inFlight = true;
    m_failure = Failure::None;
    m_errorString.clear();
    m_sslErrors.clear();
    m_parser.reset(method == "HEAD");

    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const bool https = url.scheme() == u"https";
    const int defaultPort = https ? 443 : 80;
    QByteArray host = QUrl::toAce(url.host());
    if (url.host().contains(u':'))
        host = '[' + url.host().toLatin1() + ']';
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());

    m_head = method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : headers) {
        // Header injection: a CR or LF in a value would start a header of the caller's choice.
        // Nor is the header left out: the request would go without it (its credentials, say).
        if (name.contains('\r') || name.contains('\n') || value.contains('\r') || value.contains('\n')) {
            const QString message = tr("the %1 header contains a line break; the request was not sent")
                                        .arg(QString::fromLatin1(name.simplified()));
            QTimer::singleShot(0, this, [this, message] { complete(Failure::Other, message); });
            return;
        }
        hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
        m_head += name + ": " + value + "\r\n";
    }
    if (!hasLength && (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH"))
        m_head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    m_head += "\r\n";
    m_body = body;

    m_inactivity.setInterval(inactivityMsecs);
    if (inactivityMsecs > 0)
        m_inactivity.start();
    if (m_socket && m_connected && m_socket->state() == QAbstractSocket::ConnectedState)
        writeRequest();
    else
        connectSocket();
}

void HttpConnection::connectSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_connected = false;
    m_tcpConnected = false;
    m_completedBefore = false;
    m_reused = false;
    const bool https = m_origin.scheme() == u"https";
    QTcpSocket *socket = https ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket = socket;
    socket->setProxy(QNetworkProxy::NoProxy);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onProgress);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, &HttpConnection::onError);
    connect(socket, &QTcpSocket::connected, this, [this] {
        m_tcpConnected = true;
        // The point of this class: every write goes out at once instead of waiting for an ACK.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    });
    const QString host = m_origin.host();
    const auto port = static_cast<quint16>(m_origin.port(https ? 443 : 80));
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
        ssl->setSslConfiguration(configuration);
        // Recorded for the message only; never ignored, so the handshake fails on any of them.
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onProgress);
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            m_connected = true;
            writeRequest();
        });
        ssl->connectToHostEncrypted(host, port);
    } else {
        connect(socket, &QTcpSocket::connected, this, [this] {
            m_connected = true;
            writeRequest();
        });
        socket->connectToHost(host, port);
    }
}

void HttpConnection::writeRequest()
{
    if (!m_inFlight || !m_socket)
        return;
    onProgress();
    m_socket->write(m_head);
    if (!m_body.isEmpty())
        m_socket->write(m_body);
    m_head.clear();
    m_body.clear();
    // QAbstractSocket keeps what is written until the event loop runs again; a sync that maps the
    // next page meanwhile would hold the request back from a server with nothing else to do.
    m_socket->flush();
}

void HttpConnection::onProgress()
{
    if (m_inFlight && m_inactivity.interval() > 0)
        m_inactivity.start();
}

void HttpConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (!m_inFlight) {
        // Bytes nobody asked for: kept as surplus, so isReusable() is false from now on.
        m_parser.feed(data);
        return;
    }
    onProgress();
    if (!m_parser.feed(data)) {
        complete(Failure::Protocol, m_parser.errorString());
        return;
    }
    if (m_maxBodyBytes > 0 && m_parser.body().size() > m_maxBodyBytes) {
        complete(Failure::TooLarge, QString::number(m_maxBodyBytes));
        return;
    }
    if (m_parser.isDone()) {
        if (!m_parser.keepAlive())
            m_socket->disconnectFromHost();
        complete(Failure::None);
    }
}

void HttpConnection::onDisconnected()
{
    const bool duringHandshake = m_tcpConnected && !m_connected;
    m_connected = false;
    m_tcpConnected = false;
    if (!m_inFlight)
        return;
    if (duringHandshake && qobject_cast<QSslSocket *>(m_socket)) {
        // A server that does not speak TLS on this port often just hangs up on the handshake.
        complete(Failure::Tls, tr("the server closed the connection during the TLS handshake"));
        return;
    }
    m_parser.finishOnClose();
    if (m_parser.isDone())
        complete(Failure::None);
    else
        complete(Failure::Closed, m_parser.errorString());
}

void HttpConnection::onError()
{
    if (!m_inFlight || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        // Reading to the end of the connection is a valid way to end a body.
        onDisconnected();
        return;
    case QAbstractSocket::ConnectionRefusedError:
        complete(Failure::Refused, m_socket->errorString());
        return;
    case QAbstractSocket::HostNotFoundError:
        complete(Failure::HostNotFound, m_socket->errorString());
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        complete(Failure::Tls, m_socket->errorString());
        return;
    case QAbstractSocket::SocketTimeoutError:
        complete(Failure::Timeout, m_socket->errorString());
        return;
    default:
        complete(Failure::Other, m_socket->errorString());
        return;
    }
}

void HttpConnection::complete(Failure failure, const QString &message)
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    m_inactivity.stop();
    m_failure = failure;
    m_errorString = message;
    if (failure == Failure::None) {
        m_completedBefore = true;
    } else if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_connected = false;
    }
    Q_EMIT finished();
}

void HttpConnection::abort()
{
    m_inFlight = false;
    m_inactivity.stop();
    m_failure = Failure::Other;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_connected = false;
}

} // namespace Linkwright

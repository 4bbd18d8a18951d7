#include "testservers.h"

#include "simulatorserver.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

namespace Linkwright::Testing {

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(LINKWRIGHT_CONNECTOR_TEST_DATA "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    default:
        return "OTHER";
    }
}

} // namespace

QByteArray SeenRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeHttpServer::FakeHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_http(new QHttpServer(this))
{
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        SeenRequest seen;
        seen.method = methodName(request.method());
        seen.path = request.url().path();
        seen.query = request.query();
        seen.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
        seen.headers = request.headers();
        seen.body = request.body();
        m_requests.append(seen);
        const FakeReply reply = m_handler(seen);
        QHttpServerResponse response(
            reply.contentType, reply.body, static_cast<QHttpServerResponse::StatusCode>(reply.status));
        for (const auto &[name, value] : reply.headers)
            response.addHeader(name, value);
        response.write(std::move(responder));
    });
}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen()
{
    m_port = m_http->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeHttpServer::url(const QString &path) const
{
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

RawServer::RawServer(QByteArray answer, QObject *parent)
    : QTcpServer(parent)
    , m_answer(std::move(answer))
{
}

QUrl RawServer::url(const QString &scheme) const
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

void RawServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(descriptor);
    ++m_connections;
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        socket->readAll();
        socket->write(m_answer);
        socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

SelfSignedServer::SelfSignedServer(QObject *parent)
    : QObject(parent)
    , m_server(new QSslServer(this))
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificatePem()));
    configuration.setPrivateKey(QSslKey(readData("selfsigned.key"), QSsl::Rsa));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for client certificates
    m_server->setSslConfiguration(configuration);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_handshakes;
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                const QByteArray request = socket->readAll();
                if (!request.contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                              "Connection: close\r\n\r\n{}");
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

SelfSignedServer::~SelfSignedServer() = default;

bool SelfSignedServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl SelfSignedServer::url(const QString &path) const
{
    QUrl url(QStringLiteral("https://localhost"));
    url.setPort(m_server->serverPort());
    url.setPath(path);
    return url;
}

QByteArray SelfSignedServer::certificatePem()
{
    return readData("selfsigned.crt");
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

std::unique_ptr<SimulatorServer> startSimulator(int products, int customers, int orders)
{
    SimulatorDataOptions options;
    options.products = products;
    options.customers = customers;
    options.orders = orders;
    auto server = std::make_unique<SimulatorServer>(options);
    if (!server->listen(QHostAddress::LocalHost, 0))
        return nullptr;
    return server;
}

} // namespace Linkwright::Testing

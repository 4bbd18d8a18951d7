#include "simulatorserver.h"

#include "simulatortcpserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace Linkwright {

SimulatorServer::SimulatorServer(const SimulatorDataOptions &options, QObject *parent)
    : QObject(parent)
    , m_api(m_store)
    , m_http(new QHttpServer(this))
{
    m_store.load(SimulatorData(options));

    // The API parses the path itself; the routes only decide which requests reach it, and the
    // missing handler makes every other path answer in JSON too.
    m_http->route(QStringLiteral("/health"), [this](const QHttpServerRequest &request) { return respond(request); });
    m_http->route(QStringLiteral("/<arg>/<arg>"),
        [this](const QString &, const QString &, const QHttpServerRequest &request) { return respond(request); });
    m_http->route(QStringLiteral("/<arg>/<arg>/<arg>"),
        [this](const QString &, const QString &, const QString &, const QHttpServerRequest &request) {
            return respond(request);
        });
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        respond(request).write(std::move(responder));
    });
}

SimulatorServer::~SimulatorServer() = default;

void SimulatorServer::setToken(const QString &token)
{
    m_api.setToken(token);
}

Result<quint16> SimulatorServer::listen(const QHostAddress &address, quint16 port)
{
    // Our own QTcpServer rather than QHttpServer::listen(): it keeps the reason a listen failed
    // (QHttpServer 6.4 only logs it) and its sockets switch off Nagle's algorithm.
    auto *tcp = new SimulatorTcpServer(this);
    if (!tcp->listen(address, port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return fail(ErrorCode::Network, address.toString() + QLatin1Char(':') + QString::number(port),
            tr("cannot listen: %1").arg(reason),
            tr("another program, perhaps another linkwright-sim, uses this port; stop it or choose "
               "another port with --port"));
    }
    m_http->bind(tcp);
    m_tcp = tcp;
    return tcp->serverPort();
}

quint16 SimulatorServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl SimulatorServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_tcp ? m_tcp->serverAddress().toString() : QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QUrl SimulatorServer::origin(const QHttpServerRequest &request) const
{
    // Links should point where the client connected ("localhost" stays "localhost"), but a Host
    // header is client input: anything that is not a plain host[:port] falls back to our address.
    const QString host = QString::fromLatin1(request.value(QByteArrayLiteral("Host")));
    QUrl url(QStringLiteral("http://") + host, QUrl::StrictMode);
    if (host.isEmpty() || !url.isValid() || !url.path().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery()
        || url.hasFragment()) {
        return baseUrl();
    }
    return url;
}

QHttpServerResponse SimulatorServer::respond(const QHttpServerRequest &request)
{
    SimulatorRequest in;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        in.method = SimulatorRequest::Method::Get;
        break;
    case QHttpServerRequest::Method::Post:
        in.method = SimulatorRequest::Method::Post;
        break;
    default:
        in.method = SimulatorRequest::Method::Other;
        break;
    }
    in.path = request.url().path(QUrl::FullyDecoded);
    in.query = request.query();
    in.origin = origin(request);
    in.authorization = request.value(QByteArrayLiteral("Authorization"));
    in.body = request.body();

    const SimulatorReply out = m_api.handle(in);
    QHttpServerResponse response(
        QByteArrayLiteral("application/json"), out.body, static_cast<QHttpServerResponse::StatusCode>(out.status));
    for (const auto &[name, value] : out.headers)
        response.addHeader(name, value);
    return response;
}

} // namespace Linkwright

#include "simulatorserver.h"

#include "simulatorpersistence.h"
#include "simulatortcpserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace Linkwright {

/// An answer held back by a stall or slow fault, with the connection it belongs to.
struct SimulatorServer::Held {
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    SimulatorReply reply;
};

SimulatorServer::SimulatorServer(const SimulatorDataOptions &options, QObject *parent)
    : QObject(parent)
    , m_ungenerated(options)
    , m_options(options)
    , m_api(m_store)
    , m_http(new QHttpServer(this))
{
    FaultConfig faults;
    faults.seed = options.seed;
    m_api.setFaults(faults);

    // Every route takes the responder rather than returning a response, so an answer can be held
    // back (a stall) or never given (a reset) without blocking the event loop. The API parses the
    // path itself; the routes only decide which requests reach it, and the missing handler makes
    // every other path answer in JSON too.
    m_http->route(
        QStringLiteral("/health"), [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            serve(request, std::move(responder));
        });
    m_http->route(QStringLiteral("/<arg>/<arg>"),
        [this](const QString &, const QString &, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            serve(request, std::move(responder));
        });
    m_http->route(QStringLiteral("/<arg>/<arg>/<arg>"),
        [this](const QString &, const QString &, const QString &, const QHttpServerRequest &request,
            QHttpServerResponder &&responder) { serve(request, std::move(responder)); });
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        serve(request, std::move(responder));
    });
}

SimulatorServer::~SimulatorServer()
{
    if (m_persistence) {
        const Result<void> saved = m_persistence->flush();
        if (!saved)
            qWarning("linkwright-sim: %s", qPrintable(saved.error().toString()));
    }
    // Held answers first, then the sockets they point into, while the store is still alive.
    m_held.clear();
    delete m_http;
    m_http = nullptr;
    delete m_persistence;
    m_persistence = nullptr;
}

void SimulatorServer::ensureGenerated()
{
    if (!m_ungenerated)
        return;
    m_store.load(SimulatorData(*m_ungenerated));
    m_ungenerated.reset();
}

SimulatorStore &SimulatorServer::store()
{
    ensureGenerated();
    return m_store;
}

void SimulatorServer::setToken(const QString &token)
{
    m_api.setToken(token);
}

Result<bool> SimulatorServer::openDataDirectory(const QString &directory)
{
    auto persistence = std::make_unique<SimulatorPersistence>(m_store, directory, this);
    const Result<bool> loaded = persistence->load();
    if (!loaded)
        return loaded;
    if (*loaded) {
        m_ungenerated.reset();
    } else {
        ensureGenerated();
        const Result<void> saved = persistence->saveAll(m_options);
        if (!saved)
            return std::unexpected(saved.error());
    }
    delete m_persistence;
    m_persistence = persistence.release();
    connect(m_persistence, &SimulatorPersistence::saveFailed, this, &SimulatorServer::saveFailed);
    SimulatorPersistence *target = m_persistence;
    m_store.setChangeObserver(
        [target](SimulatorSystem system, DataPointKind kind) { target->scheduleSave(system, kind); });
    m_api.setFlushHandler([target] { return target->flush(); });
    return *loaded;
}

Result<void> SimulatorServer::flush()
{
    if (!m_persistence)
        return {};
    return m_persistence->flush();
}

void SimulatorServer::setFaults(const FaultConfig &config)
{
    m_api.setFaults(config);
}

FaultConfig SimulatorServer::faults() const
{
    return m_api.faults();
}

SimulatorStats SimulatorServer::stats() const
{
    return m_api.stats();
}

void SimulatorServer::resetStats()
{
    m_api.resetStats();
}

Result<quint16> SimulatorServer::listen(const QHostAddress &address, quint16 port)
{
    ensureGenerated();
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

QUrl SimulatorServer::systemUrl(SimulatorSystem system) const
{
    QUrl url = baseUrl();
    url.setPath(QLatin1Char('/') + SimulatorSchema::systemKey(system) + QLatin1Char('/'));
    return url;
}

QUrl SimulatorServer::erpUrl() const
{
    return systemUrl(SimulatorSystem::Erp);
}

QUrl SimulatorServer::shopUrl() const
{
    return systemUrl(SimulatorSystem::Shop);
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

SimulatorRequest SimulatorServer::translate(const QHttpServerRequest &request) const
{
    SimulatorRequest in;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        in.method = SimulatorRequest::Method::Get;
        break;
    case QHttpServerRequest::Method::Post:
        in.method = SimulatorRequest::Method::Post;
        break;
    case QHttpServerRequest::Method::Delete:
        in.method = SimulatorRequest::Method::Delete;
        break;
    default:
        in.method = SimulatorRequest::Method::Other;
        break;
    }
    in.path = request.url().path(QUrl::FullyDecoded);
    in.encodedPath = request.url().path(QUrl::FullyEncoded);
    in.query = request.query();
    in.origin = origin(request);
    in.authorization = request.value(QByteArrayLiteral("Authorization"));
    in.body = request.body();
    return in;
}

void SimulatorServer::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    SimulatorReply reply = m_api.handle(translate(request));
    switch (reply.delivery) {
    case SimulatorReply::Delivery::Now:
        write(std::move(responder), reply);
        break;
    case SimulatorReply::Delivery::After:
        hold(std::move(responder), std::move(reply));
        break;
    case SimulatorReply::Delivery::Reset: {
        // Deferred to the event loop: QHttpServer is still reading this socket's request.
        QTcpSocket *socket = responder.socket();
        QMetaObject::invokeMethod(
            socket, [socket] { reset(socket); }, Qt::QueuedConnection);
        break;
    }
    }
}

void SimulatorServer::hold(QHttpServerResponder &&responder, SimulatorReply reply)
{
    const quint64 id = m_nextHeld++;
    QPointer<QTcpSocket> socket = responder.socket();
    const int delay = reply.delayMsecs;
    m_held.emplace(id, std::make_unique<Held>(Held{std::move(responder), socket, std::move(reply)}));
    QTimer::singleShot(delay, this, [this, id] { release(id); });
}

void SimulatorServer::release(quint64 id)
{
    const auto found = m_held.find(id);
    if (found == m_held.end())
        return;
    std::unique_ptr<Held> held = std::move(found->second);
    m_held.erase(found);
    // A client that gave up has closed the connection; its socket may already be gone.
    if (held->socket && held->socket->state() == QAbstractSocket::ConnectedState)
        write(std::move(held->responder), held->reply);
}

void SimulatorServer::write(QHttpServerResponder &&responder, const SimulatorReply &reply)
{
    QHttpServerResponse response(
        QByteArrayLiteral("application/json"), reply.body, static_cast<QHttpServerResponse::StatusCode>(reply.status));
    for (const auto &[name, value] : reply.headers)
        response.addHeader(name, value);
    response.write(std::move(responder));
}

void SimulatorServer::reset(QTcpSocket *socket)
{
    // A zero linger time makes the close send a TCP reset instead of an orderly shutdown, which
    // is what a crashed server or a dropping load balancer looks like to the client.
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger immediately{1, 0};
        ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &immediately, sizeof immediately);
    }
    socket->abort();
}

} // namespace Linkwright

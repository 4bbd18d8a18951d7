#pragma once

#include "domain/error.h"
#include "simulatorapi.h"
#include "simulatordata.h"
#include "simulatorstore.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace Linkwright {

class SimulatorTcpServer;

/// The demo ERP and demo shop on one HTTP port: generates the start data, then serves
/// SimulatorApi through QHttpServer. Usable in process, which is how the tests run it.
class SimulatorServer : public QObject
{
    Q_OBJECT

public:
    explicit SimulatorServer(const SimulatorDataOptions &options, QObject *parent = nullptr);
    ~SimulatorServer() override;

    /// See SimulatorApi::setToken.
    void setToken(const QString &token);

    /// Starts listening; port 0 picks a free port. Returns the port actually bound.
    [[nodiscard]] Result<quint16> listen(const QHostAddress &address, quint16 port);

    /// The bound port, or 0 before a successful listen().
    [[nodiscard]] quint16 port() const;
    /// "http://127.0.0.1:PORT", for clients in the same process.
    [[nodiscard]] QUrl baseUrl() const;

    [[nodiscard]] SimulatorStore &store() { return m_store; }

private:
    [[nodiscard]] QHttpServerResponse respond(const QHttpServerRequest &request);
    [[nodiscard]] QUrl origin(const QHttpServerRequest &request) const;

    SimulatorStore m_store;
    SimulatorApi m_api;
    QHttpServer *m_http = nullptr;
    QPointer<SimulatorTcpServer> m_tcp;
};

} // namespace Linkwright

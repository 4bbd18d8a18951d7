#pragma once

#include "domain/error.h"
#include "simulatorfaults.h"
#include "simulatorschema.h"
#include "simulatorstats.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace Linkwright {

class SimulatorAdmin;
class SimulatorStore;

/// One HTTP request, already taken apart by the server.
struct SimulatorRequest {
    enum class Method {
        Get,
        Post,
        Delete,
        Other,
    };
    Method method = Method::Get;
    QString path; ///< decoded, e.g. "/erp/products"
    /// As sent, where known: a record's key with a '/' (%2F) stays one segment of it.
    QString encodedPath;
    QUrlQuery query;
    QUrl origin; ///< scheme, host and port the client used; Link headers point there
    QByteArray authorization;
    QByteArray body;
};

/// The answer before it becomes HTTP, including how the server is to deliver it: faults that
/// concern the connection rather than the content (a stall, a reset) are carried out there.
struct SimulatorReply {
    enum class Delivery {
        Now,
        After, ///< hold the answer for delayMsecs without blocking other requests
        Reset, ///< close the connection without an answer
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; ///< JSON, except where a fault broke it on purpose
    Delivery delivery = Delivery::Now;
    int delayMsecs = 0;
    std::optional<FaultKind> fault; ///< the fault injected into this answer, if any
};

/// The REST API of both demo systems, independent of sockets so it can be tested directly.
///
///   GET  /health
///   GET  /{erp|shop}/{resource}?page=N&pageSize=M&modifiedSince=ISO-8601
///   GET  /{erp|shop}/{resource}/{key}
///   POST /{erp|shop}/{resource}       body: a record or an array of records, upserted by key
///   GET|POST /_admin/...              faults and statistics for tests (SimulatorAdmin)
///
/// Requests to a resource may fault as the FaultConfig says; /health and /_admin never do.
class SimulatorApi
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::SimulatorApi)

public:
    static constexpr int DefaultPageSize = 100;
    static constexpr int MaxPageSize = 1000;

    /// Saves the store now; nullptr when the simulator has no data folder.
    using FlushHandler = std::function<Result<void>()>;

    explicit SimulatorApi(SimulatorStore &store);
    ~SimulatorApi();

    /// With a token set, every request except /health must carry "Authorization: Bearer <token>".
    /// Without one, any or no credentials are accepted, as a demo should be easy to reach.
    void setToken(QString token);

    /// Replaces the fault configuration; the fault sequence starts again from its seed.
    void setFaults(const FaultConfig &config);
    [[nodiscard]] const FaultConfig &faults() const { return m_faults.config(); }

    /// The counters since start (or resetStats()), with the current record counts and duplicates.
    [[nodiscard]] SimulatorStats stats() const;
    void resetStats();

    void setFlushHandler(FlushHandler handler);
    [[nodiscard]] const FlushHandler &flushHandler() const { return m_flush; }

    [[nodiscard]] SimulatorReply handle(const SimulatorRequest &request);

    [[nodiscard]] static SimulatorReply json(int status, const QJsonObject &object);
    [[nodiscard]] static SimulatorReply error(int status, const QString &message, const QString &hint);

private:
    [[nodiscard]] bool authorized(const SimulatorRequest &request) const;
    [[nodiscard]] SimulatorReply list(
        SimulatorSystem system, DataPointKind kind, const SimulatorRequest &request) const;
    [[nodiscard]] SimulatorReply fetchOne(SimulatorSystem system, DataPointKind kind, const QString &key) const;
    [[nodiscard]] SimulatorReply upsert(SimulatorSystem system, DataPointKind kind, const SimulatorRequest &request);
    [[nodiscard]] SimulatorReply remove(SimulatorSystem system, DataPointKind kind, const QString &key);
    /// What the resource answers without faults.
    [[nodiscard]] SimulatorReply serve(
        SimulatorSystem system, DataPointKind kind, const QStringList &segments, const SimulatorRequest &request);
    [[nodiscard]] SimulatorReply injectFault(FaultKind fault, SimulatorSystem system, DataPointKind kind,
        const QStringList &segments, const SimulatorRequest &request);

    [[nodiscard]] static QByteArray pageLink(const SimulatorRequest &request, int page, int pageSize);

    SimulatorStore &m_store;
    QString m_token;
    SimulatorFaultInjector m_faults;
    SimulatorStats m_counters;
    FlushHandler m_flush;
    std::unique_ptr<SimulatorAdmin> m_admin;
};

} // namespace Linkwright

#pragma once

#include "simulatorschema.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace Linkwright {

class SimulatorStore;

/// One HTTP request, already taken apart by the server.
struct SimulatorRequest {
    enum class Method {
        Get,
        Post,
        Other,
    };
    Method method = Method::Get;
    QString path; ///< decoded, e.g. "/erp/products"
    QUrlQuery query;
    QUrl origin; ///< scheme, host and port the client used; Link headers point there
    QByteArray authorization;
    QByteArray body;
};

/// The answer before it becomes HTTP; the fault injection of later versions rewrites it here.
struct SimulatorReply {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; ///< always JSON
};

/// The REST API of both demo systems, independent of sockets so it can be tested directly.
///
///   GET  /health
///   GET  /{erp|shop}/{resource}?page=N&pageSize=M&modifiedSince=ISO-8601
///   GET  /{erp|shop}/{resource}/{key}
///   POST /{erp|shop}/{resource}       body: a record or an array of records, upserted by key
class SimulatorApi
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::SimulatorApi)

public:
    static constexpr int DefaultPageSize = 100;
    static constexpr int MaxPageSize = 1000;

    explicit SimulatorApi(SimulatorStore &store);

    /// With a token set, every request except /health must carry "Authorization: Bearer <token>".
    /// Without one, any or no credentials are accepted, as a demo should be easy to reach.
    void setToken(QString token);

    [[nodiscard]] SimulatorReply handle(const SimulatorRequest &request);

private:
    [[nodiscard]] bool authorized(const SimulatorRequest &request) const;
    [[nodiscard]] SimulatorReply list(
        SimulatorSystem system, DataPointKind kind, const SimulatorRequest &request) const;
    [[nodiscard]] SimulatorReply fetchOne(SimulatorSystem system, DataPointKind kind, const QString &key) const;
    [[nodiscard]] SimulatorReply upsert(SimulatorSystem system, DataPointKind kind, const SimulatorRequest &request);

    [[nodiscard]] static SimulatorReply error(int status, const QString &message, const QString &hint);
    [[nodiscard]] static QByteArray pageLink(const SimulatorRequest &request, int page, int pageSize);

    SimulatorStore &m_store;
    QString m_token;
};

} // namespace Linkwright

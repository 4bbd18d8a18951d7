#include "simulatoradmin.h"

#include <QJsonDocument>

namespace Linkwright {

namespace {

constexpr auto Get = SimulatorRequest::Method::Get;
constexpr auto Post = SimulatorRequest::Method::Post;

} // namespace

SimulatorAdmin::SimulatorAdmin(SimulatorApi &api)
    : m_api(api)
{
}

SimulatorReply SimulatorAdmin::handle(const SimulatorRequest &request, const QStringList &segments)
{
    const QStringList path = segments.mid(1);
    const auto method = request.method;
    if (path == QStringList{QStringLiteral("faults")}) {
        if (method == Get)
            return SimulatorApi::json(200, m_api.faults().toJson());
        if (method == Post)
            return changeFaults(request);
    } else if (path == QStringList{QStringLiteral("stats")}) {
        if (method == Get)
            return SimulatorApi::json(200, m_api.stats().toJson());
    } else if (path == QStringList{QStringLiteral("stats"), QStringLiteral("reset")}) {
        if (method == Post) {
            m_api.resetStats();
            return SimulatorApi::json(200, m_api.stats().toJson());
        }
    } else if (path == QStringList{QStringLiteral("flush")}) {
        if (method == Post)
            return flush();
    } else {
        return SimulatorApi::error(404, tr("no such admin path: %1").arg(request.path),
            tr("the admin paths are /_admin/faults, /_admin/stats, /_admin/stats/reset and /_admin/flush"));
    }
    return SimulatorApi::error(405, tr("%1 does not support this method").arg(request.path),
        tr("read with GET; change /_admin/faults and call /_admin/stats/reset and /_admin/flush with POST"));
}

SimulatorReply SimulatorAdmin::changeFaults(const SimulatorRequest &request)
{
    const QString hint = tr("send a JSON object such as {\"rate\": 0.2, \"kinds\": [\"500\", \"429\"]}; "
                            "fields left out keep their values");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return SimulatorApi::error(400, tr("the body is not a JSON object"), hint);
    const Result<FaultConfig> config = FaultConfig::fromJson(document.object(), m_api.faults());
    if (!config) {
        const Error &problem = config.error();
        return SimulatorApi::error(
            400, problem.where + QStringLiteral(": ") + problem.message, problem.hint.isEmpty() ? hint : problem.hint);
    }
    m_api.setFaults(*config);
    return SimulatorApi::json(200, m_api.faults().toJson());
}

SimulatorReply SimulatorAdmin::flush()
{
    if (!m_api.flushHandler()) {
        return SimulatorApi::error(
            409, tr("this simulator has no data folder"), tr("start linkwright-sim with --data DIR to keep its state"));
    }
    const Result<void> saved = m_api.flushHandler()();
    if (!saved)
        return SimulatorApi::error(
            500, saved.error().where + QStringLiteral(": ") + saved.error().message, saved.error().hint);
    return SimulatorApi::json(200, QJsonObject{{QStringLiteral("saved"), true}});
}

} // namespace Linkwright

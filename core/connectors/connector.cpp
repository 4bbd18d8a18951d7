#include "connector.h"

#include "connectors/clock.h"
#include "connectors/ratelimiter.h"
#include "domain/json.h"
#include "secrets/secretresolver.h"

namespace Linkwright {

Connector::~Connector() = default;

ConnectorResult<Page> Connector::fetchPage(DataPointKind kind, const PageRequest &request)
{
    auto pending = startFetch(kind, request);
    if (!pending)
        return std::unexpected(pending.error());
    return finishFetch(*pending);
}

std::optional<QString> Connector::expectedNextCursor(DataPointKind, const PageRequest &, std::optional<qint64>) const
{
    return std::nullopt;
}

void Connector::discardFetch(const PendingFetch &pending)
{
    (void)finishFetch(pending);
}

ConnectorResult<WriteResult> Connector::write(DataPointKind kind, const QList<Value> &records)
{
    QList<QByteArray> serialized;
    serialized.reserve(records.size());
    for (const Value &record : records)
        serialized.append(Json::serialize(record));
    auto pending = startWrite(kind, serialized, WriteKeys{});
    if (!pending)
        return std::unexpected(pending.error());
    return finishWrite(*pending);
}

HttpRequest Connector::endpointRequest(const Endpoint &endpoint, const std::shared_ptr<RateLimiter> &limiter)
{
    HttpRequest request;
    request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    request.headers.append({QByteArray("User-Agent"), QByteArray("Linkwright/" LINKWRIGHT_VERSION)});
    request.deadlineMsecs = std::max(1, endpoint.timeoutSeconds) * 1000;
    request.inactivityMsecs = request.deadlineMsecs;
    request.rateLimiter = limiter;
    return request;
}

QDateTime Connector::limiterRefusal(const RateLimiter *limiter, Clock &clock)
{
    if (!limiter || limiter->refusedUntil() <= clock.nowMsecs())
        return {};
    return clock.currentDateTimeUtc().addMSecs(limiter->refusedUntil() - clock.nowMsecs());
}

void Connector::refuseLimiter(RateLimiter *limiter, Clock &clock, const QDateTime &until)
{
    const qint64 left = clock.currentDateTimeUtc().msecsTo(until);
    if (limiter && until.isValid() && left > 0)
        limiter->refuseUntil(clock.nowMsecs() + left);
}

QString Connector::endpointPlace(const Endpoint &endpoint)
{
    return endpoint.name.isEmpty() ? endpoint.baseUrl.toString(QUrl::RemoveUserInfo) : endpoint.name;
}

ConnectorResult<QString> Connector::resolveSecret(SecretResolver &secrets, const Endpoint &endpoint)
{
    auto secret = secrets.resolve(endpoint.auth.secret);
    if (!secret) {
        Error error = secret.error();
        error.where = endpointPlace(endpoint) + QStringLiteral(" (") + error.where + u')';
        return permanentFailure(std::move(error));
    }
    return *secret;
}

} // namespace Linkwright

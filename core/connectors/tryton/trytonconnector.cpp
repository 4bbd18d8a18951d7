#include "trytonconnector.h"

#include "connectors/ratelimiter.h"
#include "connectors/tryton/trytonpartywriter.h"
#include "connectors/tryton/trytonrpc.h"
#include "connectors/tryton/trytonsalewriter.h"
#include "secrets/redactor.h"
#include "secrets/secretresolver.h"

namespace Linkwright {

TrytonConnector::TrytonConnector(Endpoint endpoint, SecretResolver &secrets, HttpTransport &transport)
    : m_endpoint(std::move(endpoint))
    , m_secrets(secrets)
    , m_transport(transport)
    , m_limiter(std::make_shared<RateLimiter>(m_endpoint.requestsPerSecond))
{
}

TrytonConnector::~TrytonConnector() = default;

Redactor &TrytonConnector::redactor()
{
    return m_transport.redactor();
}

QUrl TrytonConnector::rpcUrl() const
{
    QUrl url = m_endpoint.baseUrl;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + m_endpoint.tryton.database + u'/');
    return url;
}

QDateTime TrytonConnector::refusedUntil() const
{
    return limiterRefusal(m_limiter.get(), m_transport.clock());
}

void TrytonConnector::refuseUntil(const QDateTime &until)
{
    refuseLimiter(m_limiter.get(), m_transport.clock(), until);
}

QUrl TrytonConnector::resourceUrl(DataPointKind) const
{
    return rpcUrl();
}

QString TrytonConnector::where() const
{
    return m_transport.redactor().redactUrl(rpcUrl());
}

ConnectorResult<void> TrytonConnector::prepare()
{
    if (m_prepared)
        return {};
    const QString place = endpointPlace(m_endpoint);
    if (m_endpoint.tryton.database.isEmpty()) {
        return permanentFailure(Error{ErrorCode::InvalidProject, place, tr("the Tryton endpoint names no database"),
            tr("Set \"tryton\": {\"database\": \"NAME\"} in the endpoint.")});
    }
    if (auto password = resolvePassword(); !password)
        return password;
    if (auto logged = login(); !logged)
        return logged;
    if (auto company = readCompany(); !company)
        return company;
    m_prepared = true;
    return {};
}

HttpRequest TrytonConnector::rpcRequest(QByteArrayView method, const QList<Value> &params)
{
    HttpRequest http = endpointRequest(m_endpoint, m_limiter);
    http.method = "POST";
    http.url = rpcUrl();
    http.headers.prepend({QByteArray("Content-Type"), QByteArray("application/json")});
    if (!m_session.isEmpty())
        http.headers.append({QByteArray("Authorization"), m_session});
    http.carriesCredentials = true;
    http.body = TrytonRpc::request(method, params, m_nextId++);
    return http;
}

ConnectorResult<Value> TrytonConnector::send(QByteArrayView method, const QList<Value> &params)
{
    // Read inside the transport's check, so that a garbled answer is retried like a 5xx.
    auto decoded = std::make_shared<std::optional<Value>>();
    const auto attempt = [&] {
        HttpRequest http = rpcRequest(method, params);
        http.check = [this, decoded](const HttpResult &result) -> std::optional<HttpProblem> {
            auto parsed = m_reader.parse(result.body);
            if (!parsed) {
                return HttpProblem{Error{ErrorCode::InvalidResponse, where(),
                                       tr("the answer is not valid JSON: %1").arg(parsed.error().message),
                                       tr("Retried automatically; check that the base URL leads to Tryton.")},
                    FailureClass::Transient};
            }
            auto value = TrytonRpc::result(*parsed, where());
            if (!value) {
                HttpProblem problem = value.error();
                problem.error.message = m_transport.redactor().redact(problem.error.message);
                return problem;
            }
            *decoded = std::move(*value);
            return std::nullopt;
        };
        return m_transport.execute(std::move(http));
    };
    HttpResult result = attempt();
    // An expired or revoked session: log in again, once, and repeat the call.
    if (result.status == 401 && !m_session.isEmpty()) {
        m_session.clear();
        if (auto logged = login(); !logged)
            return std::unexpected(logged.error());
        result = attempt();
    }
    if (!result.ok() || !*decoded)
        return std::unexpected(toError(result));
    return std::move(**decoded);
}

ConnectorResult<Value> TrytonConnector::call(QByteArrayView method, QList<Value> params, QList<Member> context)
{
    if (auto prepared = prepare(); !prepared)
        return std::unexpected(prepared.error());
    context.prepend({QByteArray("company"), Value::number(m_endpoint.tryton.company)});
    params.append(Value::object(std::move(context)));
    return send(method, params);
}

ConnectorError TrytonConnector::toError(const HttpResult &result) const
{
    ConnectorError error{
        result.error.value_or(Error{}), result.failureClass, result.status, result.attempts, result.body};
    // A pause the server asked for beyond what a run waits: the failure comes due after it.
    error.retryAfter = result.notBefore;
    if (error.error.code == ErrorCode::Authentication) {
        error.error.hint =
            tr("Check the user \"%1\", the password in %2 and the database \"%3\".")
                .arg(m_endpoint.auth.username, describeSecretRef(m_endpoint.auth.secret), m_endpoint.tryton.database);
    }
    return error;
}

ConnectorError TrytonConnector::unsupported(const QString &message) const
{
    return ConnectorError{Error{ErrorCode::InvalidProject, where(), message,
                              tr("Set the data point's direction so that Tryton is its source, or turn it off.")},
        FailureClass::Permanent, 0, 0, {}};
}

ConnectorResult<Connector::PendingFetch> TrytonConnector::startFetch(DataPointKind kind, const PageRequest &request)
{
    PendingFetch pending;
    pending.kind = kind;
    pending.request = request;
    pending.resource = rpcUrl();
    auto page = fetch(kind, request);
    if (!page)
        return std::unexpected(page.error());
    pending.parsed = std::make_shared<std::optional<Page>>(std::move(*page));
    return pending;
}

ConnectorResult<Page> TrytonConnector::finishFetch(const PendingFetch &pending)
{
    if (!pending.parsed || !*pending.parsed)
        return permanentFailure(Error{ErrorCode::Internal, where(), tr("no page was started"), {}});
    return std::move(**pending.parsed);
}

ConnectorResult<Connector::PendingWrite> TrytonConnector::startWrite(
    DataPointKind kind, const QList<QByteArray> &serialized, const WriteKeys &)
{
    if (kind != DataPointKind::Orders && kind != DataPointKind::Customers)
        return std::unexpected(unsupported(tr("the Tryton connector cannot write %1 yet").arg(DataPoints::key(kind))));
    if (auto prepared = prepare(); !prepared)
        return std::unexpected(prepared.error());
    if (kind == DataPointKind::Orders && !m_sales)
        m_sales = std::make_unique<TrytonSaleWriter>(*this);
    if (kind == DataPointKind::Customers && !m_parties)
        m_parties = std::make_unique<TrytonPartyWriter>(*this);
    // One record per call: Tryton confirms a sale in about a second when many go in one call,
    // and a UserError then stays with the record that caused it.
    WriteResult written;
    for (const QByteArray &json : serialized) {
        auto record = m_reader.parse(json);
        if (!record) {
            written.records.append({false, {}, {}, tr("the record is not valid JSON: %1").arg(record.error().message)});
            ++written.failed;
            continue;
        }
        auto outcome = kind == DataPointKind::Orders ? m_sales->write(*record) : m_parties->write(*record);
        if (!outcome)
            return std::unexpected(outcome.error());
        outcome->error = m_transport.redactor().redact(outcome->error);
        if (!outcome->ok)
            ++written.failed;
        else if (outcome->outcome == u"created")
            ++written.created;
        else if (outcome->outcome == u"updated")
            ++written.updated;
        else
            ++written.unchanged;
        written.records.append(std::move(*outcome));
    }
    written.httpStatus = 200;
    written.attempts = 1;
    PendingWrite pending;
    pending.count = serialized.size();
    pending.parsed = std::make_shared<std::optional<WriteResult>>(std::move(written));
    return pending;
}

ConnectorResult<WriteResult> TrytonConnector::finishWrite(const PendingWrite &pending)
{
    if (pending.parsed && *pending.parsed)
        return std::move(**pending.parsed);
    return permanentFailure(Error{ErrorCode::Internal, where(), tr("no write was started"), {}});
}

bool TrytonConnector::isRefusal(const ConnectorError &error)
{
    return error.httpStatus >= 200 && error.httpStatus < 300 && error.failureClass == FailureClass::Permanent;
}

RecordWriteResult TrytonConnector::refused(const QString &message)
{
    RecordWriteResult result;
    result.ok = false;
    result.error = message;
    return result;
}

ConnectorResult<Connector::RemoveOutcome> TrytonConnector::remove(DataPointKind kind, const QString &)
{
    return std::unexpected(unsupported(tr("the Tryton connector cannot delete %1 yet").arg(DataPoints::key(kind))));
}

HttpRequest TrytonConnector::versionRequest()
{
    HttpRequest http = rpcRequest("common.server.version", {});
    http.url = m_endpoint.baseUrl;
    http.maxAttempts = 1;
    http.carriesCredentials = false;
    http.headers.removeIf([](const auto &header) { return header.first == "Authorization"; });
    return http;
}

ConnectorResult<int> TrytonConnector::probe()
{
    // The version, asked of the server rather than the database, needs no session: "Test connection"
    // then works before the password is right.
    const HttpResult result = m_transport.execute(versionRequest());
    if (!result.ok())
        return std::unexpected(toError(result));
    return result.status;
}

} // namespace Linkwright

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
    if (m_endpoint.auth.type != AuthType::Basic || !m_endpoint.auth.secret.isSet()) {
        return permanentFailure(
            Error{ErrorCode::SecretUnavailable, place, tr("a Tryton endpoint needs a user and a password"),
                tr("Write \"auth\": {\"type\": \"basic\", \"username\": \"admin\", \"password\": {\"env\": "
                   "\"VARIABLE\"}}.")});
    }
    auto secret = resolveSecret(m_secrets, m_endpoint);
    if (!secret)
        return std::unexpected(secret.error());
    m_password = *secret;
    m_transport.redactor().addSecret(m_password);
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

ConnectorResult<void> TrytonConnector::login()
{
    m_session.clear();
    const QString user = m_endpoint.auth.username;
    HttpRequest http = rpcRequest(
        "common.db.login", {Value::string(user), Value::object({{QByteArray("password"), Value::string(m_password)}})});
    // Failed logins count towards Tryton's lockout: never repeat one on our own.
    http.maxAttempts = 1;
    const HttpResult result = m_transport.execute(std::move(http));
    if (!result.ok()) {
        ConnectorError error = toError(result);
        if (result.status == 401 || result.status == 403) {
            error.error.message =
                tr("Tryton refused the login of user \"%1\" to database \"%2\"").arg(user, m_endpoint.tryton.database);
        } else if (result.status == 429) {
            error.error.message = tr("Tryton refuses logins for now, after too many failed attempts");
            error.error.hint = tr("Wait a minute, then check the password in %1 before the next run.")
                                   .arg(describeSecretRef(m_endpoint.auth.secret));
        }
        return std::unexpected(std::move(error));
    }
    auto answer = m_reader.parse(result.body);
    const auto session = answer ? TrytonRpc::result(*answer, where()) : std::expected<Value, HttpProblem>();
    const QList<Value> pair = session ? session->items() : QList<Value>();
    if (!answer || !session || pair.size() != 2) {
        return permanentFailure(
            Error{ErrorCode::Authentication, where(), tr("Tryton did not open a session for user \"%1\"").arg(user),
                tr("Check the user, the password in %1 and the database name \"%2\".")
                    .arg(describeSecretRef(m_endpoint.auth.secret), m_endpoint.tryton.database)});
    }
    const QString token = pair.at(1).text();
    const QByteArray credentials = (user + u':' + pair.at(0).toDisplayString() + u':' + token).toUtf8().toBase64();
    Redactor &redactor = m_transport.redactor();
    redactor.addSecret(token);
    redactor.addSecret(QString::fromLatin1(credentials));
    m_session = "Session " + credentials;
    return {};
}

ConnectorResult<void> TrytonConnector::readCompany()
{
    const int company = m_endpoint.tryton.company;
    auto rows = send("model.company.company.read",
        {Value::array({Value::number(company)}), Value::array({Value::utf8("currency.code"), Value::utf8("party")}),
            Value::object({{QByteArray("company"), Value::number(company)}})});
    if (!rows) {
        ConnectorError error = rows.error();
        if (error.error.code == ErrorCode::InvalidArgument || error.error.code == ErrorCode::InvalidResponse) {
            error.error.message =
                tr("Tryton has no company %1 for this user: %2").arg(company).arg(error.error.message);
            error.error.hint = tr("Set \"tryton\": {\"company\": N} to the id of a company the user belongs to.");
        }
        return std::unexpected(std::move(error));
    }
    const QList<Value> &found = rows->items();
    const Value *currency = found.isEmpty() ? nullptr : found.constFirst().find("currency.");
    const Value *code = currency ? currency->find("code") : nullptr;
    const Value *id = currency ? currency->find("id") : nullptr;
    m_currency = code ? code->text() : QString();
    m_currencyId = id ? id->utf8().toLongLong() : 0;
    const Value *party = found.isEmpty() ? nullptr : found.constFirst().find("party");
    m_companyParty = party ? party->utf8().toLongLong() : 0;
    return {};
}

ConnectorError TrytonConnector::toError(const HttpResult &result) const
{
    ConnectorError error{
        result.error.value_or(Error{}), result.failureClass, result.status, result.attempts, result.body};
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
    DataPointKind kind, const QList<QByteArray> &serialized)
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

ConnectorResult<void> TrytonConnector::remove(DataPointKind kind, const QString &)
{
    return std::unexpected(unsupported(tr("the Tryton connector cannot delete %1 yet").arg(DataPoints::key(kind))));
}

ConnectorResult<int> TrytonConnector::probe()
{
    // The version, asked of the server rather than the database, needs no session: "Test connection"
    // then works before the password is right.
    HttpRequest http = rpcRequest("common.server.version", {});
    http.url = m_endpoint.baseUrl;
    http.maxAttempts = 1;
    http.carriesCredentials = false;
    http.headers.removeIf([](const auto &header) { return header.first == "Authorization"; });
    const HttpResult result = m_transport.execute(std::move(http));
    if (!result.ok())
        return std::unexpected(toError(result));
    return result.status;
}

} // namespace Linkwright

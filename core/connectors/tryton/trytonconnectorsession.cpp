// The Tryton connector's session: the password, the login, the company, and the connection
// check that walks the same steps one at a time for "Test connection".

#include "connectors/tryton/trytonconnector.h"
#include "connectors/tryton/trytonrpc.h"
#include "secrets/redactor.h"
#include "secrets/secretresolver.h"

namespace Linkwright {

namespace {

using Outcome = TrytonCheck::Outcome;

Value context(int company)
{
    return Value::object({{QByteArray("company"), Value::number(company)}});
}

Value fields(std::initializer_list<const char *> names)
{
    QList<Value> list;
    for (const char *name : names)
        list.append(Value::utf8(name));
    return Value::array(std::move(list));
}

/// An outcome for a failure after the server answered once: without an answer now it went away.
Outcome failedCall(const ConnectorError &error)
{
    if (error.error.code == ErrorCode::Cancelled)
        return Outcome::Cancelled;
    return error.httpStatus == 0 && error.error.code != ErrorCode::InvalidResponse ? Outcome::Unreachable
                                                                                   : Outcome::Failed;
}

} // namespace

ConnectorResult<void> TrytonConnector::resolvePassword()
{
    if (m_endpoint.auth.type != AuthType::Basic || m_endpoint.auth.username.isEmpty()
        || !m_endpoint.auth.secret.isSet()) {
        return permanentFailure(Error{ErrorCode::SecretUnavailable, endpointPlace(m_endpoint),
            tr("a Tryton endpoint needs a user and a password"),
            tr("Write \"auth\": {\"type\": \"basic\", \"username\": \"admin\", \"password\": {\"env\": "
               "\"VARIABLE\"}}.")});
    }
    auto secret = resolveSecret(m_secrets, m_endpoint);
    if (!secret)
        return std::unexpected(secret.error());
    // A password read from a file often ends in a line break ("\r" with Windows line endings).
    // Sent as it is, every run would be one more failed login towards Tryton's lockout.
    if (secret->contains(u'\r') || secret->contains(u'\n')) {
        return permanentFailure(Error{ErrorCode::SecretUnavailable, endpointPlace(m_endpoint),
            tr("the password in %1 contains a line break; no login was tried with it")
                .arg(describeSecretRef(m_endpoint.auth.secret)),
            tr("Remove the line break from the password (a file with Windows line endings leaves a \"\\r\" at the "
               "end of each line).")});
    }
    m_password = *secret;
    m_transport.redactor().addSecret(m_password);
    return {};
}

ConnectorResult<void> TrytonConnector::login(TrytonCheck::Outcome *outcome)
{
    const auto ended = [outcome](Outcome how) {
        if (outcome)
            *outcome = how;
    };
    m_session.clear();
    const QString user = m_endpoint.auth.username;
    const QString &database = m_endpoint.tryton.database;
    const auto noDatabase = [&](ConnectorError error) {
        ended(Outcome::DatabaseMissing);
        error.error.code = ErrorCode::InvalidProject;
        error.error.message = tr("Tryton has no database \"%1\"").arg(database);
        error.error.hint = tr("Check the endpoint's Tryton database name; Tryton's database names are case-sensitive.");
        return std::unexpected(std::move(error));
    };
    HttpRequest http = rpcRequest(
        "common.db.login", {Value::string(user), Value::object({{QByteArray("password"), Value::string(m_password)}})});
    // Failed logins count towards Tryton's lockout: never repeat one on our own.
    http.maxAttempts = 1;
    const HttpResult result = m_transport.execute(std::move(http));
    if (!result.ok()) {
        ConnectorError error = toError(result);
        if (result.status == 401 || result.status == 403) {
            ended(Outcome::LoginRefused);
            error.error.message = tr("Tryton refused the login of user \"%1\" to database \"%2\"").arg(user, database);
        } else if (result.status == 404) {
            // What Tryton answers when it cannot connect to the database (PostgreSQL).
            return noDatabase(std::move(error));
        } else if (result.status == 429) {
            ended(Outcome::LoginLocked);
            error.error.message =
                tr("Tryton refuses logins of user \"%1\" for now, after too many failed attempts").arg(user);
            // Tryton counts the failures of its session timeout (10 minutes unless configured).
            error.error.hint =
                tr("Wait until the failed attempts are older than Tryton's session timeout (10 minutes unless its "
                   "configuration says otherwise), check the password in %1, then try again.")
                    .arg(describeSecretRef(m_endpoint.auth.secret));
        } else if (result.status == 0) {
            ended(error.error.code == ErrorCode::Cancelled ? Outcome::Cancelled : Outcome::Unreachable);
        } else {
            ended(Outcome::Failed);
        }
        return std::unexpected(std::move(error));
    }
    auto answer = m_reader.parse(result.body);
    auto session = answer ? TrytonRpc::result(*answer, where()) : std::expected<Value, HttpProblem>();
    if (answer && !session) {
        ConnectorError error{session.error().error, FailureClass::Permanent, result.status, result.attempts, {}};
        error.error.message = m_transport.redactor().redact(error.error.message);
        // The SQLite backend answers a missing database with an error instead of 404.
        if (error.error.message.contains(QStringLiteral("doesn't exist")))
            return noDatabase(std::move(error));
        ended(Outcome::Failed);
        return std::unexpected(std::move(error));
    }
    const QList<Value> pair = session ? session->items() : QList<Value>();
    if (!answer || pair.size() != 2) {
        ended(Outcome::NotTryton);
        return std::unexpected(ConnectorError{
            Error{ErrorCode::Authentication, where(), tr("Tryton did not open a session for user \"%1\"").arg(user),
                tr("Check the user, the password in %1 and the database name \"%2\".")
                    .arg(describeSecretRef(m_endpoint.auth.secret), database)},
            FailureClass::Permanent, result.status, result.attempts, m_transport.redactor().redact(result.body)});
    }
    const QString token = pair.at(1).text();
    const QByteArray credentials = (user + u':' + pair.at(0).toDisplayString() + u':' + token).toUtf8().toBase64();
    Redactor &redactor = m_transport.redactor();
    redactor.addSecret(token);
    redactor.addSecret(QString::fromLatin1(credentials));
    m_session = "Session " + credentials;
    ended(Outcome::Ok);
    return {};
}

ConnectorResult<void> TrytonConnector::readCompany()
{
    const int company = m_endpoint.tryton.company;
    auto rows = send("model.company.company.read",
        {Value::array({Value::number(company)}), fields({"currency.code", "party"}), context(company)});
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

TrytonCheck TrytonConnector::check()
{
    TrytonCheck found;
    found.url = m_transport.redactor().redactUrl(m_endpoint.baseUrl);
    found.database = m_endpoint.tryton.database;
    found.user = m_endpoint.auth.username;
    found.company = m_endpoint.tryton.company;
    const auto fail = [&found](Outcome outcome, const ConnectorError &error) {
        found.outcome = outcome;
        found.error = error.error;
        found.httpStatus = error.httpStatus;
        return found;
    };
    if (found.database.isEmpty()) {
        return fail(Outcome::NotConfigured,
            permanentFailure(
                Error{ErrorCode::InvalidProject, endpointPlace(m_endpoint), tr("the Tryton endpoint names no database"),
                    tr("Enter the name of the Tryton database.")})
                .error());
    }

    // The version is the server's, not the database's: it needs no login, so it tells "not
    // Tryton" apart from "wrong password" before a login can count as a failed one.
    HttpRequest http = versionRequest();
    const HttpResult answered = m_transport.execute(std::move(http));
    if (answered.status == 0)
        return fail(failedCall(toError(answered)), toError(answered));
    auto parsed = answered.ok() ? m_reader.parse(answered.body) : std::expected<Value, Error>();
    auto version = parsed ? TrytonRpc::result(*parsed, found.url) : std::expected<Value, HttpProblem>();
    if (!version || !version->isString() || version->text().isEmpty()) {
        return fail(Outcome::NotTryton,
            ConnectorError{
                Error{ErrorCode::InvalidResponse, found.url,
                    tr("the server answers (HTTP %1), but not as Tryton's JSON-RPC does").arg(answered.status),
                    tr("Set the base URL to the Tryton server itself, e.g. http://erp.example.com:8000/, "
                       "without the database name.")},
                FailureClass::Permanent, answered.status, answered.attempts, {}});
    }
    found.version = version->text();

    if (auto password = resolvePassword(); !password)
        return fail(Outcome::NotConfigured, password.error());
    Outcome logged = Outcome::Failed;
    if (auto login = this->login(&logged); !login)
        return fail(logged, login.error());

    // search_read rather than read: a company that is not there is an empty list, not an error.
    const int company = m_endpoint.tryton.company;
    auto companies = send("model.company.company.search_read",
        {Value::array({TrytonRpc::clause("id", "=", Value::number(company))}), Value::number(0), Value(), Value(),
            fields({"rec_name"}), context(company)});
    if (!companies)
        return fail(failedCall(companies.error()), companies.error());
    if (companies->items().isEmpty()) {
        return fail(Outcome::CompanyMissing,
            ConnectorError{
                Error{ErrorCode::InvalidProject, where(),
                    tr("Tryton has no company with id %1 for user \"%2\"").arg(QString::number(company), found.user),
                    tr("Set the company id to that of a company the user belongs to (Tryton: "
                       "User ▸ Companies).")},
                FailureClass::Permanent, 200, 1, {}});
    }
    const Value *name = companies->items().constFirst().find("rec_name");
    found.companyName = name ? name->text() : QString();

    auto stores = send("model.stock.location.search_read",
        {Value::array({TrytonRpc::clause("type", "=", Value::utf8("warehouse"))}), Value::number(0), Value(),
            Value::array({Value::array({Value::utf8("id"), Value::utf8("ASC")})}), fields({"code", "name"}),
            context(company)});
    if (!stores)
        return fail(failedCall(stores.error()), stores.error());
    for (const Value &row : stores->items()) {
        const Value *id = row.find("id");
        const Value *code = row.find("code");
        const Value *label = row.find("name");
        found.warehouses.append({id ? static_cast<int>(id->utf8().toLongLong()) : 0,
            code && code->isString() ? code->text() : QString(), label ? label->text() : QString()});
    }
    for (const int wanted : m_endpoint.tryton.warehouses) {
        const auto same = [wanted](const TrytonCheck::Warehouse &store) { return store.id == wanted; };
        if (std::ranges::none_of(found.warehouses, same))
            found.missingWarehouses.append(wanted);
    }
    found.outcome = Outcome::Ok;
    found.httpStatus = answered.status;
    return found;
}

} // namespace Linkwright

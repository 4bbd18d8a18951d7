#pragma once

#include "domain/json.h"
#include "project/project.h"
#include "testservers.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace Linkwright::Testing {

inline const QString Password = QStringLiteral("pw-7c1e9b42");
inline const QByteArray Session = "5e55104a7c0ffee";

inline Value parse(const QByteArray &json)
{
    auto value = Json::parse(json);
    return value ? *value : Value();
}

inline QString text(const Value &object, QByteArrayView name)
{
    const Value *member = object.find(name);
    return member ? member->text() : QStringLiteral("<absent>");
}

inline QByteArray datetime(int second, int microsecond)
{
    return "{\"__class__\":\"datetime\",\"year\":2026,\"month\":3,\"day\":9,\"hour\":7,\"minute\":5,\"second\":"
        + QByteArray::number(second) + ",\"microsecond\":" + QByteArray::number(microsecond) + "}";
}

/// A Tryton endpoint at base as the tests use it: admin with the password in passwordVariable,
/// database "shop", company 1.
inline Endpoint trytonTestEndpoint(const QUrl &base, const QString &passwordVariable)
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("Tryton");
    endpoint.connector = ConnectorType::Tryton;
    endpoint.baseUrl = base;
    endpoint.timeoutSeconds = 5;
    endpoint.auth.type = AuthType::Basic;
    endpoint.auth.username = QStringLiteral("admin");
    endpoint.auth.secret = {SecretRef::Source::Environment, passwordVariable};
    endpoint.tryton.database = QStringLiteral("shop");
    endpoint.tryton.company = 1;
    return endpoint;
}

/// Answers Tryton's JSON-RPC as the tests script it: the server's version, the login, the
/// company's currency, and one answer per other method. The session it hands out is Session.
class FakeTryton
{
public:
    static constexpr const char *Version = "6.0.29";

    QHash<QByteArray, QByteArray> results; ///< method -> the JSON of "result"
    QHash<QByteArray, QByteArray> errors; ///< method -> the JSON of "error"
    int unauthorizedCalls = 0; ///< the next calls (not logins) that answer 401
    bool refuseLogin = false; ///< a wrong user or password: 401, as Tryton answers it
    int loginStatus = 200; ///< another status for every login (404, 429)
    QByteArray loginError; ///< the JSON of "error" a login answers with 200, when set
    std::optional<FakeReply> versionReply; ///< what common.server.version gets, when not Tryton's
    int logins = 0;

    FakeReply answer(const SeenRequest &request)
    {
        const Value call = parse(request.body);
        const QByteArray method = call.find("method") ? call.find("method")->utf8() : QByteArray();
        if (method == "common.server.version") {
            if (versionReply)
                return *versionReply;
            // Tryton answers the version at its root only; under a database it wants a session.
            if (request.path != u"/")
                return Testing::answer(401, {}, {{"Content-Type", "text/plain"}});
            return Testing::answer(200, "{\"id\":1,\"result\":\"" + QByteArray(Version) + "\"}");
        }
        if (method == "common.db.login") {
            ++logins;
            if (refuseLogin || loginStatus == 401)
                return Testing::answer(401, "<h1>Unauthorized</h1>", {{"Content-Type", "text/html"}});
            if (loginStatus != 200)
                return Testing::answer(loginStatus, "<h1>Error</h1>", {{"Content-Type", "text/html"}});
            if (!loginError.isEmpty())
                return Testing::answer(200, "{\"id\":1,\"error\":" + loginError + "}");
            return Testing::answer(200, "{\"id\":1,\"result\":[1,\"" + Session + "\"]}");
        }
        if (unauthorizedCalls > 0) {
            --unauthorizedCalls;
            return Testing::answer(401, {});
        }
        if (errors.contains(method))
            return Testing::answer(200, "{\"id\":1,\"error\":" + errors.value(method) + "}");
        if (method == "model.company.company.read")
            return Testing::answer(200, R"({"id":1,"result":[{"id":1,"currency.":{"id":1,"code":"EUR"}}]})");
        return Testing::answer(200, "{\"id\":1,\"result\":" + results.value(method, "[]") + "}");
    }
};

} // namespace Linkwright::Testing

#pragma once

#include "connectors/httptransport.h"
#include "connectors/tryton/trytonconnector.h"
#include "domain/json.h"
#include "secrets/secretresolver.h"
#include "testservers.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

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

/// Answers Tryton's JSON-RPC as the tests script it: login, the company's currency, and one
/// answer per other method.
class FakeTryton
{
public:
    QHash<QByteArray, QByteArray> results; ///< method -> the JSON of "result"
    QHash<QByteArray, QByteArray> errors; ///< method -> the JSON of "error"
    int unauthorizedCalls = 0; ///< the next calls (not logins) that answer 401
    bool refuseLogin = false;
    int logins = 0;

    FakeReply answer(const SeenRequest &request)
    {
        const Value call = parse(request.body);
        const QByteArray method = call.find("method") ? call.find("method")->utf8() : QByteArray();
        if (method == "common.db.login") {
            ++logins;
            if (refuseLogin)
                return Testing::answer(401, "<h1>Unauthorized</h1>", {{"Content-Type", "text/html"}});
            return Testing::answer(200, "{\"id\":1,\"result\":[1,\"" + Session + "\"]}");
        }
        if (unauthorizedCalls > 0) {
            --unauthorizedCalls;
            return Testing::answer(401, {});
        }
        if (method == "model.company.company.read")
            return Testing::answer(200, R"({"id":1,"result":[{"id":1,"currency.":{"id":1,"code":"EUR"}}]})");
        if (errors.contains(method))
            return Testing::answer(200, "{\"id\":1,\"error\":" + errors.value(method) + "}");
        return Testing::answer(200, "{\"id\":1,\"result\":" + results.value(method, "[]") + "}");
    }
};

/// What a Tryton connector test needs: the fake server, a transport, the password, and a
/// look at the calls made.
class TrytonTestCase : public QObject
{
protected:
    [[nodiscard]] bool startServer()
    {
        m_tryton = FakeTryton();
        m_server =
            std::make_unique<FakeHttpServer>([this](const SeenRequest &request) { return m_tryton.answer(request); });
        m_transport = std::make_unique<HttpTransport>();
        m_secrets = std::make_unique<EnvironmentSecretResolver>(
            QHash<QString, QString>{{QStringLiteral("LW_TRYTON_PASSWORD"), Password}});
        return m_server->listen();
    }

    void stopServer()
    {
        m_server.reset();
        m_transport.reset();
    }

    [[nodiscard]] std::unique_ptr<TrytonConnector> connector(const QUrl &base)
    {
        Endpoint endpoint;
        endpoint.name = QStringLiteral("Tryton");
        endpoint.connector = ConnectorType::Tryton;
        endpoint.baseUrl = base;
        endpoint.timeoutSeconds = 5;
        endpoint.auth.type = AuthType::Basic;
        endpoint.auth.username = QStringLiteral("admin");
        endpoint.auth.secret = {SecretRef::Source::Environment, QStringLiteral("LW_TRYTON_PASSWORD")};
        endpoint.tryton.database = QStringLiteral("shop");
        endpoint.tryton.company = 1;
        return std::make_unique<TrytonConnector>(endpoint, *m_secrets, *m_transport);
    }

    /// The calls of the method, in order, as sent.
    [[nodiscard]] QList<Value> calls(QByteArrayView method) const
    {
        QList<Value> found;
        for (const SeenRequest &request : m_server->requests()) {
            const Value call = parse(request.body);
            if (call.find("method") && call.find("method")->utf8() == method)
                found.append(call);
        }
        return found;
    }

    /// The first parameter of the method's n-th call.
    [[nodiscard]] Value firstParam(QByteArrayView method, qsizetype n = 0) const
    {
        const QList<Value> made = calls(method);
        return n < made.size() ? made.at(n).find("params")->items().constFirst() : Value();
    }

    FakeTryton m_tryton;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<EnvironmentSecretResolver> m_secrets;
};

} // namespace Linkwright::Testing

#pragma once

#include "connectors/httptransport.h"
#include "connectors/tryton/trytonconnector.h"
#include "faketryton.h"
#include "secrets/secretresolver.h"

#include <QObject>

#include <memory>

namespace Linkwright::Testing {

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
        return std::make_unique<TrytonConnector>(
            trytonTestEndpoint(base, QStringLiteral("LW_TRYTON_PASSWORD")), *m_secrets, *m_transport);
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

#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QSslServer;
QT_END_NAMESPACE

namespace Linkwright {
class SimulatorServer;
}

namespace Linkwright::Testing {

/// A request as a fake server saw it.
struct SeenRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray rawQuery; ///< as it arrived, percent-encoding included
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

/// What a fake server answers.
struct FakeReply {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json";
};

[[nodiscard]] inline FakeReply answer(
    int status, QByteArray body = {}, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return FakeReply{status, std::move(body), std::move(headers), "application/json"};
}

/// A QHttpServer on loopback that answers every path through one handler and keeps every request,
/// for the pagination styles the simulator does not speak, redirects and header checks.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeReply(const SeenRequest &)>;

    explicit FakeHttpServer(Handler handler, QObject *parent = nullptr);
    ~FakeHttpServer() override;

    [[nodiscard]] bool listen();
    [[nodiscard]] QUrl url(const QString &path = QStringLiteral("/")) const;
    [[nodiscard]] const QList<SeenRequest> &requests() const { return m_requests; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    Handler m_handler;
    QHttpServer *m_http = nullptr;
    quint16 m_port = 0;
    QList<SeenRequest> m_requests;
};

/// Accepts connections and answers each with fixed bytes (or nothing), then closes: a server that
/// does not speak what the client expects.
class RawServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit RawServer(QByteArray answer, QObject *parent = nullptr);
    [[nodiscard]] QUrl url(const QString &scheme) const;
    [[nodiscard]] int connections() const { return m_connections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QByteArray m_answer;
    int m_connections = 0;
};

/// A TLS server with the self-signed certificate in tests/connectors/data, answering "{}" to
/// anything once the handshake succeeds.
class SelfSignedServer : public QObject
{
    Q_OBJECT

public:
    explicit SelfSignedServer(QObject *parent = nullptr);
    ~SelfSignedServer() override;
    [[nodiscard]] bool listen();
    [[nodiscard]] QUrl url(const QString &path = QStringLiteral("/")) const;
    [[nodiscard]] int handshakes() const { return m_handshakes; }
    [[nodiscard]] static QByteArray certificatePem();

private:
    QSslServer *m_server = nullptr;
    int m_handshakes = 0;
};

/// A port on loopback where nothing listens.
[[nodiscard]] quint16 closedPort();

/// A small simulator in process on a free loopback port; nullptr when it cannot listen.
[[nodiscard]] std::unique_ptr<SimulatorServer> startSimulator(int products, int customers, int orders);

} // namespace Linkwright::Testing

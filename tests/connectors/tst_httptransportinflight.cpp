// Many requests on one transport: spaced by a rate limit, in flight together, cancelled, discarded, timed.
#include "connectors/clock.h"
#include "connectors/httptransport.h"
#include "connectors/ratelimiter.h"
#include "connectors/waitmeter.h"
#include "httptransporttesthelpers.h"
#include "simulatorserver.h"
#include "testservers.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <atomic>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestHttpTransportInFlight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rateLimitSpacesRequests();
    void severalRequestsInFlight();
    void cancelFlagStopsWaiting();
    void discardedRequestIsForgotten();
    void waitMeterLeavesTheCheckOut();

private:
    std::unique_ptr<SimulatorServer> m_sim;
    std::shared_ptr<VirtualClock> m_clock;
    std::unique_ptr<HttpTransport> m_transport;
};

void TestHttpTransportInFlight::init()
{
    // Reading a reply that failed (reset) is a mistake Qt only warns about.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
    m_sim = Testing::startSimulator(12, 2, 2);
    QVERIFY(m_sim);
    m_clock = std::make_shared<VirtualClock>();
    m_transport = transportOn(m_clock);
}

void TestHttpTransportInFlight::cleanup()
{
    m_transport.reset();
    m_sim.reset();
}

void TestHttpTransportInFlight::rateLimitSpacesRequests()
{
    auto limiter = std::make_shared<RateLimiter>(5); // 200 ms apart
    QList<HttpTransport::Ticket> tickets;
    for (int i = 0; i < 6; ++i) {
        HttpRequest request =
            get(m_sim->erpUrl().resolved(QUrl(QStringLiteral("products?page=%1&pageSize=2").arg(i + 1))));
        request.rateLimiter = limiter;
        tickets.append(m_transport->start(request));
    }
    QList<qint64> sent;
    for (const auto ticket : std::as_const(tickets)) {
        const HttpResult result = m_transport->wait(ticket);
        QVERIFY(result.ok());
        sent.append(result.attemptLog.at(0).startedMsecs);
    }
    std::ranges::sort(sent);
    for (qsizetype i = 1; i < sent.size(); ++i)
        QVERIFY2(sent.at(i) - sent.at(i - 1) >= 200, qPrintable(QString::number(sent.at(i) - sent.at(i - 1))));
}

void TestHttpTransportInFlight::severalRequestsInFlight()
{
    QList<HttpTransport::Ticket> tickets;
    for (int i = 0; i < 4; ++i) {
        tickets.append(m_transport->start(post(m_sim->shopUrl().resolved(QUrl(QStringLiteral("products"))),
            "[{\"sku\":\"P-" + QByteArray::number(i) + "\"}]")));
        tickets.append(m_transport->start(get(m_sim->erpUrl().resolved(QUrl(QStringLiteral("products"))))));
    }
    QCOMPARE(m_transport->outstanding(), 8);
    int done = 0;
    while (const auto ticket = m_transport->waitAny()) {
        QVERIFY(m_transport->isDone(ticket));
        QVERIFY(m_transport->wait(ticket).ok());
        ++done;
    }
    QCOMPARE(done, 8);
    QCOMPARE(m_sim->stats().resource(SimulatorSystem::Shop, DataPointKind::Products).creates, 4);
}

void TestHttpTransportInFlight::cancelFlagStopsWaiting()
{
    m_sim->setFaults(only(FaultKind::Stall));
    std::atomic_bool cancel = false;
    m_transport->setCancelFlag(&cancel);
    QTimer::singleShot(100, this, [&cancel] { cancel = true; });
    const auto a = m_transport->start(get(m_sim->erpUrl().resolved(QUrl(QStringLiteral("products")))));
    const auto b = m_transport->start(post(m_sim->shopUrl().resolved(QUrl(QStringLiteral("products"))), "[]"));
    for (const auto ticket : {a, b}) {
        const HttpResult result = m_transport->wait(ticket);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->code, ErrorCode::Cancelled);
    }
}

void TestHttpTransportInFlight::discardedRequestIsForgotten()
{
    // Answered, but 300 ms late: a discarded request's answer must not reach its check.
    FaultConfig slow = only(FaultKind::Slow);
    slow.slowMsecs = 300;
    m_sim->setFaults(slow);
    int checked = 0;
    const auto counting = [&checked](const QUrl &url) {
        HttpRequest request = get(url);
        request.check = [&checked](const HttpResult &) -> std::optional<HttpProblem> {
            ++checked;
            return std::nullopt;
        };
        return request;
    };
    const QUrl products = m_sim->erpUrl().resolved(QUrl(QStringLiteral("products")));
    const auto a = m_transport->start(counting(products));
    const auto b = m_transport->start(post(m_sim->shopUrl().resolved(QUrl(QStringLiteral("products"))), "[]"));
    QCOMPARE(m_transport->outstanding(), 2);
    m_transport->discard(a);
    m_transport->discard(b);
    m_transport->discard(a); // twice is harmless
    QCOMPARE(m_transport->outstanding(), 0);
    QCOMPARE(m_transport->waitAny(), HttpTransport::Ticket(0));
    const HttpResult gone = m_transport->wait(a);
    QCOMPARE(gone.error->code, ErrorCode::Internal);

    // A request started after them is answered after theirs would have been: by then a discarded
    // one would have run its check. The transport goes on with both kinds of request.
    const HttpResult page = m_transport->execute(counting(products));
    QVERIFY2(page.ok(), qPrintable(everything(page)));
    QCOMPARE(checked, 1);
    m_sim->setFaults({});
    const HttpResult written = m_transport->execute(
        post(m_sim->shopUrl().resolved(QUrl(QStringLiteral("products"))), "[{\"sku\":\"D-1\",\"name\":\"n\"}]"));
    QVERIFY2(written.ok(), qPrintable(everything(written)));

    // A request that is done but not collected goes as well.
    const auto c = m_transport->start(get(products));
    QCOMPARE(m_transport->waitAny(), c);
    m_transport->discard(c);
    QCOMPARE(m_transport->outstanding(), 0);
    QCOMPARE(m_transport->wait(c).error->code, ErrorCode::Internal);
}

void TestHttpTransportInFlight::waitMeterLeavesTheCheckOut()
{
    // A clock that moves only when the test moves it: 50 while the thread waits, 1000 while the
    // check reads the answer inside the same wait.
    qint64 now = 0;
    WaitMeter meter([&now] { return now; });
    m_transport->setWaitMeter(&meter, 1);
    HttpRequest request = get(m_sim->erpUrl().resolved(QUrl(QStringLiteral("products"))));
    request.check = [&now](const HttpResult &) -> std::optional<HttpProblem> {
        now += 1000;
        return std::nullopt;
    };
    // The answer needs the wait's event loop, which runs this timer first.
    QTimer::singleShot(0, this, [&now] { now += 50; });
    QVERIFY(m_transport->execute(request).ok());
    QCOMPARE(now, 1050);
    QCOMPARE(meter.waits(1), 1);
    QCOMPARE(meter.waitedNsecs(1), 50);
    QCOMPARE(meter.waits(0), 0);
    QCOMPARE(meter.waitedNsecs(0), 0);

    m_transport->setWaitMeter(nullptr);
    QVERIFY(m_transport->execute(request).ok());
    QCOMPARE(now, 2050);
    QCOMPARE(meter.waits(1), 1);
    QCOMPARE(meter.waitedNsecs(1), 50);
}

QTEST_GUILESS_MAIN(TestHttpTransportInFlight)
#include "tst_httptransportinflight.moc"

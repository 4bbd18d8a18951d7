#include "faketryton.h"
#include "screenshot.h"

#include "endpoints/connectiontester.h"
#include "endpoints/endpointeditor.h"
#include "endpoints/endpointspage.h"
#include "project/demoproject.h"
#include "project/projectdocument.h"
#include "project/projectfile.h"
#include "secrets/secretresolver.h"
#include "widgets/icons.h"
#include "widgets/job.h"
#include "widgets/jobtracker.h"
#include "widgets/statuslabel.h"

#include <QAction>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Linkwright;

namespace {

/// Answers every request with a fixed status line, or never answers when status is 0.
class TinyHttpServer final : public QObject
{
public:
    explicit TinyHttpServer(int status, QObject *parent = nullptr)
        : QObject(parent)
        , m_status(status)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            }
        });
    }

    [[nodiscard]] QUrl url(const QString &path = QStringLiteral("/api/")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    [[nodiscard]] int requests() const { return m_requests; }

private:
    void answer(QTcpSocket *socket)
    {
        m_buffer += socket->readAll();
        if (!m_buffer.contains("\r\n\r\n"))
            return;
        m_buffer.clear();
        ++m_requests;
        if (m_status == 0)
            return;
        const QByteArray reason = m_status == 200 ? "OK" : m_status == 404 ? "Not Found" : "Unauthorized";
        socket->write("HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reason
            + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    int m_status;
    int m_requests = 0;
    QByteArray m_buffer;
};

/// A loopback port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

/// The endpoints page of project as the window shows it: saved to a file first, then opened.
/// Declared in the order they are built; the page goes first when it is torn down.
class OpenedPage final
{
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    JobTracker m_jobs;
    bool m_opened = false;

public:
    OpenedPage(const Project &project, SecretResolver &secrets, int height)
    {
        const QString fileName = m_dir.filePath(QStringLiteral("p.linkwright.json"));
        m_opened = ProjectFile::save(project, fileName).has_value() && document.open(fileName).has_value();
        page = std::make_unique<EndpointsPage>(document, m_network, m_jobs, secrets, nullptr);
        page->resize(1100, height);
        page->show();
    }

    [[nodiscard]] bool opened() const { return m_opened; }

    ProjectDocument document;
    std::unique_ptr<EndpointsPage> page;
};

} // namespace

namespace {

/// A keychain that answers when the test says so, as one waiting to be unlocked would.
class HeldSecrets final : public SecretResolver
{
public:
    [[nodiscard]] bool handles(SecretRef::Source) const override { return true; }
    [[nodiscard]] Result<QString> resolve(const SecretRef &) override
    {
        ++blockingReads;
        return QStringLiteral("pw-81d2c7e0");
    }
    void resolveLater(const SecretRef &, QObject *context, Done done) override
    {
        m_waiting.append({context, std::move(done)});
    }
    [[nodiscard]] qsizetype waiting() const { return m_waiting.size(); }
    /// Answers everyone still asking, as the keychain would once unlocked.
    void answer(const QString &secret)
    {
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &[context, done] : waiting) {
            if (context)
                done(secret);
        }
    }
    int blockingReads = 0;

private:
    QList<std::pair<QPointer<QObject>, Done>> m_waiting;
};

} // namespace

class TestConnectionTester final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reachableServerReportsItsStatus();
    void httpErrorStillCountsAsReachable();
    void refusedConnectionExplainsWhatToCheck();
    void cancelFromTheJobStopsTheTest();
    void silentServerTimesOut();
    void pageButtonRunsTheTestAndShowsTheOutcome();
    void trytonTestLogsInOnAThreadOfItsOwn();
    void trytonLockoutShowsAsAWarningToWait();
    void trytonTestCancelsWithoutWaitingForTheServer();
    void trytonTestWaitsForTheKeychainWithoutHoldingTheWindow();
    void pageTestsATrytonEndpointByLoggingIn();

private:
    [[nodiscard]] static Endpoint trytonEndpoint(const QUrl &base);

    EnvironmentSecretResolver m_secrets{{{QStringLiteral("LW_UI_TRYTON_PASSWORD"), QStringLiteral("pw-81d2c7e0")}}};

    /// The outcome of the test the tester is running, once it finishes.
    static std::optional<ConnectionOutcome> outcomeOf(ConnectionTester &tester, EndpointRole role);
};

void TestConnectionTester::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Icons::ensureTheme();
}

std::optional<ConnectionOutcome> TestConnectionTester::outcomeOf(ConnectionTester &tester, EndpointRole role)
{
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    if (!finished.wait(15'000))
        return std::nullopt;
    const QList<QVariant> arguments = finished.takeFirst();
    if (arguments.at(0).value<EndpointRole>() != role)
        return std::nullopt;
    return arguments.at(1).value<ConnectionOutcome>();
}

void TestConnectionTester::reachableServerReportsItsStatus()
{
    TinyHttpServer server(200);
    QNetworkAccessManager network;
    JobTracker jobs;
    ConnectionTester tester(network, jobs, m_secrets);
    tester.start(EndpointRole::Erp, server.url(), QStringLiteral("Test ERP"));
    QVERIFY(tester.isRunning(EndpointRole::Erp));
    QCOMPARE(jobs.jobs().size(), 1);
    QVERIFY(jobs.jobs().constFirst()->title().contains(QStringLiteral("Test ERP")));

    const auto finished = outcomeOf(tester, EndpointRole::Erp);
    QVERIFY(finished);
    const ConnectionOutcome &outcome = *finished;
    QCOMPARE(outcome.kind, ConnectionOutcome::Kind::Reachable);
    QCOMPARE(outcome.httpStatus, 200);
    QVERIFY(outcome.message().contains(QStringLiteral("200")));
    QVERIFY(jobs.jobs().isEmpty());
    QVERIFY(!tester.isRunning(EndpointRole::Erp));
    QCOMPARE(server.requests(), 1);
}

void TestConnectionTester::httpErrorStillCountsAsReachable()
{
    TinyHttpServer server(404);
    QNetworkAccessManager network;
    JobTracker jobs;
    ConnectionTester tester(network, jobs, m_secrets);
    tester.start(EndpointRole::Shop, server.url(QStringLiteral("/nothing/")), QStringLiteral("Shop"));
    const auto finished = outcomeOf(tester, EndpointRole::Shop);
    QVERIFY(finished);
    const ConnectionOutcome &outcome = *finished;
    QCOMPARE(outcome.kind, ConnectionOutcome::Kind::HttpError);
    QCOMPARE(outcome.httpStatus, 404);
    QVERIFY(outcome.reachedServer());
    QVERIFY(!outcome.hint().isEmpty());
}

void TestConnectionTester::refusedConnectionExplainsWhatToCheck()
{
    QNetworkAccessManager network;
    JobTracker jobs;
    ConnectionTester tester(network, jobs, m_secrets);
    tester.start(
        EndpointRole::Erp, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())), QStringLiteral("ERP"));
    const auto finished = outcomeOf(tester, EndpointRole::Erp);
    QVERIFY(finished);
    const ConnectionOutcome &outcome = *finished;
    QCOMPARE(outcome.kind, ConnectionOutcome::Kind::NetworkError);
    QCOMPARE(outcome.networkError, QNetworkReply::ConnectionRefusedError);
    QVERIFY(!outcome.message().isEmpty());
    QVERIFY(!outcome.hint().isEmpty());
    QVERIFY(jobs.jobs().isEmpty());
}

void TestConnectionTester::cancelFromTheJobStopsTheTest()
{
    TinyHttpServer server(0);
    QNetworkAccessManager network;
    JobTracker jobs;
    ConnectionTester tester(network, jobs, m_secrets);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(EndpointRole::Erp, server.url(), QStringLiteral("ERP"));
    QTRY_COMPARE(server.requests(), 1); // the request is out and unanswered
    QCOMPARE(jobs.jobs().size(), 1);

    jobs.jobs().constFirst()->cancel(); // what the status bar's cancel button does
    if (finished.isEmpty())
        QVERIFY(finished.wait(15'000));
    QCOMPARE(finished.first().at(1).value<ConnectionOutcome>().kind, ConnectionOutcome::Kind::Cancelled);
    QVERIFY(jobs.jobs().isEmpty());
    QVERIFY(!tester.isRunning(EndpointRole::Erp));
}

void TestConnectionTester::silentServerTimesOut()
{
    TinyHttpServer server(0);
    QNetworkAccessManager network;
    JobTracker jobs;
    ConnectionTester tester(network, jobs, m_secrets);
    tester.setTimeout(300);
    tester.start(EndpointRole::Shop, server.url(), QStringLiteral("Shop"));
    const auto finished = outcomeOf(tester, EndpointRole::Shop);
    QVERIFY(finished);
    const ConnectionOutcome &outcome = *finished;
    QCOMPARE(outcome.kind, ConnectionOutcome::Kind::TimedOut);
    QVERIFY(!outcome.hint().isEmpty());
    QVERIFY(jobs.jobs().isEmpty());
}

void TestConnectionTester::pageButtonRunsTheTestAndShowsTheOutcome()
{
    TinyHttpServer server(401);
    Project project = demoProject();
    project.erp.baseUrl = server.url();
    OpenedPage opened(project, m_secrets, 720);
    QVERIFY(opened.opened());
    ProjectDocument &document = opened.document;
    EndpointsPage &page = *opened.page;

    EndpointEditor *erp = page.editor(EndpointRole::Erp);
    auto *button = erp->findChild<QPushButton *>(QStringLiteral("testConnection"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QSignalSpy finished(page.tester(), &ConnectionTester::finished);
    button->click();
    auto *outcome = erp->findChild<StatusLabel *>(QStringLiteral("testOutcome"));
    QVERIFY(outcome);
    QCOMPARE(outcome->status(), StatusLabel::Status::Running);
    QVERIFY(finished.wait(15'000));
    // 401 proves the server is there; the text says so and why credentials were not sent.
    QCOMPARE(outcome->status(), StatusLabel::Status::Ok);
    QVERIFY(outcome->text().contains(QStringLiteral("401")));
    QVERIFY(!document.isModified()); // testing is not editing
    QVERIFY(saveScreenshot(&page, QStringLiteral("shell-endpoints-tested.png")));

    // "Test both" with the shop's URL broken tests the ERP and says why the shop was skipped.
    EndpointEditor *shop = page.editor(EndpointRole::Shop);
    auto *shopUrl = shop->findChild<QLineEdit *>(QStringLiteral("baseUrl"));
    shopUrl->selectAll();
    QTest::keyClicks(shopUrl, QStringLiteral("not a url"));
    QVERIFY(shop->hasUrlProblem());
    auto *testBoth = page.findChild<QAction *>(QStringLiteral("testAllConnections"));
    QVERIFY(testBoth);
    testBoth->trigger();
    auto *shopOutcome = shop->findChild<StatusLabel *>(QStringLiteral("testOutcome"));
    QCOMPARE(shopOutcome->status(), StatusLabel::Status::Info);
    QVERIFY(!shopOutcome->text().isEmpty());
    QVERIFY(page.tester()->isRunning(EndpointRole::Erp));
    QVERIFY(!page.tester()->isRunning(EndpointRole::Shop));
    QVERIFY(finished.wait(15'000));
}

Endpoint TestConnectionTester::trytonEndpoint(const QUrl &base)
{
    Endpoint endpoint = Testing::trytonTestEndpoint(base, QStringLiteral("LW_UI_TRYTON_PASSWORD"));
    endpoint.timeoutSeconds = 30;
    endpoint.tryton.warehouses = {};
    return endpoint;
}

void TestConnectionTester::trytonTestLogsInOnAThreadOfItsOwn()
{
    // The fake Tryton answers from this thread's event loop: a test that held the window's
    // thread while it waited would never get its answers.
    Testing::FakeTryton tryton;
    tryton.results.insert("model.company.company.search_read", R"([{"id":1,"rec_name":"Tryton Test Company"}])");
    tryton.results.insert("model.stock.location.search_read", R"([{"id":5,"code":"WH","name":"Warehouse"}])");
    Testing::FakeHttpServer server([&tryton](const Testing::SeenRequest &request) { return tryton.answer(request); });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    JobTracker jobs;
    ConnectionTester tester(network, jobs, m_secrets);
    tester.start(EndpointRole::Erp, trytonEndpoint(server.url()), QStringLiteral("Tryton"));
    QVERIFY(tester.isRunning(EndpointRole::Erp));
    QCOMPARE(jobs.jobs().size(), 1);

    const auto finished = outcomeOf(tester, EndpointRole::Erp);
    QVERIFY(finished);
    QCOMPARE(finished->kind, ConnectionOutcome::Kind::Checked);
    QVERIFY(finished->tryton);
    QVERIFY2(finished->tryton->ok(), qPrintable(finished->tryton->error.toString()));
    QCOMPARE(finished->status(), StatusLabel::Status::Ok);
    const QString message = finished->message();
    for (const QString &part :
        {QStringLiteral("6.0.29"), QStringLiteral("Tryton Test Company"), QStringLiteral("WH (id 5)")})
        QVERIFY2(message.contains(part), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("pw-81d2c7e0")));
    QCOMPARE(tryton.logins, 1);
    QVERIFY(jobs.jobs().isEmpty());
    QVERIFY(!tester.isRunning(EndpointRole::Erp));
}

void TestConnectionTester::trytonLockoutShowsAsAWarningToWait()
{
    Testing::FakeTryton tryton;
    tryton.loginStatus = 429;
    Testing::FakeHttpServer server([&tryton](const Testing::SeenRequest &request) { return tryton.answer(request); });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    JobTracker jobs;
    ConnectionTester tester(network, jobs, m_secrets);
    tester.start(EndpointRole::Erp, trytonEndpoint(server.url()), QStringLiteral("Tryton"));
    const auto finished = outcomeOf(tester, EndpointRole::Erp);
    QVERIFY(finished && finished->tryton);
    QCOMPARE(finished->tryton->outcome, TrytonCheck::Outcome::LoginLocked);
    QCOMPARE(finished->status(), StatusLabel::Status::Warning);
    QVERIFY2(finished->message().contains(QStringLiteral("too many failed logins")), qPrintable(finished->message()));
    QVERIFY2(finished->hint().contains(QStringLiteral("Wait")), qPrintable(finished->hint()));
    QCOMPARE(tryton.logins, 1);
}

void TestConnectionTester::trytonTestCancelsWithoutWaitingForTheServer()
{
    TinyHttpServer server(0);
    QNetworkAccessManager network;
    JobTracker jobs;
    auto tester = std::make_unique<ConnectionTester>(network, jobs, m_secrets);
    QSignalSpy finished(tester.get(), &ConnectionTester::finished);
    tester->start(EndpointRole::Shop, trytonEndpoint(server.url(QStringLiteral("/"))), QStringLiteral("Tryton"));
    QTRY_COMPARE(server.requests(), 1); // the version request is out and unanswered
    jobs.jobs().constFirst()->cancel();
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.first().at(1).value<ConnectionOutcome>();
    QCOMPARE(outcome.kind, ConnectionOutcome::Kind::Cancelled);
    QVERIFY(outcome.tryton);
    QVERIFY(!tester->isRunning(EndpointRole::Shop));
    QVERIFY(jobs.jobs().isEmpty());
    // A second test at once, then the window closing: the checks' threads end with the tester.
    tester->start(EndpointRole::Shop, trytonEndpoint(server.url(QStringLiteral("/"))), QStringLiteral("Tryton"));
    QVERIFY(tester->isRunning(EndpointRole::Shop));
    QTRY_COMPARE(server.requests(), 2); // the second check's thread is asking
    tester.reset();
    QVERIFY(jobs.jobs().isEmpty());
}

void TestConnectionTester::pageTestsATrytonEndpointByLoggingIn()
{
    Testing::FakeTryton tryton;
    tryton.results.insert("model.company.company.search_read", R"([{"id":1,"rec_name":"Tryton Test Company"}])");
    tryton.results.insert("model.stock.location.search_read",
        R"([{"id":5,"code":"WH","name":"Warehouse"},{"id":9,"code":"ANX","name":"Annex"}])");
    Testing::FakeHttpServer server([&tryton](const Testing::SeenRequest &request) { return tryton.answer(request); });
    QVERIFY(server.listen());
    Project project = demoProject();
    project.erp = trytonEndpoint(server.url());
    project.erp.tryton.warehouses = {5};
    OpenedPage opened(project, m_secrets, 760);
    QVERIFY(opened.opened());
    ProjectDocument &document = opened.document;
    EndpointsPage &page = *opened.page;

    EndpointEditor *erp = page.editor(EndpointRole::Erp);
    QSignalSpy finished(page.tester(), &ConnectionTester::finished);
    erp->findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    QVERIFY(finished.wait(15'000));
    auto *outcome = erp->findChild<StatusLabel *>(QStringLiteral("testOutcome"));
    QCOMPARE(outcome->status(), StatusLabel::Status::Ok);
    QVERIFY2(outcome->text().contains(QStringLiteral("Tryton Test Company")), qPrintable(outcome->text()));
    QVERIFY2(outcome->text().contains(QStringLiteral("ANX (id 9)")), qPrintable(outcome->text()));
    QCOMPARE(tryton.logins, 1);
    QVERIFY(!document.isModified());
    QVERIFY(saveScreenshot(&page, QStringLiteral("endpoint-tryton-tested.png")));
}

void TestConnectionTester::trytonTestWaitsForTheKeychainWithoutHoldingTheWindow()
{
    Testing::FakeTryton tryton;
    tryton.results.insert("model.company.company.search_read", R"([{"id":1,"rec_name":"Tryton Test Company"}])");
    Testing::FakeHttpServer server([&tryton](const Testing::SeenRequest &request) { return tryton.answer(request); });
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    JobTracker jobs;
    HeldSecrets secrets;
    ConnectionTester tester(network, jobs, secrets);
    tester.setTimeout(200);
    QSignalSpy finished(&tester, &ConnectionTester::finished);

    // The test starts, shows its job and returns while the keychain has not answered.
    tester.start(EndpointRole::Erp, trytonEndpoint(server.url()), QStringLiteral("Tryton"));
    QCOMPARE(secrets.waiting(), 1);
    QCOMPARE(secrets.blockingReads, 0);
    QVERIFY(tester.isRunning(EndpointRole::Erp));
    QCOMPARE(jobs.jobs().size(), 1);
    // Longer than the test's own timeout: a slow keychain is its own timeout's business (its
    // error says "unlock it"), not "no answer from the server".
    QTest::qWait(500);
    QVERIFY(finished.isEmpty());
    QVERIFY(server.requests().isEmpty()); // nothing is asked of Tryton without the password

    // Cancelled while the keychain thinks: the test ends now, with its job.
    jobs.jobs().constFirst()->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).value<ConnectionOutcome>().kind, ConnectionOutcome::Kind::Cancelled);
    QVERIFY(!tester.isRunning(EndpointRole::Erp));
    QVERIFY(jobs.jobs().isEmpty());

    // Started again while the first answer is still out: only the newest test logs in, once,
    // with the password the keychain gave.
    finished.clear();
    tester.setTimeout(15'000);
    tester.start(EndpointRole::Erp, trytonEndpoint(server.url()), QStringLiteral("Tryton"));
    tester.start(EndpointRole::Erp, trytonEndpoint(server.url()), QStringLiteral("Tryton"));
    QCOMPARE(secrets.waiting(), 3);
    secrets.answer(QStringLiteral("pw-81d2c7e0"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 15'000); // the one replaced, then the newest
    const auto outcome = finished.constLast().at(1).value<ConnectionOutcome>();
    QCOMPARE(outcome.kind, ConnectionOutcome::Kind::Checked);
    QVERIFY2(outcome.tryton && outcome.tryton->ok(), qPrintable(outcome.message()));
    QTest::qWait(100); // a stale answer would start a second check now
    QCOMPARE(tryton.logins, 1);
    QCOMPARE(finished.size(), 2);
    bool passwordSent = false;
    for (const Testing::SeenRequest &request : server.requests())
        passwordSent = passwordSent || request.body.contains("pw-81d2c7e0");
    QVERIFY(passwordSent);
    QCOMPARE(secrets.blockingReads, 0);
}

QTEST_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"

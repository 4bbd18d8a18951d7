#include "keychainsecretresolver.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Linkwright;
using namespace std::chrono_literals;

namespace {

const QString Service = QStringLiteral("linkwright-test");
const QString DeniedService = QStringLiteral("linkwright-test-denied");
const QString Canary = QStringLiteral("cAnArY-w4ll3t/9+x=Qz");
constexpr std::chrono::milliseconds TestTimeout = 1500ms;
// Starting a job, QtKeychain's one-off backend probe and reading the answer.
constexpr std::chrono::milliseconds Slack = 1500ms;

/// Just enough of KWallet's D-Bus interface (org.kde.KWallet, as QtKeychain uses it) to hold
/// entries, refuse one service and never answer for entries whose name starts with "hang-":
/// a stand-in for a wallet that waits behind an unlock prompt. Answers from its own thread, as
/// kwalletd does from its own process, so blocking calls from the test thread get through.
class FakeWallet final : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        const QList<QVariant> args = message.arguments();
        const QString member = message.member();
        QMutexLocker lock(&m_mutex);
        if (member == u"networkWallet")
            return connection.send(message.createReply(QStringLiteral("kdewallet")));
        if (member == u"open") // wallet, window id, application (QtKeychain passes the service)
            return connection.send(message.createReply(args.value(2).toString() == DeniedService ? -1 : 1));
        // The rest name (handle, folder, key, ...); QtKeychain's folder is the service.
        const QString key = args.value(1).toString() + u'/' + args.value(2).toString();
        if (m_holding && args.value(2).toString().startsWith(u"hang-")) {
            m_unanswered.append(message);
            return true;
        }
        if (member == u"entryType") // 0 unknown, 1 password
            return connection.send(message.createReply(m_entries.contains(key) ? 1 : 0));
        if (member == u"readPassword")
            return connection.send(message.createReply(m_entries.value(key)));
        if (member == u"writePassword") {
            m_entries.insert(key, args.value(3).toString());
            return connection.send(message.createReply(0));
        }
        if (member == u"removeEntry") {
            m_entries.remove(key);
            return connection.send(message.createReply(0));
        }
        return connection.send(message.createErrorReply(QDBusError::UnknownMethod, member));
    }

    void put(const QString &folder, const QString &key, const QString &value)
    {
        QMutexLocker lock(&m_mutex);
        m_entries.insert(folder + u'/' + key, value);
    }

    [[nodiscard]] QString entry(const QString &folder, const QString &key)
    {
        QMutexLocker lock(&m_mutex);
        return m_entries.value(folder + u'/' + key);
    }

    [[nodiscard]] qsizetype unanswered()
    {
        QMutexLocker lock(&m_mutex);
        return m_unanswered.size();
    }

    /// The wallet finally gives up on what it held back, and answers from then on (QtKeychain
    /// still has the abandoned jobs queued, and asks for their entries once it gets to them).
    void answerHeldCalls(const QDBusConnection &connection)
    {
        QMutexLocker lock(&m_mutex);
        m_holding = false;
        for (const QDBusMessage &message : std::as_const(m_unanswered))
            connection.send(message.createErrorReply(QDBusError::AccessDenied, QStringLiteral("gave up")));
        m_unanswered.clear();
    }

private:
    QMutex m_mutex;
    QHash<QString, QString> m_entries; ///< "folder/key" to value
    QList<QDBusMessage> m_unanswered;
    bool m_holding = true;
};

} // namespace

class TestKeychainWallet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip();
    void missingEntryNamesItAndSaysHowToStoreIt();
    void emptyEntryIsRefused();
    void deniedAccessIsReported();
    void readsWithoutWaiting();
    // These run last and in this order: a held call blocks QtKeychain's queue.
    void hungWalletTimesOut();
    void hungWalletTimesOutWithoutHoldingTheLoop();
    void requestsQueuedBehindItTimeOutToo();
    void laterRequestsWorkOnceTheWalletAnswers();

private:
    QTemporaryDir m_busDir;
    QProcess m_bus;
    QThread m_walletThread;
    std::unique_ptr<FakeWallet> m_wallet;
};

void TestKeychainWallet::initTestCase()
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
        QSKIP("dbus-daemon is not installed: no private session bus to put a stand-in wallet on");
    QVERIFY(m_busDir.isValid());
    // A private bus, so the test never reads, writes or prompts in the user's real keychain.
    m_bus.start(daemon,
        {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
            QStringLiteral("--address=unix:tmpdir=") + m_busDir.path()});
    if (!m_bus.waitForStarted(5000) || !m_bus.waitForReadyRead(5000))
        QSKIP(qPrintable(QStringLiteral("dbus-daemon did not start: %1 %2")
                             .arg(m_bus.errorString(), QString::fromLocal8Bit(m_bus.readAllStandardError()))));
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY(!address.isEmpty());
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    // QtKeychain picks its backend once per process from the desktop; on Plasma 5 it asks
    // org.kde.kwalletd5 first, whether or not libsecret is installed.
    qputenv("XDG_CURRENT_DESKTOP", "KDE");
    qputenv("KDE_SESSION_VERSION", "5");

    // Its own connection, so QtKeychain's calls travel through the bus daemon like real ones.
    QDBusConnection wallet = QDBusConnection::connectToBus(QString::fromLatin1(address), QStringLiteral("wallet"));
    QVERIFY2(wallet.isConnected(), qPrintable(wallet.lastError().message()));
    m_wallet = std::make_unique<FakeWallet>();
    m_walletThread.start();
    m_wallet->moveToThread(&m_walletThread);
    QVERIFY(wallet.registerVirtualObject(QStringLiteral("/modules/kwalletd5"), m_wallet.get()));
    QVERIFY(wallet.registerService(QStringLiteral("org.kde.kwalletd5")));
}

void TestKeychainWallet::cleanupTestCase()
{
    if (m_wallet)
        m_wallet->answerHeldCalls(QDBusConnection(QStringLiteral("wallet")));
    QDBusConnection::disconnectFromBus(QStringLiteral("wallet"));
    m_walletThread.quit();
    m_walletThread.wait();
    m_wallet.reset();
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }
}

void TestKeychainWallet::roundTrip()
{
    KeychainSecretResolver resolver(Service, TestTimeout);
    const auto stored = resolver.store(QStringLiteral("erp-token"), Canary);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().toString()));
    QCOMPARE(m_wallet->entry(Service, QStringLiteral("erp-token")), Canary);
    const auto value = resolver.resolve({SecretRef::Source::Keychain, QStringLiteral("erp-token")});
    QVERIFY2(value, value ? "" : qPrintable(value.error().toString()));
    QCOMPARE(*value, Canary);

    // The service separates entries of the same name.
    KeychainSecretResolver other(Service + QStringLiteral("-other"), TestTimeout);
    const auto elsewhere = other.resolve({SecretRef::Source::Keychain, QStringLiteral("erp-token")});
    QVERIFY(!elsewhere);
    QVERIFY(!elsewhere.error().toString().contains(Canary));

    QVERIFY(resolver.store(QStringLiteral("scratch"), QStringLiteral("temporary")));
    QVERIFY(resolver.remove(QStringLiteral("scratch")));
    QVERIFY(!resolver.resolve({SecretRef::Source::Keychain, QStringLiteral("scratch")}));
    QVERIFY(resolver.remove(QStringLiteral("scratch"))); // already gone is fine
}

void TestKeychainWallet::missingEntryNamesItAndSaysHowToStoreIt()
{
    KeychainSecretResolver resolver(Service, TestTimeout);
    const SecretRef ref{SecretRef::Source::Keychain, QStringLiteral("shop-key")};
    const auto value = resolver.resolve(ref);
    QVERIFY(!value);
    const Error &error = value.error();
    qInfo().noquote() << error.toString();
    QCOMPARE(error.code, ErrorCode::SecretUnavailable);
    QCOMPARE(error.where, describeSecretRef(ref));
    QVERIFY(error.message.contains(ref.name));
    QVERIFY(error.message.contains(Service));
#if defined(Q_OS_LINUX)
    QVERIFY2(error.hint.contains(QStringLiteral("secret-tool store --label='Linkwright shop-key' server "
                                                "linkwright-test user shop-key type plaintext")),
        qPrintable(error.hint));
#endif
}

void TestKeychainWallet::emptyEntryIsRefused()
{
    m_wallet->put(Service, QStringLiteral("blank"), QString());
    KeychainSecretResolver resolver(Service, TestTimeout);
    const auto value = resolver.resolve({SecretRef::Source::Keychain, QStringLiteral("blank")});
    QVERIFY(!value);
    QCOMPARE(value.error().code, ErrorCode::SecretUnavailable);
    QVERIFY(value.error().message.contains(QStringLiteral("empty")));
}

void TestKeychainWallet::deniedAccessIsReported()
{
    KeychainSecretResolver resolver(DeniedService, TestTimeout);
    const auto value = resolver.resolve({SecretRef::Source::Keychain, QStringLiteral("erp-token")});
    QVERIFY(!value);
    QCOMPARE(value.error().code, ErrorCode::SecretUnavailable);
    QVERIFY2(value.error().message.contains(QStringLiteral("denied")), qPrintable(value.error().toString()));
    QVERIFY(value.error().message.contains(QStringLiteral("erp-token")));
    const auto stored = resolver.store(QStringLiteral("erp-token"), Canary);
    QVERIFY(!stored);
    QVERIFY(!stored.error().toString().contains(Canary));
}

void TestKeychainWallet::readsWithoutWaiting()
{
    KeychainSecretResolver resolver(Service, TestTimeout);
    QVERIFY(resolver.store(QStringLiteral("later-token"), Canary));
    QObject context;
    std::optional<Result<QString>> answer;
    resolver.resolveLater({SecretRef::Source::Keychain, QStringLiteral("later-token")}, &context,
        [&](Result<QString> value) { answer = std::move(value); });
    QVERIFY(!answer); // never inside the call: the wallet answers through the event loop
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QVERIFY2(*answer, *answer ? "" : qPrintable(answer->error().toString()));
    QCOMPARE(**answer, Canary);

    // The same words as resolve() for an entry that is not there.
    answer.reset();
    const SecretRef missing{SecretRef::Source::Keychain, QStringLiteral("not-there")};
    resolver.resolveLater(missing, &context, [&](Result<QString> value) { answer = std::move(value); });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QVERIFY(!*answer);
    QCOMPARE(answer->error().toString(), resolver.resolve(missing).error().toString());
}

void TestKeychainWallet::hungWalletTimesOutWithoutHoldingTheLoop()
{
    KeychainSecretResolver resolver(Service, TestTimeout);
    const SecretRef ref{SecretRef::Source::Keychain, QStringLiteral("hang-shop-token")};
    // The call returns at once (checked below); the ticks show the caller's loop running
    // meanwhile, as a window's would (resolve() also lets timers fire, so they alone prove
    // nothing).
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&ticks] { ++ticks; });
    ticker.start(50);
    QObject context;
    std::optional<Result<QString>> answer;
    QElapsedTimer clock;
    clock.start();
    resolver.resolveLater(ref, &context, [&](Result<QString> value) { answer = std::move(value); });
    QVERIFY(std::chrono::milliseconds(clock.elapsed()) < TestTimeout / 2);
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), static_cast<int>((TestTimeout + Slack).count()));
    QVERIFY2(std::chrono::milliseconds(clock.elapsed()) >= TestTimeout, "gave up before its time");
    QVERIFY2(ticks >= 5, qPrintable(QStringLiteral("%1 ticks while waiting").arg(ticks)));
    QVERIFY(!*answer);
    QCOMPARE(answer->error().code, ErrorCode::SecretUnavailable);
    QVERIFY(answer->error().message.contains(QStringLiteral("did not answer")));

    // Whoever asked is gone before the answer: nothing is delivered to it.
    bool delivered = false;
    auto gone = std::make_unique<QObject>();
    resolver.resolveLater(ref, gone.get(), [&delivered](Result<QString>) { delivered = true; });
    gone.reset();
    QTest::qWait(static_cast<int>((TestTimeout + TestTimeout / 2).count()));
    QVERIFY(!delivered);
}

void TestKeychainWallet::hungWalletTimesOut()
{
    KeychainSecretResolver resolver(Service, TestTimeout);
    const SecretRef ref{SecretRef::Source::Keychain, QStringLiteral("hang-erp-token")};
    QElapsedTimer clock;
    clock.start();
    const auto value = resolver.resolve(ref);
    const auto elapsed = std::chrono::milliseconds(clock.elapsed());
    QVERIFY(!value);
    qInfo().noquote() << "after" << elapsed.count() << "ms:" << value.error().toString();
    QVERIFY2(elapsed >= TestTimeout, qPrintable(value.error().toString()));
    QVERIFY2(elapsed < TestTimeout + Slack, qPrintable(QStringLiteral("took %1 ms").arg(elapsed.count())));
    QCOMPARE(m_wallet->unanswered(), 1);
    QCOMPARE(value.error().code, ErrorCode::SecretUnavailable);
    QCOMPARE(value.error().where, describeSecretRef(ref));
    QVERIFY(value.error().message.contains(ref.name));
    QVERIFY(value.error().message.contains(QStringLiteral("did not answer")));
    QVERIFY(!value.error().hint.isEmpty());
}

void TestKeychainWallet::requestsQueuedBehindItTimeOutToo()
{
    // QtKeychain runs one job at a time, so this waits behind the abandoned one; it still gives
    // up on time instead of waiting for it.
    KeychainSecretResolver resolver(Service, TestTimeout);
    QElapsedTimer clock;
    clock.start();
    const auto value = resolver.resolve({SecretRef::Source::Keychain, QStringLiteral("erp-token")});
    QVERIFY(std::chrono::milliseconds(clock.elapsed()) < TestTimeout + Slack);
    QVERIFY(!value);
    QVERIFY(value.error().message.contains(QStringLiteral("did not answer")));
}

void TestKeychainWallet::laterRequestsWorkOnceTheWalletAnswers()
{
    m_wallet->answerHeldCalls(QDBusConnection(QStringLiteral("wallet")));
    // QtKeychain works through the abandoned jobs first: more time than one read needs.
    KeychainSecretResolver resolver(Service, TestTimeout + Slack);
    const auto value = resolver.resolve({SecretRef::Source::Keychain, QStringLiteral("erp-token")});
    QVERIFY2(value, value ? "" : qPrintable(value.error().toString()));
    QCOMPARE(*value, Canary);
}

QTEST_GUILESS_MAIN(TestKeychainWallet)
#include "tst_keychainwallet.moc"

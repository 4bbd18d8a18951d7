#include "keychainsecretresolver.h"
#include "secretresolvers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>
#include <QUuid>

using namespace Linkwright;
using namespace std::chrono_literals;

namespace {

const QString Canary = QStringLiteral("cAnArY-k3ych41n/9+x=Qz");
const QString TestService = QStringLiteral("linkwright-test");
constexpr std::chrono::milliseconds TestTimeout = 2s;
// Returning is allowed to take the timeout plus this: starting a job and reading the answer.
constexpr std::chrono::milliseconds Slack = 1500ms;

/// A name no keychain has: a leftover of an earlier run must not make a "missing" case pass.
QString uniqueName(const QString &purpose)
{
    return QStringLiteral("linkwright-test-%1-%2").arg(purpose, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString fullText(const Error &error)
{
    return error.where + u'\n' + error.message + u'\n' + error.hint;
}

} // namespace

class TestKeychainSecretResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handlesOnlyKeychainReferences();
    void refusesReferencesThatAreNotKeychainEntries();
    void missingEntryFailsCleanlyWithinTheTimeout();
    void storeRefusesEmptyNamesAndValues();
    void failuresNeverShowTheValue();
    void chainResolvesEnvironmentReferencesFromTheEnvironment();
    void chainGivesTheKeychainErrorForKeychainReferences();
    void roundTripWhereAKeychainAnswers();
};

void TestKeychainSecretResolver::initTestCase()
{
    // With no session bus address, libdbus would try to autolaunch a bus for the X display when
    // there is one (dbus-launch), which may outlive the test. A user's real session bus (the
    // variable or the systemd socket) is left alone so the round trip can run there.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && (runtime.isEmpty() || !QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("bus"))))) {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/linkwright-test-no-session-bus");
    }
}

void TestKeychainSecretResolver::handlesOnlyKeychainReferences()
{
    const KeychainSecretResolver resolver;
    QVERIFY(resolver.handles(SecretRef::Source::Keychain));
    QVERIFY(!resolver.handles(SecretRef::Source::Environment));
    QVERIFY(!resolver.handles(SecretRef::Source::None));
    QCOMPARE(resolver.service(), QStringLiteral("linkwright"));
    QCOMPARE(resolver.timeout(), KeychainSecretResolver::DefaultTimeout);
    QCOMPARE(KeychainSecretResolver::DefaultTimeout, 10s);
}

void TestKeychainSecretResolver::refusesReferencesThatAreNotKeychainEntries()
{
    KeychainSecretResolver resolver(TestService, TestTimeout);
    for (const SecretRef &ref : {SecretRef{SecretRef::Source::Environment, QStringLiteral("HOME")},
             SecretRef{SecretRef::Source::Keychain, QString()}, SecretRef{}}) {
        const auto value = resolver.resolve(ref);
        QVERIFY(!value);
        QCOMPARE(value.error().code, ErrorCode::SecretUnavailable);
        QVERIFY(!value.error().hint.isEmpty());
    }
}

void TestKeychainSecretResolver::missingEntryFailsCleanlyWithinTheTimeout()
{
    KeychainSecretResolver resolver(TestService, TestTimeout);
    const QString name = uniqueName(QStringLiteral("missing"));
    QElapsedTimer clock;
    clock.start();
    const auto value = resolver.resolve({SecretRef::Source::Keychain, name});
    const auto elapsed = std::chrono::milliseconds(clock.elapsed());
    QVERIFY2(elapsed < TestTimeout + Slack, qPrintable(QStringLiteral("took %1 ms").arg(elapsed.count())));
    QVERIFY(!value);
    // Whether this machine has no keychain (CI), a locked one or a working one, the answer is
    // the same kind of error, naming the entry and saying what to do.
    const Error &error = value.error();
    QCOMPARE(error.code, ErrorCode::SecretUnavailable);
    QCOMPARE(error.where, describeSecretRef({SecretRef::Source::Keychain, name}));
    QVERIFY2(error.message.contains(name), qPrintable(error.message));
    QVERIFY(!error.hint.isEmpty());
    qInfo().noquote() << "without the entry:" << error.toString();
}

void TestKeychainSecretResolver::storeRefusesEmptyNamesAndValues()
{
    KeychainSecretResolver resolver(TestService, TestTimeout);
    const auto noName = resolver.store(QString(), Canary);
    QVERIFY(!noName);
    QCOMPARE(noName.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!fullText(noName.error()).contains(Canary));
    const auto noValue = resolver.store(uniqueName(QStringLiteral("empty")), QString());
    QVERIFY(!noValue);
    QCOMPARE(noValue.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!resolver.remove(QString()));
}

void TestKeychainSecretResolver::failuresNeverShowTheValue()
{
    KeychainSecretResolver resolver(TestService, TestTimeout);
    const QString name = uniqueName(QStringLiteral("canary"));
    const auto stored = resolver.store(name, Canary);
    if (!stored) {
        QCOMPARE(stored.error().code, ErrorCode::SecretUnavailable);
        QVERIFY2(!fullText(stored.error()).contains(Canary), qPrintable(stored.error().toString()));
        QVERIFY(stored.error().message.contains(name));
    }
    // Whether or not the value made it into a keychain, reading it from another service fails,
    // and that failure must not carry it either.
    KeychainSecretResolver other(TestService + QStringLiteral("-other"), TestTimeout);
    const auto elsewhere = other.resolve({SecretRef::Source::Keychain, name});
    QVERIFY(!elsewhere);
    QVERIFY2(!fullText(elsewhere.error()).contains(Canary), qPrintable(elsewhere.error().toString()));
    if (stored)
        QVERIFY(resolver.remove(name));
}

void TestKeychainSecretResolver::chainResolvesEnvironmentReferencesFromTheEnvironment()
{
    const QByteArray variable = "LINKWRIGHT_TEST_KEYCHAIN_CHAIN_SECRET";
    qputenv(variable.constData(), Canary.toUtf8());
    const auto chain = makeSecretResolver(TestService, TestTimeout);
    QVERIFY(chain->handles(SecretRef::Source::Environment));
    QVERIFY(chain->handles(SecretRef::Source::Keychain));
    const auto value = chain->resolve({SecretRef::Source::Environment, QString::fromLatin1(variable)});
    qunsetenv(variable.constData());
    QVERIFY2(value, value ? "" : qPrintable(value.error().toString()));
    QCOMPARE(*value, Canary);
}

void TestKeychainSecretResolver::chainGivesTheKeychainErrorForKeychainReferences()
{
    const auto chain = makeSecretResolver(TestService, TestTimeout);
    const SecretRef ref{SecretRef::Source::Keychain, uniqueName(QStringLiteral("chain"))};
    QElapsedTimer clock;
    clock.start();
    const auto value = chain->resolve(ref);
    QVERIFY(std::chrono::milliseconds(clock.elapsed()) < TestTimeout + Slack);
    QVERIFY(!value);
    // The keychain resolver's own answer, not the chain's "no keychain in this program".
    KeychainSecretResolver direct(TestService, TestTimeout);
    const auto expected = direct.resolve(ref);
    QVERIFY(!expected);
    QCOMPARE(value.error().code, ErrorCode::SecretUnavailable);
    QCOMPARE(value.error().where, expected.error().where);
    QCOMPARE(value.error().message, expected.error().message);
    QCOMPARE(value.error().hint, expected.error().hint);
}

void TestKeychainSecretResolver::roundTripWhereAKeychainAnswers()
{
    KeychainSecretResolver resolver(TestService, TestTimeout);
    const QString name = uniqueName(QStringLiteral("round-trip"));
    const auto stored = resolver.store(name, Canary);
    if (!stored) {
        QSKIP(qPrintable(QStringLiteral("no keychain to store into here: %1").arg(stored.error().toString())));
    }
    const auto value = resolver.resolve({SecretRef::Source::Keychain, name});
    const auto removed = resolver.remove(name);
    QVERIFY2(value, value ? "" : qPrintable(value.error().toString()));
    QCOMPARE(*value, Canary);
    QVERIFY2(removed, removed ? "" : qPrintable(removed.error().toString()));
    const auto gone = resolver.resolve({SecretRef::Source::Keychain, name});
    QVERIFY(!gone);
    QVERIFY(!fullText(gone.error()).contains(Canary));
}

QTEST_GUILESS_MAIN(TestKeychainSecretResolver)
#include "tst_keychainsecretresolver.moc"

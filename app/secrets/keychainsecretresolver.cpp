#include "keychainsecretresolver.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

namespace Linkwright {

/// What a keychain job reported, or that it did not report in time.
struct KeychainJobOutcome {
    bool timedOut = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString; ///< QtKeychain's own detail; names the backend's problem, never a value
    QString text; ///< the secret, for a ReadPasswordJob that succeeded
};

namespace {

/// Starts the job and waits for it in a local event loop, at most `timeout`. The job deletes
/// itself once finished (QtKeychain's default). It is not deleted when the wait gives up: the
/// libsecret backend keeps a raw pointer to it until the secret service answers, so it has to
/// outlive the wait; the connections below end with the loop, so a late answer is dropped.
KeychainJobOutcome runJob(QKeychain::Job *job, std::chrono::milliseconds timeout)
{
    KeychainJobOutcome outcome;
    bool finished = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; a keychain is only called unresponsive once it
    // has had the whole timeout.
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        outcome.timedOut = true;
        loop.quit();
    });
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        outcome.error = done->error();
        outcome.errorString = done->errorString();
        if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(done))
            outcome.text = read->textData();
        loop.quit();
    });
    job->start();
    timer.start(timeout);
    // User input stays queued: a click while the keychain thinks must not start a second
    // sync inside this one.
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

/// Starts the job and hands its outcome to done from context's event loop, or a timed-out one
/// after `timeout`, whichever comes first, once. Nothing waits meanwhile. As with runJob the job
/// is left to delete itself; the connections end with context, so a late answer is dropped.
void startJob(QKeychain::Job *job, std::chrono::milliseconds timeout, QObject *context,
    std::function<void(const KeychainJobOutcome &)> done)
{
    Q_ASSERT(context && context->thread() == QThread::currentThread());
    // Whichever comes first reports; both connections then go, so that a job answering after
    // its timeout holds nothing of the caller's until it finishes.
    struct State {
        bool reported = false;
        QMetaObject::Connection timeout;
        QMetaObject::Connection finished;
    };
    auto state = std::make_shared<State>();
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    const auto report = [state, timer, done](const KeychainJobOutcome &outcome) {
        if (state->reported)
            return;
        state->reported = true;
        QObject::disconnect(state->timeout);
        QObject::disconnect(state->finished);
        timer->stop();
        timer->deleteLater();
        done(outcome);
    };
    state->timeout = QObject::connect(timer, &QTimer::timeout, context, [report] {
        KeychainJobOutcome outcome;
        outcome.timedOut = true;
        report(outcome);
    });
    state->finished = QObject::connect(job, &QKeychain::Job::finished, context, [report](QKeychain::Job *finished) {
        KeychainJobOutcome outcome;
        outcome.error = finished->error();
        outcome.errorString = finished->errorString();
        if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(finished))
            outcome.text = read->textData();
        report(outcome);
    });
    job->start();
    timer->start(timeout);
}

/// The name as one shell word, so a hint's command can be pasted as it is.
QString shellWord(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._:/@+-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

int wholeSeconds(std::chrono::milliseconds duration)
{
    return static_cast<int>(std::max<std::chrono::milliseconds::rep>(1, (duration.count() + 999) / 1000));
}

/// The texts of every failure, in one class so that lupdate files them under one context.
class KeychainText
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::KeychainSecretResolver)

public:
    static QString where(const QString &name)
    {
        return describeSecretRef(SecretRef{SecretRef::Source::Keychain, name});
    }

    static QString withDetail(const QString &message, const QString &detail)
    {
        return detail.isEmpty() ? message : tr("%1 (%2)").arg(message, detail);
    }

    static QString storeHint(const QString &service, const QString &name)
    {
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
        // QtKeychain's libsecret backend files an entry under the attributes server (the
        // service), user (the entry's name) and type ("plaintext" for text), and does not match
        // on the schema name, so an item stored by secret-tool with these attributes is found.
        return tr("Store the secret in the keychain, for example with: secret-tool store --label=%1 server %2 "
                  "user %3 type plaintext (it asks for the secret; Debian package libsecret-tools). In KWallet "
                  "it is the entry %4 in the folder %5.")
            .arg(shellWord(QStringLiteral("Linkwright ") + name), shellWord(service), shellWord(name), name, service);
#else
        return tr("Store the secret in the system's keychain as the entry %1 of the service %2.").arg(name, service);
#endif
    }

    static QString noKeychainHint()
    {
        return tr("Is a secret service such as gnome-keyring or KWallet running in this session? On a server "
                  "or in CI without one, refer to an environment variable instead: {\"env\": \"VARIABLE\"}.");
    }

    static QString accessDeniedHint()
    {
        return tr("Unlock the keychain, or allow Linkwright to use it, and try again; or refer to an "
                  "environment variable instead: {\"env\": \"VARIABLE\"}.");
    }

    static QString timeoutHint()
    {
        return tr("The keychain may be waiting to be unlocked: unlock it and try again. Without a working "
                  "secret service, refer to an environment variable instead: {\"env\": \"VARIABLE\"}.");
    }
};

} // namespace

KeychainSecretResolver::KeychainSecretResolver(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{
}

bool KeychainSecretResolver::handles(SecretRef::Source source) const
{
    return source == SecretRef::Source::Keychain;
}

std::optional<Error> KeychainSecretResolver::refusal(const SecretRef &ref) const
{
    if (ref.source != SecretRef::Source::Keychain || ref.name.isEmpty()) {
        return Error{ErrorCode::SecretUnavailable, describeSecretRef(ref),
            tr("this is not a reference to a keychain entry"),
            tr("Refer to the secret as {\"keychain\": \"name\"} in the project file.")};
    }
    if (!QCoreApplication::instance()) {
        return Error{ErrorCode::Internal, KeychainText::where(ref.name),
            tr("the keychain can only be read while the application runs"), {}};
    }
    return std::nullopt;
}

QKeychain::ReadPasswordJob *KeychainSecretResolver::readJob(const SecretRef &ref) const
{
    // Read on every call rather than cached, as with environment variables: a secret stored or
    // changed in the keychain takes effect on the next retry.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(ref.name);
    return job;
}

Result<QString> KeychainSecretResolver::resolve(const SecretRef &ref)
{
    if (auto refused = refusal(ref))
        return std::unexpected(*refused);
    return readResult(m_service, m_timeout, ref, runJob(readJob(ref), m_timeout));
}

void KeychainSecretResolver::resolveLater(const SecretRef &ref, QObject *context, Done done)
{
    if (refusal(ref)) {
        SecretResolver::resolveLater(ref, context, std::move(done));
        return;
    }
    // The answer may come after this resolver is gone (a caller that does not keep it): only
    // copies of its settings go along.
    startJob(readJob(ref), m_timeout, context,
        [service = m_service, timeout = m_timeout, ref, done = std::move(done)](
            const KeychainJobOutcome &outcome) { done(readResult(service, timeout, ref, outcome)); });
}

Result<QString> KeychainSecretResolver::readResult(
    const QString &service, std::chrono::milliseconds timeout, const SecretRef &ref, const KeychainJobOutcome &outcome)
{
    const QString where = KeychainText::where(ref.name);
    if (outcome.timedOut) {
        return fail(ErrorCode::SecretUnavailable, where,
            tr("the keychain did not answer within %n second(s) when reading the entry %1", nullptr,
                wholeSeconds(timeout))
                .arg(ref.name),
            KeychainText::timeoutHint());
    }
    switch (outcome.error) {
    case QKeychain::NoError:
        if (outcome.text.isEmpty()) {
            return fail(ErrorCode::SecretUnavailable, where,
                tr("the keychain entry %1 of the service %2 is empty").arg(ref.name, service),
                tr("Store the secret in the entry again; an empty secret is never sent."));
        }
        return outcome.text;
    case QKeychain::EntryNotFound:
        return fail(ErrorCode::SecretUnavailable, where,
            tr("the keychain has no entry %1 for the service %2").arg(ref.name, service),
            KeychainText::storeHint(service, ref.name));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return fail(ErrorCode::SecretUnavailable, where,
            KeychainText::withDetail(
                tr("access to the keychain was denied when reading the entry %1").arg(ref.name), outcome.errorString),
            KeychainText::accessDeniedHint());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain reports a missing secret service as OtherError as often as NoBackendAvailable
    // (on Linux without libsecret or a session bus it is "Unknown error"), so both read the same.
    return fail(ErrorCode::SecretUnavailable, where,
        KeychainText::withDetail(
            tr("no keychain could be reached to read the entry %1").arg(ref.name), outcome.errorString),
        KeychainText::noKeychainHint());
}

Result<void> KeychainSecretResolver::store(const QString &name, const QString &value)
{
    const QString where = KeychainText::where(name);
    if (name.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, where, tr("a keychain entry needs a name"),
            tr("Choose a name such as erp-token."));
    }
    if (value.isEmpty()) {
        return fail(
            ErrorCode::InvalidArgument, where, tr("an empty secret is not stored"), tr("Enter the secret itself."));
    }
    if (!QCoreApplication::instance())
        return fail(ErrorCode::Internal, where, tr("the keychain can only be written while the application runs"));
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(name);
    job->setTextData(value);
    const KeychainJobOutcome outcome = runJob(job, m_timeout);
    if (outcome.timedOut) {
        // The job stays queued in QtKeychain and may still complete later; the caller is told
        // it failed, which is the safe side: it stores again and nothing relies on the value.
        return fail(ErrorCode::SecretUnavailable, where,
            tr("the keychain did not answer within %n second(s) when storing the entry %1", nullptr,
                wholeSeconds(m_timeout))
                .arg(name),
            KeychainText::timeoutHint());
    }
    switch (outcome.error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return fail(ErrorCode::SecretUnavailable, where,
            KeychainText::withDetail(
                tr("access to the keychain was denied when storing the entry %1").arg(name), outcome.errorString),
            KeychainText::accessDeniedHint());
    case QKeychain::EntryNotFound:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return fail(ErrorCode::SecretUnavailable, where,
        KeychainText::withDetail(
            tr("no keychain could be reached to store the entry %1").arg(name), outcome.errorString),
        KeychainText::noKeychainHint());
}

Result<void> KeychainSecretResolver::remove(const QString &name)
{
    const QString where = KeychainText::where(name);
    if (name.isEmpty())
        return fail(ErrorCode::InvalidArgument, where, tr("a keychain entry needs a name"));
    if (!QCoreApplication::instance())
        return fail(ErrorCode::Internal, where, tr("the keychain can only be written while the application runs"));
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(name);
    const KeychainJobOutcome outcome = runJob(job, m_timeout);
    if (outcome.timedOut) {
        return fail(ErrorCode::SecretUnavailable, where,
            tr("the keychain did not answer within %n second(s) when deleting the entry %1", nullptr,
                wholeSeconds(m_timeout))
                .arg(name),
            KeychainText::timeoutHint());
    }
    switch (outcome.error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return fail(ErrorCode::SecretUnavailable, where,
            KeychainText::withDetail(
                tr("access to the keychain was denied when deleting the entry %1").arg(name), outcome.errorString),
            KeychainText::accessDeniedHint());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return fail(ErrorCode::SecretUnavailable, where,
        KeychainText::withDetail(tr("the keychain entry %1 could not be deleted").arg(name), outcome.errorString),
        KeychainText::noKeychainHint());
}

} // namespace Linkwright

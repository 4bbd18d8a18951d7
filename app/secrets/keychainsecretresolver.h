#pragma once

#include "secrets/secretresolver.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace QKeychain {
class ReadPasswordJob;
}

namespace Linkwright {

struct KeychainJobOutcome;

/// Secrets in the operating system's keychain ({"keychain": "name"} in the project file), read
/// through QtKeychain: the Secret Service (gnome-keyring, KeePassXC) or KWallet on Linux, the
/// Keychain on macOS, the Credential Manager on Windows. The entry is `name` under one service
/// name, "linkwright" unless told otherwise.
///
/// QtKeychain only answers through the event loop, so resolve(), store() and remove() wait in a
/// local event loop, never longer than the timeout: a secret service that hangs (a keychain
/// waiting to be unlocked, a broken session bus) becomes an error instead of a hung sync. User
/// input is held back while they wait, so a click cannot start a second run inside the first.
/// resolveLater() waits for nothing: the window uses it. Needs a QCoreApplication, and calls
/// belong to the thread that made the first one: QtKeychain queues every job of the process in
/// one executor that is not thread-safe.
class KeychainSecretResolver final : public SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::KeychainSecretResolver)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout = std::chrono::seconds(10);
    [[nodiscard]] static QString defaultService() { return QStringLiteral("linkwright"); }

    explicit KeychainSecretResolver(
        QString service = defaultService(), std::chrono::milliseconds timeout = DefaultTimeout);

    [[nodiscard]] bool handles(SecretRef::Source source) const override;
    /// ErrorCode::SecretUnavailable when there is no such entry, no keychain, no access, or no
    /// answer within the timeout; the error names the entry, never a value.
    [[nodiscard]] Result<QString> resolve(const SecretRef &ref) override;
    /// The same answer without waiting: the job's answer or the timeout reaches done through
    /// context's event loop, and user input is not held back meanwhile. For the window.
    void resolveLater(const SecretRef &ref, QObject *context, Done done) override;

    /// Writes (or replaces) the entry `name`. For the UI and for tests; the sync only reads.
    [[nodiscard]] Result<void> store(const QString &name, const QString &value);
    /// Deletes the entry `name`; an entry that is not there is not an error.
    [[nodiscard]] Result<void> remove(const QString &name);

    [[nodiscard]] const QString &service() const { return m_service; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

private:
    /// Why ref cannot be read at all, before asking the keychain.
    [[nodiscard]] std::optional<Error> refusal(const SecretRef &ref) const;
    [[nodiscard]] QKeychain::ReadPasswordJob *readJob(const SecretRef &ref) const;
    [[nodiscard]] static Result<QString> readResult(const QString &service, std::chrono::milliseconds timeout,
        const SecretRef &ref, const KeychainJobOutcome &outcome);

    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace Linkwright

#pragma once

#include "domain/error.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace Linkwright {

/// Turns a SecretRef from the project file into the secret itself. Errors name the reference
/// (the variable, the keychain entry), never a value.
class SecretResolver
{
public:
    virtual ~SecretResolver() = default;

    /// Whether this resolver knows where secrets of this source live.
    [[nodiscard]] virtual bool handles(SecretRef::Source source) const = 0;
    /// ErrorCode::SecretUnavailable when the reference does not lead to a non-empty secret.
    [[nodiscard]] virtual Result<QString> resolve(const SecretRef &ref) = 0;

    using Done = std::function<void(Result<QString>)>;
    /// The same answer as resolve(), handed to done from context's event loop: never inside this
    /// call, once, within the resolver's own timeout, and not at all once context is gone. Call
    /// it from context's thread. For a window, which must not wait: the default reads at once, a
    /// resolver whose source answers through the event loop (the keychain) waits for it there.
    virtual void resolveLater(const SecretRef &ref, QObject *context, Done done);
};

/// Secrets in environment variables ({"env": "NAME"} in the project file). Reads the process
/// environment unless given one, so tests do not have to change the process's.
class EnvironmentSecretResolver final : public SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::EnvironmentSecretResolver)

public:
    EnvironmentSecretResolver() = default;
    explicit EnvironmentSecretResolver(QHash<QString, QString> environment);

    [[nodiscard]] bool handles(SecretRef::Source source) const override;
    [[nodiscard]] Result<QString> resolve(const SecretRef &ref) override;

private:
    std::optional<QHash<QString, QString>> m_environment;
};

/// Asks each resolver that handles a reference's source, in order. This is where the keychain
/// resolver (QtKeychain, outside core since core links no GUI libraries) plugs in: the app adds
/// it next to the environment resolver. A source nobody handles is a clear error.
class ChainSecretResolver final : public SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::ChainSecretResolver)

public:
    void add(std::shared_ptr<SecretResolver> resolver);

    [[nodiscard]] bool handles(SecretRef::Source source) const override;
    [[nodiscard]] Result<QString> resolve(const SecretRef &ref) override;
    /// Asks each resolver in turn, each the way it answers later, as resolve() asks them.
    void resolveLater(const SecretRef &ref, QObject *context, Done done) override;

private:
    QList<std::shared_ptr<SecretResolver>> m_resolvers;
};

/// "environment variable ERP_TOKEN" / "keychain entry erp-token": how messages name a reference.
[[nodiscard]] QString describeSecretRef(const SecretRef &ref);

} // namespace Linkwright

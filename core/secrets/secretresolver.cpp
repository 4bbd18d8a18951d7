#include "secretresolver.h"

#include <QObject>
#include <QProcessEnvironment>

namespace Linkwright {

namespace {

class SecretText
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::SecretResolver)

public:
    static QString describe(const SecretRef &ref)
    {
        switch (ref.source) {
        case SecretRef::Source::Environment:
            return tr("environment variable %1").arg(ref.name);
        case SecretRef::Source::Keychain:
            return tr("keychain entry %1").arg(ref.name);
        case SecretRef::Source::None:
            break;
        }
        return tr("no secret reference");
    }
};

using Resolvers = QList<std::shared_ptr<SecretResolver>>;

/// ChainSecretResolver::resolveLater from resolvers[index] on: the first secret found, else the
/// first resolver's error.
void askFrom(const Resolvers &resolvers, qsizetype index, const SecretRef &ref, QObject *context,
    SecretResolver::Done done, std::optional<Error> first)
{
    const std::shared_ptr<SecretResolver> &resolver = resolvers.at(index);
    resolver->resolveLater(ref, context,
        [resolvers, index, ref, context, done = std::move(done), first = std::move(first)](
            Result<QString> value) mutable {
            if (value) {
                done(std::move(value));
                return;
            }
            if (!first)
                first = value.error();
            if (index + 1 < resolvers.size())
                askFrom(resolvers, index + 1, ref, context, std::move(done), std::move(first));
            else
                done(std::unexpected(*first));
        });
}

} // namespace

void SecretResolver::resolveLater(const SecretRef &ref, QObject *context, Done done)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), value = resolve(ref)]() { done(value); }, Qt::QueuedConnection);
}

QString describeSecretRef(const SecretRef &ref)
{
    return SecretText::describe(ref);
}

EnvironmentSecretResolver::EnvironmentSecretResolver(QHash<QString, QString> environment)
    : m_environment(std::move(environment))
{
}

bool EnvironmentSecretResolver::handles(SecretRef::Source source) const
{
    return source == SecretRef::Source::Environment;
}

Result<QString> EnvironmentSecretResolver::resolve(const SecretRef &ref)
{
    if (ref.source != SecretRef::Source::Environment || ref.name.isEmpty()) {
        return fail(ErrorCode::SecretUnavailable, describeSecretRef(ref),
            tr("this is not a reference to an environment variable"),
            tr("Refer to the secret as {\"env\": \"VARIABLE\"} in the project file."));
    }
    // Read on every call rather than cached: a user who exports the variable and retries should
    // not have to restart anything.
    QString value;
    bool present = false;
    if (m_environment) {
        present = m_environment->contains(ref.name);
        value = m_environment->value(ref.name);
    } else {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        present = environment.contains(ref.name);
        value = environment.value(ref.name);
    }
    if (!present) {
        return fail(ErrorCode::SecretUnavailable, describeSecretRef(ref),
            tr("the environment variable %1 is not set").arg(ref.name),
            tr("Set %1 in the environment that starts Linkwright (for a service: its unit file or "
               "environment file), or keep the secret in the keychain instead.")
                .arg(ref.name));
    }
    if (value.isEmpty()) {
        return fail(ErrorCode::SecretUnavailable, describeSecretRef(ref),
            tr("the environment variable %1 is set but empty").arg(ref.name),
            tr("Put the secret into %1; an empty secret is never sent.").arg(ref.name));
    }
    return value;
}

void ChainSecretResolver::add(std::shared_ptr<SecretResolver> resolver)
{
    if (resolver)
        m_resolvers.append(std::move(resolver));
}

bool ChainSecretResolver::handles(SecretRef::Source source) const
{
    return std::ranges::any_of(m_resolvers, [source](const auto &resolver) { return resolver->handles(source); });
}

Result<QString> ChainSecretResolver::resolve(const SecretRef &ref)
{
    if (!ref.isSet()) {
        return fail(ErrorCode::SecretUnavailable, describeSecretRef(ref), tr("no secret is configured"),
            tr("Choose where the secret lives: {\"env\": \"VARIABLE\"} or {\"keychain\": \"name\"}."));
    }
    std::optional<Error> first;
    for (const auto &resolver : std::as_const(m_resolvers)) {
        if (!resolver->handles(ref.source))
            continue;
        auto value = resolver->resolve(ref);
        if (value)
            return value;
        if (!first)
            first = value.error();
    }
    if (first)
        return std::unexpected(*first);
    if (ref.source == SecretRef::Source::Keychain) {
        return fail(ErrorCode::SecretUnavailable, describeSecretRef(ref),
            tr("no keychain is available in this program"),
            tr("Run Linkwright where a keychain is available, or refer to an environment variable "
               "instead: {\"env\": \"VARIABLE\"}."));
    }
    return fail(ErrorCode::SecretUnavailable, describeSecretRef(ref), tr("nothing here can read this kind of secret"),
        tr("Refer to an environment variable instead: {\"env\": \"VARIABLE\"}."));
}

void ChainSecretResolver::resolveLater(const SecretRef &ref, QObject *context, Done done)
{
    Resolvers handlers;
    for (const auto &resolver : std::as_const(m_resolvers)) {
        if (resolver->handles(ref.source))
            handlers.append(resolver);
    }
    // No reference, or nobody to ask: resolve() has the words for it.
    if (!ref.isSet() || handlers.isEmpty()) {
        SecretResolver::resolveLater(ref, context, std::move(done));
        return;
    }
    askFrom(handlers, 0, ref, context, std::move(done), std::nullopt);
}

} // namespace Linkwright

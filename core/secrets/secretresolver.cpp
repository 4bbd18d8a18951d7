#include "secretresolver.h"

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

} // namespace

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

} // namespace Linkwright

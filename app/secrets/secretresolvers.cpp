#include "secretresolvers.h"

namespace Linkwright {

std::shared_ptr<ChainSecretResolver> makeSecretResolver(
    const QString &keychainService, std::chrono::milliseconds keychainTimeout)
{
    auto chain = std::make_shared<ChainSecretResolver>();
    // Each handles one source, so an {"env": ...} reference never waits on a keychain that a
    // server or a CI runner may not have at all.
    chain->add(std::make_shared<EnvironmentSecretResolver>());
    chain->add(std::make_shared<KeychainSecretResolver>(keychainService, keychainTimeout));
    return chain;
}

} // namespace Linkwright

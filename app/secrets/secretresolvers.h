#pragma once

#include "keychainsecretresolver.h"
#include "secrets/secretresolver.h"

#include <chrono>
#include <memory>

namespace Linkwright {

/// Every kind of secret the programs can read: environment variables first, then the keychain.
/// The CLI and the window build their resolver here, so both accept the same project files.
[[nodiscard]] std::shared_ptr<ChainSecretResolver> makeSecretResolver(
    const QString &keychainService = KeychainSecretResolver::defaultService(),
    std::chrono::milliseconds keychainTimeout = KeychainSecretResolver::DefaultTimeout);

} // namespace Linkwright

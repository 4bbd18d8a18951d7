#pragma once

#include "connectors/connector.h"

#include <memory>

namespace Linkwright {

class HttpTransport;
class SecretResolver;

/// Builds the connector an endpoint's type names, so that the window, the CLI and the tests
/// choose it in one place.
namespace ConnectorFactory {

[[nodiscard]] std::unique_ptr<Connector> create(
    const Endpoint &endpoint, SecretResolver &secrets, HttpTransport &transport);

} // namespace ConnectorFactory

} // namespace Linkwright

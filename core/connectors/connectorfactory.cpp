#include "connectorfactory.h"

#include "connectors/rest/restconnector.h"

namespace Linkwright {

std::unique_ptr<Connector> ConnectorFactory::create(
    const Endpoint &endpoint, SecretResolver &secrets, HttpTransport &transport)
{
    switch (endpoint.connector) {
    case ConnectorType::Rest:
        break;
    }
    return std::make_unique<RestConnector>(endpoint, secrets, transport);
}

} // namespace Linkwright

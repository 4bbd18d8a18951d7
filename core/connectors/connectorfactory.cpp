#include "connectorfactory.h"

#include "connectors/rest/restconnector.h"
#include "connectors/tryton/trytonconnector.h"

namespace Linkwright {

std::unique_ptr<Connector> ConnectorFactory::create(
    const Endpoint &endpoint, SecretResolver &secrets, HttpTransport &transport)
{
    switch (endpoint.connector) {
    case ConnectorType::Rest:
        break;
    case ConnectorType::Tryton:
        return std::make_unique<TrytonConnector>(endpoint, secrets, transport);
    }
    return std::make_unique<RestConnector>(endpoint, secrets, transport);
}

} // namespace Linkwright

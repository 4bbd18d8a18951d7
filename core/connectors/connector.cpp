#include "connector.h"

#include "domain/json.h"

namespace Linkwright {

Connector::~Connector() = default;

ConnectorResult<Page> Connector::fetchPage(DataPointKind kind, const PageRequest &request)
{
    auto pending = startFetch(kind, request);
    if (!pending)
        return std::unexpected(pending.error());
    return finishFetch(*pending);
}

ConnectorResult<WriteResult> Connector::write(DataPointKind kind, const QList<Value> &records)
{
    QList<QByteArray> serialized;
    serialized.reserve(records.size());
    for (const Value &record : records)
        serialized.append(Json::serialize(record));
    auto pending = startWrite(kind, serialized);
    if (!pending)
        return std::unexpected(pending.error());
    return finishWrite(*pending);
}

} // namespace Linkwright

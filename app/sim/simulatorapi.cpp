#include "simulatorapi.h"

#include "simulatoradmin.h"
#include "simulatorbatch.h"
#include "simulatorstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Linkwright {

namespace {

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SimulatorReply reply(int status, const QJsonObject &object)
{
    return SimulatorApi::json(status, object);
}

/// What a misconfigured proxy in front of an API sends: a page of HTML where JSON was promised.
const QByteArray MalformedBody =
    QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>"
                      "<p>The upstream server sent an invalid response.</p></body></html>\n");

QString resourceList()
{
    QStringList keys;
    for (const DataPointKind kind : DataPoints::all())
        keys.append(DataPoints::key(kind));
    return keys.join(QStringLiteral(", "));
}

/// A whole number in [lowest, highest] from the query, the fallback when absent, nullopt when bad.
std::optional<int> intParameter(const QUrlQuery &query, const QString &name, int fallback, int lowest, int highest)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(name, QUrl::FullyDecoded).trimmed().toInt(&ok);
    if (!ok || value < lowest || value > highest)
        return std::nullopt;
    return value;
}

} // namespace

SimulatorApi::SimulatorApi(SimulatorStore &store)
    : m_store(store)
    , m_admin(std::make_unique<SimulatorAdmin>(*this))
{
}

SimulatorApi::~SimulatorApi() = default;

void SimulatorApi::setFaults(const FaultConfig &config)
{
    m_faults.setConfig(config);
}

SimulatorStats SimulatorApi::stats() const
{
    SimulatorStats out = m_counters;
    for (const SimulatorSystem system : SimulatorStore::systems()) {
        for (const DataPointKind kind : DataPoints::all()) {
            const SimulatorCollection &collection = m_store.collection(system, kind);
            SimulatorResourceStats &resource = out.resource(system, kind);
            resource.records = collection.size();
            for (const QStringList &keys : collection.keysDifferingOnlyInCase())
                resource.duplicates.append(
                    SimulatorDuplicate{system, kind, keys.first().trimmed().toCaseFolded(), keys});
        }
    }
    return out;
}

void SimulatorApi::resetStats()
{
    m_counters = SimulatorStats();
}

void SimulatorApi::setFlushHandler(FlushHandler handler)
{
    m_flush = std::move(handler);
}

SimulatorReply SimulatorApi::json(int status, const QJsonObject &object)
{
    SimulatorReply out;
    out.status = status;
    out.body = toJson(object);
    return out;
}

void SimulatorApi::setToken(QString token)
{
    m_token = std::move(token);
}

SimulatorReply SimulatorApi::handle(const SimulatorRequest &request)
{
    // Split before decoding: DELETE /shop/products/DESK%2F01 is the record "DESK/01", not a path
    // one segment too long (a full run counted such deletions done and left the records).
    QStringList segments;
    if (request.encodedPath.isEmpty()) {
        segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    } else {
        for (const QString &segment : request.encodedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            segments.append(QUrl::fromPercentEncoding(segment.toLatin1()));
    }
    const bool isGet = request.method == SimulatorRequest::Method::Get;

    if (segments == QStringList{QStringLiteral("health")}) {
        if (!isGet)
            return error(405, tr("/health only answers GET"), tr("send GET /health"));
        return reply(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    }

    if (!authorized(request)) {
        SimulatorReply denied = error(401, tr("missing or wrong bearer token"),
            tr("send \"Authorization: Bearer <token>\" with the token linkwright-sim was "
               "started with (--token)"));
        denied.headers.append(
            {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"linkwright-sim\"")});
        return denied;
    }

    if (!segments.isEmpty() && segments.constFirst() == u"_admin")
        return m_admin->handle(request, segments);

    // The base URL of each side answers with what it serves, so "Test connection" on an
    // endpoint configured as http://host:port/erp/ finds something there.
    if (segments.size() == 1 && isGet) {
        if (const auto side = SimulatorSchema::systemFromKey(segments.at(0))) {
            QJsonArray resources;
            for (const DataPointKind kind : DataPoints::all())
                resources.append(DataPoints::key(kind));
            return reply(200,
                QJsonObject{{QStringLiteral("system"), segments.at(0)},
                    {QStringLiteral("server"), QStringLiteral("linkwright-sim")},
                    {QStringLiteral("resources"), resources}});
        }
    }

    if (segments.size() < 2 || segments.size() > 3) {
        return error(404, tr("no such path: %1").arg(request.path),
            tr("resources live at /erp/<resource> and /shop/<resource>; health at /health"));
    }
    const auto system = SimulatorSchema::systemFromKey(segments.at(0));
    if (!system)
        return error(404, tr("no such system: %1").arg(segments.at(0)), tr("paths start with /erp or /shop"));
    const auto kind = DataPoints::fromKey(segments.at(1));
    if (!kind) {
        return error(
            404, tr("no such resource: %1").arg(segments.at(1)), tr("the resources are %1").arg(resourceList()));
    }

    const bool isDelete = request.method == SimulatorRequest::Method::Delete;
    if (segments.size() == 3 && !isGet && !isDelete) {
        SimulatorReply refused = error(405, tr("a single record can only be read or deleted"),
            tr("send POST to the resource to create or update"));
        refused.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, DELETE")});
        return refused;
    }
    if (segments.size() == 2 && !isGet && request.method != SimulatorRequest::Method::Post) {
        SimulatorReply refused =
            error(405, tr("this method is not supported here"), tr("use GET to read and POST to upsert"));
        refused.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST")});
        return refused;
    }

    m_counters.resource(*system, *kind).requests += 1;
    const auto fault = m_faults.draw(*system, !isGet);
    if (!fault)
        return serve(*system, *kind, segments, request);
    m_counters.resource(*system, *kind).faults[*fault] += 1;
    return injectFault(*fault, *system, *kind, segments, request);
}

SimulatorReply SimulatorApi::serve(
    SimulatorSystem system, DataPointKind kind, const QStringList &segments, const SimulatorRequest &request)
{
    if (segments.size() == 3) {
        if (request.method == SimulatorRequest::Method::Delete)
            return remove(system, kind, segments.at(2));
        return fetchOne(system, kind, segments.at(2));
    }
    if (request.method == SimulatorRequest::Method::Get)
        return list(system, kind, request);
    return upsert(system, kind, request);
}

SimulatorReply SimulatorApi::injectFault(FaultKind fault, SimulatorSystem system, DataPointKind kind,
    const QStringList &segments, const SimulatorRequest &request)
{
    const FaultConfig &config = m_faults.config();
    const QString hint = tr("linkwright-sim injected this fault on purpose (--fault-rate); retry the request");
    SimulatorReply out;
    switch (fault) {
    case FaultKind::ServerError:
        out = error(500, tr("internal server error"), hint);
        break;
    case FaultKind::ServerErrorAfterWrite:
        // The write is applied and its answer thrown away, as a server that fails after its
        // commit does: the client cannot tell and must be able to repeat the request safely.
        static_cast<void>(serve(system, kind, segments, request));
        out = error(500, tr("internal server error"), hint);
        break;
    case FaultKind::TooManyRequests:
        out = error(429, tr("too many requests"), tr("wait for the seconds in Retry-After, then retry"));
        out.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(config.retryAfterSeconds)});
        break;
    case FaultKind::Stall:
        out = error(504, tr("the request stalled"), hint);
        out.delivery = SimulatorReply::Delivery::After;
        out.delayMsecs = config.stallMsecs;
        break;
    case FaultKind::Slow:
        out = serve(system, kind, segments, request);
        out.delivery = SimulatorReply::Delivery::After;
        out.delayMsecs = config.slowMsecs;
        break;
    case FaultKind::Malformed:
        out = serve(system, kind, segments, request);
        out.body = MalformedBody;
        break;
    case FaultKind::Truncated:
        // Any proper prefix of a JSON object is invalid JSON, so half of it always is.
        out = serve(system, kind, segments, request);
        out.body.truncate(std::max<qsizetype>(1, out.body.size() / 2));
        break;
    case FaultKind::Reset:
        out.delivery = SimulatorReply::Delivery::Reset;
        break;
    }
    out.fault = fault;
    out.headers.append({QByteArrayLiteral("X-Linkwright-Fault"), FaultConfig::kindKey(fault).toLatin1()});
    return out;
}

bool SimulatorApi::authorized(const SimulatorRequest &request) const
{
    if (m_token.isEmpty())
        return true;
    const QByteArray header = request.authorization.trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).toLower() != "bearer")
        return false;
    return QString::fromUtf8(header.mid(space + 1).trimmed()) == m_token;
}

SimulatorReply SimulatorApi::list(SimulatorSystem system, DataPointKind kind, const SimulatorRequest &request) const
{
    const auto page = intParameter(request.query, QStringLiteral("page"), 1, 1, std::numeric_limits<int>::max());
    if (!page)
        return error(400, tr("page must be a whole number from 1"), tr("pages count from 1: ?page=1"));
    const auto pageSize = intParameter(request.query, QStringLiteral("pageSize"), DefaultPageSize, 1, MaxPageSize);
    if (!pageSize) {
        return error(400, tr("pageSize must be a whole number from 1 to %1").arg(MaxPageSize),
            tr("ask for at most %1 records a page, e.g. ?pageSize=%2").arg(MaxPageSize).arg(DefaultPageSize));
    }
    std::optional<qint64> since;
    const QString sinceKey = QStringLiteral("modifiedSince");
    if (request.query.hasQueryItem(sinceKey)) {
        // A '+' sent unencoded in a query is read as a space by some clients and servers; an
        // offset never contains a space, so turning it back is safe.
        const QString value =
            request.query.queryItemValue(sinceKey, QUrl::FullyDecoded).replace(QLatin1Char(' '), QLatin1Char('+'));
        since = SimulatorSchema::parseTimestamp(value);
        if (!since) {
            return error(400, tr("modifiedSince is not an ISO 8601 date and time"),
                tr("use e.g. 2026-01-31T12:00:00Z, and encode a '+' in an offset as %2B"));
        }
    }

    const qsizetype offset = static_cast<qsizetype>(*page - 1) * *pageSize;
    const SimulatorCollection::Page slice = m_store.collection(system, kind).page(since, offset, *pageSize);

    // Assembled from the stored bytes: re-parsing every record per request would dominate the
    // cost of a large demo sync.
    QByteArray body;
    qsizetype size = 64;
    for (const QByteArray &item : slice.items)
        size += item.size() + 1;
    body.reserve(size);
    body += "{\"items\":[";
    for (qsizetype i = 0; i < slice.items.size(); ++i) {
        if (i > 0)
            body += ',';
        body += slice.items.at(i);
    }
    body += "],\"page\":" + QByteArray::number(*page) + ",\"pageSize\":" + QByteArray::number(*pageSize)
        + ",\"total\":" + QByteArray::number(slice.total) + '}';

    SimulatorReply out;
    out.body = std::move(body);
    if (offset + *pageSize < slice.total)
        out.headers.append(
            {QByteArrayLiteral("Link"), '<' + pageLink(request, *page + 1, *pageSize) + ">; rel=\"next\""});
    out.headers.append({QByteArrayLiteral("X-Total-Count"), QByteArray::number(slice.total)});
    return out;
}

SimulatorReply SimulatorApi::fetchOne(SimulatorSystem system, DataPointKind kind, const QString &key) const
{
    // The stored text as it is: a hostile record would not survive a round trip through a parser.
    const auto record = m_store.collection(system, kind).findJson(key);
    if (!record) {
        return error(404,
            tr("no %1 record with %2 \"%3\"").arg(DataPoints::key(kind), SimulatorSchema::naturalKeyField(kind), key),
            tr("list the resource to see which keys exist"));
    }
    SimulatorReply out;
    out.body = *record;
    return out;
}

SimulatorReply SimulatorApi::upsert(SimulatorSystem system, DataPointKind kind, const SimulatorRequest &request)
{
    const Result<SimulatorBatch> batch = SimulatorBatch::parse(request.body, kind);
    if (!batch)
        return error(400, batch.error().message, batch.error().hint);
    const SimulatorBatch::Outcome outcome = batch->apply(m_store.collection(system, kind), m_store.stamp());
    SimulatorResourceStats &counters = m_counters.resource(system, kind);
    counters.creates += outcome.created;
    counters.updates += outcome.updated;
    counters.unchanged += outcome.unchanged;
    if (outcome.created > 0 || outcome.updated > 0)
        m_store.markChanged(system, kind);
    SimulatorReply out;
    out.body = outcome.body;
    return out;
}

SimulatorReply SimulatorApi::remove(SimulatorSystem system, DataPointKind kind, const QString &key)
{
    if (!m_store.collection(system, kind).remove(key)) {
        return error(404,
            tr("no %1 record with %2 \"%3\"").arg(DataPoints::key(kind), SimulatorSchema::naturalKeyField(kind), key),
            tr("list the resource to see which keys exist"));
    }
    m_counters.resource(system, kind).deletes += 1;
    m_store.markChanged(system, kind);
    return reply(
        200, QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("outcome"), QStringLiteral("deleted")}});
}

SimulatorReply SimulatorApi::error(int status, const QString &message, const QString &hint)
{
    return reply(status, QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("hint"), hint}});
}

QByteArray SimulatorApi::pageLink(const SimulatorRequest &request, int page, int pageSize)
{
    // Built by hand so every value is percent-encoded, '+' included; QUrlQuery leaves '+' as is,
    // which clients that decode forms would read as a space.
    QByteArray query = "page=" + QByteArray::number(page) + "&pageSize=" + QByteArray::number(pageSize);
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name == u"page" || name == u"pageSize")
            continue;
        query += '&' + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value, ":");
    }
    return request.origin.toEncoded(
               QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
        + QUrl::toPercentEncoding(request.path, "/") + '?' + query;
}

} // namespace Linkwright

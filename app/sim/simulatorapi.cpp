#include "simulatorapi.h"

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
    return SimulatorReply{status, {}, toJson(object)};
}

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
{
}

void SimulatorApi::setToken(QString token)
{
    m_token = std::move(token);
}

SimulatorReply SimulatorApi::handle(const SimulatorRequest &request)
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
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

    if (segments.size() == 3) {
        if (!isGet)
            return error(
                405, tr("a single record can only be read"), tr("send POST to the resource to create or update"));
        return fetchOne(*system, *kind, segments.at(2));
    }
    if (isGet)
        return list(*system, *kind, request);
    if (request.method == SimulatorRequest::Method::Post)
        return upsert(*system, *kind, request);
    SimulatorReply refused =
        error(405, tr("this method is not supported here"), tr("use GET to read and POST to upsert"));
    refused.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST")});
    return refused;
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

    SimulatorReply out{200, {}, body};
    if (offset + *pageSize < slice.total)
        out.headers.append(
            {QByteArrayLiteral("Link"), '<' + pageLink(request, *page + 1, *pageSize) + ">; rel=\"next\""});
    out.headers.append({QByteArrayLiteral("X-Total-Count"), QByteArray::number(slice.total)});
    return out;
}

SimulatorReply SimulatorApi::fetchOne(SimulatorSystem system, DataPointKind kind, const QString &key) const
{
    const auto record = m_store.collection(system, kind).find(key);
    if (!record) {
        return error(404,
            tr("no %1 record with %2 \"%3\"").arg(DataPoints::key(kind), SimulatorSchema::naturalKeyField(kind), key),
            tr("list the resource to see which keys exist"));
    }
    return reply(200, *record);
}

SimulatorReply SimulatorApi::upsert(SimulatorSystem system, DataPointKind kind, const SimulatorRequest &request)
{
    const QString keyField = SimulatorSchema::naturalKeyField(kind);
    const QString bodyHint = tr("send a JSON array of %1 records (or one record object), each with its key \"%2\"")
                                 .arg(DataPoints::key(kind), keyField);
    if (request.body.trimmed().isEmpty())
        return error(400, tr("the request body is empty"), bodyHint);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return error(400,
            tr("the body is not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset),
            bodyHint);
    }
    if (!document.isObject() && !document.isArray())
        return error(400, tr("the body is neither a JSON array nor a JSON object"), bodyHint);
    QJsonArray records;
    if (document.isObject())
        records.append(document.object());
    else
        records = document.array();

    // Check everything before changing anything: a rejected batch leaves the store as it was,
    // so the client can fix the one bad record and send the batch again.
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonValue value = records.at(i);
        if (!value.isObject())
            return error(400, tr("item %1 of the array is not a JSON object").arg(i), bodyHint);
        const QJsonValue key = value.toObject().value(keyField);
        if (!key.isString() || key.toString().trimmed().isEmpty()) {
            return error(
                400, tr("record %1 has no \"%2\" (the key must be a non-empty string)").arg(i).arg(keyField), bodyHint);
        }
    }

    SimulatorCollection &target = m_store.collection(system, kind);
    const qint64 now = m_store.stamp();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    QJsonArray results;
    for (const QJsonValue &value : std::as_const(records)) {
        const QJsonObject record = value.toObject();
        const SimulatorCollection::UpsertResult result = target.upsert(record, now);
        QString outcome;
        switch (result.outcome) {
        case SimulatorCollection::Outcome::Created:
            ++created;
            outcome = QStringLiteral("created");
            break;
        case SimulatorCollection::Outcome::Updated:
            ++updated;
            outcome = QStringLiteral("updated");
            break;
        case SimulatorCollection::Outcome::Unchanged:
            ++unchanged;
            outcome = QStringLiteral("unchanged");
            break;
        }
        results.append(QJsonObject{{QStringLiteral("key"), record.value(keyField)}, {QStringLiteral("id"), result.id},
            {QStringLiteral("outcome"), outcome}});
    }
    return reply(200,
        QJsonObject{{QStringLiteral("created"), created}, {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged}, {QStringLiteral("results"), results}});
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

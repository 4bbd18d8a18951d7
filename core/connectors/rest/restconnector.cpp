#include "restconnector.h"

#include "connectors/httpconnection.h"
#include "connectors/httpoutcome.h"
#include "connectors/ratelimiter.h"
#include "connectors/retrypolicy.h"
#include "secrets/redactor.h"
#include "secrets/secretresolver.h"

namespace Linkwright {

namespace {

/// See Page::serverClockAheadMs: read as the answer arrives.
std::optional<qint64> serverClockAhead(const HttpResult &result)
{
    const auto date = Http::parseHttpDate(headerValue(result.headers, "Date"));
    if (!date)
        return std::nullopt;
    return QDateTime::currentDateTimeUtc().msecsTo(*date);
}

} // namespace

RestConnector::RestConnector(Endpoint endpoint, SecretResolver &secrets, HttpTransport &transport)
    : m_endpoint(std::move(endpoint))
    , m_secrets(secrets)
    , m_transport(transport)
    , m_paging(m_endpoint.pagination)
    , m_limiter(std::make_shared<RateLimiter>(m_endpoint.requestsPerSecond))
{
}

RestConnector::~RestConnector() = default;

Redactor &RestConnector::redactor()
{
    return m_transport.redactor();
}

ConnectorResult<void> RestConnector::prepare()
{
    if (m_prepared)
        return {};
    const AuthConfig &auth = m_endpoint.auth;
    const QString where = endpointPlace(m_endpoint);
    // The project file refuses a resource with a host of its own, but an endpoint built in code
    // is not read from a file: whatever a resource path says, credentials stay on the base URL's
    // origin.
    for (const DataPointKind kind : DataPoints::all()) {
        const QUrl url = resourceUrl(kind);
        if (HttpConnection::originKey(url) == HttpConnection::originKey(m_endpoint.baseUrl))
            continue;
        return permanentFailure(Error{ErrorCode::InvalidProject, where,
            tr("the resource of %1 is not on the base URL's origin but on %2; credentials are never sent to "
               "another origin, so no request was sent")
                .arg(DataPoints::key(kind),
                    m_transport.redactor().redactUrl(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery))),
            tr("Give the resource as a path below the base URL, such as \"%1\".").arg(DataPoints::key(kind))});
    }
    if (auth.type == AuthType::None) {
        m_prepared = true;
        return {};
    }
    // The project file refuses such a name too; an endpoint built in code must not send one either:
    // "X-Api-Key: sk_live_..." carries a key that the redactor does not know to mask.
    if (auth.type == AuthType::ApiKey && !auth.header.trimmed().isEmpty() && !isHttpHeaderName(auth.header.trimmed())) {
        return permanentFailure(Error{ErrorCode::InvalidProject, where,
            tr("the endpoint's API key header is not an HTTP header name; no request was sent"),
            tr("Write the name alone in the endpoint's auth, such as \"X-Api-Key\", and refer to the key in \"key\". "
               "If a key was written into the name, change it, since it was stored in clear text.")});
    }
    if (!auth.secret.isSet()) {
        return permanentFailure(Error{ErrorCode::SecretUnavailable, where,
            tr("the endpoint uses %1 authentication but names no secret").arg(authTypeDisplayName(auth.type)),
            tr("Refer to the secret in the endpoint's auth: {\"env\": \"VARIABLE\"} or {\"keychain\": \"name\"}.")});
    }
    auto secret = resolveSecret(m_secrets, m_endpoint);
    if (!secret)
        return std::unexpected(secret.error());
    // A line break cannot go in a header, and one that is left out (or cut off) authenticates some
    // requests and not others; a secret read from a file often ends in one ("\r").
    if (secret->contains(u'\r') || secret->contains(u'\n')) {
        return permanentFailure(Error{ErrorCode::SecretUnavailable, where,
            tr("the secret in %1 for the endpoint's %2 authentication contains a line break; no request was sent "
               "with it")
                .arg(describeSecretRef(auth.secret), authTypeDisplayName(auth.type)),
            tr("Remove the line break from the secret (a file with Windows line endings leaves a \"\\r\" at the "
               "end of each line).")});
    }
    Redactor &redactor = m_transport.redactor();
    redactor.addSecret(*secret);
    m_authHeaders.clear();
    switch (auth.type) {
    case AuthType::ApiKey: {
        const QByteArray header =
            auth.header.trimmed().isEmpty() ? QByteArray("X-Api-Key") : auth.header.trimmed().toLatin1();
        redactor.addSensitiveHeader(header);
        m_authHeaders.append({header, secret->toUtf8()});
        break;
    }
    case AuthType::Basic: {
        const QString pair = auth.username + u':' + *secret;
        // The base64 of user:password does not contain that of the password alone.
        redactor.addSecret(pair);
        m_authHeaders.append({"Authorization", "Basic " + pair.toUtf8().toBase64()});
        break;
    }
    case AuthType::Bearer:
        m_authHeaders.append({"Authorization", "Bearer " + secret->toUtf8()});
        break;
    case AuthType::None:
        break;
    }
    m_prepared = true;
    return {};
}

QDateTime RestConnector::refusedUntil() const
{
    return limiterRefusal(m_limiter.get(), m_transport.clock());
}

void RestConnector::refuseUntil(const QDateTime &until)
{
    refuseLimiter(m_limiter.get(), m_transport.clock(), until);
}

QUrl RestConnector::resourceUrl(DataPointKind kind) const
{
    QUrl base = m_endpoint.baseUrl;
    // Relative paths resolve against the base's directory: ".../api" would lose "api".
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    QString resource = m_endpoint.resourcePath(kind);
    while (resource.startsWith(u'/'))
        resource.remove(0, 1);
    QUrl url = base.resolved(QUrl(resource));
    // A query on the base URL (?api-version=2) applies to every resource.
    if (base.hasQuery() && !url.hasQuery())
        url.setQuery(base.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

HttpRequest RestConnector::baseRequest() const
{
    HttpRequest request = endpointRequest(m_endpoint, m_limiter);
    request.headers = m_authHeaders + request.headers;
    request.carriesCredentials = m_endpoint.auth.type != AuthType::None;
    return request;
}

std::optional<HttpProblem> RestConnector::parseBody(
    const HttpResult &result, Value &out, const JsonProjection &projection)
{
    // Redacting the URL is work every answer would pay; only a problem needs it.
    const auto where = [&] { return m_transport.redactor().redactUrl(result.url); };
    if (result.body.trimmed().isEmpty()) {
        return HttpProblem{Error{ErrorCode::InvalidResponse, where(), tr("the answer is empty"),
                               tr("Retried automatically; an answer cut off at the start looks like this.")},
            FailureClass::Transient};
    }
    const auto decoded = utf8Body(result);
    if (!decoded)
        return decoded.error();
    auto parsed = m_reader.parseOwned(decoded->isNull() ? result.body : *decoded, projection);
    if (parsed) {
        out = std::move(*parsed);
        return std::nullopt;
    }
    if (result.header("Content-Type").toLower().contains("html")) {
        return HttpProblem{
            Error{ErrorCode::InvalidResponse, where(), tr("the server answered with a web page, not JSON"),
                tr("Check the base URL and the resource path: they lead to a web page.")},
            FailureClass::Permanent};
    }
    // Garbled or cut off on the way: worth another attempt; the raw answer is kept if it persists.
    return HttpProblem{
        Error{ErrorCode::InvalidResponse, where(), tr("the answer is not valid JSON: %1").arg(parsed.error().message),
            tr("Retried automatically; if it persists, the raw answer is kept with the failure.")},
        FailureClass::Transient};
}

ConnectorError RestConnector::toError(const HttpResult &result) const
{
    ConnectorError error{
        result.error.value_or(Error{}), result.failureClass, result.status, result.attempts, result.body};
    // Kept with the failure, so that its automatic retry does not come sooner than the server asked.
    if (result.notBefore.isValid()) {
        error.retryAfter = result.notBefore;
    } else if (result.status == 429 || result.status == 503) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (const auto wait = Http::parseRetryAfter(result.header("Retry-After"), now))
            error.retryAfter = now.addMSecs(*wait);
    }
    if (error.error.code == ErrorCode::Authentication && m_endpoint.auth.type != AuthType::None) {
        error.error.hint =
            tr("Check the secret in %1 and that the endpoint's authentication type (%2) is the one "
               "the server expects.")
                .arg(describeSecretRef(m_endpoint.auth.secret), authTypeDisplayName(m_endpoint.auth.type));
    }
    return error;
}

ConnectorResult<RestConnector::PendingFetch> RestConnector::startFetch(DataPointKind kind, const PageRequest &request)
{
    if (auto prepared = prepare(); !prepared)
        return std::unexpected(prepared.error());
    PendingFetch pending;
    pending.kind = kind;
    pending.request = request;
    pending.resource = resourceUrl(kind);
    pending.parsed = std::make_shared<std::optional<Page>>();
    auto url = m_paging.pageUrl(pending.resource, request);
    if (!url) {
        Error error = url.error();
        error.where = m_transport.redactor().redact(error.where);
        return permanentFailure(std::move(error));
    }
    HttpRequest http = baseRequest();
    http.url = *url;
    http.headers.append(m_paging.pageHeaders(request));
    // Parsed inside the transport's check, so that a garbled page is retried like a 5xx.
    JsonProjection projection;
    if (!request.fields.isEmpty()) {
        projection.recordPaths = m_paging.recordPaths();
        projection.keep = request.fields;
    }
    http.check = [this, pending, projection](const HttpResult &result) -> std::optional<HttpProblem> {
        // Not a damaged page to read record by record: none of it can be read.
        if (auto unreadable = unreadableCharset(result))
            return unreadable;
        Value body;
        if (auto problem = parseBody(result, body, projection)) {
            // One record the reader refuses (not UTF-8, nested too deep) used to cost the whole
            // page and every record on it, retried until the attempts ran out: read the records
            // one by one instead, and hand the refused ones on for the failure log.
            if (auto damaged = m_paging.readDamagedPage(m_reader, result, pending.request, pending.resource)) {
                damaged->serverClockAheadMs = serverClockAhead(result);
                *pending.parsed = std::move(*damaged);
                return std::nullopt;
            }
            return problem;
        }
        auto page = m_paging.readPage(body, result, pending.request, pending.resource);
        if (!page)
            return page.error();
        page->serverClockAheadMs = serverClockAhead(result);
        *pending.parsed = std::move(*page);
        return std::nullopt;
    };
    pending.ticket = m_transport.start(std::move(http));
    return pending;
}

ConnectorResult<Page> RestConnector::finishFetch(const PendingFetch &pending)
{
    HttpResult result = m_transport.wait(pending.ticket);
    if (!result.ok() && (result.status == 400 || result.status == 404 || result.status == 416)
        && m_paging.mayBePastTheEnd(pending.request)) {
        Page end;
        end.attempts = result.attempts;
        return end;
    }
    if (!result.ok() || !pending.parsed || !*pending.parsed)
        return std::unexpected(toError(result));
    Page page = std::move(**pending.parsed);
    page.rawBody = std::move(result.body);
    page.attempts = result.attempts;
    return page;
}

std::optional<QString> RestConnector::expectedNextCursor(
    DataPointKind, const PageRequest &request, std::optional<qint64> total) const
{
    return m_paging.expectedNextCursor(request, total);
}

bool RestConnector::pagesByPosition() const
{
    const Pagination::Style style = m_endpoint.pagination.style;
    return style == Pagination::Style::Page || style == Pagination::Style::Offset;
}

void RestConnector::discardFetch(const PendingFetch &pending)
{
    m_transport.discard(pending.ticket);
}

ConnectorResult<RestConnector::PendingWrite> RestConnector::startWrite(
    DataPointKind kind, const QList<QByteArray> &serialized, const WriteKeys &keys)
{
    qsizetype size = 2;
    for (const QByteArray &record : serialized)
        size += record.size() + 1;
    QByteArray body;
    body.reserve(size);
    body += '[';
    for (qsizetype i = 0; i < serialized.size(); ++i) {
        if (i > 0)
            body += ',';
        body += serialized.at(i);
    }
    body += ']';
    return startWriteBody(kind, std::move(body), serialized.size(), keys);
}

ConnectorResult<RestConnector::PendingWrite> RestConnector::startWriteBody(
    DataPointKind kind, QByteArray body, qsizetype count, WriteKeys keys)
{
    if (auto prepared = prepare(); !prepared)
        return std::unexpected(prepared.error());
    HttpRequest http = baseRequest();
    http.method = "POST";
    http.url = resourceUrl(kind);
    http.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    http.body = std::move(body);

    PendingWrite pending;
    pending.count = count;
    pending.parsed = std::make_shared<std::optional<WriteResult>>();
    http.check = [this, pending, keys = std::move(keys)](const HttpResult &result) -> std::optional<HttpProblem> {
        if (auto fast = readWriteAnswer(m_reader, result.body, pending.count, m_transport.redactor(), keys)) {
            *pending.parsed = std::move(*fast);
            return std::nullopt;
        }
        Value answer;
        if (!result.body.trimmed().isEmpty()) {
            if (auto problem = parseBody(result, answer))
                return problem;
        }
        auto written = readWriteAnswer(answer, pending.count, m_transport.redactor(), keys);
        if (!written)
            return written.error();
        *pending.parsed = std::move(*written);
        return std::nullopt;
    };
    pending.ticket = m_transport.start(std::move(http));
    return pending;
}

ConnectorResult<WriteResult> RestConnector::finishWrite(const PendingWrite &pending)
{
    HttpResult result = m_transport.wait(pending.ticket);
    if (!result.ok() || !pending.parsed || !*pending.parsed)
        return std::unexpected(toError(result));
    WriteResult written = std::move(**pending.parsed);
    written.httpStatus = result.status;
    written.attempts = result.attempts;
    written.rawBody = std::move(result.body);
    return written;
}

ConnectorResult<Connector::RemoveOutcome> RestConnector::remove(DataPointKind kind, const QString &key)
{
    if (auto prepared = prepare(); !prepared)
        return std::unexpected(prepared.error());
    // Percent-encoding leaves dots alone and URLs drop "." and ".." segments, so such a key would
    // address the collection or the endpoint's root: a DELETE there could take every record.
    if (key.isEmpty() || key == u"." || key == u"..") {
        return permanentFailure(Error{ErrorCode::InvalidArgument,
            HttpOutcomeJudge::place("DELETE", resourceUrl(kind), m_transport.redactor()),
            tr("the record's key \"%1\" cannot name a record in a URL path, so it was not deleted").arg(key),
            tr("Delete the record in the target by hand; the endpoint cannot address it by that key.")});
    }
    HttpRequest http = baseRequest();
    http.method = "DELETE";
    QUrl url = resourceUrl(kind);
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.endsWith(u'/'))
        path += u'/';
    // Every reserved character encoded: a key with '/' or '?' must stay one path segment.
    url.setPath(path + QString::fromLatin1(QUrl::toPercentEncoding(key)), QUrl::TolerantMode);
    http.url = url;
    const HttpResult result = m_transport.execute(std::move(http));
    if (result.ok())
        return RemoveOutcome::Deleted;
    if (result.status == 404)
        return RemoveOutcome::AlreadyGone;
    return std::unexpected(toError(result));
}

ConnectorResult<int> RestConnector::probe()
{
    if (auto prepared = prepare(); !prepared)
        return std::unexpected(prepared.error());
    HttpRequest http = baseRequest();
    http.url = m_endpoint.baseUrl;
    http.maxAttempts = 1;
    const HttpResult result = m_transport.execute(std::move(http));
    if (!result.ok())
        return std::unexpected(toError(result));
    return result.status;
}

} // namespace Linkwright

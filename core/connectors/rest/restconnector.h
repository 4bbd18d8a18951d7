#pragma once

#include "connectors/connector.h"
#include "connectors/connectorerror.h"
#include "connectors/httptransport.h"
#include "connectors/rest/restpaging.h"
#include "domain/json.h"
#include "domain/value.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Linkwright {

class RateLimiter;
class SecretResolver;

/// A generic REST/JSON endpoint: base URL, resource path per data point, authentication (API-key
/// header, Basic, Bearer), pagination (see RestPaging) and batched writes (POST of a JSON array).
/// Every request goes through the HttpTransport, with the endpoint's timeout as the deadline of
/// each attempt and its requestsPerSecond as the cap.
///
/// Blocking calls for a worker thread (fetchPage, write), or start/finish pairs to keep several
/// requests in flight. Lives in the thread of its transport; not thread-safe.
class RestConnector final : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::RestConnector)

public:
    RestConnector(Endpoint endpoint, SecretResolver &secrets, HttpTransport &transport);
    ~RestConnector() override;

    [[nodiscard]] const Endpoint &endpoint() const override { return m_endpoint; }
    [[nodiscard]] Redactor &redactor() override;
    [[nodiscard]] HttpTransport &transport() { return m_transport; }

    [[nodiscard]] ConnectorResult<void> prepare() override;

    [[nodiscard]] ConnectorResult<PendingFetch> startFetch(DataPointKind kind, const PageRequest &request) override;
    [[nodiscard]] ConnectorResult<Page> finishFetch(const PendingFetch &pending) override;
    [[nodiscard]] std::optional<QString> expectedNextCursor(
        DataPointKind kind, const PageRequest &request, std::optional<qint64> total) const override;
    void discardFetch(const PendingFetch &pending) override;
    [[nodiscard]] bool pagesByPosition() const override;

    /// POSTs the records as one JSON array to the resource and reads the per-record results,
    /// matched to the records by keys where the results name them.
    [[nodiscard]] ConnectorResult<PendingWrite> startWrite(
        DataPointKind kind, const QList<QByteArray> &serialized, const WriteKeys &keys) override;
    [[nodiscard]] ConnectorResult<WriteResult> finishWrite(const PendingWrite &pending) override;

    /// DELETE of one record at the resource's URL followed by its key (percent-encoded). A 404
    /// counts as done: the record is gone either way, and a retried delete must not fail. A key
    /// that is empty, "." or ".." is refused without a request (it would address the collection).
    [[nodiscard]] ConnectorResult<RemoveOutcome> remove(DataPointKind kind, const QString &key) override;

    /// GET of the base URL, for "Test connection": the status, or why there was none.
    [[nodiscard]] ConnectorResult<int> probe() override;

    /// The URL of a data point's resource: the base URL joined with its resource path.
    [[nodiscard]] QUrl resourceUrl(DataPointKind kind) const override;
    [[nodiscard]] QDateTime refusedUntil() const override;
    void refuseUntil(const QDateTime &until) override;

    /// Reads the answer to a batch POST of sent records (see WriteResult); keys, where given, are
    /// the sent records' own. Exposed for tests.
    [[nodiscard]] static std::expected<WriteResult, HttpProblem> readWriteAnswer(
        const Value &answer, qsizetype sent, const Redactor &redactor, const WriteKeys &keys = {});
    /// The same straight from the answer's text, for the usual shapes (see
    /// JsonReader::readFlatList); empty for any other, which the first form then reads.
    [[nodiscard]] static std::optional<WriteResult> readWriteAnswer(JsonReader &reader, QByteArrayView answer,
        qsizetype sent, const Redactor &redactor, const WriteKeys &keys = {});

private:
    [[nodiscard]] ConnectorResult<PendingWrite> startWriteBody(
        DataPointKind kind, QByteArray body, qsizetype count, WriteKeys keys);
    [[nodiscard]] HttpRequest baseRequest() const;
    [[nodiscard]] ConnectorError toError(const HttpResult &result) const;
    /// The charset a Content-Type names, lower case ("iso-8859-1"); empty when it names none or
    /// one whose text is UTF-8 as it is (utf-8, us-ascii).
    [[nodiscard]] static QByteArray foreignCharset(const QByteArray &contentType);
    /// The body in UTF-8 where it declares another charset; a null array when it is UTF-8 as it is.
    [[nodiscard]] std::expected<QByteArray, HttpProblem> utf8Body(const HttpResult &result) const;
    /// A problem when the answer declares a character set that cannot be read here.
    [[nodiscard]] std::optional<HttpProblem> unreadableCharset(const HttpResult &result) const;
    [[nodiscard]] std::optional<HttpProblem> parseBody(
        const HttpResult &result, Value &out, const JsonProjection &projection = {});

    Endpoint m_endpoint;
    SecretResolver &m_secrets;
    HttpTransport &m_transport;
    RestPaging m_paging;
    JsonReader m_reader;
    std::shared_ptr<RateLimiter> m_limiter;
    HttpHeaders m_authHeaders;
    bool m_prepared = false;
};

} // namespace Linkwright

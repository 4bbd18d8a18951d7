#pragma once

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

/// What the server said about one record of a batch.
struct RecordWriteResult {
    bool ok = true;
    QString id; ///< the server's id for the record, when it says
    QString outcome; ///< "created", "updated", "unchanged", or empty when not said
    QString error; ///< why the record was refused (redacted), when !ok
};

struct WriteResult {
    QList<RecordWriteResult> records; ///< one per record sent, in the same order
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int failed = 0;
    int httpStatus = 0;
    int attempts = 0;
    QByteArray rawBody;
};

/// A generic REST/JSON endpoint: base URL, resource path per data point, authentication (API-key
/// header, Basic, Bearer), pagination (see RestPaging) and batched writes (POST of a JSON array).
/// Every request goes through the HttpTransport, with the endpoint's timeout as the deadline of
/// each attempt and its requestsPerSecond as the cap.
///
/// Blocking calls for a worker thread (fetchPage, write), or start/finish pairs to keep several
/// requests in flight. Lives in the thread of its transport; not thread-safe.
class RestConnector final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::RestConnector)

public:
    struct PendingFetch {
        HttpTransport::Ticket ticket = 0;
        PageRequest request;
        QUrl resource;
        std::shared_ptr<std::optional<Page>> parsed;
    };
    struct PendingWrite {
        HttpTransport::Ticket ticket = 0;
        qsizetype count = 0;
        std::shared_ptr<std::optional<WriteResult>> parsed;
    };

    RestConnector(Endpoint endpoint, SecretResolver &secrets, HttpTransport &transport);
    ~RestConnector();
    RestConnector(const RestConnector &) = delete;
    RestConnector &operator=(const RestConnector &) = delete;

    [[nodiscard]] const Endpoint &endpoint() const { return m_endpoint; }
    [[nodiscard]] HttpTransport &transport() { return m_transport; }

    /// Resolves the credentials, once per connector (so once per run), and registers them with
    /// the transport's redactor. The first request calls it when nobody did.
    [[nodiscard]] ConnectorResult<void> prepare();

    [[nodiscard]] ConnectorResult<Page> fetchPage(DataPointKind kind, const PageRequest &request);
    [[nodiscard]] ConnectorResult<PendingFetch> startFetch(DataPointKind kind, const PageRequest &request);
    [[nodiscard]] ConnectorResult<Page> finishFetch(const PendingFetch &pending);

    /// POSTs records as one JSON array to the resource and reads the per-record results. An
    /// error means the batch as a whole failed (its class says whether to retry it).
    [[nodiscard]] ConnectorResult<WriteResult> write(DataPointKind kind, const QList<Value> &records);
    [[nodiscard]] ConnectorResult<PendingWrite> startWrite(DataPointKind kind, const QList<Value> &records);
    /// The same for records already serialised as JSON objects (a run serialises each mapped
    /// record once, hashes those bytes and sends them as they are).
    [[nodiscard]] ConnectorResult<PendingWrite> startWrite(DataPointKind kind, const QList<QByteArray> &serialized);
    [[nodiscard]] ConnectorResult<WriteResult> finishWrite(const PendingWrite &pending);

    /// DELETE of one record at the resource's URL followed by its key (percent-encoded). A 404
    /// counts as done: the record is gone either way, and a retried delete must not fail.
    [[nodiscard]] ConnectorResult<void> remove(DataPointKind kind, const QString &key);

    /// GET of the base URL, for "Test connection": the status, or why there was none.
    [[nodiscard]] ConnectorResult<int> probe();

    /// The URL of a data point's resource: the base URL joined with its resource path.
    [[nodiscard]] QUrl resourceUrl(DataPointKind kind) const;

    /// Reads the answer to a batch POST (see WriteResult); exposed for tests.
    [[nodiscard]] static std::expected<WriteResult, HttpProblem> readWriteAnswer(
        const Value &answer, qsizetype sent, const Redactor &redactor);

private:
    [[nodiscard]] ConnectorResult<PendingWrite> startWriteBody(DataPointKind kind, QByteArray body, qsizetype count);
    [[nodiscard]] HttpRequest baseRequest() const;
    [[nodiscard]] ConnectorError toError(const HttpResult &result) const;
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

#pragma once

#include "connectors/connectorerror.h"
#include "connectors/httptransport.h"
#include "connectors/page.h"
#include "domain/datapoint.h"
#include "domain/value.h"
#include "project/project.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace Linkwright {

class Clock;
class RateLimiter;
class SecretResolver;

class Redactor;

/// What the server said about one record of a batch.
struct RecordWriteResult {
    bool ok = true;
    QString id; ///< the server's id for the record, when it says
    QString outcome; ///< "created", "updated", "unchanged", or empty when not said
    QString error; ///< why the record was refused (redacted), when !ok
    /// When !ok: Transient where the answer did not say what became of the record, so that a
    /// retry sends it again (writes are upserts); Permanent where the target refused it.
    FailureClass failureClass = FailureClass::Permanent;
};

/// The keys of a batch's records, for an answer that names its results by key rather than
/// listing them in the order sent.
struct WriteKeys {
    QString field; ///< the member of the records that holds the key (the data point's key field)
    QStringList keys; ///< one per record, in the order sent; empty when not known
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

/// One system as the sync core sees it: pages of records out, batches of records in, deletes by
/// key. A run holds one per side and does not know which kind of system is behind it, so a new
/// ERP needs a new Connector, not a change to the sync.
///
/// Start/finish pairs let a run keep several requests in flight; a connector that cannot overlap
/// its calls may do the work in start and hand the result over in finish. Lives in the thread of
/// its transport; not thread-safe.
class Connector
{
public:
    struct PendingFetch {
        HttpTransport::Ticket ticket = 0;
        DataPointKind kind = DataPointKind::Products;
        PageRequest request;
        QUrl resource;
        std::shared_ptr<std::optional<Page>> parsed;
    };
    struct PendingWrite {
        HttpTransport::Ticket ticket = 0;
        qsizetype count = 0;
        std::shared_ptr<std::optional<WriteResult>> parsed;
    };

    Connector() = default;
    virtual ~Connector();
    Connector(const Connector &) = delete;
    Connector &operator=(const Connector &) = delete;

    [[nodiscard]] virtual const Endpoint &endpoint() const = 0;
    /// The one redaction point of everything this connector says (messages, URLs, bodies).
    [[nodiscard]] virtual Redactor &redactor() = 0;

    /// Resolves the credentials, once per connector (so once per run), and registers them with
    /// the redactor. The first request calls it when nobody did.
    [[nodiscard]] virtual ConnectorResult<void> prepare() = 0;

    [[nodiscard]] virtual ConnectorResult<PendingFetch> startFetch(DataPointKind kind, const PageRequest &request) = 0;
    [[nodiscard]] virtual ConnectorResult<Page> finishFetch(const PendingFetch &pending) = 0;
    [[nodiscard]] ConnectorResult<Page> fetchPage(DataPointKind kind, const PageRequest &request);
    /// The cursor the page of request will name next if it comes back full, where that is known
    /// before the answer, so that a run can ask for the pages after it while it travels. nullopt
    /// (the default) when only the answer knows, or when total says request's page is the last.
    [[nodiscard]] virtual std::optional<QString> expectedNextCursor(
        DataPointKind kind, const PageRequest &request, std::optional<qint64> total) const;
    /// Whether pages are cut by position (a page number, an offset), so that a record that goes
    /// or moves while the pages are read shifts the others across them. True by default; a
    /// connector whose pages continue from the last record (a cursor) says false.
    [[nodiscard]] virtual bool pagesByPosition() const { return true; }
    /// A started fetch whose page is no longer wanted. The default waits for it and drops it: a
    /// connector that guesses cursors (expectedNextCursor) should end the request here instead.
    virtual void discardFetch(const PendingFetch &pending);

    /// Records already serialised as JSON objects (a run serialises each mapped record once,
    /// hashes those bytes and sends them as they are), and their keys for a connector whose
    /// target may answer in another order. An error means the batch as a whole failed (its class
    /// says whether to retry it).
    [[nodiscard]] virtual ConnectorResult<PendingWrite> startWrite(
        DataPointKind kind, const QList<QByteArray> &serialized, const WriteKeys &keys) = 0;
    [[nodiscard]] virtual ConnectorResult<WriteResult> finishWrite(const PendingWrite &pending) = 0;
    /// The blocking form, for callers that do not know the records' keys.
    [[nodiscard]] ConnectorResult<WriteResult> write(DataPointKind kind, const QList<Value> &records);

    /// What a delete found.
    enum class RemoveOutcome {
        Deleted,
        AlreadyGone, ///< the target had no such record (404): done too, so a retried delete passes
    };
    /// Deletes one record by its key.
    [[nodiscard]] virtual ConnectorResult<RemoveOutcome> remove(DataPointKind kind, const QString &key) = 0;

    /// One request without retries, for "Test connection": the HTTP status, or why there was none.
    [[nodiscard]] virtual ConnectorResult<int> probe() = 0;

    /// Where a data point's records live, for messages (not redacted).
    [[nodiscard]] virtual QUrl resourceUrl(DataPointKind kind) const = 0;

    /// Until when the server asked (Retry-After) to be sent nothing, longer than a run waits, as
    /// a wall-clock time; invalid when it did not. The store keeps it for the next command.
    [[nodiscard]] virtual QDateTime refusedUntil() const { return {}; }
    /// Sends nothing before until: what an earlier command was told (see refusedUntil()).
    virtual void refuseUntil(const QDateTime &until) { Q_UNUSED(until) }

protected:
    /// refusedUntil() and refuseUntil() of a connector whose requests share limiter, whose times
    /// are clock's.
    [[nodiscard]] static QDateTime limiterRefusal(const RateLimiter *limiter, Clock &clock);
    static void refuseLimiter(RateLimiter *limiter, Clock &clock, const QDateTime &until);
    /// What every request to an endpoint carries, whatever its protocol: JSON wanted, our user
    /// agent, the endpoint's deadline and its requests-per-second cap.
    [[nodiscard]] static HttpRequest endpointRequest(
        const Endpoint &endpoint, const std::shared_ptr<RateLimiter> &limiter);
    /// The endpoint as messages name it: its name, or its URL without credentials.
    [[nodiscard]] static QString endpointPlace(const Endpoint &endpoint);
    /// The endpoint's secret; an error that names the endpoint as well as the secret.
    [[nodiscard]] static ConnectorResult<QString> resolveSecret(SecretResolver &secrets, const Endpoint &endpoint);
};

} // namespace Linkwright

#pragma once

#include "connectors/connector.h"
#include "connectors/httptransport.h"
#include "connectors/tryton/trytoncheck.h"
#include "domain/json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <span>

namespace Linkwright {

class RateLimiter;
class SecretResolver;
class TrytonPartyWriter;
class TrytonSaleWriter;

/// A Tryton server (6.0) through its JSON-RPC: POST /DATABASE/ with method, params and id, the
/// context ({"company": N}) as the last parameter. Logs in once per connector (so once per run)
/// with the endpoint's Basic user and password, then sends "Authorization: Session ..."; a 401
/// later (an expired session) logs in again, once.
///
/// Data points, ERP side: customers (party.party with its addresses and contact mechanisms, the
/// party's code as the customer number, the company's own party left out; billTo and shipTo
/// follow the addresses' invoice and delivery marks), order updates (the web orders' sales,
/// with their state and done shipments), products (one record per product.product, keyed by
/// its code as SKU, with its template's name, its template's categories as the simulator's
/// category path and list, the template's other products as variants, and list_price as exact
/// decimal text) and stock (quantity per warehouse, read with the context's "locations"), all in
/// the record shapes of the simulator's ERP so that the same mappings serve. Pages are
/// search_read calls ordered by id, the cursor the next offset; what a page's records show of
/// related records (categories, siblings, addresses) is read in one call per page. An
/// incremental fetch ORs write_date and create_date of the record and of the related records it
/// shows (a product's template, categories and siblings), and for stock adds the products of
/// done stock moves, all since the watermark less an overlap, since Tryton stamps a record with
/// its transaction's start. Invoices (account.invoice of type "out" with a number, so drafts
/// stay out) become the simulator's invoices and credit notes (TrytonInvoices); where
/// account_invoice is not activated, an error names the module.
///
/// Shop side into Tryton, one record per call: orders become confirmed sales
/// (TrytonSaleWriter), customers become parties with their addresses and contact mechanisms
/// (TrytonPartyWriter), both found again by their key so that a second write changes nothing.
///
/// The calls of a page depend on each other, so startFetch does the page's work and
/// finishFetch hands it over.
class TrytonConnector final : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::TrytonConnector)

public:
    /// How far an incremental fetch reaches back before the watermark (see the class comment).
    static constexpr int OverlapSeconds = 10;

    TrytonConnector(Endpoint endpoint, SecretResolver &secrets, HttpTransport &transport);
    ~TrytonConnector() override;

    [[nodiscard]] const Endpoint &endpoint() const override { return m_endpoint; }
    [[nodiscard]] Redactor &redactor() override;

    /// Resolves the password and logs in.
    [[nodiscard]] ConnectorResult<void> prepare() override;

    [[nodiscard]] ConnectorResult<PendingFetch> startFetch(DataPointKind kind, const PageRequest &request) override;
    [[nodiscard]] ConnectorResult<Page> finishFetch(const PendingFetch &pending) override;
    /// One call per record, so each result is the record's own: the keys are not needed.
    [[nodiscard]] ConnectorResult<PendingWrite> startWrite(
        DataPointKind kind, const QList<QByteArray> &serialized, const WriteKeys &keys) override;
    [[nodiscard]] ConnectorResult<WriteResult> finishWrite(const PendingWrite &pending) override;
    [[nodiscard]] ConnectorResult<RemoveOutcome> remove(DataPointKind kind, const QString &key) override;
    [[nodiscard]] ConnectorResult<int> probe() override;
    /// "Test connection" for Tryton: the server's version (which needs no login), then a login
    /// with the endpoint's user and password, the company's name and the warehouses. Sends each
    /// request once: failed logins count towards Tryton's lockout.
    [[nodiscard]] TrytonCheck check();
    /// The database's JSON-RPC URL; the same for every data point.
    [[nodiscard]] QUrl resourceUrl(DataPointKind kind) const override;
    [[nodiscard]] QDateTime refusedUntil() const override;
    void refuseUntil(const QDateTime &until) override;

    /// The company's currency (company.company's currency), known once prepared.
    [[nodiscard]] qint64 currencyId() const { return m_currencyId; }

    /// One JSON-RPC call, logged in, with the context ({"company": N} and the members given)
    /// appended; its result decoded (TrytonRpc::decode).
    [[nodiscard]] ConnectorResult<Value> call(QByteArrayView method, QList<Value> params, QList<Member> context = {});

    /// Whether the module is activated in the database (ir.module, asked once per connector).
    [[nodiscard]] ConnectorResult<bool> hasModule(const QString &name);
    /// The party.address flags the database has: "invoice" (account_invoice), "delivery" (stock).
    [[nodiscard]] ConnectorResult<QList<QByteArray>> addressFlags();

    /// A record-level refusal: Tryton answered, and said no (a UserError, a missing model).
    /// Anything else (no answer, a 401, a 5xx) is the batch's problem, not the record's.
    [[nodiscard]] static bool isRefusal(const ConnectorError &error);
    /// A failed record with the message.
    [[nodiscard]] static RecordWriteResult refused(const QString &message);

private:
    using Warehouse = TrytonCheck::Warehouse;

    [[nodiscard]] QUrl rpcUrl() const;
    [[nodiscard]] QString where() const;
    [[nodiscard]] HttpRequest rpcRequest(QByteArrayView method, const QList<Value> &params);
    /// common.server.version at the server's root, which answers without a session; sent once.
    [[nodiscard]] HttpRequest versionRequest();
    [[nodiscard]] ConnectorResult<Value> send(QByteArrayView method, const QList<Value> &params);
    /// outcome, when given, says how the login ended (Ok, LoginRefused, LoginLocked,
    /// DatabaseMissing, Unreachable, NotTryton or Failed).
    [[nodiscard]] ConnectorResult<void> login(TrytonCheck::Outcome *outcome = nullptr);
    [[nodiscard]] ConnectorResult<void> resolvePassword();
    [[nodiscard]] ConnectorResult<void> readCompany();
    [[nodiscard]] ConnectorError toError(const HttpResult &result) const;
    [[nodiscard]] ConnectorError unsupported(const QString &message) const;

    [[nodiscard]] ConnectorResult<Page> fetch(DataPointKind kind, const PageRequest &request);
    [[nodiscard]] ConnectorResult<Page> fetchProducts(const PageRequest &request);
    [[nodiscard]] ConnectorResult<Page> fetchStock(const PageRequest &request);
    [[nodiscard]] ConnectorResult<Page> fetchCustomers(const PageRequest &request);
    [[nodiscard]] ConnectorResult<Page> fetchOrderUpdates(const PageRequest &request);
    /// Customer invoices and credit notes with a number (posted, paid or cancelled), with their
    /// lines and sales read in one call each per page (trytonconnectorinvoices.cpp); an error
    /// naming the module when account_invoice is not activated.
    [[nodiscard]] ConnectorResult<Page> fetchInvoices(const PageRequest &request);
    [[nodiscard]] ConnectorResult<QList<Warehouse>> warehouses();
    /// An OR clause of the stamps changed since the request's watermark (less the overlap), or
    /// empty for a full fetch. write_date stays empty until a record's first change, and a
    /// template's change does not touch its variants: each stamp is asked for.
    [[nodiscard]] static QList<Value> changedSince(const PageRequest &request, std::span<const char *const> stamps);
    static constexpr std::array<const char *, 2> OwnStamps{"write_date", "create_date"};
    /// A product.product's and its template's.
    static constexpr std::array<const char *, 4> ProductStamps{
        "write_date", "create_date", "template.write_date", "template.create_date"};
    [[nodiscard]] static std::optional<QDateTime> since(const PageRequest &request);

    Endpoint m_endpoint;
    SecretResolver &m_secrets;
    HttpTransport &m_transport;
    JsonReader m_reader;
    std::shared_ptr<RateLimiter> m_limiter;
    QString m_password;
    QByteArray m_session; ///< the Authorization header's value once logged in
    QString m_currency;
    qint64 m_currencyId = 0;
    qint64 m_companyParty = 0; ///< the company's own party, which is no customer
    std::unique_ptr<TrytonSaleWriter> m_sales;
    std::unique_ptr<TrytonPartyWriter> m_parties;
    std::optional<QSet<QString>> m_modules; ///< the activated modules, once asked
    std::optional<QList<Warehouse>> m_warehouses;
    qint64 m_nextId = 1;
    bool m_prepared = false;
};

} // namespace Linkwright

#include "trytone2efixture.h"

#include "domain/json.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

namespace Linkwright::Testing {

QString text(const Value &object, QByteArrayView name)
{
    const Value *member = object.find(name);
    return member ? member->text() : QStringLiteral("<absent>");
}

QHash<QString, QString> TrytonE2eFixture::readState()
{
    QHash<QString, QString> state;
    QFile file(QString::fromLocal8Bit(qgetenv("LINKWRIGHT_TRYTON_STATE")));
    if (!file.open(QIODevice::ReadOnly))
        return state;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            state.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    return state;
}

TrytonE2eFixture::TrytonE2eFixture(QHash<QString, QString> state)
    : m_state(std::move(state))
{
}

QString TrytonE2eFixture::start()
{
    QFile seed(state("seed"));
    if (!seed.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the seed's ids from ") + seed.fileName();
    m_seed = QJsonDocument::fromJson(seed.readAll()).object();
    QFile passwordFile(state("password"));
    if (!passwordFile.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the password file ") + passwordFile.fileName();
    const QByteArray password = passwordFile.readLine().trimmed();
    qputenv(passwordVariable(), password);

    SimulatorDataOptions data;
    data.products = 0;
    data.customers = 0;
    data.orders = 0;
    m_sync = std::make_unique<SyncFixture>(data);
    if (!m_sync->isValid())
        return QStringLiteral("the simulated shop or the state database did not start");
    Endpoint &erp = m_sync->project().erp;
    erp.name = QStringLiteral("Tryton");
    erp.connector = ConnectorType::Tryton;
    erp.baseUrl = QUrl(state("url"));
    erp.auth.type = AuthType::Basic;
    erp.auth.username = QStringLiteral("admin");
    erp.auth.secret = {SecretRef::Source::Environment, QString::fromLatin1(passwordVariable())};
    erp.tryton.database = state("database");
    erp.tryton.company = m_seed.value(QStringLiteral("company")).toInt();
    // A Tryton product shows its template's categories and sibling variants, as the simulator's do.
    m_sync->dataPoint(DataPointKind::Products)
        .mappings.append({{QStringLiteral("categories"), {QStringLiteral("categories")}, {}, false},
            {QStringLiteral("variants"), {QStringLiteral("variants")}, {}, false}});
    // The stock a shop shows; the stamp stays out, so that a record is only rewritten when a
    // figure changed.
    m_sync->dataPoint(DataPointKind::Stock).mappings = {
        {QStringLiteral("sku"), {QStringLiteral("sku")}, {}, true},
        {QStringLiteral("available"), {QStringLiteral("available")}, {}, true},
        {QStringLiteral("warehouses"), {QStringLiteral("warehouses")}, {}, false},
    };
    // Shipping state flows from Tryton; the shop's cancellations do not flow back yet.
    DataPointConfig &updates = m_sync->dataPoint(DataPointKind::OrderUpdates);
    updates.direction = Direction::ErpToShop;
    updates.mappings = {
        {QStringLiteral("orderNumber"), {QStringLiteral("orderNumber")}, {}, true},
        {QStringLiteral("status"), {QStringLiteral("status")}, {}, true},
        {QStringLiteral("shippingDate"), {QStringLiteral("shippingDate")}, {}, false},
        {QStringLiteral("lines"), {QStringLiteral("lines")}, {}, false},
    };
    // Tryton is the customers' source until a test makes them two-way.
    DataPointConfig &customers = m_sync->dataPoint(DataPointKind::Customers);
    customers.direction = Direction::ErpToShop;
    customers.mappings = {
        {QStringLiteral("customerNumber"), {QStringLiteral("customerNumber")}, {}, true},
        {QStringLiteral("name"), {QStringLiteral("name")}, {}, true},
        {QStringLiteral("email"), {QStringLiteral("email")}, {}, false},
        {QStringLiteral("billTo"), {QStringLiteral("billTo")}, {}, false},
        {QStringLiteral("shipTo"), {QStringLiteral("shipTo")}, {}, false},
    };
    // Invoices and credit notes are the ERP's; the shop shows them as they come.
    m_sync->dataPoint(DataPointKind::Invoices).direction = Direction::ErpToShop;
    for (DataPointConfig &config : m_sync->project().dataPoints) {
        if (config.kind != DataPointKind::Products && config.kind != DataPointKind::Prices
            && config.kind != DataPointKind::Stock && config.kind != DataPointKind::Orders
            && config.kind != DataPointKind::Customers && config.kind != DataPointKind::OrderUpdates
            && config.kind != DataPointKind::Invoices)
            config.direction = Direction::Off;
    }
    m_sync->rebuild();

    m_transport = std::make_unique<HttpTransport>();
    m_secrets = std::make_unique<EnvironmentSecretResolver>();
    m_direct = std::make_unique<TrytonConnector>(erp, *m_secrets, *m_transport);
    return {};
}

qint64 TrytonE2eFixture::seeded(const char *sku, const char *what) const
{
    return m_seed.value(QStringLiteral("products"))
        .toObject()
        .value(QString::fromLatin1(sku))
        .toObject()
        .value(QString::fromLatin1(what))
        .toInteger();
}

SyncReport TrytonE2eFixture::run(DataPointKind kind)
{
    auto report = m_sync->runner().run(kind);
    if (!report)
        qWarning("%s", qPrintable(report.error().toString()));
    return report.value_or(SyncReport{});
}

Value TrytonE2eFixture::shopRecord(DataPointKind kind, const QString &key)
{
    return m_sync->records(SimulatorSystem::Shop, kind).value(key);
}

bool TrytonE2eFixture::tryton(QByteArrayView method, QList<Value> params, Value *result)
{
    auto answer = m_direct->call(method, std::move(params));
    if (!answer) {
        qWarning("%s", qPrintable(answer.error().error.toString()));
        return false;
    }
    if (result)
        *result = std::move(*answer);
    return true;
}

bool TrytonE2eFixture::server(const char *command)
{
    const int code =
        QProcess::execute(QStringLiteral(LINKWRIGHT_TRYTON_SCRIPT), {QString::fromLatin1(command), state("dir")});
    return code == 0;
}

QByteArray TrytonE2eFixture::order(const char *number, const char *customer, const char *sku, const char *extraLine)
{
    const QByteArray who = customer ? "\"customerNumber\":\"" + QByteArray(customer) + "\",\"guest\":false"
                                    : QByteArray("\"customerNumber\":null,\"guest\":true");
    return "{\"orderNumber\":\"" + QByteArray(number) + "\"," + who + ",\"email\":\"" + QByteArray(number).toLower()
        + "@mail.example\",\"currency\":\"EUR\","
          "\"orderedAt\":\"2026-03-09T10:00:00.000Z\",\"shippingMethodName\":\"Standard\","
          "\"billTo\":{\"name\":\"Ann Example\",\"street\":\"Main Street 1\",\"postalCode\":\"1000\","
          "\"city\":\"Copenhagen\",\"country\":\"DK\"},"
          "\"shipTo\":{\"name\":\"Ann Example\",\"street\":\"Harbour 7\",\"postalCode\":\"8000\","
          "\"city\":\"Aarhus\",\"country\":\"DK\"},"
          "\"lines\":[{\"lineNumber\":1,\"sku\":\""
        + QByteArray(sku) + "\",\"name\":\"Lamp\",\"quantity\":2,\"unitPrice\":\"19.90\",\"lineTotal\":\"39.80\"}"
        + QByteArray(extraLine)
        + "],\"shippingCost\":\"5.95\",\"total\":\"46.75\",\"customerNote\":null,"
          "\"modifiedAt\":\"2026-03-09T10:01:00.000Z\"}";
}

const char TrytonE2eFixture::NotebookLine[] =
    ",{\"lineNumber\":2,\"sku\":\"TRY-003\",\"name\":\"Notebook\",\"quantity\":10,"
    "\"unitPrice\":\"0.10\",\"lineTotal\":\"1.00\"}";

} // namespace Linkwright::Testing

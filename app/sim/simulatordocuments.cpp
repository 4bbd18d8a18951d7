#include "simulatordocuments.h"

#include "simulatordata.h"
#include "simulatorwords.h"

#include <QJsonArray>

#include <array>

namespace Linkwright {

using namespace SimulatorWords;

namespace {

constexpr qint64 MsecsPerSecond = 1000;
constexpr qint64 MsecsPerHour = 60 * 60 * MsecsPerSecond;
constexpr qint64 MsecsPerDay = 24 * MsecsPerHour;

constexpr std::array OrderStatuses{"new", "paid", "paid", "processing"};
constexpr std::array GuestPayments{"card", "paypal"};
constexpr std::array AccountPayments{"invoice", "card", "paypal"};
constexpr std::array CancelReasons{
    "Ordered by mistake", "Delivery date too late", "Found it cheaper elsewhere", "Wrong size ordered"};
constexpr std::array InvoiceStatuses{"paid", "paid", "paid", "open"};
constexpr std::array OfflineSources{"phone", "email", "counter", "edi"};

const Country &countryByCode(const QString &code)
{
    for (const Country &country : countries()) {
        if (code == QLatin1StringView(country.code))
            return country;
    }
    return countries().front();
}

QString personName(QRandomGenerator &rng)
{
    const QString first = pickText(rng, firstNames());
    return first + QLatin1Char(' ') + pickText(rng, lastNames());
}

QString emailFor(const QString &person, const QString &domain)
{
    return slug(person).replace(QLatin1Char('-'), QLatin1Char('.')) + QLatin1Char('@') + domain;
}

} // namespace

SimulatorDocuments::SimulatorDocuments(const SimulatorData &data)
    : m_data(data)
{
}

QJsonObject SimulatorDocuments::customer(QRandomGenerator &rng, int index)
{
    const Country &country = pick(rng, countries());
    const QString person = personName(rng);
    const bool company = chance(rng, 70);
    const QString trade = pickText(rng, trades());
    const QString family = person.section(QLatin1Char(' '), 1);
    const QString name = company
        ? QString(family + QLatin1Char(' ') + trade + QLatin1Char(' ') + QString::fromLatin1(country.companySuffix))
        : person;
    // Reserved .example domains: generated addresses can never reach a real mailbox.
    const QString domain = company ? QString(slug(family + QLatin1Char(' ') + trade) + QStringLiteral(".example"))
                                   : QStringLiteral("mail.example");

    const QJsonObject billTo = address(rng, country, name);
    QJsonArray shipTo;
    QJsonObject main = billTo;
    main.insert(QStringLiteral("addressId"), QStringLiteral("MAIN"));
    shipTo.append(main);
    if (company && chance(rng, 40)) {
        QJsonObject site = address(rng, country, name);
        site.insert(QStringLiteral("addressId"), QStringLiteral("SITE2"));
        shipTo.append(site);
    }

    QJsonArray users;
    const int userCount = company ? between(rng, 1, 3) : 1;
    for (int u = 0; u < userCount; ++u) {
        const QString user = u == 0 ? person : personName(rng);
        QString role = QStringLiteral("buyer");
        if (!company)
            role = QStringLiteral("owner");
        else if (u == 0)
            role = QStringLiteral("admin");
        users.append(QJsonObject{
            {QStringLiteral("name"), user},
            {QStringLiteral("email"), emailFor(user, domain)},
            {QStringLiteral("role"), role},
        });
    }

    const int areaCode = between(rng, 20, 89);
    const int subscriber = between(rng, 1000000, 9999999);
    const QString phone = QString::fromLatin1(country.callingCode) + QLatin1Char(' ') + QString::number(areaCode)
        + QLatin1Char(' ') + QString::number(subscriber);
    QJsonValue vatId = QJsonValue::Null;
    if (company)
        vatId = QString(QString::fromLatin1(country.code) + QString::number(between(rng, 100000000, 999999999)));

    return QJsonObject{
        {QStringLiteral("customerNumber"), SimulatorData::customerNumber(index)},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), company ? QStringLiteral("company") : QStringLiteral("person")},
        {QStringLiteral("email"), emailFor(person, domain)},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("vatId"), vatId},
        {QStringLiteral("language"), QString::fromLatin1(country.language)},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("priceGroup"), company ? QStringLiteral("wholesale") : QStringLiteral("retail")},
        {QStringLiteral("paymentTerms"), company ? QStringLiteral("NET30") : QStringLiteral("PREPAID")},
        {QStringLiteral("creditLimit"), decimal(company ? between(rng, 4, 40) * 250000LL : 0)},
        {QStringLiteral("creditHold"), chance(rng, 8)},
        {QStringLiteral("billTo"), billTo},
        {QStringLiteral("shipTo"), shipTo},
        {QStringLiteral("users"), users},
        {QStringLiteral("modifiedAt"), SimulatorData::stampBefore(rng, 300)},
    };
}

QJsonObject SimulatorDocuments::order(QRandomGenerator &rng, int index) const
{
    const int customers = m_data.options().customers;
    const bool guest = customers == 0 || chance(rng, 5);

    QJsonValue number = QJsonValue::Null;
    QString email;
    QJsonObject billTo;
    QJsonObject shipTo;
    if (guest) {
        const Country &country = pick(rng, countries());
        const QString person = personName(rng);
        email = emailFor(person, QStringLiteral("mail.example"));
        billTo = address(rng, country, person);
        shipTo = billTo;
    } else {
        const QJsonObject &account = m_data.customer(between(rng, 0, customers - 1));
        number = account.value(QStringLiteral("customerNumber"));
        email = account.value(QStringLiteral("email")).toString();
        billTo = account.value(QStringLiteral("billTo")).toObject();
        const QJsonArray sites = account.value(QStringLiteral("shipTo")).toArray();
        shipTo = sites.at(between(rng, 0, static_cast<int>(sites.size()) - 1)).toObject();
    }

    const Lines items = lines(rng, between(rng, 1, 4));
    // Free shipping from 100 EUR, as most shops do; it gives the ERP a shipping line to map.
    const qint64 shipping = items.totalCents >= 10000 ? 0 : 595;
    const qint64 orderedMs = SimulatorData::msecsBefore(rng, 30);
    const auto payments =
        guest ? std::span<const char *const>(GuestPayments) : std::span<const char *const>(AccountPayments);

    return QJsonObject{
        {QStringLiteral("orderNumber"), SimulatorData::orderNumber(index)},
        {QStringLiteral("status"), pickText(rng, OrderStatuses)},
        {QStringLiteral("orderedAt"), SimulatorSchema::timestamp(orderedMs)},
        {QStringLiteral("customerNumber"), number},
        {QStringLiteral("guest"), guest},
        {QStringLiteral("email"), email},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("paymentMethod"), pickText(rng, payments)},
        {QStringLiteral("billTo"), billTo},
        {QStringLiteral("shipTo"), shipTo},
        {QStringLiteral("lines"), items.json},
        {QStringLiteral("subtotal"), decimal(items.totalCents)},
        {QStringLiteral("shippingCost"), decimal(shipping)},
        {QStringLiteral("total"), decimal(items.totalCents + shipping)},
        {QStringLiteral("modifiedAt"), SimulatorSchema::timestamp(orderedMs + between(rng, 1, 600) * MsecsPerSecond)},
    };
}

QJsonObject SimulatorDocuments::orderUpdate(QRandomGenerator &rng, const QJsonObject &order)
{
    if (!chance(rng, 10))
        return {};
    const qint64 orderedMs = SimulatorSchema::parseTimestamp(order.value(QStringLiteral("orderedAt")).toString())
                                 .value_or(SimulatorData::AnchorMsecs);
    const QString requestedAt = SimulatorSchema::timestamp(orderedMs + between(rng, 1, 48) * MsecsPerHour);
    return QJsonObject{
        {QStringLiteral("orderNumber"), order.value(QStringLiteral("orderNumber"))},
        {QStringLiteral("status"), QStringLiteral("cancellationRequested")},
        {QStringLiteral("reason"), pickText(rng, CancelReasons)},
        {QStringLiteral("requestedAt"), requestedAt},
        {QStringLiteral("modifiedAt"), requestedAt},
    };
}

QJsonObject SimulatorDocuments::invoice(QRandomGenerator &rng, int index) const
{
    // Only called with customers present: invoiceCount() is zero without them.
    const QJsonObject &account = m_data.customer(between(rng, 0, m_data.options().customers - 1));
    const QJsonObject billTo = account.value(QStringLiteral("billTo")).toObject();
    const Country &country = countryByCode(billTo.value(QStringLiteral("country")).toString());

    const bool creditNote = chance(rng, 10);
    const qint64 dateMs = SimulatorData::msecsBefore(rng, 300);
    const qint64 dueMs = dateMs + 30 * MsecsPerDay;
    const Lines items = lines(rng, between(rng, 1, 5));
    const qint64 tax = percentOf(items.totalCents, country.vatPercent);

    QString status = creditNote ? QStringLiteral("settled") : pickText(rng, InvoiceStatuses);
    if (status == u"open" && dueMs < SimulatorData::AnchorMsecs)
        status = QStringLiteral("overdue");

    return QJsonObject{
        {QStringLiteral("invoiceNumber"), SimulatorData::invoiceNumber(index)},
        {QStringLiteral("type"), creditNote ? QStringLiteral("creditNote") : QStringLiteral("invoice")},
        {QStringLiteral("customerNumber"), account.value(QStringLiteral("customerNumber"))},
        {QStringLiteral("customerName"), account.value(QStringLiteral("name"))},
        {QStringLiteral("billTo"), billTo},
        {QStringLiteral("invoiceDate"), SimulatorSchema::date(dateMs)},
        {QStringLiteral("dueDate"), SimulatorSchema::date(dueMs)},
        {QStringLiteral("salesOrder"), QStringLiteral("SO-%1").arg(between(rng, 1, 999999), 6, 10, QLatin1Char('0'))},
        {QStringLiteral("source"), pickText(rng, OfflineSources)},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("lines"), items.json},
        {QStringLiteral("subtotal"), decimal(items.totalCents)},
        {QStringLiteral("taxRate"), decimal(country.vatPercent * 100LL)},
        {QStringLiteral("taxAmount"), decimal(tax)},
        {QStringLiteral("total"), decimal(items.totalCents + tax)},
        {QStringLiteral("status"), status},
        {QStringLiteral("modifiedAt"), SimulatorSchema::timestamp(dateMs + between(rng, 1, 72) * MsecsPerHour)},
    };
}

SimulatorDocuments::Lines SimulatorDocuments::lines(QRandomGenerator &rng, int count) const
{
    Lines out;
    for (int n = 1; n <= count; ++n) {
        const SimulatorData::ProductFacts &facts = m_data.facts(between(rng, 0, m_data.productRange() - 1));
        const int quantity = between(rng, 1, facts.unit == u"pcs" ? 4 : 12);
        const qint64 total = facts.listPriceCents * quantity;
        out.totalCents += total;
        out.json.append(QJsonObject{
            {QStringLiteral("lineNumber"), n},
            {QStringLiteral("sku"), facts.sku},
            {QStringLiteral("name"), facts.name},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("unit"), facts.unit},
            {QStringLiteral("unitPrice"), decimal(facts.listPriceCents)},
            {QStringLiteral("lineTotal"), decimal(total)},
        });
    }
    return out;
}

} // namespace Linkwright

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
constexpr std::array InvoiceStatuses{"paid", "paid", "paid", "open"};
constexpr std::array OfflineSources{"phone", "email", "counter", "edi"};
constexpr std::array OfflineOrderStatuses{"open", "shipped", "invoiced"};
constexpr std::array ContactRoles{"purchasing", "accounts", "logistics"};
constexpr std::array CustomerNotes{"Please deliver to the back entrance.", "Call before delivery.",
    "Gift wrap, please.", "Leave with the neighbour if nobody is in."};

struct ShippingMethod {
    const char *code;
    const char *name;
    qint64 costCents;
};
constexpr std::array ShippingMethods{
    ShippingMethod{"standard", "Standard delivery", 595},
    ShippingMethod{"standard", "Standard delivery", 595},
    ShippingMethod{"express", "Express delivery", 1490},
    ShippingMethod{"pickup", "Click & collect", 0},
};

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

QString phoneNumber(QRandomGenerator &rng, const Country &country)
{
    const int areaCode = between(rng, 20, 89);
    const int subscriber = between(rng, 1000000, 9999999);
    return QString::fromLatin1(country.callingCode) + QLatin1Char(' ') + QString::number(areaCode) + QLatin1Char(' ')
        + QString::number(subscriber);
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
    main.insert(QStringLiteral("default"), true);
    shipTo.append(main);
    const int sites = company ? between(rng, 0, 2) : 0;
    for (int site = 2; site <= sites + 1; ++site) {
        QJsonObject other = address(rng, country, name);
        other.insert(QStringLiteral("addressId"), QStringLiteral("SITE%1").arg(site));
        other.insert(QStringLiteral("default"), false);
        shipTo.append(other);
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

    // The people the ERP's sales staff talk to; a private customer is their own contact.
    QJsonArray contacts;
    const int contactCount = company ? between(rng, 1, 2) : 1;
    for (int c = 0; c < contactCount; ++c) {
        const QString contact = c == 0 ? person : personName(rng);
        contacts.append(QJsonObject{
            {QStringLiteral("name"), contact},
            {QStringLiteral("email"), emailFor(contact, domain)},
            {QStringLiteral("phone"), phoneNumber(rng, country)},
            {QStringLiteral("role"), pickText(rng, ContactRoles)},
        });
    }

    const QString phone = phoneNumber(rng, country);
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
        {QStringLiteral("currency"), QString::fromLatin1(country.currency)},
        {QStringLiteral("priceGroup"), company ? QStringLiteral("wholesale") : QStringLiteral("retail")},
        {QStringLiteral("paymentTerms"), company ? QStringLiteral("NET30") : QStringLiteral("PREPAID")},
        {QStringLiteral("paymentDays"), company ? 30 : 0},
        {QStringLiteral("creditLimit"), decimal(company ? between(rng, 4, 40) * 250000LL : 0)},
        {QStringLiteral("creditHold"), chance(rng, 8)},
        {QStringLiteral("billTo"), billTo},
        {QStringLiteral("shipTo"), shipTo},
        {QStringLiteral("contacts"), contacts},
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
    // Free standard shipping from 100 EUR, as most shops do; it gives the ERP a shipping line.
    const ShippingMethod &method = pick(rng, std::span<const ShippingMethod>(ShippingMethods));
    const qint64 shipping = method.costCents == 595 && items.totalCents >= 10000 ? 0 : method.costCents;
    const qint64 orderedMs = SimulatorData::msecsBefore(rng, 30);
    const auto payments =
        guest ? std::span<const char *const>(GuestPayments) : std::span<const char *const>(AccountPayments);
    const QString paymentMethod = pickText(rng, payments);
    const QString status = pickText(rng, OrderStatuses);
    QString paymentStatus = QStringLiteral("captured");
    if (paymentMethod == u"invoice")
        paymentStatus = QStringLiteral("pending");
    else if (status == u"new")
        paymentStatus = QStringLiteral("authorized");
    QJsonValue note = QJsonValue::Null;
    if (chance(rng, 10))
        note = pickText(rng, CustomerNotes);
    const QJsonObject payment{
        {QStringLiteral("method"), paymentMethod},
        {QStringLiteral("status"), paymentStatus},
        {QStringLiteral("transactionId"),
            paymentMethod == u"invoice" ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(reference(rng, QStringLiteral("PAY-"), 12))},
        {QStringLiteral("amount"), decimal(items.totalCents + shipping)},
    };

    return QJsonObject{
        {QStringLiteral("orderNumber"), SimulatorData::orderNumber(index)},
        {QStringLiteral("status"), status},
        {QStringLiteral("orderedAt"), SimulatorSchema::timestamp(orderedMs)},
        {QStringLiteral("customerNumber"), number},
        {QStringLiteral("guest"), guest},
        {QStringLiteral("email"), email},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("paymentMethod"), paymentMethod},
        {QStringLiteral("payment"), payment},
        {QStringLiteral("shippingMethod"), QString::fromLatin1(method.code)},
        {QStringLiteral("shippingMethodName"), QString::fromUtf8(method.name)},
        {QStringLiteral("billTo"), billTo},
        {QStringLiteral("shipTo"), shipTo},
        {QStringLiteral("lines"), items.json},
        {QStringLiteral("totalQuantity"), items.quantity},
        {QStringLiteral("subtotal"), decimal(items.totalCents)},
        {QStringLiteral("shippingCost"), decimal(shipping)},
        {QStringLiteral("total"), decimal(items.totalCents + shipping)},
        {QStringLiteral("customerNote"), note},
        {QStringLiteral("modifiedAt"), SimulatorSchema::timestamp(orderedMs + between(rng, 1, 600) * MsecsPerSecond)},
    };
}

QJsonObject SimulatorDocuments::invoice(QRandomGenerator &rng, int index) const
{
    // Only called with customers present: invoiceCount() is zero without them.
    const QJsonObject &account = m_data.customer(between(rng, 0, m_data.options().customers - 1));
    const QJsonObject billTo = account.value(QStringLiteral("billTo")).toObject();
    const Country &country = countryByCode(billTo.value(QStringLiteral("country")).toString());

    // Most documents are invoices; some are credit notes, and some are orders taken by phone,
    // e-mail or at the counter that the customer should see next to their web orders.
    const int roll = between(rng, 1, 100);
    const bool creditNote = roll <= 10;
    const bool offlineOrder = !creditNote && roll <= 30;
    const qint64 dateMs = SimulatorData::msecsBefore(rng, 300);
    const qint64 dueMs = dateMs + 30 * MsecsPerDay;
    const Lines items = lines(rng, between(rng, 1, 5));
    const qint64 tax = percentOf(items.totalCents, country.vatPercent);

    QString type = QStringLiteral("invoice");
    QString prefix = QStringLiteral("INV");
    QString status;
    if (creditNote) {
        type = QStringLiteral("creditNote");
        prefix = QStringLiteral("CN");
        status = QStringLiteral("settled");
    } else if (offlineOrder) {
        type = QStringLiteral("offlineOrder");
        prefix = QStringLiteral("ORD");
        status = pickText(rng, OfflineOrderStatuses);
    } else {
        status = pickText(rng, InvoiceStatuses);
        if (status == u"open" && dueMs < SimulatorData::AnchorMsecs)
            status = QStringLiteral("overdue");
    }
    const QJsonArray sites = account.value(QStringLiteral("shipTo")).toArray();
    const QJsonObject shipTo = sites.at(between(rng, 0, static_cast<int>(sites.size()) - 1)).toObject();

    return QJsonObject{
        {QStringLiteral("invoiceNumber"), SimulatorData::invoiceNumber(index, prefix)},
        {QStringLiteral("type"), type},
        {QStringLiteral("customerNumber"), account.value(QStringLiteral("customerNumber"))},
        {QStringLiteral("customerName"), account.value(QStringLiteral("name"))},
        {QStringLiteral("billTo"), billTo},
        {QStringLiteral("shipTo"), shipTo},
        {QStringLiteral("invoiceDate"), SimulatorSchema::date(dateMs)},
        {QStringLiteral("dueDate"),
            offlineOrder ? QJsonValue(QJsonValue::Null) : QJsonValue(SimulatorSchema::date(dueMs))},
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
        out.quantity += quantity;
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

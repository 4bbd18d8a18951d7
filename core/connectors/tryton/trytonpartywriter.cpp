#include "trytonpartywriter.h"

#include "connectors/tryton/trytonconnector.h"
#include "connectors/tryton/trytonrpc.h"

#include <array>

namespace Linkwright {

namespace {

QString textOf(const Value &object, QByteArrayView name)
{
    const Value *member = object.find(name);
    return member && (member->isString() || member->isNumber()) ? member->text() : QString();
}

/// The contact mechanism types a customer's e-mail and phone become, and the types read back as
/// them (TrytonRecords::customer takes a mobile as the phone).
struct ContactField {
    const char *field;
    const char *type;
    const char *alsoType;
};
constexpr std::array<ContactField, 2> ContactFields{{{"email", "email", "email"}, {"phone", "phone", "mobile"}}};

} // namespace

bool TrytonPartyWriter::Address::sameContent(const Address &other) const
{
    return name == other.name && street == other.street && postalCode == other.postalCode && city == other.city
        && country == other.country;
}

TrytonPartyWriter::TrytonPartyWriter(TrytonConnector &tryton)
    : m_tryton(tryton)
{
}

ConnectorResult<Value> TrytonPartyWriter::call(QByteArrayView method, QList<Value> params)
{
    return m_tryton.call(method, std::move(params));
}

ConnectorResult<RecordWriteResult> TrytonPartyWriter::write(const Value &customer)
{
    const auto refuseOr = [](const ConnectorError &error) -> ConnectorResult<RecordWriteResult> {
        if (TrytonConnector::isRefusal(error))
            return TrytonConnector::refused(error.error.message);
        return std::unexpected(error);
    };
    const QString code = textOf(customer, "customerNumber");
    if (code.isEmpty())
        return TrytonConnector::refused(tr("the customer has no customerNumber, which becomes the party's code"));
    auto flags = m_tryton.addressFlags();
    if (!flags)
        return std::unexpected(flags.error());
    m_invoiceFlag = flags->contains(QByteArray("invoice"));
    m_deliveryFlag = flags->contains(QByteArray("delivery"));
    auto addresses = wanted(customer);
    if (!addresses)
        return refuseOr(addresses.error());

    auto found = call("model.party.party.search_read",
        {Value::array({TrytonRpc::clause("code", "=", Value::string(code)), TrytonRpc::activeOrArchived()}),
            Value::number(0), Value::number(1), Value(), TrytonRpc::fields({"name"})});
    if (!found)
        return refuseOr(found.error());
    auto result = found->items().isEmpty() ? create(code, customer, *addresses)
                                           : update(TrytonRpc::idOf(found->items().constFirst()),
                                               textOf(found->items().constFirst(), "name"), customer, *addresses);
    if (!result)
        return refuseOr(result.error());
    return result;
}

ConnectorResult<QList<TrytonPartyWriter::Address>> TrytonPartyWriter::wanted(const Value &customer)
{
    const auto read = [&](const Value &site, const char *where) -> ConnectorResult<Address> {
        Address address;
        address.name = textOf(site, "name");
        address.street = textOf(site, "street");
        address.postalCode = textOf(site, "postalCode");
        address.city = textOf(site, "city");
        const QString id = textOf(site, "addressId");
        // Only the ids the connector hands out ("A" + Tryton's id) name a Tryton address.
        if (id.startsWith(u'A'))
            address.id = id.mid(1).toLongLong();
        if (const QString code = textOf(site, "country"); !code.isEmpty()) {
            auto country = this->country(code.toUpper());
            if (!country)
                return std::unexpected(country.error());
            if (!*country) {
                return std::unexpected(ConnectorError{
                    Error{ErrorCode::InvalidArgument, m_tryton.resourceUrl(DataPointKind::Customers).toString(),
                        tr("Tryton has no country with the code \"%1\" (%2): import the countries into Tryton "
                           "(trytond_import_countries) or create that one, then retry the failure")
                            .arg(code, QString::fromLatin1(where)),
                        {}},
                    FailureClass::Permanent, 200, 0, {}});
            }
            address.country = **country;
        }
        return address;
    };
    QList<Address> addresses;
    if (const Value *billTo = customer.find("billTo"); billTo && billTo->isObject()) {
        auto address = read(*billTo, "billTo");
        if (!address)
            return std::unexpected(address.error());
        address->invoice = true;
        addresses.append(*address);
    }
    if (const Value *shipTo = customer.find("shipTo"); shipTo && shipTo->isArray()) {
        for (const Value &site : shipTo->items()) {
            auto address = read(site, "shipTo");
            if (!address)
                return std::unexpected(address.error());
            // The shop lists the billing address among the ship-to ones: one Tryton address.
            const auto same = std::find_if(addresses.begin(), addresses.end(), [&](const Address &known) {
                return known.sameContent(*address) && (known.id == address->id || !known.id || !address->id);
            });
            if (same != addresses.end()) {
                same->delivery = true;
                same->id = same->id ? same->id : address->id;
                continue;
            }
            address->delivery = true;
            addresses.append(*address);
        }
    }
    return addresses;
}

ConnectorResult<std::optional<qint64>> TrytonPartyWriter::country(const QString &code)
{
    if (auto known = m_countries.constFind(code); known != m_countries.constEnd())
        return std::optional<qint64>(*known);
    auto found = call("model.country.country.search",
        {Value::array({TrytonRpc::clause("code", "=", Value::string(code)), TrytonRpc::activeOrArchived()}),
            Value::number(0), Value::number(1), Value()});
    if (!found)
        return std::unexpected(found.error());
    if (found->items().isEmpty())
        return std::optional<qint64>();
    const qint64 id = TrytonRpc::idOf(found->items().constFirst());
    m_countries.insert(code, id);
    return std::optional<qint64>(id);
}

Value TrytonPartyWriter::fields(const Address &address, const Address *before) const
{
    QList<Member> fields;
    const auto put = [&](const char *name, Value value, bool changed) {
        if (!before || changed)
            fields.append({QByteArray(name), std::move(value)});
    };
    put("name", Value::string(address.name), before && before->name != address.name);
    put("street", Value::string(address.street), before && before->street != address.street);
    put("postal_code", Value::string(address.postalCode), before && before->postalCode != address.postalCode);
    put("city", Value::string(address.city), before && before->city != address.city);
    put("country", address.country ? Value::number(address.country) : Value(),
        before && before->country != address.country);
    if (m_invoiceFlag)
        put("invoice", Value::boolean(address.invoice), before && before->invoice != address.invoice);
    if (m_deliveryFlag)
        put("delivery", Value::boolean(address.delivery), before && before->delivery != address.delivery);
    return Value::object(std::move(fields));
}

ConnectorResult<RecordWriteResult> TrytonPartyWriter::create(
    const QString &code, const Value &customer, const QList<Address> &addresses)
{
    const QString name = textOf(customer, "name");
    if (name.isEmpty())
        return TrytonConnector::refused(tr("the new customer \"%1\" has no name, which Tryton requires").arg(code));
    QList<Value> sites;
    for (const Address &address : addresses)
        sites.append(fields(address));
    QList<Value> contacts;
    for (const ContactField &contact : ContactFields) {
        if (const QString value = textOf(customer, contact.field); !value.isEmpty()) {
            contacts.append(Value::object(
                {{QByteArray("type"), Value::utf8(contact.type)}, {QByteArray("value"), Value::string(value)}}));
        }
    }
    // The addresses given replace the empty one Tryton adds to a new party by default.
    auto created = call("model.party.party.create",
        {Value::array({Value::object({{QByteArray("name"), Value::string(name)},
            {QByteArray("code"), Value::string(code)}, {QByteArray("addresses"), TrytonRpc::createAll(sites)},
            {QByteArray("contact_mechanisms"), TrytonRpc::createAll(contacts)}})})});
    if (!created)
        return std::unexpected(created.error());
    if (created->items().size() != 1)
        return TrytonConnector::refused(tr("Tryton did not say which party it created"));
    RecordWriteResult result;
    result.id = QString::number(TrytonRpc::idOf(created->items().constFirst()));
    result.outcome = QStringLiteral("created");
    return result;
}

ConnectorResult<RecordWriteResult> TrytonPartyWriter::update(
    qint64 party, const QString &name, const Value &customer, const QList<Address> &addresses)
{
    QList<Member> changes;
    if (const QString wantedName = textOf(customer, "name"); !wantedName.isEmpty() && wantedName != name)
        changes.append({QByteArray("name"), Value::string(wantedName)});

    const bool billing = customer.find("billTo") != nullptr;
    const bool shipping = customer.find("shipTo") != nullptr;
    if (billing || shipping) {
        auto existing = addressesOf(party);
        if (!existing)
            return std::unexpected(existing.error());
        const auto indexOf = [&](const Address &address) -> qsizetype {
            for (qsizetype i = 0; address.id && i < existing->size(); ++i) {
                if (existing->at(i).id == address.id)
                    return i;
            }
            for (qsizetype i = 0; i < existing->size(); ++i) {
                if (existing->at(i).sameContent(address))
                    return i;
            }
            return -1;
        };
        QList<Address> after = *existing;
        QList<bool> listed(after.size(), false);
        QList<Value> created;
        for (const Address &address : addresses) {
            const qsizetype i = indexOf(address);
            if (i < 0) {
                created.append(fields(address));
                continue;
            }
            Address &target = after[i];
            if (listed.at(i)) {
                // Two of the customer's addresses came to the same Tryton address (an id Tryton
                // no longer has, with the content of another): it keeps the marks of both.
                target.invoice = target.invoice || (billing && address.invoice);
                target.delivery = target.delivery || (shipping && address.delivery);
                continue;
            }
            listed[i] = true;
            const bool invoice = target.invoice;
            const bool delivery = target.delivery;
            target = address;
            target.id = existing->at(i).id;
            // A mark the customer does not speak of stays as it was.
            target.invoice = billing ? address.invoice : invoice;
            target.delivery = shipping ? address.delivery : delivery;
        }
        // What the customer no longer lists loses its mark (see the class comment).
        QList<Value> writes{Value::utf8("write")};
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (!listed.at(i)) {
                after[i].invoice = after.at(i).invoice && !billing;
                after[i].delivery = after.at(i).delivery && !shipping;
            }
            if (const Value changed = fields(after.at(i), &existing->at(i)); !changed.members().isEmpty()) {
                writes.append(TrytonRpc::ids({after.at(i).id}));
                writes.append(changed);
            }
        }
        QList<Value> actions;
        if (!created.isEmpty())
            actions.append(TrytonRpc::createAll(created).items().constFirst());
        // One "write" action carries each address's ids and values in turn.
        if (writes.size() > 1)
            actions.append(Value::array(writes));
        if (!actions.isEmpty())
            changes.append({QByteArray("addresses"), Value::array(actions)});
    }

    QList<Value> contactsToCreate;
    QList<qint64> contactsToDelete;
    QList<Value> contactWrites{Value::utf8("write")};
    std::optional<QList<Contact>> contacts;
    for (const ContactField &contact : ContactFields) {
        const Value *given = customer.find(contact.field);
        if (!given)
            continue;
        if (!contacts) {
            auto read = contactsOf(party);
            if (!read)
                return std::unexpected(read.error());
            contacts = std::move(*read);
        }
        const QString value = textOf(customer, contact.field);
        const auto known = std::find_if(contacts->cbegin(), contacts->cend(), [&](const Contact &each) {
            return each.type == QLatin1String(contact.type) || each.type == QLatin1String(contact.alsoType);
        });
        if (known == contacts->cend()) {
            if (!value.isEmpty()) {
                contactsToCreate.append(Value::object(
                    {{QByteArray("type"), Value::utf8(contact.type)}, {QByteArray("value"), Value::string(value)}}));
            }
        } else if (value.isEmpty()) {
            contactsToDelete.append(known->id);
        } else if (known->value != value) {
            contactWrites.append(TrytonRpc::ids({known->id}));
            contactWrites.append(Value::object({{QByteArray("value"), Value::string(value)}}));
        }
    }
    QList<Value> contactActions;
    if (!contactsToCreate.isEmpty())
        contactActions.append(TrytonRpc::createAll(contactsToCreate).items().constFirst());
    if (contactWrites.size() > 1)
        contactActions.append(Value::array(contactWrites));
    if (!contactsToDelete.isEmpty())
        contactActions.append(Value::array({Value::utf8("delete"), TrytonRpc::ids(contactsToDelete)}));
    if (!contactActions.isEmpty())
        changes.append({QByteArray("contact_mechanisms"), Value::array(contactActions)});

    RecordWriteResult result;
    result.id = QString::number(party);
    result.outcome = changes.isEmpty() ? QStringLiteral("unchanged") : QStringLiteral("updated");
    if (changes.isEmpty())
        return result;
    auto written = call("model.party.party.write", {TrytonRpc::ids({party}), Value::object(std::move(changes))});
    if (!written)
        return std::unexpected(written.error());
    return result;
}

ConnectorResult<QList<TrytonPartyWriter::Address>> TrytonPartyWriter::addressesOf(qint64 party)
{
    QList<Value> names = TrytonRpc::fields({"name", "street", "postal_code", "city", "country"}).items();
    if (m_invoiceFlag)
        names.append(Value::utf8("invoice"));
    if (m_deliveryFlag)
        names.append(Value::utf8("delivery"));
    auto rows = call("model.party.address.search_read",
        {Value::array({TrytonRpc::clause("party", "=", Value::number(party))}), Value::number(0), Value(),
            TrytonRpc::byId(), Value::array(std::move(names))});
    if (!rows)
        return std::unexpected(rows.error());
    QList<Address> found;
    for (const Value &row : rows->items()) {
        const Value *country = row.find("country");
        const Value *invoice = row.find("invoice");
        const Value *delivery = row.find("delivery");
        found.append({TrytonRpc::idOf(row), textOf(row, "name"), textOf(row, "street"), textOf(row, "postal_code"),
            textOf(row, "city"), country && country->isNumber() ? TrytonRpc::idOf(*country) : 0,
            invoice && TrytonRpc::isTrue(*invoice), delivery && TrytonRpc::isTrue(*delivery)});
    }
    return found;
}

ConnectorResult<QList<TrytonPartyWriter::Contact>> TrytonPartyWriter::contactsOf(qint64 party)
{
    auto rows = call("model.party.contact_mechanism.search_read",
        {Value::array({TrytonRpc::clause("party", "=", Value::number(party))}), Value::number(0), Value(),
            TrytonRpc::byId(), TrytonRpc::fields({"type", "value"})});
    if (!rows)
        return std::unexpected(rows.error());
    QList<Contact> found;
    for (const Value &row : rows->items())
        found.append({TrytonRpc::idOf(row), textOf(row, "type"), textOf(row, "value")});
    return found;
}

} // namespace Linkwright

#pragma once

#include "connectors/connector.h"
#include "domain/value.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Linkwright {

class TrytonConnector;

/// Turns a customer in the shape the connector reads parties in (customerNumber, name, email,
/// phone, billTo, shipTo: the simulator's) into a Tryton party.party, one per call: the
/// customer number is the party's code, so that writing a customer again finds its party and
/// never creates a second one.
///
/// A customer may come whole (a new one) or with the changed fields only (a two-way update):
/// a field that is absent is left alone, one that is null or empty is cleared. billTo becomes
/// the address marked for invoices, shipTo the addresses marked for deliveries (the marks exist
/// with the modules account_invoice and stock); an address is found again by its addressId
/// ("A" + its Tryton id, as the connector reads it) or by its content, and created otherwise.
/// An address the customer no longer lists only loses its mark: sales may still point at it.
/// Countries are found by code in country.country. An update is one write of the party with
/// its addresses and contact mechanisms, so it happens whole or not at all.
class TrytonPartyWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::TrytonPartyWriter)

public:
    explicit TrytonPartyWriter(TrytonConnector &tryton);

    /// The outcome for the record (created, updated or unchanged), refused when Tryton or the
    /// customer's data say no (no number, a country Tryton does not have, a UserError); an error
    /// when Tryton could not be asked at all, which costs the whole batch.
    [[nodiscard]] ConnectorResult<RecordWriteResult> write(const Value &customer);

private:
    /// An address as Tryton keeps it, or as the customer wants it.
    struct Address {
        qint64 id = 0; ///< Tryton's; 0 for one to create
        QString name;
        QString street;
        QString postalCode;
        QString city;
        qint64 country = 0;
        bool invoice = false;
        bool delivery = false;
        [[nodiscard]] bool sameContent(const Address &other) const;
    };
    struct Contact {
        qint64 id = 0;
        QString type;
        QString value;
    };

    [[nodiscard]] ConnectorResult<Value> call(QByteArrayView method, QList<Value> params);
    /// The addresses the customer lists, their countries resolved; a refusal (see
    /// TrytonConnector::isRefusal) when a country is unknown.
    [[nodiscard]] ConnectorResult<QList<Address>> wanted(const Value &customer);
    [[nodiscard]] ConnectorResult<std::optional<qint64>> country(const QString &code);
    [[nodiscard]] ConnectorResult<RecordWriteResult> create(
        const QString &code, const Value &customer, const QList<Address> &addresses);
    [[nodiscard]] ConnectorResult<RecordWriteResult> update(
        qint64 party, const QString &name, const Value &customer, const QList<Address> &addresses);
    [[nodiscard]] ConnectorResult<QList<Address>> addressesOf(qint64 party);
    [[nodiscard]] ConnectorResult<QList<Contact>> contactsOf(qint64 party);
    /// The address's fields for Tryton, with the marks this database has.
    [[nodiscard]] Value fields(const Address &address, const Address *before = nullptr) const;

    TrytonConnector &m_tryton;
    QHash<QString, qint64> m_countries;
    bool m_invoiceFlag = false;
    bool m_deliveryFlag = false;
};

} // namespace Linkwright

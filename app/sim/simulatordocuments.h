#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Linkwright {

class SimulatorData;

/// The customer-facing half of the generated data: customers, web orders and invoices (with
/// credit notes and offline orders). Kept apart from the catalogue so each generator stays readable; it quotes the
/// catalogue's SKUs and prices so documents and products agree.
class SimulatorDocuments
{
public:
    explicit SimulatorDocuments(const SimulatorData &data);

    // Each call draws the record from rng, which the caller advances record by record.
    [[nodiscard]] static QJsonObject customer(QRandomGenerator &rng, int index);
    [[nodiscard]] QJsonObject order(QRandomGenerator &rng, int index) const;
    [[nodiscard]] QJsonObject invoice(QRandomGenerator &rng, int index) const;

private:
    struct Lines {
        QJsonArray json;
        qint64 totalCents = 0;
        int quantity = 0;
    };

    [[nodiscard]] Lines lines(QRandomGenerator &rng, int count) const;

    const SimulatorData &m_data;
};

} // namespace Linkwright

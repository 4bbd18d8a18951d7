#pragma once

#include "domain/datapoint.h"
#include "domain/error.h"
#include "simulatorjsonscan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Linkwright {

class SimulatorCollection;

/// The records of one POST body, taken apart and checked before anything is written: a batch
/// with one bad record is refused whole, so the client can fix that record and send it again.
/// The records point into the body, which must outlive the batch.
class SimulatorBatch
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::SimulatorBatch)

public:
    struct Outcome {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        QByteArray body; ///< the JSON answer: the counts and, per record, key, id and outcome
    };

    /// A JSON array of records or a single record object, each with its natural key as a
    /// non-empty string. The error's message and hint are meant for a 400 answer.
    [[nodiscard]] static Result<SimulatorBatch> parse(QByteArrayView body, DataPointKind kind);

    /// Upserts every record into target, all stamped with modifiedMsecs.
    [[nodiscard]] Outcome apply(SimulatorCollection &target, qint64 modifiedMsecs) const;

    [[nodiscard]] qsizetype size() const { return m_records.size(); }

private:
    struct Record {
        QString key;
        QByteArrayView keyToken; ///< the key as the client wrote it, echoed in the answer
        QList<SimulatorJsonScan::Member> members;
    };

    QList<Record> m_records;
};

} // namespace Linkwright

#pragma once

#include "domain/value.h"
#include "mapping/mappingengine.h"
#include "project/project.h"

#include <QByteArray>
#include <QString>

namespace Linkwright {

/// What a record is called before it has mapped, or when it cannot.
struct RecordName {
    QString key;
    /// True when the key mapping made it: the key the record's state and the target use. Else
    /// it is the source's own value of the field that mapping reads (an id, an unnormalised SKU).
    bool certain = false;
};

/// Names source records as the failure log does, so that one record is called the same in the
/// log, the pre-flight and the preview: by what the data point's key mapping makes of it on its
/// own (a record that fails another mapping still has its key), else by the source field that
/// mapping reads.
class RecordNaming final
{
public:
    explicit RecordNaming(const DataPointConfig &config);

    [[nodiscard]] RecordName nameOf(const MappingEngine &engine, const Value &source) const;
    /// The same for a record the reader could not parse: the key's source field is picked out
    /// of its text, then mapped on its own.
    [[nodiscard]] RecordName nameOfText(const MappingEngine &engine, QByteArrayView text) const;
    /// The source's own value of the field the key mapping reads.
    [[nodiscard]] QString sourceKey(const Value &source) const;
    /// The field the key mapping reads: the key field itself where no mapping of one field writes it.
    [[nodiscard]] const QByteArray &sourceKeyField() const { return m_sourceKeyField; }

private:
    QString m_keyField;
    QByteArray m_sourceKeyField;
};

} // namespace Linkwright

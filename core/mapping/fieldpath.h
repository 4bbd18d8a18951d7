#pragma once

#include "domain/value.h"
#include "mapping/mapping.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <expected>
#include <optional>

namespace Linkwright {

/// A field of a record named by a path: "name", "address.city", "lines[0].sku", "lines[-1]"
/// (negative indexes count from the end). A backslash takes the next character literally, for
/// field names that hold a dot or a bracket ("size\.cm").
class FieldPath final
{
public:
    struct Segment {
        QByteArray name; ///< UTF-8; empty for an index
        qint64 index = 0;
        bool isIndex = false;
        qsizetype end = 0; ///< where the segment ends in the path text, for messages
    };

    /// Why a path did not lead to a value.
    struct Miss {
        enum class Kind {
            NoField, ///< an object without that member: the field is missing
            NoItem, ///< an index past the end of an array: missing as well
            WrongShape, ///< a name looked up in a string, a number, ...: the record is not shaped as the path says
        };
        Kind kind = Kind::NoField;
        int segment = 0; ///< the segment that could not be followed
        Value container; ///< what it was looked up in

        [[nodiscard]] bool isMissing() const { return kind != Kind::WrongShape; }
    };

    FieldPath() = default;
    /// allowIndexes is false for targets, which only name object members.
    [[nodiscard]] static std::expected<FieldPath, StepError> parse(QStringView text, bool allowIndexes = true);

    /// The value inside record, which it points into (nothing is copied). A null on the way gives
    /// null: an absent address has no city, which is not an error.
    [[nodiscard]] std::expected<const Value *, Miss> resolve(const Value &record) const;

    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] const QList<Segment> &segments() const { return m_segments; }
    /// The path up to and including segment i: "lines[0]" of "lines[0].sku".
    [[nodiscard]] QString prefix(int i) const;

    /// "the source record has no field "title"" and a hint listing the fields it does have.
    [[nodiscard]] StepError describe(const Miss &miss) const;
    /// The field a missing one was likely meant to be, where its record has one a letter or two
    /// away ("descripton" beside "description"), or one that differs only in case.
    [[nodiscard]] std::optional<QByteArray> typoOf(const Miss &miss) const;

private:
    QString m_text;
    QList<Segment> m_segments;
};

} // namespace Linkwright

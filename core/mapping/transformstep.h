#pragma once

#include "domain/decimal.h"
#include "domain/value.h"
#include "mapping/datetext.h"
#include "mapping/mapping.h"
#include "project/project.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <expected>
#include <optional>

namespace Linkwright {

/// One transform of a mapping's chain, with its arguments checked and prepared once (factors
/// parsed, lookup tables hashed, date formats checked) so that applying it per record is cheap.
///
/// Every step lets null pass unchanged, except default, constant and concat. Text steps take
/// text or a number (its exact digits); trim, upper and lower leave numbers as they are. Number
/// steps (scale, round, convert) take a number or text holding one and give a number, computed
/// with Decimal: never a double.
class TransformStep final
{
public:
    enum class Op {
        Trim,
        Upper,
        Lower,
        Replace,
        Prefix,
        Suffix,
        Default,
        Constant,
        Concat,
        Split,
        Scale,
        Round,
        Convert,
        Date,
        Lookup,
        Boolean,
    };

    /// How a date step reads or writes a date.
    struct DateFormat {
        enum class Kind {
            Iso, ///< "iso": 2026-03-01, 2026-03-01T12:30:00Z, with an offset or milliseconds
            Epoch, ///< "epoch": seconds since 1970-01-01T00:00:00Z
            EpochMs, ///< "epoch-ms": milliseconds since then
            Pattern, ///< a Qt format such as "dd.MM.yyyy HH:mm"
        };
        Kind kind = Kind::Iso;
        QString pattern;
        bool hasTime = true; ///< a pattern with hours, minutes, ...
        bool hasZone = false; ///< a pattern with "t"
        bool hasYear = true; ///< iso and epoch always; a pattern only with "y"
        bool twoDigitYear = false; ///< a pattern with "yy" alone: read with a century rule
        DateText::Pattern fast; ///< the pattern when it can be read or written without Qt
    };

    /// Errors name the argument at fault ("\"factor\" ..."); the engine adds where it is.
    [[nodiscard]] static std::expected<TransformStep, StepError> compile(const Transform &transform);

    [[nodiscard]] Op op() const { return m_op; }
    [[nodiscard]] const QString &name() const { return m_name; }
    /// Every source of a mapping goes through the steps before concat one by one, then concat
    /// joins them: concat is the step that takes several values.
    [[nodiscard]] bool joinsSources() const { return m_op == Op::Concat; }

    /// Changes value in place; a value a step leaves as it is is not copied.
    [[nodiscard]] std::optional<StepError> apply(Value &value) const;
    /// concat over the values of several sources (an array input is joined item by item).
    [[nodiscard]] std::expected<Value, StepError> join(const QList<Value> &parts) const;

    /// Exposed for tests and the editor: whether a Qt date format is usable, and why not.
    [[nodiscard]] static std::expected<DateFormat, StepError> dateFormat(const QString &text, bool forReading);
    /// A date step's "fromZone" or "toZone": "UTC", an offset such as "+01:00", or a name of
    /// the time zone database such as "Europe/Berlin".
    [[nodiscard]] static std::expected<QTimeZone, StepError> timeZone(const QString &text, bool forReading);

private:
    [[nodiscard]] std::optional<StepError> applyText(Value &value) const;
    [[nodiscard]] std::optional<StepError> applyNumber(Value &value) const;
    [[nodiscard]] std::optional<StepError> applyDate(Value &value) const;
    [[nodiscard]] std::optional<StepError> applyLookup(Value &value) const;
    [[nodiscard]] std::optional<StepError> applyBoolean(Value &value) const;
    [[nodiscard]] StepError wrongInput(const QString &expected, const Value &found) const;

    Op m_op = Op::Trim;
    QString m_name;
    QByteArray m_text; ///< replace: from; prefix, suffix: value; concat, split: separator
    QByteArray m_replacement; ///< replace: to
    Value m_value; ///< default, constant: value; lookup: default; boolean: what true becomes
    Value m_falseValue; ///< boolean: what false becomes
    bool m_hasDefault = false; ///< lookup
    qint64 m_index = 0; ///< split
    int m_decimals = -1; ///< round, convert; -1 when convert does not round
    Decimal m_factor;
    QHash<QByteArray, Value> m_table; ///< lookup, keys trimmed
    QList<QByteArray> m_keys; ///< lookup keys in file order, for hints
    DateFormat m_from;
    DateFormat m_to;
    /// date: where a time written without a zone is read; invalid: as UTC
    QTimeZone m_fromZone;
    /// date: whose clock the written time shows; invalid: the clock it was read with
    QTimeZone m_toZone;
};

} // namespace Linkwright

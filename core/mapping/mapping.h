#pragma once

#include "domain/value.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Linkwright {

/// What went wrong in one step, before the engine names the mapping it belongs to.
struct StepError {
    QString message;
    QString hint;
};

/// The translation context of the mapping engine and the wording its messages share: how a
/// value is described, how lists of field names are shortened.
class Mapping final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Mapping)

public:
    /// No transform makes text longer than this: a replace of every "a" in 10 MB of them by a
    /// long word must fail, not fill the memory.
    static constexpr qsizetype MaxTextBytes = 64 * 1024 * 1024;
    /// How many field names a hint lists.
    static constexpr qsizetype MaxListed = 12;

    /// "null", "true", "the number 12.5", "the text \"abc\"", "an empty text", "an object", ...;
    /// long text is shortened, so a hostile value never floods a message.
    [[nodiscard]] static QString describe(const Value &value);
    /// The UTF-8 text in double quotes, shortened past 40 characters.
    [[nodiscard]] static QString quoted(QByteArrayView utf8);
    /// "a, b, c" or "a, b, … (and 3 more)"; each name quoted by quoted() when quote is true.
    [[nodiscard]] static QString listed(const QList<QByteArray> &names, bool quote = false);
    [[nodiscard]] static QList<QByteArray> memberNames(const Value &object);

    /// Field names ordered for a hint about a field that is not there.
    struct NearNames {
        QList<QByteArray> names; ///< every name; those close to the one wanted first, the closest first
        std::optional<QByteArray> meant; ///< the one closer than any other, when one is
    };
    /// Close means: the same without case but for a typo or two (a third of the name; two letters
    /// swapped count as one), or one name containing the other ("price" and "listPrice").
    [[nodiscard]] static NearNames nearFirst(const QList<QByteArray> &names, QByteArrayView wanted);

    /// Spaces (Unicode ones too, such as the no-break space ERPs like) cut from both ends.
    [[nodiscard]] static QByteArray trimmed(const QByteArray &utf8);

    /// Transform arguments come from the project file as QJsonValues; numbers there are doubles
    /// and are written with the fewest digits that read back the same ("1.19", not 1.18999...).
    [[nodiscard]] static Value fromJson(const QJsonValue &value);
    [[nodiscard]] static QByteArray numberText(double value);
};

} // namespace Linkwright

#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Linkwright::SimulatorJsonScan {

/// One member of a JSON object as it appears in the text: the name without its quotes (escapes
/// left as they are) and the value's text.
struct Member {
    QByteArrayView name;
    QByteArrayView value;
};

/// Where and why a text is not valid JSON.
struct Problem {
    qsizetype offset = 0;
    QString message;
};

/// Nesting deeper than this is refused, as Qt's own parser refuses it.
inline constexpr int MaxDepth = 1024;

/// Checks the text against the JSON grammar (RFC 8259) in one pass without building anything,
/// with an explicit stack instead of recursion. It does not check UTF-8; QByteArrayView does.
[[nodiscard]] std::optional<Problem> validate(QByteArrayView json);

/// The elements of a JSON array as text; the array must be valid.
[[nodiscard]] QList<QByteArrayView> arrayElements(QByteArrayView json);

/// True when the text holds any JSON whitespace (inside strings or not): a quick test before
/// compact().
[[nodiscard]] bool hasSpace(QByteArrayView json);
/// The value without whitespace outside strings, so that one record is one line.
[[nodiscard]] QByteArray compact(QByteArrayView json);

/// True when both texts hold the same JSON value, however they are formatted.
[[nodiscard]] bool sameValue(QByteArrayView a, QByteArrayView b);

/// The top-level members of a JSON object, found without building the document. It only checks
/// the structure it walks through (strings, brackets, commas), so it also reads records that a
/// full parser rejects, such as hostile ones nested 2,000 deep or holding invalid UTF-8, and it
/// never recurses, whatever the depth. Nullopt when the text is not an object.
[[nodiscard]] std::optional<QList<Member>> topLevelMembers(QByteArrayView json);

/// The value of a JSON string token ("\"LW-00001\"" -> "LW-00001"), nullopt when it is not one.
[[nodiscard]] std::optional<QString> stringValue(QByteArrayView token);
/// The value of a JSON integer token that fits in 64 bits, nullopt otherwise.
[[nodiscard]] std::optional<qint64> integerValue(QByteArrayView token);

} // namespace Linkwright::SimulatorJsonScan

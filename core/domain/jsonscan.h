#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Linkwright {

/// Finds the structure of JSON text without parsing its values: strings are skipped by their
/// quotes and escapes, arrays and objects by counting brackets (without recursion). So a page
/// whose records a JsonReader refuses one by one (text that is not UTF-8, nesting thousands of
/// levels deep, a broken number) can still be cut into those records, and each read on its own.
namespace JsonScan {

/// A page cut at its list of records.
struct Split {
    QByteArray envelope; ///< the text with the list replaced by []
    QList<QByteArrayView> items; ///< each element of the list as it stands in the text
};

/// Cuts text at the array found by following path through objects from the top (an empty path
/// means the text is the array). nullopt when text is not one complete JSON value as far as
/// brackets and quotes go (a body cut off in the middle), or there is no array at path.
[[nodiscard]] std::optional<Split> splitArray(QByteArrayView text, const QList<QByteArray> &path);

/// The value of a top-level string member of the object in text, with the common escapes undone
/// (\" \\ \/ and \uXXXX of the Basic Multilingual Plane); nullopt when text is not an object or
/// the member is missing or not a string. Member names are compared as written.
[[nodiscard]] std::optional<QByteArray> stringMember(QByteArrayView text, QByteArrayView name);

} // namespace JsonScan

} // namespace Linkwright

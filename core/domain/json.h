#pragma once

#include "domain/error.h"
#include "domain/value.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <memory>
#include <optional>
#include <span>
#include <string_view>

class QIODevice;

namespace Linkwright {

/// Reads JSON into Values without losing a digit: numbers keep their text. Built on simdjson
/// (Debian's libsimdjson); one reader reuses its buffers, so keep one per thread for a run.
/// Which members of a page's records to read. A one-way sync maps a few fields of records that
/// carry tens; building and freeing the rest was most of its time. The other members are skipped
/// unread (so not checked either), and each record keeps its whole text, which is what the
/// failure log and a plan store (see Value::object(members, text)).
struct JsonProjection {
    /// Where lists of records may be, as member names from the top; an empty path means the text
    /// itself is the list. Objects in a list found there are records.
    QList<QList<QByteArray>> recordPaths;
    /// The members of each record to read; empty reads them all.
    QList<QByteArray> keep;
};

/// A member of an object in a flat list, as JsonReader::readFlatList read it.
struct FlatScalar {
    enum class Kind : quint8 {
        Absent,
        Null,
        Bool,
        Number,
        String
    };
    Kind kind = Kind::Absent;
    bool flag = false; ///< a Bool's value
    QString text; ///< a String's or a Number's text, as Value::text() gives it
};

/// One object of a flat list: a FlatScalar per name asked for, in the order asked. Room for the
/// ten names a batch write's answer is read by, so that no record goes to the heap.
using FlatRecord = QVarLengthArray<FlatScalar, 10>;

class JsonReader final
{
public:
    /// Deeper documents are refused: real records nest a few levels, hostile ones thousands.
    static constexpr int DefaultMaxDepth = 128;

    explicit JsonReader(int maxDepth = DefaultMaxDepth);
    ~JsonReader();
    JsonReader(const JsonReader &) = delete;
    JsonReader &operator=(const JsonReader &) = delete;

    /// Errors are ErrorCode::InvalidJson with a message that says what is wrong (not UTF-8,
    /// nested too deep, a bad number, trailing text, ...).
    [[nodiscard]] Result<Value> parse(QByteArrayView json);
    /// The same, reading only projection.keep of each record (all of them when keep is empty).
    [[nodiscard]] Result<Value> parse(QByteArrayView json, const JsonProjection &projection);
    /// Spare capacity past a text's end that lets parseOwned() read it where it is.
    static constexpr qsizetype Padding = 64;
    /// The same as parse(); a text with Padding bytes of spare capacity (see readPadded) is read
    /// in place instead of being copied first, which for a page of records is a copy of the page.
    [[nodiscard]] Result<Value> parseOwned(const QByteArray &json, const JsonProjection &projection);
    /// Whether parseOwned() reads json in place: Padding bytes (and the terminator) allocated
    /// after its end. capacity() does not tell: it also counts free space before the data, which
    /// QByteArray::remove(0, n) leaves behind.
    [[nodiscard]] static bool readsInPlace(const QByteArray &json);

    /// Whether an object keeps a name that repeats each time it comes, in the order they came,
    /// instead of the last one only (as parse() and most JSON readers do): for a check that must
    /// see every repetition. Off by default; a projected record keeps the last one either way.
    void setKeepsRepeatedMembers(bool keep);

    /// The usual shape of a batch write's answer, read without building Values: a list of objects
    /// at the root, or as the root object's member listName, and of each object the members
    /// named in names (the last one where a name repeats). Other members are checked as parse()
    /// would check them, but not read. Empty when the text has any other shape (not a list, a listed item
    /// that is not an object, a named member that is an object or a list, no listName member) or
    /// is not valid JSON: the caller then reads it with parse(), which says what is wrong.
    [[nodiscard]] std::optional<QList<FlatRecord>> readFlatList(
        QByteArrayView json, std::string_view listName, std::span<const std::string_view> names);

private:
    [[nodiscard]] Result<Value> parseText(QByteArrayView json, const char *inPlace, const JsonProjection &projection);

    struct Private;
    std::unique_ptr<Private> d;
};

namespace Json {

/// Reads everything device has buffered, leaving JsonReader::Padding bytes of spare capacity
/// (zeroed) for JsonReader::parseOwned().
[[nodiscard]] QByteArray readPadded(QIODevice &device);
/// Parses with a reader of the calling thread.
[[nodiscard]] Result<Value> parse(QByteArrayView json);
/// Compact JSON; numbers are written with their exact text.
[[nodiscard]] QByteArray serialize(const Value &value);
void append(QByteArray &out, const Value &value);
/// Whether text is a number as JSON writes it (RFC 8259 section 6).
[[nodiscard]] bool isNumber(QByteArrayView text);
/// json without a leading UTF-8 byte order mark, which editors on Windows write and JsonReader
/// (like RFC 8259 parsers generally) refuses.
[[nodiscard]] inline QByteArrayView withoutByteOrderMark(QByteArrayView json)
{
    return json.startsWith("\xEF\xBB\xBF") ? json.sliced(3) : json;
}

} // namespace Json

} // namespace Linkwright

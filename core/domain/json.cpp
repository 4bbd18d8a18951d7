#include "json.h"

#include "domain/jsonconverter.h"
#include "domain/jsonreaderprivate.h"

#include <QCoreApplication>
#include <QIODevice>

#include <simdjson.h>

#include <algorithm>
#include <cstring>

#include <string_view>

namespace Linkwright {

namespace {

struct JsonText {
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Json)
};

QString describe(simdjson::error_code code, int maxDepth)
{
    switch (code) {
    case simdjson::UTF8_ERROR:
        return JsonText::tr("the text is not valid UTF-8");
    case simdjson::DEPTH_ERROR:
        return JsonText::tr("nested deeper than %1 levels").arg(maxDepth);
    case simdjson::NUMBER_ERROR:
        return JsonText::tr("a number is not written as JSON writes numbers");
    case simdjson::STRING_ERROR:
    case simdjson::UNESCAPED_CHARS:
    case simdjson::UNCLOSED_STRING:
        return JsonText::tr("a string is broken (an unclosed quote, a bad escape or a raw control character)");
    case simdjson::EMPTY:
        return JsonText::tr("the body is empty");
    case simdjson::CAPACITY:
        return JsonText::tr("the document is too large (4 GB or more)");
    case simdjson::TRAILING_CONTENT:
        return JsonText::tr("there is more text after the JSON value");
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return JsonText::tr("the document ends before its arrays or objects are closed (cut off?)");
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
    case simdjson::TAPE_ERROR:
    case simdjson::INCORRECT_TYPE:
        return JsonText::tr(
            "the text is not built as JSON is (a missing comma, colon or bracket, a word without quotes, or cut off)");
    default:
        break;
    }
    // Callers say "not valid JSON" already: the parser's own words are what is left to add.
    return JsonText::tr("the JSON parser says \"%1\"").arg(QString::fromUtf8(simdjson::error_message(code)));
}

} // namespace

JsonReader::JsonReader(int maxDepth)
    : d(std::make_unique<Private>(maxDepth))
{
}

JsonReader::~JsonReader() = default;

Result<Value> JsonReader::parse(QByteArrayView json)
{
    return parse(json, JsonProjection());
}

Result<Value> JsonReader::parse(QByteArrayView json, const JsonProjection &projection)
{
    return parseText(json, nullptr, projection);
}

Result<Value> JsonReader::parseOwned(const QByteArray &json, const JsonProjection &projection)
{
    static_assert(Padding >= simdjson::SIMDJSON_PADDING);
    return parseText(json, readsInPlace(json) ? json.constData() : nullptr, projection);
}

bool JsonReader::readsInPlace(const QByteArray &json)
{
    // A shallow copy reaches the shared data's layout without detaching it.
    QByteArray shared = json;
    return shared.data_ptr().freeSpaceAtEnd() >= Padding + 1;
}

void JsonReader::setKeepsRepeatedMembers(bool keep)
{
    d->converter.setKeepsRepeatedMembers(keep);
}

Result<Value> JsonReader::parseText(QByteArrayView json, const char *inPlace, const JsonProjection &projection)
{
    d->converter.setProjection(&projection);
    const auto failure = [this](simdjson::error_code code) {
        return fail(ErrorCode::InvalidJson, {}, describe(code, d->maxDepth));
    };
    if (d->allocation != simdjson::SUCCESS)
        return failure(d->allocation);
    // Servers on Windows (IIS, .NET) often start their JSON with a byte order mark, which RFC
    // 8259 lets a parser ignore: refused, every page and answer of such a server failed.
    if (json.startsWith("\xEF\xBB\xBF")) {
        json = json.sliced(3);
        if (inPlace)
            inPlace += 3;
    }
    if (json.trimmed().isEmpty())
        return failure(simdjson::EMPTY);
    const auto size = static_cast<std::size_t>(json.size());
    if (!inPlace) {
        d->load(json);
        inPlace = d->buffer.constData();
    }
    od::document document;
    if (auto error = d->parser.iterate(inPlace, size, size + simdjson::SIMDJSON_PADDING).get(document))
        return failure(error);

    Value result;
    od::json_type type;
    if (auto error = document.type().get(type))
        return failure(error);
    if (type == od::json_type::object || type == od::json_type::array) {
        od::value root;
        if (auto error = document.get_value().get(root))
            return failure(error);
        if (auto error = d->converter.convert(root, result, 1))
            return failure(error);
    } else if (type == od::json_type::number) {
        std::string_view token;
        if (auto error = document.raw_json_token().get(token))
            return failure(error);
        if (auto error = d->converter.number(token, result))
            return failure(error);
    } else if (type == od::json_type::string) {
        std::string_view text;
        if (auto error = document.get_string().get(text))
            return failure(error);
        result = Value::utf8(QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    } else if (type == od::json_type::boolean) {
        bool flag = false;
        if (auto error = document.get_bool().get(flag))
            return failure(error);
        result = Value::boolean(flag);
    } else {
        bool null = false;
        if (auto error = document.is_null().get(null); error || !null)
            return failure(error ? error : simdjson::N_ATOM_ERROR);
    }
    // simdjson 3.0 has no at_end(): past a root object or array, only whitespace may remain,
    // in which case asking for the current location fails with OUT_OF_BOUNDS. A root number's
    // raw token must be the whole document.
    if (type == od::json_type::object || type == od::json_type::array) {
        if (const char *location = nullptr; document.current_location().get(location) != simdjson::OUT_OF_BOUNDS)
            return failure(simdjson::TRAILING_CONTENT);
    } else if (type == od::json_type::number && result.text().size() != json.trimmed().size()) {
        return failure(simdjson::TRAILING_CONTENT);
    }
    return result;
}

namespace Json {

QByteArray readPadded(QIODevice &device)
{
    // A reply that failed (a reset connection) is closed: reading it only earns a warning.
    if (!device.isReadable())
        return {};
    const qint64 available = device.bytesAvailable();
    if (available <= 0)
        return device.readAll();
    QByteArray bytes;
    bytes.reserve(available + JsonReader::Padding + 1);
    bytes.resize(available);
    const qint64 read = device.read(bytes.data(), available);
    bytes.resize(std::max<qint64>(read, 0));
    // simdjson reads the padding without minding its content; zeroed, sanitizers agree.
    std::memset(bytes.data() + bytes.size(), 0, static_cast<std::size_t>(JsonReader::Padding));
    if (!device.atEnd())
        bytes += device.readAll();
    return bytes;
}

Result<Value> parse(QByteArrayView json)
{
    thread_local JsonReader reader;
    return reader.parse(json);
}

namespace {

constexpr bool plain(unsigned char byte)
{
    return byte >= 0x20 && byte != '"' && byte != '\\';
}

/// Whether no byte needs an escape, eight bytes a step: a mapped record is mostly long text, and
/// the byte-wise test was most of serialising it.
bool allPlain(QByteArrayView utf8)
{
    constexpr quint64 Ones = 0x0101010101010101ULL;
    constexpr quint64 Highs = 0x8080808080808080ULL;
    // Whether any byte of v is below n (n <= 128); exact as a whole, which is all this asks.
    const auto anyBelow = [](quint64 v, quint64 n) { return (v - Ones * n) & ~v & Highs; };
    const char *bytes = utf8.data();
    const qsizetype n = utf8.size();
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word = 0;
        std::memcpy(&word, bytes + i, sizeof word);
        if (anyBelow(word, 0x20) | anyBelow(word ^ (Ones * '"'), 1) | anyBelow(word ^ (Ones * '\\'), 1))
            return false;
    }
    for (; i < n; ++i) {
        if (!plain(static_cast<unsigned char>(bytes[i])))
            return false;
    }
    return true;
}

/// Grows out by n bytes and returns where they start: QByteArray::append goes through insert(),
/// whose checks cost more than copying a short field, and append(char) is a call per byte.
char *grow(QByteArray &out, qsizetype n)
{
    const qsizetype at = out.size();
    if (out.capacity() < at + n)
        out.reserve(std::max(at + n, 2 * out.capacity()));
    out.resize(at + n);
    return out.data() + at;
}

/// utf8 as a JSON string, with `before` and `after` (0: none) around it: a member's name goes
/// out with its comma and colon in one step.
void appendString(QByteArray &out, QByteArrayView utf8, char before = 0, char after = 0)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const qsizetype n = utf8.size();
    if (allPlain(utf8)) {
        // Most strings need no escape: one copy.
        char *to = grow(out, n + 2 + (before ? 1 : 0) + (after ? 1 : 0));
        if (before)
            *to++ = before;
        *to = '"';
        std::memcpy(to + 1, utf8.data(), static_cast<std::size_t>(n));
        to[n + 1] = '"';
        if (after)
            to[n + 2] = after;
        return;
    }
    if (before)
        out.append(before);
    out.append('"');
    // Copy runs of plain bytes at once; only quotes, backslashes and control characters need
    // escaping (UTF-8 passes through as it is).
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (plain(byte))
            continue;
        out.append(utf8.sliced(start, i - start));
        switch (byte) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00");
            out.append(Hex[byte >> 4]);
            out.append(Hex[byte & 0xf]);
        }
        start = i + 1;
    }
    out.append(utf8.sliced(start));
    out.append('"');
    if (after)
        out.append(after);
}

} // namespace

void append(QByteArray &out, const Value &value)
{
    switch (value.type()) {
    case Value::Type::Null:
        out.append("null");
        return;
    case Value::Type::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case Value::Type::Number:
        out.append(value.utf8());
        return;
    case Value::Type::String:
        appendString(out, value.utf8());
        return;
    case Value::Type::Array: {
        out.append('[');
        bool first = true;
        for (const Value &item : value.items()) {
            if (!std::exchange(first, false))
                out.append(',');
            append(out, item);
        }
        out.append(']');
        return;
    }
    case Value::Type::Object: {
        if (value.isPartial()) {
            out.append(value.utf8());
            return;
        }
        const QList<Member> &members = value.members();
        if (members.isEmpty()) {
            std::memcpy(grow(out, 2), "{}", 2);
            return;
        }
        // The brace and the commas ride with the names: one growth per member.
        char separator = '{';
        for (const Member &member : members) {
            appendString(out, member.name, std::exchange(separator, ','), ':');
            append(out, member.value);
        }
        *grow(out, 1) = '}';
        return;
    }
    }
}

QByteArray serialize(const Value &value)
{
    QByteArray out;
    append(out, value);
    return out;
}

bool isNumber(QByteArrayView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto digit = [&](qsizetype at) { return at < n && text[at] >= '0' && text[at] <= '9'; };
    if (i < n && text[i] == '-')
        ++i;
    if (!digit(i))
        return false;
    if (text[i] == '0')
        ++i;
    else
        while (digit(i))
            ++i;
    if (i < n && text[i] == '.') {
        ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < n && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    return i == n;
}

} // namespace Json

} // namespace Linkwright

#include "jsonscan.h"

#include <QString>

namespace Linkwright::JsonScan {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView text, qsizetype at)
{
    while (at < text.size() && isSpace(text[at]))
        ++at;
    return at;
}

/// The position after the string that starts at at (on its opening quote).
std::optional<qsizetype> skipString(QByteArrayView text, qsizetype at)
{
    for (++at; at < text.size(); ++at) {
        if (text[at] == '\\')
            ++at;
        else if (text[at] == '"')
            return at + 1;
    }
    return std::nullopt;
}

/// The position after the value that starts at at (no space before it).
std::optional<qsizetype> skipValue(QByteArrayView text, qsizetype at)
{
    if (at >= text.size())
        return std::nullopt;
    const char first = text[at];
    if (first == '"')
        return skipString(text, at);
    if (first != '[' && first != '{') {
        // A number, true, false or null: up to the next structural character.
        const qsizetype start = at;
        while (at < text.size() && !isSpace(text[at]) && text[at] != ',' && text[at] != ']' && text[at] != '}'
            && text[at] != ':')
            ++at;
        return at > start ? std::optional<qsizetype>(at) : std::nullopt;
    }
    QByteArray closers; // a stack, so that thousands of levels cost no recursion
    for (; at < text.size(); ++at) {
        const char c = text[at];
        if (c == '"') {
            const auto end = skipString(text, at);
            if (!end)
                return std::nullopt;
            at = *end - 1;
        } else if (c == '[' || c == '{') {
            closers.append(c == '[' ? ']' : '}');
        } else if (c == ']' || c == '}') {
            if (closers.isEmpty() || closers.back() != c)
                return std::nullopt;
            closers.chop(1);
            if (closers.isEmpty())
                return at + 1;
        }
    }
    return std::nullopt;
}

struct Span {
    qsizetype begin = 0;
    qsizetype end = 0;
};

/// The value of the member name of the object at span, as a span.
std::optional<Span> member(QByteArrayView text, Span object, QByteArrayView name)
{
    qsizetype at = skipSpace(text, object.begin);
    if (at >= object.end || text[at] != '{')
        return std::nullopt;
    at = skipSpace(text, at + 1);
    if (at < object.end && text[at] == '}')
        return std::nullopt;
    while (at < object.end && text[at] == '"') {
        const auto keyEnd = skipString(text, at);
        if (!keyEnd)
            return std::nullopt;
        const QByteArrayView key = text.sliced(at + 1, *keyEnd - at - 2);
        at = skipSpace(text, *keyEnd);
        if (at >= object.end || text[at] != ':')
            return std::nullopt;
        const qsizetype valueStart = skipSpace(text, at + 1);
        const auto valueEnd = skipValue(text, valueStart);
        if (!valueEnd)
            return std::nullopt;
        if (key == name)
            return Span{valueStart, *valueEnd};
        at = skipSpace(text, *valueEnd);
        if (at >= object.end || text[at] != ',')
            return std::nullopt;
        at = skipSpace(text, at + 1);
    }
    return std::nullopt;
}

} // namespace

std::optional<Split> splitArray(QByteArrayView text, const QList<QByteArray> &path)
{
    const qsizetype start = skipSpace(text, 0);
    const auto end = skipValue(text, start);
    if (!end || skipSpace(text, *end) != text.size())
        return std::nullopt;
    Span array{start, *end};
    for (const QByteArray &name : path) {
        const auto found = member(text, array, name);
        if (!found)
            return std::nullopt;
        array = *found;
    }
    if (text[array.begin] != '[')
        return std::nullopt;

    Split split;
    split.envelope = text.first(array.begin).toByteArray() + "[]" + text.sliced(array.end).toByteArray();
    qsizetype at = skipSpace(text, array.begin + 1);
    if (text[at] == ']')
        return split;
    while (true) {
        const auto itemEnd = skipValue(text, at);
        if (!itemEnd)
            return std::nullopt;
        split.items.append(text.sliced(at, *itemEnd - at));
        at = skipSpace(text, *itemEnd);
        if (text[at] == ']')
            return split;
        if (text[at] != ',')
            return std::nullopt;
        at = skipSpace(text, at + 1);
    }
}

std::optional<QByteArray> stringMember(QByteArrayView text, QByteArrayView name)
{
    const qsizetype start = skipSpace(text, 0);
    const auto found = member(text, Span{start, text.size()}, name);
    if (!found || text[found->begin] != '"')
        return std::nullopt;
    const QByteArrayView raw = text.sliced(found->begin + 1, found->end - found->begin - 2);
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\' || i + 1 >= raw.size()) {
            out.append(raw[i]);
            continue;
        }
        const char escaped = raw[++i];
        switch (escaped) {
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case 'r':
            out.append('\r');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'u': {
            bool ok = false;
            const ushort code = raw.sliced(i + 1).first(std::min<qsizetype>(4, raw.size() - i - 1)).toUShort(&ok, 16);
            if (ok && i + 4 < raw.size()) {
                out.append(QString(QChar(code)).toUtf8());
                i += 4;
            } else {
                out.append("\\u");
            }
            break;
        }
        default: // " \ / and anything unknown stand for themselves
            out.append(escaped);
            break;
        }
    }
    return out;
}

} // namespace Linkwright::JsonScan

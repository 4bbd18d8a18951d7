#include "simulatorjsonscan.h"

#include "domain/json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <algorithm>

namespace Linkwright::SimulatorJsonScan {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView text, qsizetype at)
{
    while (at < text.size() && isSpace(text.at(at)))
        ++at;
    return at;
}

/// The position after the string token starting at `at` (which must be a quote), or -1.
qsizetype skipString(QByteArrayView text, qsizetype at)
{
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        if (text.at(i) == '\\')
            ++i;
        else if (text.at(i) == '"')
            return i + 1;
    }
    return -1;
}

/// The position after the value starting at `at`, or -1. Nesting is counted, not recursed into.
qsizetype skipValue(QByteArrayView text, qsizetype at)
{
    if (at >= text.size())
        return -1;
    const char first = text.at(at);
    if (first == '"')
        return skipString(text, at);
    if (first != '{' && first != '[') {
        qsizetype end = at;
        while (end < text.size() && !isSpace(text.at(end)) && text.at(end) != ',' && text.at(end) != '}'
            && text.at(end) != ']') {
            ++end;
        }
        return end > at ? end : -1;
    }
    qsizetype depth = 0;
    for (qsizetype i = at; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '"') {
            i = skipString(text, i);
            if (i < 0)
                return -1;
            --i;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

/// The translation context of the messages below; the scanner itself is a set of functions.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Linkwright::SimulatorJsonScan)
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// The end of the string token at `at`, or -1 with the problem's position in `at`.
qsizetype checkString(QByteArrayView text, qsizetype &at)
{
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == '"')
            return i + 1;
        if (c < 0x20) {
            at = i;
            return -1;
        }
        if (c != '\\')
            continue;
        if (++i >= text.size())
            break;
        const char escape = text.at(i);
        if (escape == 'u') {
            for (int h = 1; h <= 4; ++h) {
                if (i + h >= text.size() || !isHex(text.at(i + h))) {
                    at = i;
                    return -1;
                }
            }
            i += 4;
        } else if (!QByteArrayView("\"\\/bfnrt").contains(escape)) {
            at = i;
            return -1;
        }
    }
    at = text.size();
    return -1;
}

/// The end of the number token at `at` (RFC 8259's grammar), or -1.
qsizetype checkNumber(QByteArrayView text, qsizetype at)
{
    qsizetype i = at;
    const auto digits = [&text, &i] {
        const qsizetype start = i;
        while (i < text.size() && isDigit(text.at(i)))
            ++i;
        return i > start;
    };
    if (i < text.size() && text.at(i) == '-')
        ++i;
    if (i < text.size() && text.at(i) == '0')
        ++i;
    else if (!digits())
        return -1;
    if (i < text.size() && text.at(i) == '.') {
        ++i;
        if (!digits())
            return -1;
    }
    if (i < text.size() && (text.at(i) == 'e' || text.at(i) == 'E')) {
        ++i;
        if (i < text.size() && (text.at(i) == '+' || text.at(i) == '-'))
            ++i;
        if (!digits())
            return -1;
    }
    return i;
}

} // namespace

std::optional<Problem> validate(QByteArrayView json)
{
    enum class Expect {
        Value,
        FirstMember,
        Member,
        FirstElement,
        Separator,
    };
    QVarLengthArray<char, 64> open;
    Expect expect = Expect::Value;
    qsizetype at = skipSpace(json, 0);
    while (true) {
        if (expect == Expect::Separator && open.isEmpty()) {
            if (at < json.size())
                return Problem{at, Text::tr("text after the end of the JSON value")};
            return std::nullopt;
        }
        if (at >= json.size())
            return Problem{at, Text::tr("the text ends in the middle of a JSON value")};
        const char c = json.at(at);
        switch (expect) {
        case Expect::FirstElement:
            if (c == ']') {
                open.removeLast();
                at = skipSpace(json, at + 1);
                expect = Expect::Separator;
                continue;
            }
            Q_FALLTHROUGH();
        case Expect::Value: {
            if (c == '{' || c == '[') {
                if (open.size() >= MaxDepth)
                    return Problem{at, Text::tr("nested more than %1 levels deep").arg(MaxDepth)};
                open.append(c);
                at = skipSpace(json, at + 1);
                expect = c == '{' ? Expect::FirstMember : Expect::FirstElement;
                continue;
            }
            qsizetype end = -1;
            qsizetype where = at;
            if (c == '"') {
                end = checkString(json, where);
            } else if (c == '-' || isDigit(c)) {
                end = checkNumber(json, at);
            } else {
                for (const QByteArrayView literal :
                    {QByteArrayView("true"), QByteArrayView("false"), QByteArrayView("null")}) {
                    if (json.sliced(at).startsWith(literal))
                        end = at + literal.size();
                }
            }
            if (end < 0)
                return Problem{where, Text::tr("not a JSON value")};
            at = skipSpace(json, end);
            expect = Expect::Separator;
            continue;
        }
        case Expect::FirstMember:
            if (c == '}') {
                open.removeLast();
                at = skipSpace(json, at + 1);
                expect = Expect::Separator;
                continue;
            }
            Q_FALLTHROUGH();
        case Expect::Member: {
            qsizetype where = at;
            const qsizetype end = c == '"' ? checkString(json, where) : -1;
            if (end < 0)
                return Problem{where, Text::tr("expected a member name in double quotes")};
            at = skipSpace(json, end);
            if (at >= json.size() || json.at(at) != ':')
                return Problem{at, Text::tr("expected ':' after the member name")};
            at = skipSpace(json, at + 1);
            expect = Expect::Value;
            continue;
        }
        case Expect::Separator:
            if (c == ',') {
                at = skipSpace(json, at + 1);
                expect = open.back() == '{' ? Expect::Member : Expect::Value;
            } else if (c == (open.back() == '{' ? '}' : ']')) {
                open.removeLast();
                at = skipSpace(json, at + 1);
            } else {
                return Problem{at, Text::tr("expected ',' or the end of the object or array")};
            }
            continue;
        }
    }
}

QList<QByteArrayView> arrayElements(QByteArrayView json)
{
    QList<QByteArrayView> out;
    qsizetype at = skipSpace(json, 0);
    if (at >= json.size() || json.at(at) != '[')
        return out;
    at = skipSpace(json, at + 1);
    while (at < json.size() && json.at(at) != ']') {
        const qsizetype end = skipValue(json, at);
        if (end < 0)
            break;
        out.append(json.sliced(at, end - at));
        at = skipSpace(json, end);
        if (at < json.size() && json.at(at) == ',')
            at = skipSpace(json, at + 1);
    }
    return out;
}

bool hasSpace(QByteArrayView json)
{
    return std::any_of(json.begin(), json.end(), isSpace);
}

QByteArray compact(QByteArrayView json)
{
    if (!hasSpace(json))
        return json.toByteArray();
    QByteArray out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype end = skipString(json, i);
            const qsizetype stop = end < 0 ? json.size() : end;
            out += json.sliced(i, stop - i);
            i = stop - 1;
        } else if (!isSpace(c)) {
            out += c;
        }
    }
    return out;
}

namespace {

/// Objects whatever their members' order, strings however escaped, numbers by their digits: a
/// comparison through doubles took 123456789012345678902 for ...901, and the update was dropped.
bool sameJson(const Value &a, const Value &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Value::Type::Array:
        return a.items().size() == b.items().size()
            && std::equal(a.items().cbegin(), a.items().cend(), b.items().cbegin(), sameJson);
    case Value::Type::Object:
        return a.members().size() == b.members().size()
            && std::all_of(a.members().cbegin(), a.members().cend(), [&b](const Linkwright::Member &member) {
                   const Value *other = b.find(member.name);
                   return other && sameJson(member.value, *other);
               });
    default:
        return a == b;
    }
}

} // namespace

bool sameValue(QByteArrayView a, QByteArrayView b)
{
    if (a == b)
        return true;
    // One reader a thread: each sets up its parser's buffers, which an update of many records
    // would otherwise pay for every changed field.
    thread_local JsonReader reader;
    const auto left = reader.parse(a);
    const auto right = reader.parse(b);
    return left && right && sameJson(*left, *right);
}

std::optional<QList<Member>> topLevelMembers(QByteArrayView json)
{
    qsizetype at = skipSpace(json, 0);
    if (at >= json.size() || json.at(at) != '{')
        return std::nullopt;
    QList<Member> members;
    at = skipSpace(json, at + 1);
    if (at < json.size() && json.at(at) == '}')
        return members;
    while (at < json.size()) {
        if (json.at(at) != '"')
            return std::nullopt;
        const qsizetype nameEnd = skipString(json, at);
        if (nameEnd < 0)
            return std::nullopt;
        const QByteArrayView name = json.sliced(at + 1, nameEnd - at - 2);
        at = skipSpace(json, nameEnd);
        if (at >= json.size() || json.at(at) != ':')
            return std::nullopt;
        at = skipSpace(json, at + 1);
        const qsizetype valueEnd = skipValue(json, at);
        if (valueEnd < 0)
            return std::nullopt;
        members.append(Member{name, json.sliced(at, valueEnd - at)});
        at = skipSpace(json, valueEnd);
        if (at >= json.size())
            return std::nullopt;
        if (json.at(at) == '}')
            return skipSpace(json, at + 1) == json.size() ? std::optional(members) : std::nullopt;
        if (json.at(at) != ',')
            return std::nullopt;
        at = skipSpace(json, at + 1);
    }
    return std::nullopt;
}

std::optional<QString> stringValue(QByteArrayView token)
{
    if (token.size() < 2 || token.front() != '"' || token.back() != '"')
        return std::nullopt;
    const QByteArrayView inner = token.sliced(1, token.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    // Escapes are rare in keys and timestamps; the full parser decodes them correctly.
    const QJsonDocument document = QJsonDocument::fromJson('[' + token.toByteArray() + ']');
    const QJsonValue value = document.array().at(0);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

std::optional<qint64> integerValue(QByteArrayView token)
{
    bool ok = false;
    const qint64 value = token.toByteArray().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace Linkwright::SimulatorJsonScan

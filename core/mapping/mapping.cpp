#include "mapping.h"

#include "domain/decimal.h"

#include "domain/editdistance.h"
#include "domain/json.h"
#include "domain/textcut.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Linkwright {

namespace {

constexpr qsizetype MaxShown = 40;

/// Shortens on a character boundary, so that a cut never leaves half a UTF-8 sequence.
QString shortened(QByteArrayView utf8)
{
    // Only the start is decoded: a value may be megabytes long. A sequence cut there decodes to
    // U+FFFD past the part shown.
    const bool cut = utf8.size() > MaxShown * 4;
    const QString text = QString::fromUtf8(cut ? utf8.first(MaxShown * 4) : utf8);
    if (text.size() <= MaxShown)
        return cut ? text + QStringLiteral("…") : text;
    return cutText(text, MaxShown + 1);
}

} // namespace

Mapping::NearNames Mapping::nearFirst(const QList<QByteArray> &names, QByteArrayView wanted)
{
    const QString folded = QString::fromUtf8(wanted).toCaseFolded();
    const qsizetype allowed = (folded.size() + 1) / 3;
    // "price" in "listPrice" is likely meant; "id" in "paid", or a word in a paragraph, is not.
    constexpr qsizetype MinContained = 3;
    constexpr qsizetype MaxAround = 16;
    struct Near {
        qsizetype distance = 0;
        qsizetype index = 0;
    };
    QList<Near> near;
    for (qsizetype i = 0; i < names.size(); ++i) {
        // A UTF-8 name has at most as many characters as bytes and at least a quarter as many:
        // one far too long is passed over unread, so a hostile record costs no more than a list.
        if (names.at(i).size() > 4 * (folded.size() + std::max(allowed, MaxAround)))
            continue;
        const QString name = QString::fromUtf8(names.at(i)).toCaseFolded();
        const qsizetype gap = std::abs(name.size() - folded.size());
        const bool contained = gap <= MaxAround && std::min(name.size(), folded.size()) >= MinContained
            && (name.contains(folded) || folded.contains(name));
        if (gap > allowed && !contained)
            continue;
        const qsizetype distance = editDistance(folded, name);
        if (distance <= allowed || contained)
            near.append({distance, i});
    }
    std::ranges::stable_sort(near, {}, &Near::distance);

    NearNames result;
    result.names.reserve(names.size());
    QList<bool> taken(names.size(), false);
    for (const Near &n : std::as_const(near)) {
        result.names.append(names.at(n.index));
        taken[n.index] = true;
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!taken.at(i))
            result.names.append(names.at(i));
    }
    // Of several names that merely contain the one wanted, none is likelier than the others.
    if (near.size() == 1
        || (near.size() > 1 && near.at(0).distance <= allowed && near.at(0).distance < near.at(1).distance))
        result.meant = names.at(near.at(0).index);
    return result;
}

QString Mapping::describe(const Value &value)
{
    switch (value.type()) {
    case Value::Type::Null:
        return tr("null");
    case Value::Type::Bool:
        return value.toBool() ? tr("true") : tr("false");
    case Value::Type::Number:
        return tr("the number %1").arg(shortened(value.utf8()));
    case Value::Type::String:
        if (value.utf8().isEmpty())
            return tr("an empty text");
        return tr("the text %1").arg(quoted(value.utf8()));
    case Value::Type::Array:
        return value.items().isEmpty() ? tr("an empty array") : tr("an array");
    case Value::Type::Object:
        break;
    }
    return tr("an object");
}

QString Mapping::quoted(QByteArrayView utf8)
{
    return u'"' + shortened(utf8) + u'"';
}

QString Mapping::listed(const QList<QByteArray> &names, bool quote)
{
    QStringList shown;
    for (qsizetype i = 0; i < std::min(names.size(), MaxListed); ++i)
        shown.append(quote ? quoted(names.at(i)) : shortened(names.at(i)));
    QString text = shown.join(QStringLiteral(", "));
    if (names.size() > MaxListed)
        text += QStringLiteral(", … ") + tr("(and %1 more)").arg(names.size() - MaxListed);
    return text;
}

QList<QByteArray> Mapping::memberNames(const Value &object)
{
    // A record read in part names only what was read: its whole text names them all.
    if (object.isPartial()) {
        if (auto whole = Json::parse(object.utf8()))
            return memberNames(*whole);
    }
    QList<QByteArray> names;
    names.reserve(std::min(object.members().size(), MaxListed + 1));
    for (const Member &member : object.members())
        names.append(member.name);
    return names;
}

QByteArray Mapping::trimmed(const QByteArray &utf8)
{
    const auto plain = [](char c) { return c > ' ' && static_cast<uchar>(c) < 0x80; };
    if (utf8.isEmpty() || (plain(utf8.front()) && plain(utf8.back())))
        return utf8; // nothing to cut: shared, not copied
    QByteArray cut = utf8.trimmed();
    // Only text that starts or ends outside ASCII can hold a Unicode space there; the rest
    // never pays for a conversion.
    if (cut.isEmpty() || (static_cast<uchar>(cut.front()) < 0x80 && static_cast<uchar>(cut.back()) < 0x80))
        return cut;
    return QString::fromUtf8(cut).trimmed().toUtf8();
}

Value Mapping::fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    case QJsonValue::Bool:
        return Value::boolean(value.toBool());
    case QJsonValue::Double:
        return Value::number(numberText(value.toDouble()));
    case QJsonValue::String:
        return Value::string(value.toString());
    case QJsonValue::Array: {
        QList<Value> items;
        for (const QJsonValue &item : value.toArray())
            items.append(fromJson(item));
        return Value::array(std::move(items));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QList<Member> members;
        for (auto it = object.begin(); it != object.end(); ++it)
            members.append({it.key().toUtf8(), fromJson(it.value())});
        return Value::object(std::move(members));
    }
    }
    return {};
}

QByteArray Mapping::numberText(double value)
{
    // Whole numbers as integers ("5", not "5e+00"); 2^53 is where doubles stop being exact.
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        return QByteArray::number(static_cast<qint64>(value));
    if (!std::isfinite(value))
        return QByteArrayLiteral("0");
    // Digits, not an exponent: 100000000000000000000 reached the target as 1e+20, which an API
    // that wants an integer refuses (the project check makes sure the double held every digit).
    const QByteArray shortest = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    if (const auto exact = Decimal::parse(shortest))
        return exact->toText();
    return shortest;
}

} // namespace Linkwright

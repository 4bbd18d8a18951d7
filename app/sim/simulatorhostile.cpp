#include "simulatorhostile.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Linkwright::SimulatorHostile {

namespace {

QByteArray quoted(const QString &text)
{
    // A one-element array is the easy way to have Qt escape a string exactly as JSON wants it.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

QByteArray hostileValue(Kind kind)
{
    switch (kind) {
    case Kind::DeepNesting:
        return QByteArray(NestingDepth, '[') + QByteArray(NestingDepth, ']');
    case Kind::HugeInteger:
        return QByteArray(HugeIntegerText);
    case Kind::InvalidUtf8:
        // A lone continuation byte, a truncated two-byte sequence and two bytes UTF-8 never uses.
        return QByteArrayLiteral("\"Broken \x80 text \xC3( and \xFF\xFE end\"");
    case Kind::HugeString: {
        const QByteArray phrase = QByteArrayLiteral("Very long product text. ");
        QByteArray text;
        text.reserve(HugeStringBytes + 2);
        text += '"';
        while (text.size() - 1 + phrase.size() <= HugeStringBytes)
            text += phrase;
        text += QByteArray(HugeStringBytes - (text.size() - 1), 'x');
        text += '"';
        return text;
    }
    case Kind::WrongType:
        return QByteArrayLiteral("12345");
    }
    return QByteArrayLiteral("null");
}

const char *keySuffix(Kind kind)
{
    switch (kind) {
    case Kind::DeepNesting:
        return "DEEP";
    case Kind::HugeInteger:
        return "BIGINT";
    case Kind::InvalidUtf8:
        return "UTF8";
    case Kind::HugeString:
        return "HUGE";
    case Kind::WrongType:
        return "TYPE";
    }
    return "";
}

} // namespace

const QList<Kind> &kinds()
{
    static const QList<Kind> all{
        Kind::DeepNesting, Kind::HugeInteger, Kind::InvalidUtf8, Kind::HugeString, Kind::WrongType};
    return all;
}

std::optional<Target> target(SimulatorSystem system, DataPointKind kind)
{
    if (system == SimulatorSystem::Erp && kind == DataPointKind::Products) {
        return Target{QStringLiteral("LW-HOSTILE-"), QStringLiteral("name"), QStringLiteral("minOrderQuantity"),
            QStringLiteral("dimensions")};
    }
    if (system == SimulatorSystem::Erp && kind == DataPointKind::Customers) {
        return Target{QStringLiteral("C-HOSTILE-"), QStringLiteral("name"), QStringLiteral("paymentDays"),
            QStringLiteral("billTo")};
    }
    if (system == SimulatorSystem::Shop && kind == DataPointKind::Orders) {
        return Target{QStringLiteral("WEB-HOSTILE-"), QStringLiteral("email"), QStringLiteral("totalQuantity"),
            QStringLiteral("shipTo")};
    }
    return std::nullopt;
}

QString key(const Target &target, Kind kind)
{
    return target.keyPrefix + QLatin1StringView(keySuffix(kind));
}

QStringList keys(SimulatorSystem system, DataPointKind kind)
{
    const auto where = target(system, kind);
    QStringList out;
    if (where) {
        for (const Kind hostile : kinds())
            out.append(key(*where, hostile));
    }
    return out;
}

QByteArray record(const Target &target, Kind kind, const QString &keyField, const QJsonObject &recordTemplate)
{
    QString field = target.textField;
    if (kind == Kind::DeepNesting)
        field = target.structuredField;
    else if (kind == Kind::HugeInteger)
        field = target.integerField;

    // Written by hand around the template's own text: a QJsonObject cannot hold any of these
    // values, which is exactly why they are hostile.
    QJsonObject rest = recordTemplate;
    rest.remove(keyField);
    rest.remove(field);
    const QByteArray others = QJsonDocument(rest).toJson(QJsonDocument::Compact);
    QByteArray json = '{' + quoted(keyField) + ':' + quoted(key(target, kind)) + ',' + quoted(field) + ':';
    json += hostileValue(kind);
    if (others.size() > 2)
        json += ',' + QByteArrayView(others).sliced(1);
    else
        json += '}';
    return json;
}

} // namespace Linkwright::SimulatorHostile

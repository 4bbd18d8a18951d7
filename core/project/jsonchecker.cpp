#include "jsonchecker.h"

#include "domain/editdistance.h"
#include "mapping/mapping.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Linkwright {

QString JsonChecker::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonChecker::index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

QString JsonChecker::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return ProjectFile::tr("null");
    case QJsonValue::Bool:
        return ProjectFile::tr("true or false");
    case QJsonValue::Double:
        return ProjectFile::tr("a number");
    case QJsonValue::String:
        return ProjectFile::tr("a string");
    case QJsonValue::Array:
        return ProjectFile::tr("an array");
    case QJsonValue::Object:
        return ProjectFile::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return ProjectFile::tr("nothing");
}

QString JsonChecker::closest(const QString &text, const QStringList &candidates)
{
    QString best;
    qsizetype bestDistance = std::max<qsizetype>(2, text.size() / 3) + 1;
    const QString folded = text.toCaseFolded();
    for (const QString &candidate : candidates) {
        const qsizetype distance = editDistance(folded, candidate.toCaseFolded());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    if (!best.isEmpty())
        return best;
    // "lowercase" for "lower", "concatenate" for "concat": a longer word for the same thing is
    // many edits away, but it begins with the name meant (and only one name may fit).
    QStringList prefixed;
    for (const QString &candidate : candidates) {
        const QString name = candidate.toCaseFolded();
        if (name.size() >= 3 && folded.size() >= 3 && (folded.startsWith(name) || name.startsWith(folded)))
            prefixed.append(candidate);
    }
    return prefixed.size() == 1 ? prefixed.constFirst() : QString();
}

void JsonChecker::error(const QString &path, const QString &message, const QString &hint)
{
    m_diagnostics.append({Diagnostic::Severity::Error, path, message, hint});
}

void JsonChecker::warning(const QString &path, const QString &message, const QString &hint)
{
    m_diagnostics.append({Diagnostic::Severity::Warning, path, message, hint});
}

bool JsonChecker::hasErrors() const
{
    return std::ranges::any_of(
        m_diagnostics, [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

void JsonChecker::checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (allowed.contains(it.key()))
            continue;
        const QString suggestion = closest(it.key(), allowed);
        const QString hint = suggestion.isEmpty()
            ? ProjectFile::tr("Known keys here: %1.").arg(allowed.join(QStringLiteral(", ")))
            : ProjectFile::tr("Did you mean \"%1\"?").arg(suggestion);
        error(join(path, it.key()), ProjectFile::tr("unknown key"), hint);
    }
}

void JsonChecker::wrongType(const QString &path, const QString &expected, const QJsonValue &found)
{
    bool numeric = false;
    found.toString().toDouble(&numeric);
    const bool wantsNumber = expected == ProjectFile::tr("a whole number") || expected == ProjectFile::tr("a number");
    error(path, ProjectFile::tr("expected %1, found %2").arg(expected, typeName(found)),
        found.isString() && numeric && wantsNumber ? ProjectFile::tr("Remove the quotes: %1").arg(found.toString())
                                                   : QString());
}

void JsonChecker::missing(const QString &path, const QString &hint)
{
    error(path, ProjectFile::tr("is required but missing"), hint);
}

void JsonChecker::notOneOf(const QString &path, const QString &text, const QStringList &keys)
{
    const QString suggestion = closest(text, keys);
    error(path, ProjectFile::tr("\"%1\" is not one of %2").arg(text, keys.join(QStringLiteral(", "))),
        suggestion.isEmpty() ? QString() : ProjectFile::tr("Did you mean \"%1\"?").arg(suggestion));
}

std::optional<QJsonObject> JsonChecker::object(
    const QJsonObject &parent, const QString &key, const QString &path, bool required)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined()) {
        if (required)
            missing(join(path, key));
        return std::nullopt;
    }
    if (!value.isObject()) {
        wrongType(join(path, key), ProjectFile::tr("an object"), value);
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QString> JsonChecker::string(
    const QJsonObject &parent, const QString &key, const QString &path, bool required)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined()) {
        if (required)
            missing(join(path, key));
        return std::nullopt;
    }
    if (!value.isString()) {
        wrongType(join(path, key), ProjectFile::tr("a string"), value);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<bool> JsonChecker::boolean(const QJsonObject &parent, const QString &key, const QString &path)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool()) {
        wrongType(join(path, key), ProjectFile::tr("true or false"), value);
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> JsonChecker::integer(
    const QJsonObject &parent, const QString &key, const QString &path, qint64 min, qint64 max, bool required)
{
    const QJsonValue value = parent.value(key);
    const QString where = join(path, key);
    if (value.isUndefined()) {
        if (required)
            missing(where);
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!value.isDouble()) {
        wrongType(where, ProjectFile::tr("a whole number"), value);
        return std::nullopt;
    }
    // The number as the file most likely wrote it: 2.5, 100000, 1e+300; not "a number", 17
    // digits, or 1e+05 for 100000.
    const QString written = QString::fromLatin1(Mapping::numberText(number));
    if (std::trunc(number) != number) {
        error(where, ProjectFile::tr("expected a whole number, found %1").arg(written));
        return std::nullopt;
    }
    if (number < static_cast<double>(min) || number > static_cast<double>(max)) {
        error(where, ProjectFile::tr("%1 is outside the range %2 to %3").arg(written).arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<double> JsonChecker::number(
    const QJsonObject &parent, const QString &key, const QString &path, double min, double max)
{
    const QJsonValue value = parent.value(key);
    const QString where = join(path, key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble()) {
        wrongType(where, ProjectFile::tr("a number"), value);
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (number < min || number > max) {
        error(where,
            ProjectFile::tr("%1 is outside the range %2 to %3")
                .arg(QString::fromLatin1(Mapping::numberText(number)), QString::fromLatin1(Mapping::numberText(min)),
                    QString::fromLatin1(Mapping::numberText(max))));
        return std::nullopt;
    }
    return number;
}

} // namespace Linkwright

#pragma once

#include "project/projectfile.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <optional>

namespace Linkwright {

/// Typed reads from a JSON tree that record a Diagnostic, placed by JSON path, for every value
/// that is missing, of the wrong type or unknown, and carry on so that one load reports them all.
class JsonChecker final
{
public:
    [[nodiscard]] static QString join(const QString &path, const QString &key);
    [[nodiscard]] static QString index(const QString &path, qsizetype i);
    [[nodiscard]] static QString typeName(const QJsonValue &value);
    /// The candidate closest to text when it is a plausible typo, else an empty string.
    [[nodiscard]] static QString closest(const QString &text, const QStringList &candidates);

    void error(const QString &path, const QString &message, const QString &hint = {});
    void warning(const QString &path, const QString &message, const QString &hint = {});
    [[nodiscard]] const Diagnostics &diagnostics() const { return m_diagnostics; }
    [[nodiscard]] bool hasErrors() const;

    /// Reports every key of object that is not in allowed.
    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed);
    void wrongType(const QString &path, const QString &expected, const QJsonValue &found);
    void missing(const QString &path, const QString &hint = {});

    [[nodiscard]] std::optional<QJsonObject> object(
        const QJsonObject &parent, const QString &key, const QString &path, bool required);
    [[nodiscard]] std::optional<QString> string(
        const QJsonObject &parent, const QString &key, const QString &path, bool required);
    [[nodiscard]] std::optional<bool> boolean(const QJsonObject &parent, const QString &key, const QString &path);
    [[nodiscard]] std::optional<qint64> integer(
        const QJsonObject &parent, const QString &key, const QString &path, qint64 min, qint64 max, bool required);
    [[nodiscard]] std::optional<double> number(
        const QJsonObject &parent, const QString &key, const QString &path, double min, double max);

    /// A string that must be one of keys; fromKey turns it into the enum.
    template <typename Enum, typename FromKey>
    std::optional<Enum> choice(const QJsonObject &parent, const QString &key, const QString &path,
        const QStringList &keys, FromKey fromKey, bool required)
    {
        const auto text = string(parent, key, path, required);
        if (!text)
            return std::nullopt;
        if (auto value = fromKey(*text))
            return value;
        notOneOf(join(path, key), *text, keys);
        return std::nullopt;
    }
    void notOneOf(const QString &path, const QString &text, const QStringList &keys);

private:
    Diagnostics m_diagnostics;
};

} // namespace Linkwright

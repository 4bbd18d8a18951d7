#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace Linkwright {

/// Writes indented JSON with keys in the order they are given. QJsonDocument sorts keys, which
/// would put "formatVersion" in the middle of a project file and scatter related settings.
class JsonWriter final
{
public:
    void beginObject(const QString &key = {});
    void endObject();
    void beginArray(const QString &key = {});
    void endArray();
    /// Writes key: value in an object (or value in an array when key is empty); objects inside
    /// value keep QJsonObject's sorted order.
    void value(const QString &key, const QJsonValue &value);
    void value(const QJsonValue &value) { this->value({}, value); }
    /// Writes a small object on one line, keys in the order given: {"op": "trim"}.
    void inlineObject(const QString &key, const QList<std::pair<QString, QJsonValue>> &members);

    [[nodiscard]] QByteArray finish();

private:
    void separate(const QString &key);
    void writeValue(const QJsonValue &value);
    void indent();
    void close(char bracket);

    QByteArray m_out;
    int m_depth = 0;
    bool m_first = true;
};

} // namespace Linkwright

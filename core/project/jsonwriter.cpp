#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Linkwright {

namespace {

QByteArray quoted(const QString &text)
{
    // A one-element array lets Qt do the escaping; strip the brackets it adds.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

void JsonWriter::indent()
{
    m_out.append('\n');
    m_out.append(QByteArray(m_depth * 2, ' '));
}

void JsonWriter::separate(const QString &key)
{
    if (m_depth > 0) {
        if (!m_first)
            m_out.append(',');
        indent();
    }
    m_first = false;
    if (!key.isEmpty()) {
        m_out.append(quoted(key));
        m_out.append(": ");
    }
}

void JsonWriter::beginObject(const QString &key)
{
    separate(key);
    m_out.append('{');
    ++m_depth;
    m_first = true;
}

void JsonWriter::close(char bracket)
{
    --m_depth;
    if (!m_first)
        indent();
    m_out.append(bracket);
    m_first = false;
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray(const QString &key)
{
    separate(key);
    m_out.append('[');
    ++m_depth;
    m_first = true;
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::value(const QString &key, const QJsonValue &value)
{
    if (value.isObject()) {
        beginObject(key);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            this->value(it.key(), it.value());
        endObject();
    } else if (value.isArray()) {
        beginArray(key);
        for (const QJsonValue &item : value.toArray())
            this->value({}, item);
        endArray();
    } else {
        separate(key);
        writeValue(value);
    }
}

void JsonWriter::inlineObject(const QString &key, const QList<std::pair<QString, QJsonValue>> &members)
{
    separate(key);
    m_out.append('{');
    bool first = true;
    for (const auto &[name, member] : members) {
        if (!first)
            m_out.append(", ");
        first = false;
        m_out.append(quoted(name));
        m_out.append(": ");
        writeValue(member);
    }
    m_out.append('}');
}

void JsonWriter::writeValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        m_out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        m_out.append(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
        break;
    case QJsonValue::String:
        m_out.append(quoted(value.toString()));
        break;
    case QJsonValue::Array:
        m_out.append(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        m_out.append(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        m_out.append("null");
        break;
    }
}

QByteArray JsonWriter::finish()
{
    m_out.append('\n');
    return std::exchange(m_out, {});
}

} // namespace Linkwright

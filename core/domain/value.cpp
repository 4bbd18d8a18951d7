#include "value.h"

#include "domain/json.h"

#include <QCoreApplication>

namespace Linkwright {

namespace {
struct ValueText {
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Value)
};
} // namespace

Value Value::boolean(bool value)
{
    Value v;
    v.m_type = Type::Bool;
    v.m_bool = value;
    return v;
}

Value Value::number(QByteArray text)
{
    Value v;
    v.m_type = Type::Number;
    v.m_text = std::move(text);
    return v;
}

Value Value::number(qint64 value)
{
    return number(QByteArray::number(value));
}

Value Value::string(const QString &text)
{
    return utf8(text.toUtf8());
}

Value Value::utf8(QByteArray text)
{
    Value v;
    v.m_type = Type::String;
    v.m_text = std::move(text);
    return v;
}

Value Value::array(QList<Value> items)
{
    Value v;
    v.m_type = Type::Array;
    v.m_items = std::make_shared<const QList<Value>>(std::move(items));
    return v;
}

Value Value::object(QList<Member> members)
{
    Value v;
    v.m_type = Type::Object;
    v.m_members = std::make_shared<const QList<Member>>(std::move(members));
    return v;
}

Value Value::object(QList<Member> members, QByteArray text)
{
    Value v = object(std::move(members));
    v.m_text = std::move(text);
    return v;
}

const QList<Value> &Value::items() const
{
    static const QList<Value> none;
    return m_items ? *m_items : none;
}

const QList<Member> &Value::members() const
{
    static const QList<Member> none;
    return m_members ? *m_members : none;
}

const Value *Value::find(QByteArrayView name) const
{
    if (!m_members)
        return nullptr;
    // Records have tens of fields: a scan beats hashing, and keeps the arrival order.
    for (const Member &member : *m_members) {
        if (member.name == name)
            return &member.value;
    }
    return nullptr;
}

QString Value::toDisplayString() const
{
    switch (m_type) {
    case Type::Null:
        return {};
    case Type::Bool:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Number:
    case Type::String:
        return QString::fromUtf8(m_text);
    case Type::Array:
    case Type::Object:
        break;
    }
    return QString::fromUtf8(Json::serialize(*this));
}

bool Value::operator==(const Value &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Number:
    case Type::String:
        return m_text == other.m_text;
    case Type::Array:
        return m_items == other.m_items || items() == other.items();
    case Type::Object:
        return m_members == other.m_members || members() == other.members();
    }
    return false;
}

QString Value::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return ValueText::tr("null");
    case Type::Bool:
        return ValueText::tr("true or false");
    case Type::Number:
        return ValueText::tr("a number");
    case Type::String:
        return ValueText::tr("a string");
    case Type::Array:
        return ValueText::tr("an array");
    case Type::Object:
        break;
    }
    return ValueText::tr("an object");
}

} // namespace Linkwright

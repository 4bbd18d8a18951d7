#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace Linkwright {

struct Member;

/// A JSON value as a sync moves it: numbers keep their exact text ("19.90",
/// "123456789012345678901"), so ids and money never pass through a double; objects keep the
/// order their members arrived in. Text stays UTF-8 as it arrived and leaves, so a record that
/// is only moved is never converted. Copies are cheap: arrays and objects are shared, immutable.
class Value
{
public:
    enum class Type {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object,
    };

    Value() = default; ///< null
    [[nodiscard]] static Value boolean(bool value);
    /// text must be a JSON number; Json::isNumber checks it.
    [[nodiscard]] static Value number(QByteArray text);
    [[nodiscard]] static Value number(qint64 value);
    [[nodiscard]] static Value string(const QString &text);
    [[nodiscard]] static Value utf8(QByteArray text);
    [[nodiscard]] static Value array(QList<Value> items);
    [[nodiscard]] static Value object(QList<Member> members);
    /// An object read in part: members are those a reader was asked for, text the whole object
    /// as it arrived, which is what it serialises to.
    [[nodiscard]] static Value object(QList<Member> members, QByteArray text);

    [[nodiscard]] Type type() const { return m_type; }
    [[nodiscard]] bool isNull() const { return m_type == Type::Null; }
    [[nodiscard]] bool isBool() const { return m_type == Type::Bool; }
    [[nodiscard]] bool isNumber() const { return m_type == Type::Number; }
    [[nodiscard]] bool isString() const { return m_type == Type::String; }
    [[nodiscard]] bool isArray() const { return m_type == Type::Array; }
    [[nodiscard]] bool isObject() const { return m_type == Type::Object; }

    [[nodiscard]] bool toBool() const { return m_bool; }
    /// Whether this object holds only some of its members (see object(members, text)).
    [[nodiscard]] bool isPartial() const { return m_type == Type::Object && !m_text.isEmpty(); }

    /// The string (UTF-8), or a number's exact text; a partial object's whole text; empty for
    /// other types.
    [[nodiscard]] const QByteArray &utf8() const { return m_text; }
    /// The same as a QString, converted on each call.
    [[nodiscard]] QString text() const { return QString::fromUtf8(m_text); }
    /// The value as a person would write it in a cell: strings and numbers as text,
    /// true/false, empty for null, compact JSON for arrays and objects.
    [[nodiscard]] QString toDisplayString() const;

    /// Empty unless an array.
    [[nodiscard]] const QList<Value> &items() const;
    /// Empty unless an object.
    [[nodiscard]] const QList<Member> &members() const;
    /// The member called name (UTF-8), or nullptr.
    [[nodiscard]] const Value *find(QByteArrayView name) const;

    /// Structural equality; numbers compare by their text.
    bool operator==(const Value &other) const;

    [[nodiscard]] static QString typeName(Type type);

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    QByteArray m_text;
    std::shared_ptr<const QList<Value>> m_items;
    std::shared_ptr<const QList<Member>> m_members;
};

struct Member {
    QByteArray name; ///< UTF-8
    Value value;
    bool operator==(const Member &) const = default;
};

} // namespace Linkwright

// Both hold only implicitly shared members, so QList may move them with memmove.
Q_DECLARE_TYPEINFO(Linkwright::Value, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Linkwright::Member, Q_RELOCATABLE_TYPE);

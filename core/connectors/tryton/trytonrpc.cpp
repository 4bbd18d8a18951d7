#include "trytonrpc.h"

#include "domain/json.h"

#include <QDate>
#include <QTime>

namespace Linkwright {

namespace {

/// A member that is a JSON number or a numeric string, as an integer; -1 when it is neither.
qint64 integerMember(const Value &object, QByteArrayView name)
{
    const Value *member = object.find(name);
    if (!member || !(member->isNumber() || member->isString()))
        return -1;
    bool ok = false;
    const qint64 number = member->utf8().toLongLong(&ok);
    return ok ? number : -1;
}

Value member(const Value &object, QByteArrayView name)
{
    const Value *found = object.find(name);
    return found ? *found : Value();
}

QString dateText(const Value &object)
{
    const QDate date(static_cast<int>(integerMember(object, "year")), static_cast<int>(integerMember(object, "month")),
        static_cast<int>(integerMember(object, "day")));
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray TrytonRpc::request(QByteArrayView method, const QList<Value> &params, qint64 id)
{
    return Json::serialize(Value::object({{QByteArray("method"), Value::utf8(method.toByteArray())},
        {QByteArray("params"), Value::array(params)}, {QByteArray("id"), Value::number(id)}}));
}

std::expected<Value, HttpProblem> TrytonRpc::result(const Value &answer, const QString &where)
{
    if (const Value *error = answer.find("error"); error && !error->isNull()) {
        const QList<Value> &parts = error->items();
        const QString kind = parts.isEmpty() ? error->toDisplayString() : parts.constFirst().toDisplayString();
        QString detail;
        if (parts.size() > 1) {
            const Value &arguments = parts.at(1);
            detail = arguments.isArray() && !arguments.items().isEmpty()
                ? arguments.items().constFirst().toDisplayString()
                : arguments.toDisplayString();
        }
        detail = detail.trimmed();
        if (kind == u"UserError" || kind == u"UserWarning") {
            return std::unexpected(
                HttpProblem{Error{ErrorCode::InvalidArgument, where, tr("Tryton refused the change: %1").arg(detail),
                                tr("Correct the record in Tryton or in the source, then retry "
                                   "the failure.")},
                    FailureClass::Permanent});
        }
        if (kind == u"ConcurrencyException") {
            return std::unexpected(
                HttpProblem{Error{ErrorCode::InvalidResponse, where,
                                tr("Tryton saw a concurrent change: %1").arg(detail), tr("Retried automatically.")},
                    FailureClass::Transient});
        }
        const QString message = detail.isEmpty() ? kind : kind + QStringLiteral(": ") + detail;
        return std::unexpected(
            HttpProblem{Error{ErrorCode::InvalidResponse, where, tr("Tryton reported an error: %1").arg(message),
                            tr("The Tryton server's log has the details; check that the "
                               "modules the connector needs are activated.")},
                FailureClass::Permanent});
    }
    const Value *result = answer.find("result");
    if (!answer.isObject() || !result) {
        return std::unexpected(HttpProblem{
            Error{ErrorCode::InvalidResponse, where, tr("the answer is not a JSON-RPC answer (no \"result\")"),
                tr("Check that the base URL leads to a Tryton server.")},
            FailureClass::Permanent});
    }
    return decode(*result);
}

Value TrytonRpc::decode(const Value &value)
{
    if (value.isArray()) {
        QList<Value> items;
        items.reserve(value.items().size());
        for (const Value &item : value.items())
            items.append(decode(item));
        return Value::array(std::move(items));
    }
    if (!value.isObject())
        return value;
    if (const Value *kind = value.find("__class__"); kind && kind->isString()) {
        const QByteArray &name = kind->utf8();
        if (name == "Decimal")
            return Value::utf8(member(value, "decimal").utf8());
        if (name == "datetime")
            return Value::string(datetimeText(value));
        if (name == "date")
            return Value::string(dateText(value));
        if (name == "time") {
            const QTime time(static_cast<int>(integerMember(value, "hour")),
                static_cast<int>(integerMember(value, "minute")), static_cast<int>(integerMember(value, "second")));
            return Value::string(time.toString(Qt::ISODate));
        }
        if (name == "timedelta")
            return member(value, "seconds");
        if (name == "bytes")
            return Value::utf8(member(value, "base64").utf8());
    }
    QList<Member> members;
    members.reserve(value.members().size());
    for (const Member &each : value.members())
        members.append({each.name, decode(each.value)});
    return Value::object(std::move(members));
}

QString TrytonRpc::datetimeText(const Value &object)
{
    const QDate date(static_cast<int>(integerMember(object, "year")), static_cast<int>(integerMember(object, "month")),
        static_cast<int>(integerMember(object, "day")));
    const qint64 microsecond = std::max<qint64>(0, integerMember(object, "microsecond"));
    const QTime time(static_cast<int>(integerMember(object, "hour")), static_cast<int>(integerMember(object, "minute")),
        static_cast<int>(integerMember(object, "second")), static_cast<int>(microsecond / 1000));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).toString(Qt::ISODateWithMs);
}

Value TrytonRpc::datetime(const QDateTime &utc)
{
    const QDateTime at = utc.toUTC();
    const QDate date = at.date();
    const QTime time = at.time();
    return Value::object({{QByteArray("__class__"), Value::string(QStringLiteral("datetime"))},
        {QByteArray("year"), Value::number(date.year())}, {QByteArray("month"), Value::number(date.month())},
        {QByteArray("day"), Value::number(date.day())}, {QByteArray("hour"), Value::number(time.hour())},
        {QByteArray("minute"), Value::number(time.minute())}, {QByteArray("second"), Value::number(time.second())},
        {QByteArray("microsecond"), Value::number(qint64(time.msec()) * 1000)}});
}

Value TrytonRpc::decimal(const QString &text)
{
    return Value::object({{QByteArray("__class__"), Value::string(QStringLiteral("Decimal"))},
        {QByteArray("decimal"), Value::string(text)}});
}

Value TrytonRpc::clause(const char *field, const char *op, Value value)
{
    return Value::array({Value::utf8(field), Value::utf8(op), std::move(value)});
}

Value TrytonRpc::activeOrArchived()
{
    return clause("active", "in", Value::array({Value::boolean(true), Value::boolean(false)}));
}

bool TrytonRpc::isTrue(const Value &value)
{
    if (value.isBool())
        return value.toBool();
    return value.isNumber() && value.utf8() != "0";
}

Value TrytonRpc::ids(const QList<qint64> &list)
{
    QList<Value> values;
    values.reserve(list.size());
    for (const qint64 id : list)
        values.append(Value::number(id));
    return Value::array(std::move(values));
}

qint64 TrytonRpc::idOf(const Value &row)
{
    if (row.isNumber())
        return row.utf8().toLongLong();
    const Value *id = row.find("id");
    return id ? id->utf8().toLongLong() : 0;
}

Value TrytonRpc::fields(std::initializer_list<const char *> names)
{
    QList<Value> list;
    for (const char *name : names)
        list.append(Value::utf8(name));
    return Value::array(std::move(list));
}

Value TrytonRpc::byId()
{
    return Value::array({Value::array({Value::utf8("id"), Value::utf8("ASC")})});
}

Value TrytonRpc::createAll(QList<Value> records)
{
    return Value::array({Value::array({Value::utf8("create"), Value::array(std::move(records))})});
}

} // namespace Linkwright

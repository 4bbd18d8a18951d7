#pragma once

#include "connectors/httptypes.h"
#include "domain/value.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <expected>

namespace Linkwright {

/// Tryton's JSON-RPC dialect: the request body, the answer's result or error, and the typed
/// values Tryton wraps in {"__class__": ...}. Pure functions, so that they are tested without a
/// server.
///
/// Tryton answers with Decimal as {"__class__": "Decimal", "decimal": "19.90"}; decode() makes
/// that the string "19.90", as the simulator and most REST APIs carry money, so the digits never
/// pass through a double. Datetimes are naive in the server's zone (run it in UTC) and become
/// ISO 8601 UTC text with milliseconds ("2026-12-06T14:14:36.713Z"), the stamp format the
/// watermark compares as text; dates become "2026-12-06".
class TrytonRpc final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::TrytonRpc)

public:
    /// {"method": method, "params": params, "id": id}; the caller puts the context last.
    [[nodiscard]] static QByteArray request(QByteArrayView method, const QList<Value> &params, qint64 id);

    /// The "result" of a parsed answer, decoded; or the problem its "error" names. A UserError
    /// (a rule the data breaks) and any other server fault are permanent: sending the same call
    /// again gives the same answer.
    [[nodiscard]] static std::expected<Value, HttpProblem> result(const Value &answer, const QString &where);

    /// Replaces Tryton's typed values, at any depth, by plain JSON (see the class comment).
    [[nodiscard]] static Value decode(const Value &value);
    /// A UTC time as Tryton's naive datetime.
    [[nodiscard]] static Value datetime(const QDateTime &utc);
    /// A decimal text ("19.90") as Tryton's Decimal.
    [[nodiscard]] static Value decimal(const QString &text);
    /// The ISO 8601 text decode() makes of a datetime object, or empty when it is not one.
    [[nodiscard]] static QString datetimeText(const Value &object);
    /// A domain clause [field, operator, value].
    [[nodiscard]] static Value clause(const char *field, const char *op, Value value);
    /// ["active", "in", [true, false]]: Tryton's searches leave archived records out unless asked,
    /// and a record found by its key must be found archived too (its key stays taken).
    [[nodiscard]] static Value activeOrArchived();
    /// A boolean as Tryton sends it: true or false, or 1 or 0 (read from SQLite).
    [[nodiscard]] static bool isTrue(const Value &value);
    /// A list of record ids.
    [[nodiscard]] static Value ids(const QList<qint64> &list);
    /// A row's "id", or a bare id (a many2one's value); 0 when it has none.
    [[nodiscard]] static qint64 idOf(const Value &row);
    /// A list of field names, as search_read and read take it.
    [[nodiscard]] static Value fields(std::initializer_list<const char *> names);
    /// The order [["id", "ASC"]], which keeps offsets stable between pages.
    [[nodiscard]] static Value byId();
    /// A one2many or many2many "create" action: [["create", [records]]].
    [[nodiscard]] static Value createAll(QList<Value> records);
};

} // namespace Linkwright

// Reading the answer to a batch POST: per-record results in the shapes REST APIs use.
#include "restconnector.h"

#include "connectors/rest/restanswer.h"

#include "secrets/redactor.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <string_view>

namespace Linkwright {

namespace {

QString textOf(const Value *value)
{
    if (!value)
        return {};
    if (value->isString() || value->isNumber())
        return value->text();
    if (value->isObject()) {
        for (const char *name : {"message", "error", "detail"}) {
            if (const Value *inner = value->find(name); inner && inner->isString())
                return inner->text();
        }
        return value->toDisplayString();
    }
    if (value->isArray())
        return value->toDisplayString();
    return {};
}

/// A key as a result names it: text or a number, never an object that only looks like one.
QString keyOf(const Value *value)
{
    return value && (value->isString() || value->isNumber()) ? value->text() : QString();
}

using RestAnswer::saysSomething;

/// A numeric "status" is an HTTP status where the API answers per record as HTTP would.
bool isHttpRefusal(QStringView status)
{
    bool number = false;
    const double code = status.toDouble(&number);
    return number && code >= 400;
}

/// Words that APIs put in a result's outcome for a record they did not take. Compared without
/// case: a refusal missed for its spelling is a record lost without a word. A "status" is read
/// more narrowly (see readRecord): results that echo the record may carry its own status, and an
/// order whose payment "failed" or was "Denied" is a record written, not refused.
bool isRefusalWord(const QString &outcome, bool fromStatus)
{
    if (fromStatus)
        return outcome == u"error" || outcome == u"failed" || outcome == u"rejected";
    static constexpr std::array<QLatin1StringView, 7> Words{QLatin1StringView("error"), QLatin1StringView("failed"),
        QLatin1StringView("rejected"), QLatin1StringView("invalid"), QLatin1StringView("failure"),
        QLatin1StringView("refused"), QLatin1StringView("denied")};
    return std::ranges::any_of(
        Words, [&](QLatin1StringView word) { return outcome.compare(word, Qt::CaseInsensitive) == 0; });
}

/// What readRecord reads of an entry, from a Value tree or from a flat list alike.
struct Entry {
    QString id;
    QString outcome; ///< "outcome", or "status" where there is no "outcome" string
    bool outcomeFromStatus = false;
    QString error; ///< "error", or "errors" where "error" says nothing: only where one says something
    QString message; ///< "message": the reason of a refusal that gives no error
    /// "ok" or "success" false, an "error" that says only true, a status >= 400.
    bool refused = false;
};

RecordWriteResult readRecord(const Entry &entry, const Redactor &redactor)
{
    RecordWriteResult record;
    record.id = entry.id;
    record.outcome = entry.outcome;
    if (!entry.error.isEmpty() || entry.refused || isRefusalWord(entry.outcome, entry.outcomeFromStatus)) {
        record.ok = false;
        QString error = entry.error.isEmpty() ? entry.message : entry.error;
        if (error.isEmpty())
            error = RestConnector::tr("the server refused the record");
        record.error = redactor.redact(error);
    }
    return record;
}

/// One entry of "results" (or of a top-level array): {id, outcome|status, error|errors, ok|success,
/// message}.
RecordWriteResult readRecord(const Value &item, const Redactor &redactor)
{
    // A list of plain ids ([101, 102]) is how some APIs say what they made.
    if (item.isString() || item.isNumber())
        return RecordWriteResult{true, item.text(), {}, {}};
    if (!item.isObject())
        return {};
    Entry entry;
    entry.id = textOf(item.find("id"));
    const Value *outcome = item.find("outcome");
    const Value *status = item.find("status");
    if (outcome && outcome->isString())
        entry.outcome = outcome->text();
    else if (status && status->isString()) {
        entry.outcome = status->text();
        entry.outcomeFromStatus = true;
    }
    for (const char *name : {"error", "errors"}) {
        if (const Value *error = item.find(name); entry.error.isEmpty() && saysSomething(error)) {
            entry.error = textOf(error);
            entry.refused = true;
        }
    }
    if (const Value *message = item.find("message"); message && message->isString())
        entry.message = message->text();
    for (const char *name : {"ok", "success"}) {
        if (const Value *flag = item.find(name); flag && flag->isBool() && !flag->toBool())
            entry.refused = true;
    }
    if (status && status->isNumber() && isHttpRefusal(QString::fromLatin1(status->utf8())))
        entry.refused = true;
    return readRecord(entry, redactor);
}

enum FlatMember {
    Id,
    Key,
    Outcome,
    Status,
    ErrorText,
    Errors,
    Ok,
    Success,
    Message,
    KeyField ///< the data point's key field, where it is none of the above
};
constexpr std::array<std::string_view, 9> FlatNames{
    "id", "key", "outcome", "status", "error", "errors", "ok", "success", "message"};

QString textOf(const FlatScalar &scalar)
{
    return scalar.kind == FlatScalar::Kind::String || scalar.kind == FlatScalar::Kind::Number ? scalar.text : QString();
}

/// saysSomething() for a scalar: a flat list holds no lists or objects.
bool saysSomething(const FlatScalar &scalar)
{
    switch (scalar.kind) {
    case FlatScalar::Kind::Absent:
    case FlatScalar::Kind::Null:
        return false;
    case FlatScalar::Kind::Bool:
        return scalar.flag;
    case FlatScalar::Kind::Number:
        return scalar.text != u"0";
    case FlatScalar::Kind::String:
        return !scalar.text.trimmed().isEmpty();
    }
    return false;
}

bool isFalse(const FlatScalar &scalar)
{
    return scalar.kind == FlatScalar::Kind::Bool && !scalar.flag;
}

RecordWriteResult readRecord(const FlatRecord &item, const Redactor &redactor)
{
    Entry entry;
    entry.id = textOf(item.at(Id));
    if (item.at(Outcome).kind == FlatScalar::Kind::String)
        entry.outcome = item.at(Outcome).text;
    else if (item.at(Status).kind == FlatScalar::Kind::String) {
        entry.outcome = item.at(Status).text;
        entry.outcomeFromStatus = true;
    }
    for (const FlatMember name : {ErrorText, Errors}) {
        if (entry.error.isEmpty() && saysSomething(item.at(name))) {
            entry.error = textOf(item.at(name));
            entry.refused = true;
        }
    }
    if (item.at(Message).kind == FlatScalar::Kind::String)
        entry.message = item.at(Message).text;
    entry.refused = entry.refused || isFalse(item.at(Ok)) || isFalse(item.at(Success))
        || (item.at(Status).kind == FlatScalar::Kind::Number && isHttpRefusal(item.at(Status).text));
    return readRecord(entry, redactor);
}

RecordWriteResult unconfirmed(const QString &why)
{
    // Sending it again is safe (writes are upserts), so the failure log retries it.
    return RecordWriteResult{false, {}, {}, why, FailureClass::Transient};
}

/// One result per record sent, in the order sent, whatever order the server gave them in; then
/// the counts. keyAt(i) is the key result i names (empty where it names none), readAt(i) what it
/// says.
template <typename KeyAt, typename ReadAt>
WriteResult collect(qsizetype sent, const WriteKeys &keys, qsizetype given, const KeyAt &keyAt, const ReadAt &readAt)
{
    WriteResult written;
    written.records.reserve(sent);
    bool named = false;
    // Most servers answer in the order sent: then no result needs looking up.
    bool inOrder = given == sent && keys.keys.size() == sent;
    for (qsizetype i = 0; i < given; ++i) {
        const QString key = keyAt(i);
        if (key.isEmpty())
            continue;
        named = true;
        if (inOrder && key != keys.keys.at(i))
            inOrder = false;
    }
    QHash<QString, qsizetype> first;
    QList<qsizetype> next;
    if (named && keys.keys.size() == sent && !inOrder) {
        // Each sent record takes the first result that names its key; a key sent twice takes
        // them in turn. The first of the records with a key leads a chain through the others.
        next.fill(-1, sent);
        for (qsizetype i = sent - 1; i >= 0; --i) {
            if (keys.keys.at(i).isEmpty())
                continue;
            auto it = first.find(keys.keys.at(i));
            next[i] = it == first.end() ? -1 : *it;
            first.insert(keys.keys.at(i), i);
        }
        // A result naming a key that was not sent (the server writes it its own way: "007" as
        // 7, another case) says the names cannot be matched: then as if it named none.
        for (qsizetype j = 0; j < given && named; ++j) {
            const QString key = keyAt(j);
            if (!key.isEmpty() && !first.contains(key))
                named = false;
        }
    }
    if (named && keys.keys.size() == sent && !inOrder) {
        QList<qsizetype> resultOf(sent, -1);
        for (qsizetype j = 0; j < given; ++j) {
            auto it = first.find(keyAt(j));
            if (it == first.end() || *it < 0)
                continue;
            resultOf[*it] = j;
            *it = next[*it];
        }
        for (qsizetype i = 0; i < sent; ++i) {
            written.records.append(resultOf.at(i) >= 0
                    ? readAt(resultOf.at(i))
                    : unconfirmed(RestConnector::tr("the server's answer has no result for this record")));
        }
    } else if (given == sent) {
        for (qsizetype i = 0; i < sent; ++i)
            written.records.append(readAt(i));
    } else {
        // Without keys, a result missing or added anywhere shifts the rest onto other records.
        const QString why = RestConnector::tr("the server's answer has %1 results for %2 records and does not name "
                                              "their keys, so it does not say which records were written")
                                .arg(given)
                                .arg(sent);
        for (qsizetype i = 0; i < sent; ++i)
            written.records.append(unconfirmed(why));
    }
    for (const RecordWriteResult &record : std::as_const(written.records)) {
        if (!record.ok)
            ++written.failed;
        else if (record.outcome == u"created")
            ++written.created;
        else if (record.outcome == u"updated")
            ++written.updated;
        else if (record.outcome == u"unchanged")
            ++written.unchanged;
    }
    return written;
}

/// Why an answer without a list of results takes no record, or empty when it takes them all.
QString refusalOf(const Value &answer)
{
    if (!answer.isObject())
        return {};
    const Value *message = answer.find("message");
    const QString said = message && message->isString() ? message->text() : QString();
    for (const char *name : {"error", "errors"}) {
        const Value *error = answer.find(name);
        if (!saysSomething(error))
            continue;
        if (const QString text = textOf(error); !text.isEmpty())
            return RestConnector::tr("the server answered with success, but says: %1").arg(text);
        // {"errors": true, "items": [...]}, as Elasticsearch's bulk API answers.
        if (!said.isEmpty())
            return RestConnector::tr("the server answered with success, but says: %1").arg(said);
        return RestConnector::tr("the server answered with success, but \"%1\": %2")
            .arg(QString::fromLatin1(name), error->toDisplayString());
    }
    for (const char *name : {"ok", "success"}) {
        if (const Value *flag = answer.find(name); flag && flag->isBool() && !flag->toBool()) {
            if (!said.isEmpty())
                return RestConnector::tr("the server answered with success, but says: %1").arg(said);
            return RestConnector::tr("the server answered with success, but \"%1\": false")
                .arg(QString::fromLatin1(name));
        }
    }
    if (answer.find("results")) {
        return RestConnector::tr("the answer's \"results\" is %1, not a list, so it does not say which records "
                                 "were written")
            .arg(Value::typeName(answer.find("results")->type()));
    }
    return {};
}

} // namespace

std::expected<WriteResult, HttpProblem> RestConnector::readWriteAnswer(
    const Value &answer, qsizetype sent, const Redactor &redactor, const WriteKeys &keys)
{
    const Value *results = nullptr;
    if (answer.isArray())
        results = &answer;
    else if (answer.isObject())
        results = answer.find("results");
    const auto unnamed = [](qsizetype) { return QString(); };
    if (!results || !results->isArray()) {
        // A plain 2xx says nothing per record: every record taken. One that says it failed, or
        // whose results are no list, takes none: no record counts as written (its state stored,
        // the watermark passing it) on an answer that does not say it was.
        if (const QString refusal = refusalOf(answer); !refusal.isEmpty()) {
            return collect(sent, keys, sent, unnamed, [&](qsizetype) {
                RecordWriteResult record;
                record.ok = false;
                record.error = redactor.redact(refusal);
                return record;
            });
        }
        return collect(sent, keys, sent, unnamed, [](qsizetype) { return RecordWriteResult{}; });
    }
    const QByteArray keyField = keys.field.toUtf8();
    const auto keyAt = [&](qsizetype i) {
        const Value &item = results->items().at(i);
        if (!item.isObject())
            return QString();
        // The key field first: a result that echoes its record may carry an attribute of its
        // own named "key" (commercetools products have both). An "id" is the target's own.
        QString key = keyField.isEmpty() || keyField == "id" ? QString() : keyOf(item.find(keyField));
        if (key.isEmpty())
            key = keyOf(item.find("key"));
        return key;
    };
    return collect(sent, keys, results->items().size(), keyAt,
        [&](qsizetype i) { return readRecord(results->items().at(i), redactor); });
}

std::optional<WriteResult> RestConnector::readWriteAnswer(
    JsonReader &reader, QByteArrayView answer, qsizetype sent, const Redactor &redactor, const WriteKeys &keys)
{
    // The key field is read as one more name, unless it is one of those read anyway ("id").
    const QByteArray keyField = keys.field.toUtf8();
    const std::string_view keyName(keyField.constData(), static_cast<std::size_t>(keyField.size()));
    const auto known = std::ranges::find(FlatNames, keyName);
    std::array<std::string_view, FlatNames.size() + 1> names{};
    std::ranges::copy(FlatNames, names.begin());
    names.back() = keyName;
    const bool ownName = !keyName.empty() && known == FlatNames.end();
    const std::span<const std::string_view> asked(names.data(), ownName ? names.size() : FlatNames.size());
    const auto results = reader.readFlatList(answer, "results", asked);
    if (!results)
        return std::nullopt;
    const qsizetype keySlot =
        keyName.empty() ? -1 : (ownName ? static_cast<qsizetype>(KeyField) : known - FlatNames.begin());
    const auto keyAt = [&](qsizetype i) {
        const FlatRecord &item = results->at(i);
        QString key = keySlot >= 0 && keyName != "id" ? textOf(item.at(keySlot)) : QString();
        if (key.isEmpty())
            key = textOf(item.at(Key));
        return key;
    };
    return collect(
        sent, keys, results->size(), keyAt, [&](qsizetype i) { return readRecord(results->at(i), redactor); });
}

bool RestAnswer::saysSomething(const Value *value)
{
    if (!value)
        return false;
    switch (value->type()) {
    case Value::Type::Null:
        return false;
    case Value::Type::Bool:
        return value->toBool();
    case Value::Type::Number:
        return value->utf8() != "0";
    case Value::Type::String:
        return !value->utf8().trimmed().isEmpty();
    case Value::Type::Array:
        return !value->items().isEmpty();
    case Value::Type::Object:
        return !value->members().isEmpty();
    }
    return false;
}

} // namespace Linkwright

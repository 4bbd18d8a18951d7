// Reading the answer to a batch POST: per-record results in the shapes REST APIs use.
#include "restconnector.h"

#include "secrets/redactor.h"

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

/// What readRecord reads of an entry, from a Value tree or from a flat list alike.
struct Entry {
    QString id;
    QString outcome; ///< "outcome", or "status" where there is no "outcome" string
    QString error; ///< "error", or "errors" where "error" says nothing
    bool okFalse = false; ///< "ok": false
};

RecordWriteResult readRecord(const Entry &entry, const Redactor &redactor)
{
    RecordWriteResult record;
    record.id = entry.id;
    record.outcome = entry.outcome;
    const bool refused =
        entry.okFalse || record.outcome == u"error" || record.outcome == u"failed" || record.outcome == u"rejected";
    if (!entry.error.isEmpty() || refused) {
        record.ok = false;
        record.error =
            redactor.redact(entry.error.isEmpty() ? RestConnector::tr("the server refused the record") : entry.error);
    }
    return record;
}

/// One entry of "results" (or of a top-level array): {id, outcome|status, error|errors, ok}.
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
    if (!outcome || !outcome->isString())
        outcome = item.find("status");
    if (outcome && outcome->isString())
        entry.outcome = outcome->text();
    entry.error = textOf(item.find("error"));
    if (entry.error.isEmpty())
        entry.error = textOf(item.find("errors"));
    const Value *ok = item.find("ok");
    entry.okFalse = ok && ok->isBool() && !ok->toBool();
    return readRecord(entry, redactor);
}

enum FlatMember {
    Id,
    Outcome,
    Status,
    ErrorText,
    Errors,
    Ok
};
constexpr std::array<std::string_view, 6> FlatNames{"id", "outcome", "status", "error", "errors", "ok"};

QString textOf(const FlatScalar &scalar)
{
    return scalar.kind == FlatScalar::Kind::String || scalar.kind == FlatScalar::Kind::Number ? scalar.text : QString();
}

RecordWriteResult readRecord(const FlatRecord &item, const Redactor &redactor)
{
    Entry entry;
    entry.id = textOf(item.at(Id));
    if (item.at(Outcome).kind == FlatScalar::Kind::String)
        entry.outcome = item.at(Outcome).text;
    else if (item.at(Status).kind == FlatScalar::Kind::String)
        entry.outcome = item.at(Status).text;
    entry.error = textOf(item.at(ErrorText));
    if (entry.error.isEmpty())
        entry.error = textOf(item.at(Errors));
    entry.okFalse = item.at(Ok).kind == FlatScalar::Kind::Bool && !item.at(Ok).flag;
    return readRecord(entry, redactor);
}

/// One result per record sent, whatever the server gave; then the counts.
template <typename ReadAt>
WriteResult collect(qsizetype sent, qsizetype given, const ReadAt &readAt)
{
    WriteResult written;
    written.records.reserve(sent);
    for (qsizetype i = 0; i < sent; ++i) {
        if (i < given) {
            written.records.append(readAt(i));
        } else {
            // Sending it again is safe (writes are upserts), so the failure log may retry it.
            written.records.append(RecordWriteResult{
                false, {}, {}, RestConnector::tr("the server's answer has no result for this record")});
        }
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

/// Whether an "error" member says anything: null, false, 0, "" and an empty list or object
/// (as in {"success": true, "errors": []}) say there was none.
bool saysSomething(const Value *value)
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

/// Why an answer without a list of results takes no record, or empty when it takes them all.
QString refusalOf(const Value &answer)
{
    if (!answer.isObject())
        return {};
    QString error;
    for (const char *name : {"error", "errors"}) {
        if (const Value *said = answer.find(name); error.isEmpty() && saysSomething(said))
            error = textOf(said);
    }
    if (!error.isEmpty())
        return RestConnector::tr("the server answered with success, but says: %1").arg(error);
    if (const Value *ok = answer.find("ok"); ok && ok->isBool() && !ok->toBool())
        return RestConnector::tr("the server answered with success, but \"ok\": false");
    if (answer.find("results")) {
        return RestConnector::tr("the answer's \"results\" is %1, not a list, so it does not say which records "
                                 "were written")
            .arg(Value::typeName(answer.find("results")->type()));
    }
    return {};
}

} // namespace

std::expected<WriteResult, HttpProblem> RestConnector::readWriteAnswer(
    const Value &answer, qsizetype sent, const Redactor &redactor)
{
    const Value *results = nullptr;
    if (answer.isArray())
        results = &answer;
    else if (answer.isObject())
        results = answer.find("results");
    if (!results || !results->isArray()) {
        // A plain 2xx says nothing per record: every record taken. One that says it failed, or
        // whose results are no list, takes none: no record counts as written (its state stored,
        // the watermark passing it) on an answer that does not say it was.
        if (const QString refusal = refusalOf(answer); !refusal.isEmpty()) {
            return collect(sent, sent, [&](qsizetype) {
                RecordWriteResult record;
                record.ok = false;
                record.error = redactor.redact(refusal);
                return record;
            });
        }
        return collect(sent, sent, [](qsizetype) { return RecordWriteResult{}; });
    }
    return collect(
        sent, results->items().size(), [&](qsizetype i) { return readRecord(results->items().at(i), redactor); });
}

std::optional<WriteResult> RestConnector::readWriteAnswer(
    JsonReader &reader, QByteArrayView answer, qsizetype sent, const Redactor &redactor)
{
    const auto results = reader.readFlatList(answer, "results", FlatNames);
    if (!results)
        return std::nullopt;
    return collect(sent, results->size(), [&](qsizetype i) { return readRecord(results->at(i), redactor); });
}

} // namespace Linkwright

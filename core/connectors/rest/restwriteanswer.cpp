// Reading the answer to a batch POST: per-record results in the shapes REST APIs use.
#include "restconnector.h"

#include "secrets/redactor.h"

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

/// One entry of "results" (or of a top-level array): {id, outcome|status, error|errors, ok}.
RecordWriteResult readRecord(const Value &item, const Redactor &redactor)
{
    RecordWriteResult record;
    if (!item.isObject())
        return record;
    record.id = textOf(item.find("id"));
    const Value *outcome = item.find("outcome");
    if (!outcome || !outcome->isString())
        outcome = item.find("status");
    if (outcome && outcome->isString())
        record.outcome = outcome->text();
    QString error = textOf(item.find("error"));
    if (error.isEmpty())
        error = textOf(item.find("errors"));
    const Value *ok = item.find("ok");
    const bool refused = (ok && ok->isBool() && !ok->toBool()) || record.outcome == u"error"
        || record.outcome == u"failed" || record.outcome == u"rejected";
    if (!error.isEmpty() || refused) {
        record.ok = false;
        record.error = redactor.redact(error.isEmpty() ? RestConnector::tr("the server refused the record") : error);
    }
    return record;
}

} // namespace

std::expected<WriteResult, HttpProblem> RestConnector::readWriteAnswer(
    const Value &answer, qsizetype sent, const Redactor &redactor)
{
    WriteResult written;
    const Value *results = nullptr;
    if (answer.isArray())
        results = &answer;
    else if (answer.isObject())
        results = answer.find("results");
    if (results && !results->isArray())
        results = nullptr;

    for (qsizetype i = 0; i < sent; ++i) {
        if (!results) {
            written.records.append(RecordWriteResult{}); // a plain 2xx: every record taken
            continue;
        }
        if (i < results->items().size()) {
            written.records.append(readRecord(results->items().at(i), redactor));
        } else {
            // Sending it again is safe (writes are upserts), so the failure log may retry it.
            written.records.append(
                RecordWriteResult{false, {}, {}, tr("the server's answer has no result for this record")});
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

} // namespace Linkwright

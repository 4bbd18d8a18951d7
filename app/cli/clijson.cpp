#include "clijson.h"

#include "domain/json.h"
#include "mapping/mappingfailure.h"

namespace Linkwright {

namespace {

Member member(const char *name, Value value)
{
    return {QByteArray(name), std::move(value)};
}

void indent(QByteArray &out, const Value &value, int depth)
{
    const QByteArray pad((depth + 1) * 2, ' ');
    if (value.isObject() && !value.members().isEmpty()) {
        out += "{\n";
        bool first = true;
        for (const Member &m : value.members()) {
            if (!first)
                out += ",\n";
            first = false;
            out += pad;
            Json::append(out, Value::utf8(m.name));
            out += ": ";
            indent(out, m.value, depth + 1);
        }
        out += '\n' + QByteArray(depth * 2, ' ') + '}';
        return;
    }
    if (value.isArray() && !value.items().isEmpty()) {
        out += "[\n";
        bool first = true;
        for (const Value &item : value.items()) {
            if (!first)
                out += ",\n";
            first = false;
            out += pad;
            indent(out, item, depth + 1);
        }
        out += '\n' + QByteArray(depth * 2, ' ') + ']';
        return;
    }
    Json::append(out, value);
}

} // namespace

Value CliJson::time(const QDateTime &time)
{
    return time.isValid() ? Value::string(time.toUTC().toString(Qt::ISODateWithMs)) : Value();
}

Value CliJson::id(qint64 id)
{
    return id == 0 ? Value() : Value::number(id);
}

void CliJson::addBytes(QList<Member> &members, const QByteArray &name, const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    members.append({name, Value::string(text)});
    if (text.toUtf8() != bytes)
        members.append({name + "Base64", Value::utf8(bytes.toBase64())});
}

Value CliJson::counts(const RunCounts &counts)
{
    return Value::object(
        {member("fetched", Value::number(counts.fetched)), member("created", Value::number(counts.created)),
            member("updated", Value::number(counts.updated)), member("unchanged", Value::number(counts.unchanged)),
            member("deleted", Value::number(counts.deleted)), member("failed", Value::number(counts.failed))});
}

Value CliJson::report(const SyncReport &report)
{
    const RunRecord &run = report.run;
    return Value::object({member("id", id(run.id)), member("dataPoint", text(DataPoints::key(run.dataPoint))),
        member("direction", text(directionKey(run.direction))), member("status", text(runStatusKey(run.status))),
        member("dryRun", Value::boolean(run.dryRun)), member("full", Value::boolean(run.full)),
        member("startedAt", time(run.startedAt)), member("finishedAt", time(run.finishedAt)),
        member("counts", counts(run.counts)), member("message", text(run.message)), member("planId", id(report.planId)),
        member("conflicts", Value::number(report.conflicts)), member("echoes", Value::number(report.echoes)),
        member("retried", Value::number(report.retried)), member("resolved", Value::number(report.resolved))});
}

Value CliJson::notRun(DataPointKind dataPoint, const Error &error)
{
    return Value::object({member("id", Value()), member("dataPoint", text(DataPoints::key(dataPoint))),
        member("status", text(runStatusKey(RunStatus::Failed))), member("message", text(error.toString())),
        member("error", CliJson::error(error))});
}

Value CliJson::error(const Error &error)
{
    return Value::object(
        {member("where", text(error.where)), member("message", text(error.message)), member("hint", text(error.hint))});
}

Value CliJson::planItem(const PlanItem &item)
{
    auto diff = Json::parse(item.diff);
    return Value::object({member("key", text(item.key)), member("action", text(planActionKey(item.action))),
        member("status", text(planItemStatusKey(item.status))),
        member("diff", diff ? *diff : text(QString::fromUtf8(item.diff)))});
}

Value CliJson::failure(const Failure &failure)
{
    QList<Member> members{member("id", Value::number(failure.id)), member("runId", id(failure.runId)),
        member("dataPoint", text(DataPoints::key(failure.dataPoint))),
        member("direction", text(directionKey(failure.direction))), member("key", text(failure.key)),
        member("step", text(failureStepKey(failure.step))), member("class", text(errorClassKey(failure.errorClass))),
        member("status", text(failureStatusKey(failure.status))), member("message", text(failure.message)),
        member("httpStatus", Value::number(failure.httpStatus)), member("attempts", Value::number(failure.attempts)),
        member("createdAt", time(failure.createdAt)), member("updatedAt", time(failure.updatedAt)),
        // A failure resolved or ignored is not attempted again: the time it had is no longer due.
        member("nextAttemptAt",
            failure.status == FailureStatus::Open || failure.status == FailureStatus::Retried
                ? time(failure.nextAttemptAt)
                : Value())};
    addBytes(members, "payload", failure.payload);
    return Value::object(std::move(members));
}

Value CliJson::preflight(const PreflightReport &report)
{
    QList<Value> issues;
    for (const PreflightIssue &issue : report.issues) {
        issues.append(Value::object({member("kind", text(preflightIssueKey(issue.kind))),
            member("key", text(issue.key)), member("message", text(issue.message))}));
    }
    // Without both sides whole nothing was compared: null, not a 0 a script would believe.
    const auto compared = [&](qint64 count) { return report.compared() ? Value::number(count) : Value(); };
    QStringList problems{report.sourceProblem, report.targetProblem};
    problems.removeAll(QString());
    return Value::object({member("dataPoint", text(DataPoints::key(report.dataPoint))),
        member("sourceRecords", Value::number(report.sourceRecords)),
        member("targetRecords", Value::number(report.targetRecords)),
        member("sourceRead", Value::boolean(report.sourceProblem.isEmpty())),
        member("targetRead", Value::boolean(report.targetProblem.isEmpty())),
        member("matched", compared(report.matched)), member("toCreate", compared(report.toCreate)),
        member("targetOnly", compared(report.targetOnly)),
        member("toCreateInSource", compared(report.toCreateInSource)), member("invalid", Value::number(report.invalid)),
        member("fetchProblem", text(problems.join(u'\n'))), member("sourceProblem", text(report.sourceProblem)),
        member("targetProblem", text(report.targetProblem)), member("issues", Value::array(std::move(issues)))});
}

Value CliJson::previewRow(const PreviewRow &row)
{
    QList<Member> members{member("index", Value::number(row.index))};
    if (row.unreadable.isNull())
        members.append(member("input", row.input));
    else
        addBytes(members, "input", row.unreadable);
    if (row.result) {
        members.append(member("output", *row.result));
    } else {
        const MappingFailure &failure = row.result.error();
        const bool validate = failure.kind == MappingFailure::FailureKind::Validate;
        members.append(member("failure",
            Value::object({member("step", text(failureStepKey(validate ? FailureStep::Validate : FailureStep::Map))),
                member("mapping", failure.mappingIndex < 0 ? Value() : Value::number(failure.mappingIndex)),
                member("target", text(failure.target)), member("message", text(failure.message)),
                member("hint", text(failure.hint))})));
    }
    return Value::object(std::move(members));
}

void CliJson::print(QTextStream &stream, const Value &document)
{
    QByteArray out;
    indent(out, document, 0);
    out += '\n';
    stream << QString::fromUtf8(out);
    stream.flush();
}

} // namespace Linkwright

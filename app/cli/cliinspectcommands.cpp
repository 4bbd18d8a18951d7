#include "cliinspectcommands.h"

#include "cliarguments.h"
#include "clijson.h"
#include "clioutput.h"
#include "clisession.h"
#include "clitable.h"
#include "mapping/mappingfailure.h"
#include "mapping/recordnaming.h"
#include "secrets/redactor.h"

#include <algorithm>

namespace Linkwright {

namespace {

/// Widest value shown in a preview column; --json shows everything.
constexpr qsizetype ValueWidth = 40;

/// "name  value" lines for the members of a record, names padded to line up.
QStringList fieldLines(const Value &record)
{
    if (!record.isObject())
        return {CliOutput::shortValue(record, 2 * ValueWidth)};
    qsizetype width = 0;
    for (const Member &member : record.members())
        width = std::max(width, QString::fromUtf8(member.name).size());
    QStringList lines;
    for (const Member &member : record.members()) {
        lines.append(QString::fromUtf8(member.name).leftJustified(width) + QStringLiteral("  ")
            + CliOutput::shortValue(member.value, ValueWidth));
    }
    return lines;
}

/// A mapped row by its key, a failing one as the failure log would name it.
QString keyOf(const PreviewRow &row, const DataPointConfig &config, const MappingEngine &engine)
{
    if (row.result) {
        const Value *key = row.result->find(config.keyField.toUtf8());
        if (key && (key->isString() || key->isNumber()))
            return key->text();
    }
    const RecordNaming naming(config);
    return row.unreadable.isNull() ? naming.nameOf(engine, row.input).key
                                   : naming.nameOfText(engine, row.unreadable).key;
}

/// The source side of a data point: where its records come from. Off data points are
/// previewed as their recommended direction would read them.
Side previewSide(const DataPointConfig &config)
{
    Direction direction = config.direction;
    if (direction == Direction::Off)
        direction = DataPoints::recommendedDirection(config.kind);
    return direction == Direction::ShopToErp ? Side::Shop : Side::Erp;
}

} // namespace

CliInspectCommands::CliInspectCommands(QTextStream &out, QTextStream &err, QString statePath)
    : m_out(out)
    , m_err(err)
    , m_statePath(std::move(statePath))
{
}

void CliInspectCommands::printPreview(
    const DataPointConfig &config, const MappingEngine &engine, const QList<PreviewRow> &rows)
{
    for (const PreviewRow &row : rows) {
        const QString key = keyOf(row, config, engine);
        const QString outcome = row.result                                     ? tr("mapped")
            : !row.unreadable.isNull()                                         ? tr("cannot be read")
            : row.result.error().kind == MappingFailure::FailureKind::Validate ? tr("fails at validate")
                                                                               : tr("fails at map");
        m_out << Qt::endl
              << tr("record %1 of %2").arg(row.index + 1).arg(rows.size())
              << (key.isEmpty() ? QString() : QStringLiteral("  ") + key) << QStringLiteral("  ") << outcome
              << Qt::endl;
        // A record that could not be read is shown as it came, its start only.
        QString text = QString::fromUtf8(row.unreadable.left(2 * ValueWidth));
        if (row.unreadable.size() > 2 * ValueWidth)
            text += QChar(0x2026);
        const QStringList input = row.unreadable.isNull() ? fieldLines(row.input) : QStringList{text};
        const QStringList output = row.result ? fieldLines(*row.result) : QStringList();
        CliTable table;
        table.add({tr("input"), row.result ? tr("output") : QString()});
        for (qsizetype i = 0; i < std::max(input.size(), output.size()); ++i)
            table.add({input.value(i), output.value(i)});
        table.print(m_out, QStringLiteral("  "));
        if (!row.result) {
            m_out << QStringLiteral("  ") << tr("error: %1").arg(row.result.error().message) << Qt::endl;
            if (!row.result.error().hint.isEmpty())
                m_out << QStringLiteral("    ") << tr("hint: %1").arg(row.result.error().hint) << Qt::endl;
        }
    }
}

ExitCode CliInspectCommands::preview(const QStringList &arguments)
{
    CliArguments args(m_out, m_err, QStringLiteral("preview"),
        QStringLiteral("linkwright-cli preview FILE --data-point DP [-n N] [--json]"));
    const QCommandLineOption dataPoint(
        {QStringLiteral("d"), QStringLiteral("data-point")}, tr("The data point to preview."), QStringLiteral("key"));
    const QCommandLineOption count(
        QStringLiteral("n"), tr("How many records (1 to 1000, default 5)."), QStringLiteral("n"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document on stdout."));
    args.addOptions({dataPoint, count, json});
    if (const auto stop = args.parse(arguments))
        return *stop;
    const auto kind = args.dataPoint(dataPoint);
    if (!kind)
        return ExitCode::Usage;
    const auto records = args.number(count, 1, 1000, 5);
    if (!records)
        return ExitCode::Usage;

    CliSession session(m_out, m_err, QStringLiteral("preview"), m_statePath);
    session.setJson(args.isSet(json));
    if (!session.load(args.file()))
        return ExitCode::Failed;
    const DataPointConfig *config = session.project().dataPoint(*kind);
    if (!config) {
        session.printError(Error{ErrorCode::InvalidArgument, QStringLiteral("dataPoints"),
            tr("the project has no data point \"%1\"").arg(DataPoints::key(*kind)),
            tr("add it to the project's \"dataPoints\", or choose one the project has")});
        return ExitCode::Failed;
    }
    auto engine = MappingEngine::compile(*config);
    if (!engine) {
        session.printError(engine.error());
        return ExitCode::Failed;
    }
    const Side side = previewSide(*config);
    if (!session.reach({side}))
        return ExitCode::Failed;
    Connector &source = session.connector(side);
    PageRequest request;
    request.pageSize = static_cast<int>(*records);
    auto page = source.fetchPage(*kind, request);
    if (!page) {
        session.printError(page.error().error);
        return session.cancelled() ? ExitCode::Cancelled : ExitCode::Failed;
    }
    // A server may ignore the page size; the preview shows what was asked for. Records the
    // reader refused follow those it read (their place in the page is not kept).
    const QList<Value> sample = page->records.mid(0, *records);
    QList<PreviewRow> rows = MappingPreview::preview(*engine, sample);
    for (const UnreadableRecord &record : std::as_const(page->unreadable)) {
        if (rows.size() >= *records)
            break;
        rows.append(MappingPreview::unreadable(static_cast<int>(rows.size()), record.raw, record.message));
    }
    const qsizetype mapped = MappingPreview::succeeded(rows);
    if (args.isSet(json)) {
        QList<Value> values;
        for (const PreviewRow &row : rows)
            values.append(CliJson::previewRow(row));
        session.printJson(Value::array(std::move(values)));
    } else {
        const QString url = session.connector(side).redactor().redactUrl(source.resourceUrl(*kind));
        // Figures after colons read right for one record as for many.
        m_out << tr("%1 from %2 (%3); mappings: %4, records: %5, mapped: %6, failing: %7")
                     .arg(DataPoints::key(*kind), CliOutput::sideName(side), url)
                     .arg(engine->mappingCount())
                     .arg(rows.size())
                     .arg(mapped)
                     .arg(rows.size() - mapped)
              << Qt::endl;
        printPreview(*config, *engine, rows);
    }
    return mapped == rows.size() ? ExitCode::Ok : ExitCode::FinishedWithFailures;
}

ExitCode CliInspectCommands::preflight(const QStringList &arguments)
{
    CliArguments args(m_out, m_err, QStringLiteral("preflight"),
        QStringLiteral("linkwright-cli preflight FILE --data-point DP [--json]"));
    const QCommandLineOption dataPoint(
        {QStringLiteral("d"), QStringLiteral("data-point")}, tr("The data point to check."), QStringLiteral("key"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document on stdout."));
    args.addOptions({dataPoint, json});
    if (const auto stop = args.parse(arguments))
        return *stop;
    const auto kind = args.dataPoint(dataPoint);
    if (!kind)
        return ExitCode::Usage;

    CliSession session(m_out, m_err, QStringLiteral("preflight"), m_statePath);
    session.setJson(args.isSet(json));
    if (!session.load(args.file()))
        return ExitCode::Failed;
    SyncRunner *runner = session.runner();
    if (!runner)
        return ExitCode::Failed;
    if (!session.reach({Side::Erp, Side::Shop}))
        return ExitCode::Failed;
    auto report = runner->preflight(*kind);
    if (!report) {
        session.printError(report.error());
        return session.cancelled() ? ExitCode::Cancelled : ExitCode::Failed;
    }
    if (args.isSet(json))
        session.printJson(CliJson::preflight(*report));
    else
        CliOutput::preflight(m_out, *report, session.project().dataPoint(*kind)->direction);
    if (session.cancelled())
        return ExitCode::Cancelled;
    if (!report->compared())
        return ExitCode::Failed;
    return report->invalid > 0 ? ExitCode::FinishedWithFailures : ExitCode::Ok;
}

} // namespace Linkwright

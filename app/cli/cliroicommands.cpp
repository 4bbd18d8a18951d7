#include "cliroicommands.h"

#include "clijson.h"
#include "clitable.h"
#include "project/roiformat.h"
#include "roi/moneyformat.h"

#include <QCommandLineParser>
#include <QFile>

namespace Linkwright {

namespace {

Member member(const char *name, Value value)
{
    return {QByteArray(name), std::move(value)};
}

Value number(const Decimal &value)
{
    return value.toValue();
}

template <typename T>
Value optionalNumber(const std::optional<T> &value)
{
    if (!value)
        return {};
    if constexpr (std::is_same_v<T, Decimal>)
        return value->toValue();
    else
        return Value::number(static_cast<qint64>(*value));
}

void printProblem(
    QTextStream &stream, const QString &file, const QString &path, const QString &message, const QString &hint)
{
    stream << file << QStringLiteral(": ") << CliRoiCommands::tr("error") << QStringLiteral(": ")
           << (path.isEmpty() ? message : path + QStringLiteral(": ") + message) << Qt::endl;
    if (!hint.isEmpty())
        stream << QStringLiteral("  ") << CliRoiCommands::tr("hint") << QStringLiteral(": ") << hint << Qt::endl;
}

} // namespace

CliRoiCommands::CliRoiCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_locale(QLocale::c())
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

QString CliRoiCommands::money(const Decimal &amount, const QString &currency) const
{
    return MoneyFormat::number(amount, m_locale, 2) + u' ' + currency;
}

ExitCode CliRoiCommands::roi(const QStringList &arguments)
{
    const QString usage = tr("Usage: linkwright-cli roi [--preset whitepaper | --input FILE] [--json]");
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this command's options."));
    const QCommandLineOption preset(QStringLiteral("preset"),
        tr("A built-in scenario: whitepaper (the default), the reference example of 221,190 EUR a year."),
        QStringLiteral("name"));
    const QCommandLineOption input(QStringLiteral("input"),
        tr("A JSON file holding one scenario, in the shape of the project file's roi.scenarios[]."),
        QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document with exact numbers."));
    parser.addOptions({help, preset, input, json});
    const auto usageError = [&](const QString &message) {
        m_err << QStringLiteral("roi: ") << message << Qt::endl << usage << Qt::endl;
        return ExitCode::Usage;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        const QString text = parser.helpText();
        const qsizetype options = text.indexOf(QStringLiteral("Options:"));
        m_out << usage << Qt::endl << Qt::endl << (options < 0 ? text : text.mid(options)) << Qt::flush;
        return ExitCode::Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\"; give a scenario file with --input FILE")
                              .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(preset) && parser.isSet(input))
        return usageError(tr("give --preset or --input, not both"));
    if (parser.values(preset).size() > 1 || parser.values(input).size() > 1)
        return usageError(tr("give one scenario only"));

    // With --json, a script reads why from stdout too: one document, as the other commands print.
    QList<Value> problems;
    const auto complain = [&](const QString &file, const QString &path, const QString &message, const QString &hint) {
        printProblem(m_err, file, path, message, hint);
        problems.append(CliJson::error(Error{
            ErrorCode::InvalidArgument, path.isEmpty() ? file : file + QStringLiteral(": ") + path, message, hint}));
    };
    const auto failed = [&] {
        if (parser.isSet(json))
            CliJson::print(m_out, Value::object({Member{"errors", Value::array(problems)}}));
        return ExitCode::Failed;
    };
    RoiScenario scenario = RoiPresets::whitepaper();
    QString source = QStringLiteral("whitepaper");
    if (parser.isSet(preset) && parser.value(preset) != u"whitepaper")
        return usageError(
            tr("--preset: \"%1\" is not a preset; the one preset is whitepaper").arg(parser.value(preset)));
    if (parser.isSet(input)) {
        source = parser.value(input);
        QFile file(source);
        if (!file.exists()) {
            complain(source, {}, tr("no such file"), tr("Check the path."));
            return failed();
        }
        if (!file.open(QIODevice::ReadOnly)) {
            complain(source, {}, tr("cannot be read: %1").arg(file.errorString()), tr("Check the file's permissions."));
            return failed();
        }
        auto read = RoiFormat::parseScenario(file.readAll());
        if (!read) {
            for (const Diagnostic &problem : read.error())
                complain(source, problem.path, problem.message, problem.hint);
            return failed();
        }
        scenario = *read;
    }

    const auto inputs = RoiChecker::check(scenario);
    if (!inputs) {
        for (const RoiFieldProblem &problem : inputs.error())
            complain(source, problem.path(), problem.message, problem.hint);
        return failed();
    }
    const auto result = RoiCalculator::calculate(*inputs);
    if (!result) {
        complain(source, result.error().where, result.error().message, result.error().hint);
        return failed();
    }
    if (parser.isSet(json))
        printJson(scenario.name, *inputs, *result);
    else
        printTable(scenario, *result);
    return ExitCode::Ok;
}

void CliRoiCommands::printTable(const RoiScenario &scenario, const RoiResult &result)
{
    const QString currency = result.currency;
    m_out << (scenario.name.isEmpty() ? tr("Scenario") : scenario.name) << QStringLiteral(": ")
          << tr("%1, %2 days a year").arg(currency).arg(result.daysPerYear) << Qt::endl
          << Qt::endl;
    using Align = CliTable::Align;
    CliTable table({Align::Left, Align::Right, Align::Right, Align::Right, Align::Right});
    table.add({tr("area"), tr("cost per event"), tr("per day"), tr("improvement"), tr("yearly saving")});
    const auto figure = [this](const QString &text) { return RoiChecker::localised(text.trimmed(), m_locale); };
    for (qsizetype i = 0; i < scenario.areas.size(); ++i) {
        const RoiArea &area = scenario.areas.at(i);
        table.add({area.name.trimmed(), figure(area.costPerEvent), figure(area.eventsPerDay),
            figure(RoiChecker::withoutPercent(area.improvementPercent)) + QStringLiteral(" %"),
            money(result.areaSavings.at(i), currency)});
    }
    table.add({tr("total"), {}, {}, {}, money(result.yearlySaving, currency)});
    table.print(m_out);
    m_out << Qt::endl;

    QString payback;
    if (!result.paysBack()) {
        payback = tr("no payback: the monthly net saving is %1, nothing is left to pay back the implementation")
                      .arg(money(result.monthlyNetSaving, currency));
    } else if (result.implementationCost.isZero()) {
        payback = tr("immediately, nothing to pay back");
    } else {
        payback = tr("%1 months, in month %2")
                      .arg(MoneyFormat::number(*result.paybackMonths, m_locale, 1))
                      .arg(*result.paybackMonth);
    }
    CliTable summary({Align::Left, Align::Left});
    summary.add({tr("implementation cost"), money(result.implementationCost, currency)});
    summary.add({tr("yearly running cost"), money(result.yearlyRunningCost, currency)});
    summary.add({tr("yearly net saving"), money(result.yearlyNetSaving, currency)});
    summary.add({tr("payback"), payback});
    summary.add({tr("net saving, 3 years"), money(result.netSavingThreeYears, currency)});
    summary.add({tr("ROI, 3 years"),
        result.roiPercent ? MoneyFormat::number(*result.roiPercent, m_locale, 1) + QStringLiteral(" %")
                          : tr("none: nothing invested")});
    summary.print(m_out);
    m_out.flush();
}

void CliRoiCommands::printJson(const QString &name, const RoiInputs &inputs, const RoiResult &result)
{
    QList<Value> areas;
    for (qsizetype i = 0; i < inputs.areas.size(); ++i) {
        const RoiAreaInput &area = inputs.areas.at(i);
        areas.append(Value::object({member("name", CliJson::text(area.name)),
            member("costPerEvent", number(area.costPerEvent)), member("eventsPerDay", number(area.eventsPerDay)),
            member("improvementPercent", number(area.improvementPercent)),
            member("dataPoint", area.dataPoint ? CliJson::text(DataPoints::key(*area.dataPoint)) : Value()),
            member("yearlySaving", number(result.areaSavings.at(i)))}));
    }
    QList<Value> cumulative;
    for (const Decimal &value : result.cumulative)
        cumulative.append(number(value));
    CliJson::print(m_out,
        Value::object({member("name", CliJson::text(name)), member("currency", CliJson::text(result.currency)),
            member("daysPerYear", Value::number(result.daysPerYear)), member("areas", Value::array(areas)),
            member("yearlySaving", number(result.yearlySaving)),
            member("implementationCost", number(result.implementationCost)),
            member("yearlyRunningCost", number(result.yearlyRunningCost)),
            member("yearlyNetSaving", number(result.yearlyNetSaving)),
            member("monthlyNetSaving", number(result.monthlyNetSaving)),
            member("payback", Value::boolean(result.paysBack())),
            member("paybackMonths", optionalNumber(result.paybackMonths)),
            member("paybackMonth", optionalNumber(result.paybackMonth)),
            member("netSavingThreeYears", number(result.netSavingThreeYears)),
            member("roiPercent", optionalNumber(result.roiPercent)),
            member("cumulativeNetSaving", Value::array(cumulative))}));
}

} // namespace Linkwright

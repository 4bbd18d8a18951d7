#include "projectfile.h"

#include "project/duplicatekeys.h"
#include "project/exactnumbers.h"
#include "project/jsonwriter.h"
#include "project/paginationformat.h"
#include "project/projectreader.h"
#include "project/roiformat.h"
#include "project/schedule.h"
#include "project/trytonformat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>

namespace Linkwright {

namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

std::unexpected<Diagnostics> failure(const QString &path, const QString &message, const QString &hint)
{
    return std::unexpected(Diagnostics{{Diagnostic::Severity::Error, path, message, hint}});
}

/// Line and column (both from 1) of a byte offset, for JSON syntax errors.
std::pair<int, int> lineAndColumn(const QByteArray &json, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < std::min(offset, json.size()); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

void writeSecret(JsonWriter &out, const QString &name, const SecretRef &secret)
{
    if (!secret.isSet())
        return;
    out.inlineObject(
        name, {{secret.source == SecretRef::Source::Environment ? key("env") : key("keychain"), secret.name}});
}

void writeEndpoint(JsonWriter &out, const QString &name, const Endpoint &endpoint)
{
    out.beginObject(name);
    if (!endpoint.name.isEmpty())
        out.value(key("name"), endpoint.name);
    out.value(key("type"), connectorTypeKey(endpoint.connector));
    out.value(key("baseUrl"), endpoint.baseUrl.toString());
    if (endpoint.auth.type != AuthType::None) {
        const AuthConfig &auth = endpoint.auth;
        out.beginObject(key("auth"));
        out.value(key("type"), authTypeKey(auth.type));
        if (auth.type == AuthType::ApiKey) {
            out.value(key("header"), auth.header);
            writeSecret(out, key("key"), auth.secret);
        } else if (auth.type == AuthType::Basic) {
            out.value(key("username"), auth.username);
            writeSecret(out, key("password"), auth.secret);
        } else {
            writeSecret(out, key("token"), auth.secret);
        }
        out.endObject();
    }
    if (!endpoint.resources.isEmpty()) {
        out.beginObject(key("resources"));
        for (DataPointKind kind : DataPoints::all()) {
            const QString dataPoint = DataPoints::key(kind);
            if (endpoint.resources.contains(dataPoint))
                out.value(dataPoint, endpoint.resources.value(dataPoint));
        }
        out.endObject();
    }
    out.value(key("timeoutSeconds"), endpoint.timeoutSeconds);
    if (endpoint.requestsPerSecond > 0)
        out.value(key("requestsPerSecond"), endpoint.requestsPerSecond);
    PaginationFormat::write(out, endpoint.pagination);
    if (endpoint.connector == ConnectorType::Tryton)
        TrytonFormat::write(out, endpoint.tryton);
    out.endObject();
}

void writeMapping(JsonWriter &out, const FieldMapping &mapping)
{
    out.beginObject();
    out.value(key("target"), mapping.target);
    if (mapping.sources.size() == 1)
        out.value(key("source"), mapping.sources.constFirst());
    else if (mapping.sources.size() > 1)
        out.value(key("source"), QJsonArray::fromStringList(mapping.sources));
    if (mapping.type != FieldType::Any)
        out.value(key("type"), FieldTypes::key(mapping.type));
    if (mapping.required)
        out.value(key("required"), true);
    if (!mapping.transforms.isEmpty()) {
        out.beginArray(key("transforms"));
        for (const Transform &transform : mapping.transforms) {
            QList<std::pair<QString, QJsonValue>> members{{key("op"), transform.op}};
            for (auto it = transform.args.begin(); it != transform.args.end(); ++it)
                members.append({it.key(), it.value()});
            out.inlineObject({}, members);
        }
        out.endArray();
    }
    out.endObject();
}

void writeDataPoint(JsonWriter &out, const DataPointConfig &config)
{
    out.beginObject(DataPoints::key(config.kind));
    out.value(key("direction"), directionKey(config.direction));
    out.value(key("mode"), syncModeKey(config.mode));
    if (config.schedule.kind != Schedule::Kind::Manual) {
        if (config.schedule.kind == Schedule::Kind::Interval)
            out.inlineObject(
                key("schedule"), {{key("every"), Schedules::formatInterval(config.schedule.intervalSeconds)}});
        else
            out.inlineObject(key("schedule"), {{key("cron"), config.schedule.cron}});
    }
    out.value(key("keyField"), config.keyField);
    if (config.deletes)
        out.value(key("deletes"), true);
    // Kept even when the data point is one-way, so switching direction back loses nothing.
    if (config.direction == Direction::Both || config.conflictDefault != ConflictPolicy::Review
        || !config.conflictFields.isEmpty() || config.conflictStated) {
        out.beginObject(key("conflict"));
        out.value(key("default"), conflictPolicyKey(config.conflictDefault));
        if (!config.conflictFields.isEmpty()) {
            out.beginObject(key("fields"));
            for (auto it = config.conflictFields.begin(); it != config.conflictFields.end(); ++it)
                out.value(it.key(), conflictPolicyKey(it.value()));
            out.endObject();
        }
        out.endObject();
    }
    if (!config.mappings.isEmpty()) {
        out.beginArray(key("mappings"));
        for (const FieldMapping &mapping : config.mappings)
            writeMapping(out, mapping);
        out.endArray();
    }
    out.endObject();
}

} // namespace

QString ProjectFile::mappingsFingerprint(const DataPointConfig &config)
{
    JsonWriter out;
    out.beginObject();
    out.value(key("keyField"), config.keyField);
    // The policies decide what a two-way plan writes, and which shop values are checked.
    out.value(key("direction"), directionKey(config.direction));
    // Only where they apply (a one-way run ignores them), and as they decide: a field's policy
    // that says what the default says changes nothing.
    if (config.direction == Direction::Both) {
        out.value(key("conflictDefault"), conflictPolicyKey(config.conflictDefault));
        out.beginObject(key("conflictFields"));
        for (auto it = config.conflictFields.cbegin(); it != config.conflictFields.cend(); ++it) {
            if (it.value() != config.conflictDefault)
                out.value(it.key(), conflictPolicyKey(it.value()));
        }
        out.endObject();
    }
    out.beginArray(key("mappings"));
    for (const FieldMapping &mapping : config.mappings)
        writeMapping(out, mapping);
    out.endArray();
    out.endObject();
    return QString::fromLatin1(QCryptographicHash::hash(out.finish(), QCryptographicHash::Sha256).toHex().left(16));
}

namespace {

/// The first comment or single quote outside JSON strings (where JSON has neither, but many
/// a hand-edited file does): what a parser's "unterminated object" leaves the user to find.
std::optional<std::pair<char, qsizetype>> strayOutsideStrings(const QByteArray &json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '\'' || c == '#'
            || (c == '/' && i + 1 < json.size() && (json.at(i + 1) == '/' || json.at(i + 1) == '*'))) {
            return std::pair{c == '#' ? '/' : c, i};
        } else if (json.mid(i, 3) == "\xE2\x80\x9C" || json.mid(i, 3) == "\xE2\x80\x9D") {
            // A word processor's curly quotes, which a parser calls an "illegal number".
            return std::pair{'"', i};
        }
    }
    return std::nullopt;
}

} // namespace

QString Diagnostic::toString() const
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

std::expected<LoadedProject, Diagnostics> ProjectFile::parse(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return failure({}, ProjectFile::tr("the file is empty"),
            ProjectFile::tr("Create a project with File > New or \"linkwright-cli init\"."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        // A file that does not even start like JSON is most likely another format (YAML, say).
        const QByteArray start =
            json.trimmed().startsWith("\xEF\xBB\xBF") ? json.trimmed().mid(3).trimmed() : json.trimmed();
        const bool looksLikeJson = start.startsWith('{') || start.startsWith('[');
        if (const auto stray = looksLikeJson ? strayOutsideStrings(json) : std::nullopt) {
            const auto [strayLine, strayColumn] = lineAndColumn(json, stray->second);
            return failure(ProjectFile::tr("line %1, column %2").arg(strayLine).arg(strayColumn),
                stray->first == '/' ? ProjectFile::tr("not valid JSON: a comment, which JSON does not allow")
                    : stray->first == '"'
                    ? ProjectFile::tr("not valid JSON: a curly quote, where JSON takes straight "
                                      "double quotes")
                    : ProjectFile::tr("not valid JSON: a single quote, where JSON takes double quotes"),
                stray->first == '/' ? ProjectFile::tr("Remove the comment; a note can go in a field of its own, such "
                                                      "as \"name\".")
                    : stray->first == '"'
                    ? ProjectFile::tr("Write names and texts in straight double quotes: \"name\", not \u201cname\u201d "
                                      "(a word processor makes them curly).")
                    : ProjectFile::tr("Write names and texts in double quotes: \"name\", not 'name'."));
        }
        return failure(ProjectFile::tr("line %1, column %2").arg(line).arg(column),
            ProjectFile::tr("not valid JSON: %1").arg(parseError.errorString()),
            looksLikeJson
                ? ProjectFile::tr(
                    "Look there and just before it: a missing comma, quote or bracket is the usual cause.")
                : ProjectFile::tr("A project file is JSON and starts with \"{\"; other formats, such as YAML, are "
                                  "not read. \"linkwright-cli init\" writes one to start from."));
    }
    if (!document.isObject()) {
        return failure({},
            ProjectFile::tr("a project file must hold a JSON object, found %1")
                .arg(JsonChecker::typeName(document.isArray() ? QJsonValue(document.array()) : QJsonValue())),
            ProjectFile::tr("Start the file with { \"formatVersion\": %1, ... }.").arg(CurrentFormatVersion));
    }
    const QJsonObject root = document.object();

    // The version decides how to read everything else, so it is checked alone and first.
    JsonChecker versionCheck;
    const auto version = versionCheck.integer(root, key("formatVersion"), {}, 1, 1'000'000, true);
    if (!version) {
        Diagnostics problems = versionCheck.diagnostics();
        if (!root.contains(key("formatVersion")))
            problems.first().hint =
                ProjectFile::tr("Add \"formatVersion\": %1 at the top level.").arg(CurrentFormatVersion);
        return std::unexpected(problems);
    }
    if (*version > CurrentFormatVersion) {
        return failure(key("formatVersion"),
            ProjectFile::tr("%1 is newer than this version of Linkwright understands (%2)")
                .arg(*version)
                .arg(CurrentFormatVersion),
            ProjectFile::tr("Open the project with a newer Linkwright. The file was not changed."));
    }

    // A repeated key comes first: what the reader says after it is about the last of the repeats.
    const Diagnostics duplicates = duplicateKeys(json);
    ProjectReader reader;
    Project project = reader.read(root);
    // A number the reader refused already (out of range, say) needs no second error about its
    // digits, whose hint (write it as text) would be wrong for a field that takes a number.
    Diagnostics inexact;
    for (const Diagnostic &number : inexactNumbers(json)) {
        const bool told = std::any_of(reader.diagnostics().cbegin(), reader.diagnostics().cend(),
            [&number](const Diagnostic &said) { return said.path == number.path; });
        if (!told)
            inexact.append(number);
    }
    if (reader.hasErrors() || !duplicates.isEmpty() || !inexact.isEmpty())
        return std::unexpected(duplicates + reader.diagnostics() + inexact);
    return LoadedProject{project, reader.diagnostics() + recommendations(project)};
}

std::expected<LoadedProject, Diagnostics> ProjectFile::load(const QString &fileName)
{
    QFile file(fileName);
    if (QFileInfo(fileName).isDir()) {
        return failure(fileName, ProjectFile::tr("is a folder, not a project file"),
            ProjectFile::tr("Name the project file itself, such as %1.")
                .arg(QDir(fileName).filePath(QStringLiteral("shop.linkwright.json"))));
    }
    if (!file.exists()) {
        return failure(fileName, ProjectFile::tr("no such file"),
            ProjectFile::tr("Check the path, or create a project with \"linkwright-cli init %1\".").arg(fileName));
    }
    if (!file.open(QIODevice::ReadOnly))
        return failure(fileName, ProjectFile::tr("cannot be read: %1").arg(file.errorString()),
            ProjectFile::tr("Check the file's permissions."));
    return parse(file.readAll());
}

QByteArray ProjectFile::serialize(const Project &project)
{
    JsonWriter out;
    out.beginObject();
    out.value(key("formatVersion"), CurrentFormatVersion);
    if (!project.name.isEmpty())
        out.value(key("name"), project.name);
    out.beginObject(key("endpoints"));
    writeEndpoint(out, key("erp"), project.erp);
    writeEndpoint(out, key("shop"), project.shop);
    out.endObject();
    out.beginObject(key("dataPoints"));
    for (DataPointKind kind : DataPoints::all()) {
        if (const DataPointConfig *config = project.dataPoint(kind))
            writeDataPoint(out, *config);
    }
    out.endObject();
    RoiFormat::write(out, project.roiScenarios);
    out.endObject();
    return out.finish();
}

Result<void> ProjectFile::save(const Project &project, const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::FileUnwritable, fileName,
            ProjectFile::tr("cannot be written: %1").arg(file.errorString()),
            ProjectFile::tr("Nothing was written. Choose a folder you can write to."));
    }
    file.write(serialize(project));
    if (!file.commit()) {
        return fail(ErrorCode::FileUnwritable, fileName,
            ProjectFile::tr("could not be saved: %1").arg(file.errorString()),
            ProjectFile::tr("The previous file, if any, is untouched. Free some disk space or choose another place."));
    }
    return {};
}

} // namespace Linkwright

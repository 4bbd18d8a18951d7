#include "projectreader.h"

#include "domain/transformspec.h"
#include "project/paginationformat.h"
#include "project/projectfile.h"
#include "project/roiformat.h"
#include "project/schedule.h"
#include "project/trytonformat.h"
#include "secrets/redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Linkwright {

namespace {

/// A URL as the file wrote it, for a message: redacted, and whatever comes before its last "@"
/// masked as well, since a URL that is wrong may be too wrong for the redactor to find the
/// password in it (no scheme, a space or an "@" inside the password).
QString shown(const QString &url)
{
    QString text = url;
    if (const qsizetype at = text.lastIndexOf(u'@'); at >= 0) {
        const qsizetype scheme = text.indexOf(QStringLiteral("://"));
        const qsizetype start =
            scheme >= 0 && scheme < at ? scheme + 3 : (text.startsWith(QStringLiteral("//")) ? 2 : 0);
        text = text.left(start) + QStringLiteral("***") + text.mid(at);
    }
    return Redactor().redact(text);
}

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

QStringList dataPointKeys()
{
    QStringList keys;
    for (DataPointKind kind : DataPoints::all())
        keys.append(DataPoints::key(kind));
    return keys;
}

} // namespace

Project ProjectReader::read(const QJsonObject &root)
{
    Project project;
    m_check.checkKeys(root, {}, {key("formatVersion"), key("name"), key("endpoints"), key("dataPoints"), key("roi")});
    project.name = m_check.string(root, key("name"), {}, false).value_or(QString());

    if (auto endpoints = m_check.object(root, key("endpoints"), {}, true)) {
        m_check.checkKeys(*endpoints, key("endpoints"), {key("erp"), key("shop")});
        for (const QString &role : {key("erp"), key("shop")}) {
            const QString path = JsonChecker::join(key("endpoints"), role);
            if (!endpoints->contains(role)) {
                m_check.missing(path,
                    ProjectFile::tr("A project connects one ERP and one shop; add \"%1\": "
                                    "{\"baseUrl\": \"https://...\"}.")
                        .arg(role));
            } else if (auto endpoint = m_check.object(*endpoints, role, key("endpoints"), true)) {
                (role == u"erp" ? project.erp : project.shop) = readEndpoint(*endpoint, path);
            }
        }
    }

    if (auto dataPoints = m_check.object(root, key("dataPoints"), {}, false)) {
        m_check.checkKeys(*dataPoints, key("dataPoints"), dataPointKeys());
        for (DataPointKind kind : DataPoints::all()) {
            const QString path = JsonChecker::join(key("dataPoints"), DataPoints::key(kind));
            if (auto object = m_check.object(*dataPoints, DataPoints::key(kind), key("dataPoints"), false))
                project.dataPoints.append(readDataPoint(kind, *object, path));
        }
    }
    if (auto roi = m_check.object(root, key("roi"), {}, false))
        project.roiScenarios = RoiFormat::read(m_check, *roi, key("roi"));
    return project;
}

Endpoint ProjectReader::readEndpoint(const QJsonObject &object, const QString &path)
{
    Endpoint endpoint;
    m_check.checkKeys(object, path,
        {key("name"), key("type"), key("baseUrl"), key("auth"), key("resources"), key("timeoutSeconds"),
            key("requestsPerSecond"), key("pagination"), key("tryton")});
    endpoint.name = m_check.string(object, key("name"), path, false).value_or(QString());
    endpoint.connector = m_check
                             .choice<ConnectorType>(
                                 object, key("type"), path, connectorTypeKeys(),
                                 [](const QString &text) -> std::optional<ConnectorType> {
                                     if (text == u"rest")
                                         return ConnectorType::Rest;
                                     if (text == u"tryton")
                                         return ConnectorType::Tryton;
                                     return std::nullopt;
                                 },
                                 false)
                             .value_or(ConnectorType::Rest);

    // An empty URL is an endpoint not configured yet: the file stays loadable so that work in
    // progress can be saved, and recommendations() warns about it.
    if (auto text = m_check.string(object, key("baseUrl"), path, true); text && !text->isEmpty()) {
        const QString where = JsonChecker::join(path, key("baseUrl"));
        const QUrl url(*text, QUrl::StrictMode);
        const bool web = url.scheme() == u"http" || url.scheme() == u"https";
        if (!url.isValid() || !web || url.host().isEmpty()) {
            // Redacted: a URL that is wrong in one way may still hold a password or a token.
            // What is wrong is said where it can be told: "not an http URL" for a port of 481000
            // or a space after the slash left the user to find it.
            const QString bad = ProjectFile::tr("\"%1\" is not an http or https URL").arg(shown(*text));
            const QString form =
                ProjectFile::tr("Write it as https://host[:port]/path, for example https://erp.example.com/api/.");
            const QUrl loose(text->trimmed());
            if (*text != text->trimmed()) {
                m_check.error(where, ProjectFile::tr("%1: it has a space at its start or end").arg(bad),
                    ProjectFile::tr("Remove the spaces."));
            } else if (!text->contains(QStringLiteral("://"))) {
                m_check.error(where, ProjectFile::tr("%1: it does not begin with http:// or https://").arg(bad),
                    text->contains(QRegularExpression(QStringLiteral("[@#?]")))
                            || text->startsWith(QStringLiteral("http"), Qt::CaseInsensitive) || text->startsWith(u'/')
                        ? form
                        : ProjectFile::tr("Write it with its scheme: https://%1").arg(shown(*text)));
            } else if (text->contains(u' ')) {
                m_check.error(where, ProjectFile::tr("%1: it has a space in it").arg(bad),
                    ProjectFile::tr("Write a space in a path as %20; a host has none."));
            } else if (web && loose.port() == -1 && !url.isValid()
                && QUrl(text->section(u'/', 0, 2) + u'/').errorString().contains(QStringLiteral("port"))) {
                m_check.error(where, ProjectFile::tr("%1: its port is not a number from 1 to 65535").arg(bad), form);
            } else {
                m_check.error(where, bad, form);
            }
        } else if (checkNoCredentials(url, where)) {
            // The window refuses one too: it is never sent, so it can only be a mistake or a secret.
            if (url.hasFragment()) {
                m_check.error(where, ProjectFile::tr("a base URL cannot have a #fragment"),
                    ProjectFile::tr("Remove it: a fragment is never sent to the server."));
            } else {
                endpoint.baseUrl = url;
            }
        }
    }
    if (auto auth = m_check.object(object, key("auth"), path, false))
        endpoint.auth = readAuth(*auth, JsonChecker::join(path, key("auth")));

    if (auto resources = m_check.object(object, key("resources"), path, false)) {
        const QString resourcesPath = JsonChecker::join(path, key("resources"));
        m_check.checkKeys(*resources, resourcesPath, dataPointKeys());
        for (auto it = resources->begin(); it != resources->end(); ++it) {
            if (!DataPoints::fromKey(it.key()))
                continue;
            const auto resource = m_check.string(*resources, it.key(), resourcesPath, false);
            if (resource && checkResource(*resource, JsonChecker::join(resourcesPath, it.key()), it.key()))
                endpoint.resources.insert(it.key(), *resource);
        }
    }
    if (auto timeout = m_check.integer(object, key("timeoutSeconds"), path, 1, 3600, false))
        endpoint.timeoutSeconds = static_cast<int>(*timeout);
    if (auto rate = m_check.number(object, key("requestsPerSecond"), path, 0, 10000))
        endpoint.requestsPerSecond = *rate;
    if (auto pagination = m_check.object(object, key("pagination"), path, false))
        endpoint.pagination = PaginationFormat::read(m_check, *pagination, JsonChecker::join(path, key("pagination")));
    const auto tryton = m_check.object(object, key("tryton"), path, false);
    if (tryton)
        endpoint.tryton = TrytonFormat::read(m_check, *tryton, JsonChecker::join(path, key("tryton")));
    TrytonFormat::check(m_check, endpoint, tryton.has_value(), path);
    return endpoint;
}

AuthConfig ProjectReader::readAuth(const QJsonObject &object, const QString &path)
{
    AuthConfig auth;
    const auto type = m_check.choice<AuthType>(
        object, key("type"), path, authTypeKeys(),
        [](const QString &text) -> std::optional<AuthType> {
            const qsizetype i = authTypeKeys().indexOf(text);
            if (i < 0)
                return std::nullopt;
            return static_cast<AuthType>(i);
        },
        true);
    if (!type) {
        m_check.checkKeys(
            object, path, {key("type"), key("header"), key("key"), key("username"), key("password"), key("token")});
        return auth;
    }
    auth.type = *type;
    switch (auth.type) {
    case AuthType::None:
        m_check.checkKeys(object, path, {key("type")});
        break;
    case AuthType::ApiKey:
        m_check.checkKeys(object, path, {key("type"), key("header"), key("key")});
        if (auto header = m_check.string(object, key("header"), path, false)) {
            // Empty stands for the default name, as in the connector. The text is never echoed:
            // "X-Api-Key: sk_live_..." holds the key itself.
            if (!header->trimmed().isEmpty() && !isHttpHeaderName(header->trimmed())) {
                m_check.error(JsonChecker::join(path, key("header")),
                    ProjectFile::tr("is not an HTTP header name: it holds a space, a colon or another character a name "
                                    "cannot have"),
                    ProjectFile::tr(
                        "Write the name alone, such as \"X-Api-Key\", and refer to the key in \"key\": "
                        "{\"env\": \"VARIABLE\"} or {\"keychain\": \"name\"}. If a key was written into the "
                        "name, change it, since it was stored in clear text."));
            } else {
                auth.header = *header;
            }
        }
        auth.secret = readSecret(object, key("key"), path);
        break;
    case AuthType::Basic:
        m_check.checkKeys(object, path, {key("type"), key("username"), key("password")});
        auth.username = m_check.string(object, key("username"), path, false).value_or(QString());
        auth.secret = readSecret(object, key("password"), path);
        break;
    case AuthType::Bearer:
        m_check.checkKeys(object, path, {key("type"), key("token")});
        auth.secret = readSecret(object, key("token"), path);
        break;
    }
    return auth;
}

bool ProjectReader::checkNoCredentials(const QUrl &url, const QString &path)
{
    bool clean = true;
    if (!url.userInfo().isEmpty()) {
        m_check.error(path,
            ProjectFile::tr("the URL holds credentials (\"user:password@\"), which must not be written into the "
                            "project file"),
            ProjectFile::tr("Remove them from the URL and use \"auth\": {\"type\": \"basic\", \"username\": \"...\", "
                            "\"password\": {\"env\": \"VARIABLE\"}} or {\"keychain\": \"name\"} instead. Change the "
                            "password, since it was stored in clear text."));
        clean = false;
    }
    for (const QString &name : credentialQueryParameters(url)) {
        m_check.error(path,
            ProjectFile::tr("the URL parameter \"%1\" holds a credential, which must not be written into the "
                            "project file")
                .arg(name),
            ProjectFile::tr("Remove it from the URL and give the secret in the endpoint's \"auth\" (an \"api-key\" "
                            "header, \"basic\" or \"bearer\") as {\"env\": \"VARIABLE\"} or {\"keychain\": \"name\"}. "
                            "Change it, since it was stored in clear text."));
        clean = false;
    }
    return clean;
}

bool ProjectReader::checkResource(const QString &resource, const QString &path, const QString &dataPoint)
{
    // Read as the REST connector reads it, which drops leading slashes first: "/http://host/"
    // resolves to that host too.
    QString relative = resource;
    while (relative.startsWith(u'/'))
        relative.remove(0, 1);
    const QUrl url(relative);
    if (!url.scheme().isEmpty() || !url.authority().isEmpty() || !QUrl(resource).authority().isEmpty()) {
        // Redacted: a URL written here may hold a password or a token as well.
        m_check.error(path,
            ProjectFile::tr("\"%1\" is not a path below the base URL: it names a scheme or a host, and the "
                            "endpoint's credentials would be sent there")
                .arg(shown(resource)),
            ProjectFile::tr("Give the path below baseUrl, such as \"%1\".").arg(dataPoint));
        return false;
    }
    return checkNoCredentials(url, path);
}

SecretRef ProjectReader::readSecret(const QJsonObject &parent, const QString &name, const QString &path)
{
    const QString where = JsonChecker::join(path, name);
    const QJsonValue value = parent.value(name);
    const QString howTo =
        ProjectFile::tr("Refer to the secret instead: {\"env\": \"VARIABLE\"} or {\"keychain\": \"name\"}.");
    if (value.isUndefined())
        return {}; // not chosen yet; recommendations() warns

    if (value.isString()) {
        // The value itself is never echoed: the message must not spread the secret further.
        m_check.error(where, ProjectFile::tr("a secret must not be written into the project file"),
            howTo + u' '
                + ProjectFile::tr("Remove the value from the file and change it, since it was stored in clear text."));
        return {};
    }
    if (!value.isObject()) {
        m_check.wrongType(where, ProjectFile::tr("an object"), value);
        return {};
    }
    const QJsonObject object = value.toObject();
    m_check.checkKeys(object, where, {key("env"), key("keychain")});
    if (object.contains(key("env")) == object.contains(key("keychain"))) {
        m_check.error(where, ProjectFile::tr("needs exactly one of \"env\" or \"keychain\""), howTo);
        return {};
    }
    SecretRef ref;
    if (auto env = m_check.string(object, key("env"), where, false)) {
        static const QRegularExpression Name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!Name.match(*env).hasMatch()) {
            m_check.error(JsonChecker::join(where, key("env")),
                ProjectFile::tr("\"%1\" is not an environment variable name").arg(*env),
                ProjectFile::tr("Use letters, digits and underscores, for example LINKWRIGHT_ERP_TOKEN."));
            return {};
        }
        ref = {SecretRef::Source::Environment, *env};
    } else if (auto keychain = m_check.string(object, key("keychain"), where, false)) {
        if (keychain->trimmed().isEmpty()) {
            m_check.error(JsonChecker::join(where, key("keychain")), ProjectFile::tr("is empty"),
                ProjectFile::tr("Name the keychain entry, for example \"linkwright/erp\"."));
            return {};
        }
        ref = {SecretRef::Source::Keychain, *keychain};
    }
    return ref;
}

DataPointConfig ProjectReader::readDataPoint(DataPointKind kind, const QJsonObject &object, const QString &path)
{
    DataPointConfig config;
    config.kind = kind;
    m_check.checkKeys(object, path,
        {key("direction"), key("mode"), key("schedule"), key("keyField"), key("deletes"), key("conflict"),
            key("mappings")});
    config.direction =
        m_check.choice<Direction>(object, key("direction"), path, directionKeys(), directionFromKey, true)
            .value_or(Direction::Off);
    config.mode = m_check.choice<SyncMode>(object, key("mode"), path, syncModeKeys(), syncModeFromKey, false)
                      .value_or(SyncMode::Batch);
    if (auto schedule = m_check.object(object, key("schedule"), path, false))
        config.schedule = readSchedule(*schedule, JsonChecker::join(path, key("schedule")));
    config.keyField = m_check.string(object, key("keyField"), path, false).value_or(DataPoints::defaultKeyField(kind));
    if (config.keyField.trimmed().isEmpty()) {
        m_check.error(JsonChecker::join(path, key("keyField")), ProjectFile::tr("is empty"),
            ProjectFile::tr("Name the field that identifies a record on both sides, such as \"%1\".")
                .arg(DataPoints::defaultKeyField(kind)));
    }
    config.deletes = m_check.boolean(object, key("deletes"), path).value_or(false);
    readConflict(object, path, config);
    if (object.contains(key("mappings")))
        config.mappings = readMappings(object.value(key("mappings")), JsonChecker::join(path, key("mappings")));
    return config;
}

Schedule ProjectReader::readSchedule(const QJsonObject &object, const QString &path)
{
    Schedule schedule;
    m_check.checkKeys(object, path, {key("every"), key("cron")});
    if (object.contains(key("every")) && object.contains(key("cron"))) {
        m_check.error(path, ProjectFile::tr("has both \"every\" and \"cron\""), ProjectFile::tr("Keep one of them."));
        return schedule;
    }
    if (auto every = m_check.string(object, key("every"), path, false)) {
        if (auto seconds = Schedules::parseInterval(*every)) {
            schedule.kind = Schedule::Kind::Interval;
            schedule.intervalSeconds = *seconds;
        } else {
            m_check.error(JsonChecker::join(path, key("every")),
                ProjectFile::tr("\"%1\" is not an interval").arg(*every),
                ProjectFile::tr("Write a number and a unit: 30s, 15m, 2h or 1d."));
        }
    }
    if (auto cron = m_check.string(object, key("cron"), path, false)) {
        if (auto problem = Schedules::cronProblem(*cron)) {
            m_check.error(JsonChecker::join(path, key("cron")), QStringLiteral("\"%1\": %2").arg(*cron, *problem),
                ProjectFile::tr("Five fields: minute hour day-of-month month day-of-week, e.g. \"0 2 * * *\" for 02:00 "
                                "every day."));
        } else {
            schedule.kind = Schedule::Kind::Cron;
            schedule.cron = cron->simplified();
        }
    }
    return schedule;
}

void ProjectReader::readConflict(const QJsonObject &object, const QString &path, DataPointConfig &config)
{
    const QString where = JsonChecker::join(path, key("conflict"));
    const auto conflict = m_check.object(object, key("conflict"), path, false);
    if (!conflict) {
        if (config.direction == Direction::Both && !object.contains(key("conflict"))) {
            m_check.error(where, ProjectFile::tr("a two-way data point needs a conflict policy"),
                ProjectFile::tr("Add \"conflict\": {\"default\": \"newest-wins\"}; policies: %1.")
                    .arg(conflictPolicyKeys().join(QStringLiteral(", "))));
        }
        return;
    }
    m_check.checkKeys(*conflict, where, {key("default"), key("fields")});
    config.conflictDefault =
        m_check
            .choice<ConflictPolicy>(*conflict, key("default"), where, conflictPolicyKeys(), conflictPolicyFromKey, true)
            .value_or(ConflictPolicy::Review);
    if (auto fields = m_check.object(*conflict, key("fields"), where, false)) {
        const QString fieldsPath = JsonChecker::join(where, key("fields"));
        for (auto it = fields->begin(); it != fields->end(); ++it) {
            if (auto policy = m_check.choice<ConflictPolicy>(
                    *fields, it.key(), fieldsPath, conflictPolicyKeys(), conflictPolicyFromKey, true))
                config.conflictFields.insert(it.key(), *policy);
        }
    }
    config.conflictStated = config.direction != Direction::Both && config.conflictDefault == ConflictPolicy::Review
        && config.conflictFields.isEmpty();
}

} // namespace Linkwright

#include "project.h"

#include "project/schedule.h"
#include "secrets/redactor.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Linkwright {

namespace {
struct ProjectText {
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Project)
};
} // namespace

QString authTypeKey(AuthType type)
{
    switch (type) {
    case AuthType::ApiKey:
        return QStringLiteral("api-key");
    case AuthType::Basic:
        return QStringLiteral("basic");
    case AuthType::Bearer:
        return QStringLiteral("bearer");
    case AuthType::None:
        break;
    }
    return QStringLiteral("none");
}

QStringList authTypeKeys()
{
    return {QStringLiteral("none"), QStringLiteral("api-key"), QStringLiteral("basic"), QStringLiteral("bearer")};
}

QString authTypeDisplayName(AuthType type)
{
    switch (type) {
    case AuthType::ApiKey:
        return ProjectText::tr("API key header");
    case AuthType::Basic:
        return ProjectText::tr("Basic (user name and password)");
    case AuthType::Bearer:
        return ProjectText::tr("Bearer token");
    case AuthType::None:
        break;
    }
    return ProjectText::tr("None");
}

bool AuthConfig::operator==(const AuthConfig &other) const
{
    return type == other.type && (type != AuthType::ApiKey || header == other.header)
        && (type != AuthType::Basic || username == other.username)
        && (type == AuthType::None || secret == other.secret);
}

bool FieldMapping::isPlainRename() const
{
    const auto topLevelField = [](const QString &field) {
        return !field.isEmpty() && !field.contains(u'.') && !field.contains(u'[');
    };
    return sources.size() == 1 && transforms.isEmpty() && topLevelField(sources.constFirst()) && topLevelField(target);
}

bool isHttpHeaderName(QStringView name)
{
    static constexpr QLatin1StringView Symbols("!#$%&'*+-.^_`|~");
    return !name.isEmpty() && std::ranges::all_of(name, [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || Symbols.contains(c);
    });
}

QStringList credentialQueryParameters(const QUrl &url)
{
    // Split by hand: QUrlQuery knows one delimiter, and servers (and the redactor) take ';' too.
    // A key also hides in a path parameter ("/api;key=...") or a fragment ("#access_token=..."),
    // where it is stored in clear text all the same.
    static const QRegularExpression Delimiters(QStringLiteral("[&;/]"));
    const QString parameters = url.query(QUrl::FullyEncoded) + u'&' + url.fragment(QUrl::FullyEncoded) + u'&'
        + url.path(QUrl::FullyEncoded).section(u';', 1);
    QStringList names;
    for (const QString &item : parameters.split(Delimiters, Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        const QString name = QUrl::fromPercentEncoding(item.left(equals).toUtf8());
        if (equals >= 0 && equals + 1 < item.size() && Redactor::isSecretQueryParameter(name))
            names.append(name);
    }
    return names;
}

QString connectorTypeKey(ConnectorType type)
{
    switch (type) {
    case ConnectorType::Rest:
        break;
    case ConnectorType::Tryton:
        return QStringLiteral("tryton");
    }
    return QStringLiteral("rest");
}

QStringList connectorTypeKeys()
{
    return {QStringLiteral("rest"), QStringLiteral("tryton")};
}

QStringList paginationStyleKeys()
{
    return {QStringLiteral("page"), QStringLiteral("offset"), QStringLiteral("cursor"), QStringLiteral("link"),
        QStringLiteral("odata")};
}

QString paginationStyleKey(Pagination::Style style)
{
    return paginationStyleKeys().value(static_cast<int>(style));
}

QString Endpoint::resourcePath(DataPointKind kind) const
{
    const QString key = DataPoints::key(kind);
    return resources.value(key, key);
}

QString Schedule::toDisplayString() const
{
    switch (kind) {
    case Kind::Interval:
        return ProjectText::tr("every %1").arg(Schedules::formatInterval(intervalSeconds));
    case Kind::Cron:
        return ProjectText::tr("cron %1").arg(cron);
    case Kind::Manual:
        break;
    }
    return ProjectText::tr("manual");
}

const DataPointConfig *Project::dataPoint(DataPointKind kind) const
{
    for (const auto &config : dataPoints) {
        if (config.kind == kind)
            return &config;
    }
    return nullptr;
}

DataPointConfig *Project::dataPoint(DataPointKind kind)
{
    for (auto &config : dataPoints) {
        if (config.kind == kind)
            return &config;
    }
    return nullptr;
}

} // namespace Linkwright

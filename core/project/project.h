#pragma once

#include "domain/datapoint.h"
#include "domain/transformspec.h"
#include "roi/roiscenario.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Linkwright {

/// Where a secret lives. The project file only ever holds this reference, never the value.
struct SecretRef {
    enum class Source {
        None,
        Environment, ///< name of an environment variable
        Keychain, ///< key in the operating system's keychain
    };
    Source source = Source::None;
    QString name;

    [[nodiscard]] bool isSet() const { return source != Source::None && !name.isEmpty(); }
    bool operator==(const SecretRef &) const = default;
};

enum class AuthType {
    None,
    ApiKey, ///< a header carrying a key
    Basic,
    Bearer,
};

[[nodiscard]] QString authTypeKey(AuthType type);
[[nodiscard]] QStringList authTypeKeys();
[[nodiscard]] QString authTypeDisplayName(AuthType type);

struct AuthConfig {
    AuthType type = AuthType::None;
    QString header = QStringLiteral("X-Api-Key"); ///< ApiKey only
    QString username; ///< Basic only
    SecretRef secret; ///< the key, password or token

    /// Compares what the type uses: a header left over from an earlier type is not saved.
    bool operator==(const AuthConfig &other) const;
};

/// Whether name is an HTTP header name (an RFC 9110 token: letters, digits and !#$%&'*+-.^_`|~).
/// A name with a colon or a space is a header line, often with a key in it, not a name.
[[nodiscard]] bool isHttpHeaderName(QStringView name);
/// The names of url's query parameters that carry a value and are named like a credential
/// (see Redactor::secretQueryParameters), as the URL writes them: a project must not hold those.
[[nodiscard]] QStringList credentialQueryParameters(const QUrl &url);

enum class ConnectorType {
    Rest,
    Tryton, ///< Tryton's JSON-RPC; the user and password come from a Basic auth
};

[[nodiscard]] QString connectorTypeKey(ConnectorType type);
[[nodiscard]] QStringList connectorTypeKeys();

enum class EndpointRole {
    Erp,
    Shop,
};

/// How an endpoint pages through a list ("pagination" in the file). Empty names mean the style's
/// defaults (RestConnector documents them), so a file only states what differs.
struct Pagination {
    enum class Style {
        Page, ///< ?page=N&pageSize=M
        Offset, ///< ?offset=N&limit=M
        Cursor, ///< a cursor from the body sent back as a parameter
        Link, ///< the Link header's rel="next"
        OData, ///< @odata.nextLink, items in "value"
    };
    Style style = Style::Page;
    QString pageParam;
    QString sizeParam;
    QString offsetParam;
    QString cursorParam;
    QString cursorPath; ///< where the next cursor is in the body, dotted ("meta.next")
    QString itemsPath; ///< where the records are, dotted; empty tries items, value, data, a root array
    QString totalHeader; ///< header with the total count; empty means X-Total-Count
    QString totalPath; ///< where the total is in the body; empty tries total, @odata.count
    QString modifiedSinceParam; ///< the watermark's parameter; for OData the property in $filter
    int firstPage = 1; ///< Page style: 0 or 1
    /// Page and offset styles: pages a run asks for at once, on the guess that each page comes
    /// back full (see PagesAhead); 1 for a server that takes one request at a time.
    int pagesAtOnce = 3;
    /// More pages at once only queue on a server (and each holds a page in memory): measured
    /// against the simulator, five gained nothing over three.
    static constexpr int MaxPagesAtOnce = 8;

    /// Whether the next page's cursor is known before the answer (page and offset styles), so
    /// that pagesAtOnce applies; the other styles name the next page only in the answer.
    [[nodiscard]] static bool asksAhead(Style style) { return style == Style::Page || style == Style::Offset; }

    [[nodiscard]] bool isDefault() const { return *this == Pagination(); }
    bool operator==(const Pagination &) const = default;
};

[[nodiscard]] QString paginationStyleKey(Pagination::Style style);
[[nodiscard]] QStringList paginationStyleKeys();

/// What a Tryton endpoint needs besides the URL and the credentials ("tryton" in the file).
struct TrytonSettings {
    QString database;
    int company = 1; ///< the company.company id every call runs for
    /// The stock.location ids of the warehouses whose stock is read; empty reads every warehouse.
    QList<int> warehouses;

    bool operator==(const TrytonSettings &) const = default;
};

struct Endpoint {
    QString name;
    ConnectorType connector = ConnectorType::Rest;
    QUrl baseUrl;
    AuthConfig auth;
    /// Resource path per data point key, relative to baseUrl; absent means the key itself.
    QMap<QString, QString> resources;
    int timeoutSeconds = 30;
    double requestsPerSecond = 0; ///< 0 means no cap
    Pagination pagination;
    TrytonSettings tryton; ///< ConnectorType::Tryton only

    [[nodiscard]] QString resourcePath(DataPointKind kind) const;
    bool operator==(const Endpoint &) const = default;
};

struct Schedule {
    enum class Kind {
        Manual,
        Interval,
        Cron,
    };
    Kind kind = Kind::Manual;
    int intervalSeconds = 0;
    QString cron;

    /// "manual", "every 15m", "cron 0 2 * * *"; for tables and the CLI.
    [[nodiscard]] QString toDisplayString() const;
    bool operator==(const Schedule &) const = default;
};

/// One step of a mapping's transform chain; the mapping engine gives meaning to op and args.
struct Transform {
    QString op;
    QJsonObject args;

    bool operator==(const Transform &) const = default;
};

struct FieldMapping {
    QString target;
    QStringList sources;
    QList<Transform> transforms;
    bool required = false;
    FieldType type = FieldType::Any; ///< checked after the transforms; "type" in the file

    /// One top-level field copied as it is to another: the only mapping a two-way sync can turn
    /// round, writing the shop's value back under the source's name. A field inside an object
    /// (billTo.city) is not one: written back, it became a new top-level field "billTo.city".
    [[nodiscard]] bool isPlainRename() const;

    bool operator==(const FieldMapping &) const = default;
};

struct DataPointConfig {
    DataPointKind kind = DataPointKind::Products;
    Direction direction = Direction::Off;
    SyncMode mode = SyncMode::Batch;
    Schedule schedule;
    QString keyField;
    bool deletes = false; ///< carry deletions to the target
    ConflictPolicy conflictDefault = ConflictPolicy::Review; ///< two-way only
    QMap<QString, ConflictPolicy> conflictFields; ///< per-field overrides, two-way only
    /// The file states a conflict policy for a data point that is not two-way, and only the
    /// default one ("review"), which the settings above cannot tell from none: kept, so that a save
    /// writes back what the file says and recommendations() can warn that it is ignored.
    bool conflictStated = false;
    QList<FieldMapping> mappings;

    bool operator==(const DataPointConfig &) const = default;
};

struct Project {
    QString name;
    Endpoint erp;
    Endpoint shop;
    /// Data points present in the file, in catalogue order.
    QList<DataPointConfig> dataPoints;
    /// The ROI page's scenarios ("roi.scenarios"), in the order the user keeps them.
    QList<RoiScenario> roiScenarios;

    [[nodiscard]] const DataPointConfig *dataPoint(DataPointKind kind) const;
    [[nodiscard]] DataPointConfig *dataPoint(DataPointKind kind);
    [[nodiscard]] const Endpoint &endpoint(EndpointRole role) const { return role == EndpointRole::Erp ? erp : shop; }
    [[nodiscard]] Endpoint &endpoint(EndpointRole role) { return role == EndpointRole::Erp ? erp : shop; }

    bool operator==(const Project &) const = default;
};

} // namespace Linkwright

#include "simulatorfaults.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cmath>
#include <functional>
#include <limits>

namespace Linkwright {

namespace {

struct KindName {
    FaultKind kind;
    const char *key;
};

constexpr std::array KindNames{
    KindName{FaultKind::ServerError, "500"},
    KindName{FaultKind::ServerErrorAfterWrite, "500-after-write"},
    KindName{FaultKind::TooManyRequests, "429"},
    KindName{FaultKind::Stall, "stall"},
    KindName{FaultKind::Slow, "slow"},
    KindName{FaultKind::Malformed, "malformed"},
    KindName{FaultKind::Truncated, "truncated"},
    KindName{FaultKind::Reset, "reset"},
};

const QString RateField = QStringLiteral("rate");
const QString KindsField = QStringLiteral("kinds");
const QString ScopeField = QStringLiteral("scope");
const QString MethodsField = QStringLiteral("methods");
const QString StallField = QStringLiteral("stallMs");
const QString SlowField = QStringLiteral("slowMs");
const QString RetryAfterField = QStringLiteral("retryAfter");
const QString SeedField = QStringLiteral("seed");

QString validKindKeys()
{
    QStringList keys;
    for (const KindName &name : KindNames)
        keys.append(QString::fromLatin1(name.key));
    return keys.join(QStringLiteral(", "));
}

/// A whole-number JSON field in [lowest, highest]; JSON numbers arrive as doubles.
Result<qint64> wholeNumber(const QJsonObject &json, const QString &field, qint64 lowest, qint64 highest)
{
    const QJsonValue value = json.value(field);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < static_cast<double>(lowest)
        || number > static_cast<double>(highest)) {
        return fail(ErrorCode::InvalidArgument, field,
            FaultConfig::tr("must be a whole number from %1 to %2").arg(lowest).arg(highest));
    }
    return static_cast<qint64>(number);
}

} // namespace

const QList<FaultKind> &FaultConfig::allKinds()
{
    static const QList<FaultKind> kinds = [] {
        QList<FaultKind> out;
        for (const KindName &name : KindNames)
            out.append(name.kind);
        return out;
    }();
    return kinds;
}

QString FaultConfig::kindKey(FaultKind kind)
{
    for (const KindName &name : KindNames) {
        if (name.kind == kind)
            return QString::fromLatin1(name.key);
    }
    return {};
}

std::optional<FaultKind> FaultConfig::kindFromKey(QStringView key)
{
    for (const KindName &name : KindNames) {
        if (key.compare(QLatin1StringView(name.key), Qt::CaseInsensitive) == 0)
            return name.kind;
    }
    return std::nullopt;
}

QString FaultConfig::scopeKey(FaultScope scope)
{
    switch (scope) {
    case FaultScope::Erp:
        return QStringLiteral("erp");
    case FaultScope::Shop:
        return QStringLiteral("shop");
    case FaultScope::Both:
        return QStringLiteral("both");
    }
    return {};
}

Result<QList<FaultKind>> FaultConfig::parseKinds(const QString &text)
{
    QList<FaultKind> kinds;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        if (key.compare(QLatin1StringView("all"), Qt::CaseInsensitive) == 0)
            return allKinds();
        const auto kind = kindFromKey(key);
        if (!kind) {
            return fail(ErrorCode::InvalidArgument, key, tr("\"%1\" is not a fault kind").arg(key),
                tr("the kinds are %1, or all").arg(validKindKeys()));
        }
        if (!kinds.contains(*kind))
            kinds.append(*kind);
    }
    if (kinds.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, text, tr("no fault kind given"),
            tr("name one or more of %1, separated by commas, or all").arg(validKindKeys()));
    }
    return kinds;
}

Result<FaultScope> FaultConfig::parseScope(const QString &text)
{
    for (const FaultScope scope : {FaultScope::Erp, FaultScope::Shop, FaultScope::Both}) {
        if (text.trimmed().compare(scopeKey(scope), Qt::CaseInsensitive) == 0)
            return scope;
    }
    return fail(ErrorCode::InvalidArgument, text, tr("unknown fault scope"), tr("use erp, shop or both"));
}

Result<std::pair<bool, bool>> FaultConfig::parseMethods(const QString &text)
{
    bool get = false;
    bool post = false;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString method = part.trimmed().toUpper();
        if (method == u"GET") {
            get = true;
        } else if (method == u"POST") {
            post = true;
        } else {
            return fail(ErrorCode::InvalidArgument, part.trimmed(), tr("faults apply only to GET and POST"),
                tr("use GET, POST or GET,POST"));
        }
    }
    if (!get && !post)
        return fail(ErrorCode::InvalidArgument, text, tr("no method given"), tr("use GET, POST or GET,POST"));
    return std::pair{get, post};
}

Result<double> FaultConfig::parseRate(const QString &text)
{
    bool ok = false;
    const double rate = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(rate) || rate < 0.0 || rate > 1.0) {
        return fail(ErrorCode::InvalidArgument, text, tr("the fault rate must be a number from 0 to 1"),
            tr("e.g. 0.2 makes one request in five fault"));
    }
    return rate;
}

namespace {

/// The parsers name the value they refused, as the command line's option is named beside it; in
/// the admin body the field is what the caller has to find, so it is named instead.
template <typename T>
Result<T> inField(Result<T> parsed, const QString &field, const QJsonValue &value)
{
    if (parsed)
        return parsed;
    Error error = parsed.error();
    const QString given = value.isString()
        ? value.toString()
        : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    if (!error.message.contains(given))
        error.message = FaultConfig::tr("%1 (given: %2)").arg(error.message, given);
    error.where = field;
    return std::unexpected(error);
}

} // namespace

Result<FaultConfig> FaultConfig::fromJson(const QJsonObject &json, const FaultConfig &base)
{
    static const QStringList known{
        RateField, KindsField, ScopeField, MethodsField, StallField, SlowField, RetryAfterField, SeedField};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            return fail(ErrorCode::InvalidArgument, it.key(), tr("unknown field"),
                tr("the fields are %1").arg(known.join(QStringLiteral(", "))));
        }
    }

    FaultConfig config = base;
    if (json.contains(RateField)) {
        const QJsonValue value = json.value(RateField);
        const double rate = value.toDouble(-1);
        if (!value.isDouble() || rate < 0.0 || rate > 1.0)
            return fail(ErrorCode::InvalidArgument, RateField, tr("must be a number from 0 to 1"));
        config.rate = rate;
    }
    if (json.contains(KindsField)) {
        const QJsonValue value = json.value(KindsField);
        QString text = value.toString();
        if (value.isArray()) {
            QStringList keys;
            for (const QJsonValue &item : value.toArray()) {
                if (!item.isString())
                    return fail(ErrorCode::InvalidArgument, KindsField, tr("must list fault kinds as strings"));
                keys.append(item.toString());
            }
            text = keys.join(QLatin1Char(','));
        } else if (!value.isString()) {
            return fail(ErrorCode::InvalidArgument, KindsField, tr("must be an array of fault kinds or \"all\""));
        }
        auto kinds = inField(parseKinds(text), KindsField, value);
        if (!kinds)
            return std::unexpected(kinds.error());
        config.kinds = *kinds;
    }
    if (json.contains(ScopeField)) {
        const QJsonValue value = json.value(ScopeField);
        if (!value.isString())
            return fail(ErrorCode::InvalidArgument, ScopeField, tr("must be \"erp\", \"shop\" or \"both\""));
        const auto scope = inField(parseScope(value.toString()), ScopeField, value);
        if (!scope)
            return std::unexpected(scope.error());
        config.scope = *scope;
    }
    if (json.contains(MethodsField)) {
        const QJsonValue value = json.value(MethodsField);
        QStringList methods;
        if (value.isString())
            methods.append(value.toString());
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return fail(ErrorCode::InvalidArgument, MethodsField, tr("must list methods as strings"));
            methods.append(item.toString());
        }
        if (!value.isString() && !value.isArray())
            return fail(ErrorCode::InvalidArgument, MethodsField, tr("must be an array such as [\"GET\", \"POST\"]"));
        const auto parsed = inField(parseMethods(methods.join(QLatin1Char(','))), MethodsField, value);
        if (!parsed)
            return std::unexpected(parsed.error());
        std::tie(config.onGet, config.onPost) = *parsed;
    }
    struct Number {
        const QString &field;
        qint64 lowest;
        qint64 highest;
        std::function<void(qint64)> assign;
    };
    const std::array numbers{
        Number{StallField, 0, MaxDelayMsecs, [&config](qint64 v) { config.stallMsecs = static_cast<int>(v); }},
        Number{SlowField, 0, MaxDelayMsecs, [&config](qint64 v) { config.slowMsecs = static_cast<int>(v); }},
        Number{RetryAfterField, 0, MaxRetryAfterSeconds,
            [&config](qint64 v) { config.retryAfterSeconds = static_cast<int>(v); }},
        Number{SeedField, 0, std::numeric_limits<quint32>::max(),
            [&config](qint64 v) { config.seed = static_cast<quint32>(v); }},
    };
    for (const Number &number : numbers) {
        if (!json.contains(number.field))
            continue;
        const auto value = wholeNumber(json, number.field, number.lowest, number.highest);
        if (!value)
            return std::unexpected(value.error());
        number.assign(*value);
    }
    return config;
}

QJsonObject FaultConfig::toJson() const
{
    QJsonArray kindKeys;
    for (const FaultKind kind : effectiveKinds())
        kindKeys.append(kindKey(kind));
    QJsonArray methods;
    if (onGet)
        methods.append(QStringLiteral("GET"));
    if (onPost)
        methods.append(QStringLiteral("POST"));
    return QJsonObject{
        {RateField, rate},
        {KindsField, kindKeys},
        {ScopeField, scopeKey(scope)},
        {MethodsField, methods},
        {StallField, stallMsecs},
        {SlowField, slowMsecs},
        {RetryAfterField, retryAfterSeconds},
        {SeedField, static_cast<qint64>(seed)},
    };
}

QList<FaultKind> FaultConfig::effectiveKinds() const
{
    return kinds.isEmpty() ? allKinds() : kinds;
}

bool FaultConfig::applies(SimulatorSystem system, bool post) const
{
    if (rate <= 0.0 || (post ? !onPost : !onGet))
        return false;
    switch (scope) {
    case FaultScope::Erp:
        return system == SimulatorSystem::Erp;
    case FaultScope::Shop:
        return system == SimulatorSystem::Shop;
    case FaultScope::Both:
        return true;
    }
    return false;
}

SimulatorFaultInjector::SimulatorFaultInjector()
{
    setConfig(FaultConfig{});
}

void SimulatorFaultInjector::setConfig(const FaultConfig &config)
{
    m_config = config;
    m_kinds = config.effectiveKinds();
    m_rng.seed(config.seed);
}

std::optional<FaultKind> SimulatorFaultInjector::draw(SimulatorSystem system, bool post)
{
    if (!m_config.applies(system, post))
        return std::nullopt;
    // Two draws per covered request whether or not it faults, so whether request N faults does
    // not depend on which kinds earlier requests happened to get.
    const double roll = m_rng.generateDouble();
    const auto pick = static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(m_kinds.size())));
    if (roll >= m_config.rate)
        return std::nullopt;
    return m_kinds.at(pick);
}

} // namespace Linkwright

#pragma once

#include "domain/error.h"
#include "simulatorschema.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringView>

#include <optional>

namespace Linkwright {

/// What can go wrong with one request. The keys ("500", "stall", ...) are what --faults and
/// POST /_admin/faults accept; README.md in this folder describes each kind.
enum class FaultKind {
    ServerError, ///< 500 with a JSON error; a POST is not applied
    ServerErrorAfterWrite, ///< a POST is applied, then answered 500 (a GET just gets the 500)
    TooManyRequests, ///< 429 with Retry-After; a POST is not applied
    Stall, ///< no answer for stallMsecs, then 504; a POST is not applied
    Slow, ///< the real answer, slowMsecs late; a POST is applied when it arrives
    Malformed, ///< the real status with a body that is not JSON; a POST is applied
    Truncated, ///< the real answer cut in the middle, Content-Length matching the cut
    Reset, ///< the connection is reset without an answer; a POST is not applied
};

/// Which demo system's resources may fault.
enum class FaultScope {
    Erp,
    Shop,
    Both,
};

/// The switchable faults: how often, which kinds, where, and the seed that makes a run repeatable.
struct FaultConfig {
    Q_DECLARE_TR_FUNCTIONS(Linkwright::FaultConfig)

public:
    double rate = 0.0; ///< share of eligible requests that fault, 0..1
    QList<FaultKind> kinds; ///< drawn from uniformly; empty means every kind
    FaultScope scope = FaultScope::Both;
    bool onGet = true;
    bool onPost = true;
    int stallMsecs = 60000;
    int slowMsecs = 2000;
    int retryAfterSeconds = 1;
    quint32 seed = 1;

    static constexpr int MaxDelayMsecs = 3'600'000;
    static constexpr int MaxRetryAfterSeconds = 86'400;

    /// Every kind, in the order the keys are documented.
    [[nodiscard]] static const QList<FaultKind> &allKinds();
    [[nodiscard]] static QString kindKey(FaultKind kind);
    [[nodiscard]] static std::optional<FaultKind> kindFromKey(QStringView key);
    [[nodiscard]] static QString scopeKey(FaultScope scope);

    /// "500,429,stall" or "all"; an unknown name is an error naming it and the valid ones.
    [[nodiscard]] static Result<QList<FaultKind>> parseKinds(const QString &text);
    /// "erp", "shop" or "both".
    [[nodiscard]] static Result<FaultScope> parseScope(const QString &text);
    /// "GET,POST", "GET" or "POST" (any case); returns {onGet, onPost}.
    [[nodiscard]] static Result<std::pair<bool, bool>> parseMethods(const QString &text);
    /// A share from 0 to 1 ("0.2").
    [[nodiscard]] static Result<double> parseRate(const QString &text);

    /// The fields present in json replace those of base; the others keep base's values. The
    /// field names are those of toJson().
    [[nodiscard]] static Result<FaultConfig> fromJson(const QJsonObject &json, const FaultConfig &base);
    [[nodiscard]] QJsonObject toJson() const;

    /// The kinds actually drawn from: kinds, or every kind when kinds is empty.
    [[nodiscard]] QList<FaultKind> effectiveKinds() const;
    [[nodiscard]] bool applies(SimulatorSystem system, bool post) const;
};

/// Decides, request by request, whether and how a request faults. The draws come from a
/// generator seeded with FaultConfig::seed, so the same requests in the same order fault the
/// same way in every run.
class SimulatorFaultInjector
{
public:
    SimulatorFaultInjector();

    /// Replaces the configuration and restarts the sequence from its seed.
    void setConfig(const FaultConfig &config);
    [[nodiscard]] const FaultConfig &config() const { return m_config; }

    /// The fault for the next request to a resource, if any. Requests the configuration does not
    /// cover (another system, another method) draw nothing and so leave the sequence alone.
    [[nodiscard]] std::optional<FaultKind> draw(SimulatorSystem system, bool post);

private:
    FaultConfig m_config;
    QList<FaultKind> m_kinds;
    QRandomGenerator m_rng;
};

} // namespace Linkwright

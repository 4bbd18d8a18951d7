// ProjectFile::recommendations: what a valid project should still hear about (an endpoint not
// set up yet, a direction other than the recommended one, settings the sync would pass over).
#include "projectfile.h"

#include "project/jsonchecker.h"

#include <QRegularExpression>

#include <algorithm>

namespace Linkwright {

namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

/// A conflict policy of a one-way data point: the sync writes every record the source has over
/// the target's, so a person who set "review" expecting records held back would lose changes.
void oneWayConflictWarning(const DataPointConfig &config, Diagnostics &warnings)
{
    if (config.direction != Direction::ErpToShop && config.direction != Direction::ShopToErp)
        return;
    if (!config.conflictStated && config.conflictDefault == ConflictPolicy::Review && config.conflictFields.isEmpty())
        return;
    warnings.append({Diagnostic::Severity::Warning,
        JsonChecker::join(key("dataPoints"), DataPoints::key(config.kind)) + key(".conflict"),
        ProjectFile::tr("the conflict policy only applies to direction \"both\" and is ignored for %1")
            .arg(directionKey(config.direction)),
        ProjectFile::tr("A one-way run writes the source's records over the target's whatever the policy says, and "
                        "holds none back for review. Set \"direction\": \"both\" for the policy to apply, or remove "
                        "\"conflict\".")});
}

/// A two-way data point's settings that the sync would pass over without a word.
void twoWayWarnings(const DataPointConfig &config, Diagnostics &warnings)
{
    if (config.direction != Direction::Both)
        return;
    const QString path = JsonChecker::join(key("dataPoints"), DataPoints::key(config.kind));
    if (config.deletes) {
        warnings.append({Diagnostic::Severity::Warning, path + key(".deletes"),
            ProjectFile::tr("deletions are not carried out for a two-way data point"),
            ProjectFile::tr("A record missing on one side may be new on the other, so two-way runs delete nothing. "
                            "Delete such records on both sides by hand, and set \"deletes\": false.")});
    }
    if (config.mappings.isEmpty())
        return; // records keep their names both ways: any field may carry a policy
    QStringList targets;
    for (const FieldMapping &mapping : config.mappings)
        targets.append(mapping.target);
    // Records are compared field by field at their top level ("address", not "address.city").
    const auto topLevel = [](const QString &target) {
        const qsizetype end = target.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
        return end < 0 ? target : target.left(end);
    };
    for (auto it = config.conflictFields.cbegin(); it != config.conflictFields.cend(); ++it) {
        const QString where = JsonChecker::join(path + key(".conflict.fields"), it.key());
        if (it.key() == config.keyField) {
            warnings.append({Diagnostic::Severity::Warning, where,
                ProjectFile::tr("the conflict policy for the key \"%1\" never applies: a sync never changes the key")
                    .arg(it.key()),
                ProjectFile::tr("Remove it.")});
            continue;
        }
        if (topLevel(it.key()) != it.key()) {
            warnings.append({Diagnostic::Severity::Warning, where,
                ProjectFile::tr(
                    "the conflict policy for \"%1\" never applies: policies apply to whole top-level fields")
                    .arg(it.key()),
                ProjectFile::tr("Write \"%1\" instead.").arg(topLevel(it.key()))});
            continue;
        }
        const auto mapping = std::find_if(config.mappings.cbegin(), config.mappings.cend(),
            [&](const FieldMapping &candidate) { return candidate.target == it.key(); });
        const bool nested = std::any_of(config.mappings.cbegin(), config.mappings.cend(),
            [&](const FieldMapping &candidate) { return topLevel(candidate.target) == it.key(); });
        if (mapping == config.mappings.cend() && nested) {
            // An object built by mappings of its parts cannot be turned back into the ERP's fields.
            if (it.value() != ConflictPolicy::ErpOwns) {
                warnings.append({Diagnostic::Severity::Warning, where,
                    ProjectFile::tr("the conflict policy for \"%1\" has no effect: it is built from several "
                                    "mappings, so shop changes cannot flow back and the ERP owns it")
                        .arg(it.key()),
                    ProjectFile::tr("Set it to \"erp-owns\", or map the whole \"%1\" from one field without "
                                    "transforms so that the shop's changes can flow back.")
                        .arg(it.key())});
            }
            continue;
        }
        if (mapping == config.mappings.cend()) {
            const auto reading = std::find_if(config.mappings.cbegin(), config.mappings.cend(),
                [&](const FieldMapping &candidate) { return candidate.sources.contains(it.key()); });
            warnings.append({Diagnostic::Severity::Warning, where,
                ProjectFile::tr("the conflict policy for \"%1\" never applies: no mapping writes \"%1\"").arg(it.key()),
                reading != config.mappings.cend()
                    ? ProjectFile::tr("Policies name the shop's fields, the mappings' targets: write \"%1\".")
                          .arg(reading->target)
                    : ProjectFile::tr("Policies name the shop's fields, the mappings' targets: %1.")
                          .arg(targets.join(QStringLiteral(", ")))});
            continue;
        }
        // Only a plain rename can be reversed; the sync lets the ERP own anything else.
        if (!mapping->isPlainRename() && it.value() != ConflictPolicy::ErpOwns) {
            warnings.append({Diagnostic::Severity::Warning, where,
                ProjectFile::tr("the conflict policy for \"%1\" has no effect: it is made by transforms, from "
                                "several fields or from a field inside an object, so shop changes cannot flow back "
                                "and the ERP owns it")
                    .arg(it.key()),
                ProjectFile::tr("Set it to \"erp-owns\", or map it from one field without transforms so that the "
                                "shop's changes can flow back.")});
        }
    }
}

} // namespace

Diagnostics ProjectFile::recommendations(const Project &project)
{
    Diagnostics warnings;
    for (const EndpointRole role : {EndpointRole::Erp, EndpointRole::Shop}) {
        const Endpoint &endpoint = project.endpoint(role);
        const QString path = role == EndpointRole::Erp ? key("endpoints.erp") : key("endpoints.shop");
        const QString cannotRun = role == EndpointRole::Erp ? tr("Syncs cannot reach the ERP until it is set.")
                                                            : tr("Syncs cannot reach the shop until it is set.");
        if (endpoint.baseUrl.isEmpty())
            warnings.append({Diagnostic::Severity::Warning, path + key(".baseUrl"), tr("is not set yet"), cannotRun});
        const AuthConfig &auth = endpoint.auth;
        if (auth.type == AuthType::Basic && auth.username.isEmpty()) {
            warnings.append(
                {Diagnostic::Severity::Warning, path + key(".auth.username"), tr("is not set yet"), cannotRun});
        }
        if (auth.type != AuthType::None && !auth.secret.isSet()) {
            const QString secretKey = auth.type == AuthType::ApiKey ? key("key")
                : auth.type == AuthType::Basic                      ? key("password")
                                                                    : key("token");
            warnings.append({Diagnostic::Severity::Warning, path + key(".auth.") + secretKey, tr("is not set yet"),
                tr("Name an environment variable or a keychain entry that holds it: {\"env\": \"VARIABLE\"} or "
                   "{\"keychain\": \"name\"}.")});
        }
    }
    for (const DataPointConfig &config : project.dataPoints) {
        // With mappings a record holds only their targets: without the key among them, every
        // record of a run would fail for want of a key.
        QStringList targets;
        for (const FieldMapping &mapping : config.mappings)
            targets.append(mapping.target);
        if (config.direction != Direction::Off && !targets.isEmpty() && !targets.contains(config.keyField)) {
            warnings.append({Diagnostic::Severity::Warning,
                JsonChecker::join(key("dataPoints"), DataPoints::key(config.kind)) + key(".keyField"),
                ProjectFile::tr("no mapping writes \"%1\", so every record would fail for want of its key")
                    .arg(config.keyField),
                ProjectFile::tr("Map a source field to \"%1\", or make the key one of the targets: %2.")
                    .arg(config.keyField, targets.join(QStringLiteral(", ")))});
        }
        oneWayConflictWarning(config, warnings);
        twoWayWarnings(config, warnings);
        const Direction recommended = DataPoints::recommendedDirection(config.kind);
        if (config.direction == recommended || config.direction == Direction::Off)
            continue;
        warnings.append({Diagnostic::Severity::Warning,
            JsonChecker::join(key("dataPoints"), DataPoints::key(config.kind)) + key(".direction"),
            ProjectFile::tr("%1 departs from the recommended %2")
                .arg(directionKey(config.direction), directionKey(recommended)),
            ProjectFile::tr("Recommended because %1.").arg(DataPoints::recommendationReason(config.kind))});
    }
    return warnings;
}

} // namespace Linkwright

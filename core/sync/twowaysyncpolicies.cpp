// TwoWaySync: policies whose field name is a slip away from the records' own.
#include "twowaysync.h"

#include "domain/editdistance.h"

#include <algorithm>

namespace Linkwright {

void TwoWaySync::noteOwnedApart()
{
    // Every run and plan called such records in sync while the two systems differed for good
    // (a credit hold the ERP owns, lifted in the shop).
    if (m_ownedApart == 0)
        return;
    const QString problem =
        tr("%n record(s) differ in a field the other system owns, so the edit stays where it was made: %1\n  hint: "
           "make the change in the system that owns the field, or give the field another conflict policy",
            nullptr, static_cast<int>(std::min<qint64>(m_ownedApart, 1'000'000'000)))
            .arg(m_ownedApartShown.join(QStringLiteral("; ")));
    m_fetchProblem = m_fetchProblem.isEmpty() ? problem : m_fetchProblem + u'\n' + problem;
}

void TwoWaySync::notePolicyTypos()
{
    // With mappings, the project check compares the policies with the targets. Records passed
    // through as they are have no such list: a policy for "creditHld" was taken without a word,
    // and the shop's credit hold flowed into the ERP that was to own it.
    if (!m_config.mappings.isEmpty() || m_fieldsSeen.isEmpty())
        return;
    const QList<QByteArray> seen(m_fieldsSeen.cbegin(), m_fieldsSeen.cend());
    for (auto it = m_config.conflictFields.cbegin(); it != m_config.conflictFields.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        if (m_fieldsSeen.contains(name))
            continue;
        // A field no record of this run had may just be optional: only a slip ("creditHld" for
        // "creditHold") tells a typo; a name that merely contains it ("companyId") does not.
        const auto slip = std::ranges::find_if(
            seen, [&](const QByteArray &field) { return isLikelySlip(it.key(), QString::fromUtf8(field)); });
        if (const auto meant = slip != seen.cend() ? std::optional<QByteArray>(*slip) : std::nullopt) {
            const QString problem = tr("the conflict policy for \"%1\" never applied: the records have no such "
                                       "field; did you mean \"%2\"? (dataPoints.%3.conflict.fields)")
                                        .arg(it.key(), QString::fromUtf8(*meant), DataPoints::key(m_config.kind));
            m_fetchProblem = m_fetchProblem.isEmpty() ? problem : m_fetchProblem + u'\n' + problem;
        }
    }
}

} // namespace Linkwright

// TwoWaySync: policies whose field name is a slip away from the records' own.
#include "twowaysync.h"

#include "mapping/mapping.h"

namespace Linkwright {

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
        // A field no record of this run had may just be optional: only a near name tells a slip.
        if (const auto meant = Mapping::nearFirst(seen, name).meant) {
            const QString problem = tr("the conflict policy for \"%1\" never applied: the records have no such "
                                       "field; did you mean \"%2\"? (dataPoints.%3.conflict.fields)")
                                        .arg(it.key(), QString::fromUtf8(*meant), DataPoints::key(m_config.kind));
            m_fetchProblem = m_fetchProblem.isEmpty() ? problem : m_fetchProblem + u'\n' + problem;
        }
    }
}

} // namespace Linkwright

// SyncRunner: the pauses servers asked for (Retry-After longer than a run waits), kept from one
// command to the next. A server that asked to be left alone for an hour was asked again by every
// command in that hour (cron every 15 minutes), and some lengthen the pause for each request that
// ignores it.
#include "syncrunner.h"

#include <QLoggingCategory>

namespace Linkwright {

Q_LOGGING_CATEGORY(lcHolds, "linkwright.sync.holds")

void SyncRunner::takeHolds()
{
    for (const Side side : {Side::Erp, Side::Shop}) {
        auto until = m_context.store.endpointHold(side);
        if (!until)
            qCWarning(lcHolds) << until.error().toString();
        else if (until->isValid())
            m_context.connector(side).refuseUntil(*until);
    }
}

void SyncRunner::keepHolds()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Side side : {Side::Erp, Side::Shop}) {
        QDateTime until = m_context.connector(side).refusedUntil();
        const auto stored = m_context.store.endpointHold(side);
        // A person's retry or apply does not take the hold (takeHolds()), so its connector knows
        // none: that must not clear it for the runs after. A hold ends when its time is out.
        if (stored && stored->isValid() && *stored > now && (!until.isValid() || *stored > until))
            until = *stored;
        // Within a second is the same hold: it went through the transport's clock and back.
        if (stored && stored->isValid() == until.isValid()
            && (!until.isValid() || std::abs(stored->msecsTo(until)) < 1000))
            continue;
        // Not worth failing a run for: the server says it again, once.
        if (auto kept = m_context.store.setEndpointHold(side, until); !kept)
            qCWarning(lcHolds) << kept.error().toString();
    }
}

} // namespace Linkwright

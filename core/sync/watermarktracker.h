#pragma once

#include "domain/value.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <algorithm>
#include <optional>

namespace Linkwright {

/// Follows the newest modification stamp among the records a run fetched from one side, and
/// says where that side's watermark may move once everything fetched is stored.
class WatermarkTracker final
{
public:
    /// The simulator's and many REST APIs' stamp ("modifiedAt", ISO 8601).
    static constexpr QByteArrayView Field = "modifiedAt";
    /// A record changed while a run was paging may carry a stamp older than one already seen on
    /// a later page; the watermark therefore never passes the fetch's start minus this margin.
    static constexpr int OverlapSeconds = 5;
    static constexpr qint64 MaxServerBehindMs = qint64(24) * 3600 * 1000;

    /// Call when the first page is requested.
    void start()
    {
        m_started = QDateTime::currentDateTimeUtc();
        m_serverBehindMs = 0;
    }
    /// What a page said of the server's clock (Page::serverClockAheadMs). The records' stamps are
    /// the server's time: with its clock behind, a record changed during the run carried a stamp
    /// older than the run's start less the overlap, and the watermark passed it (ten seconds
    /// behind lost an edit). The bound then moves back by as much.
    /// A day at most: a Date header far off (1970) would have every run read everything.
    void seeServerClock(std::optional<qint64> aheadMs)
    {
        if (aheadMs && -*aheadMs > m_serverBehindMs)
            m_serverBehindMs = std::min<qint64>(-*aheadMs, MaxServerBehindMs);
    }
    void see(const Value &record)
    {
        // Stamps in one ISO 8601 format sort as text; parsing each would cost more than this.
        const Value *modified = record.find(Field);
        if (modified && modified->isString() && modified->utf8() > m_newest)
            m_newest = modified->utf8();
        else if (modified && !modified->isString() && !modified->isNull() && m_otherStamp.isEmpty())
            m_otherStamp = Value::typeName(modified->type());
    }
    /// The JSON type of a stamp that was no text (an epoch number), empty when none came: such
    /// a stamp cannot be the watermark, so it never moves past those records.
    [[nodiscard]] const QString &otherStamp() const { return m_otherStamp; }
    /// The stamp of a record, for "newest wins".
    [[nodiscard]] static QByteArray stampOf(const Value &record);
    /// Whether stamp a is at least as new as b. Two systems write their stamps differently (an
    /// offset or "Z", milliseconds or none): compared as instants where both read as ISO 8601,
    /// a stamp without a zone taken as UTC; as text otherwise.
    [[nodiscard]] static bool atLeastAsNew(const QByteArray &a, const QByteArray &b);
    /// Empty when no record carried a stamp: the watermark then stays.
    [[nodiscard]] QString next() const;

private:
    QByteArray m_newest;
    QString m_otherStamp;
    QDateTime m_started;
    qint64 m_serverBehindMs = 0;
};

} // namespace Linkwright

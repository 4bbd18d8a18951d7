#pragma once

#include "simulatorjsonscan.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Linkwright {

/// The records of one resource in one demo system ("erp/products"), in id order, findable by
/// their natural key. Records are held as compact JSON so a page is served by concatenation,
/// without building a QJsonObject per record on every request.
class SimulatorCollection
{
public:
    enum class Outcome {
        Created,
        Updated,
        Unchanged,
    };

    struct UpsertResult {
        Outcome outcome = Outcome::Created;
        qint64 id = 0;
    };

    struct Page {
        QList<QByteArray> items;
        qsizetype total = 0; ///< records matching the filter, across all pages
    };

    SimulatorCollection(QString keyField, qint64 firstId);

    [[nodiscard]] const QString &keyField() const { return m_keyField; }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

    /// Adds the record under key, or merges its members into the stored one (members it leaves
    /// out are kept, as a shop keeps its own SEO text when the ERP sends product data). "id" and
    /// "modifiedAt" belong to the system, so values sent for them are ignored. A merge that
    /// changes nothing keeps the old modifiedAt, which lets two-way syncs settle instead of
    /// echoing forever. members are the top-level members of a valid JSON object, whose values
    /// are stored as sent (big integers and all), only without whitespace.
    UpsertResult upsert(const QString &key, const QList<SimulatorJsonScan::Member> &members, qint64 modifiedMsecs);

    /// Adds a generated record under the modifiedAt it carries.
    void insertGenerated(const QJsonObject &record);
    /// Adds a generated record given as the text of a JSON object without "id", which is added.
    /// Hostile records come this way: QJsonObject cannot hold what makes them hostile.
    void insertGeneratedJson(const QString &key, qint64 modifiedMsecs, QByteArrayView objectJson);
    /// Adds a record read back from disk exactly as it was saved, id included.
    void insertStored(const QString &key, qint64 id, qint64 modifiedMsecs, QByteArray json);

    /// Removes the record under key; false when there is none. Its id is never handed out again.
    bool remove(const QString &key);

    [[nodiscard]] std::optional<QJsonObject> find(const QString &key) const;
    /// The stored text of the record, which is served even when it is not valid JSON.
    [[nodiscard]] std::optional<QByteArray> findJson(const QString &key) const;

    /// Every record as one line of JSON, in id order: the format of a saved collection.
    [[nodiscard]] QByteArray toJsonLines() const;

    /// The id the next new record gets; kept across a restart so ids are never reused.
    [[nodiscard]] qint64 nextId() const { return m_nextId; }
    void setNextId(qint64 id);
    /// The newest modifiedAt of any record, 0 when empty.
    [[nodiscard]] qint64 newestModified() const;

    /// Groups of records whose keys differ only in case or surrounding spaces.
    [[nodiscard]] QList<QStringList> keysDifferingOnlyInCase() const;

    /// The slice [offset, offset + limit) of the records modified at or after modifiedSince
    /// (all records without it), in id order. "At or after" so that a client reusing the newest
    /// modifiedAt it saw as its watermark never misses a record stamped in the same millisecond.
    [[nodiscard]] Page page(std::optional<qint64> modifiedSinceMsecs, qsizetype offset, qsizetype limit) const;

private:
    struct Entry {
        qint64 id = 0;
        qint64 modifiedMsecs = 0;
        QByteArray json;
    };

    [[nodiscard]] const QByteArray &quotedStamp(qint64 modifiedMsecs);

    QString m_keyField;
    qint64 m_nextId;
    qint64 m_stampMsecs = 0;
    QByteArray m_stampText;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
};

} // namespace Linkwright

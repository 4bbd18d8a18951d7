#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

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

    /// Adds the record, or merges its fields into the stored one (fields it leaves out are kept,
    /// as a shop keeps its own SEO text when the ERP sends product data). "id" and "modifiedAt"
    /// belong to the system, so values sent for them are ignored. A merge that changes nothing
    /// keeps the old modifiedAt, which lets two-way syncs settle instead of echoing forever.
    /// The record must carry its key field as a non-empty string.
    UpsertResult upsert(const QJsonObject &record, qint64 modifiedMsecs);

    /// Adds a generated record under the modifiedAt it carries.
    void insertGenerated(const QJsonObject &record);

    [[nodiscard]] std::optional<QJsonObject> find(const QString &key) const;

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

    void add(const QString &key, QJsonObject record, qint64 modifiedMsecs);

    QString m_keyField;
    qint64 m_nextId;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
};

} // namespace Linkwright

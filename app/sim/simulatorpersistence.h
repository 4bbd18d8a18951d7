#pragma once

#include "domain/error.h"
#include "simulatordata.h"
#include "simulatorschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Linkwright {

class SimulatorCollection;
class SimulatorStore;

/// Keeps a store in a folder so that a test can stop the simulator and inspect (or restart)
/// what a sync wrote. One JSON Lines file per system and resource ("shop-products.jsonl": the
/// records in id order, exactly as served) and "linkwright-sim.json" (format, the options the
/// data was generated with, the last modifiedAt handed out and the next ids).
///
/// Each file is replaced atomically (QSaveFile), so a crash leaves either the old or the new
/// version. Writes are debounced: the first change starts a DebounceMsecs timer and everything
/// that changes until it fires is saved together, so a sync posting many batches rewrites each
/// file a few times a second at most, not once per batch.
class SimulatorPersistence : public QObject
{
    Q_OBJECT

public:
    static constexpr int DebounceMsecs = 200;
    static constexpr int FormatVersion = 1;

    SimulatorPersistence(SimulatorStore &store, const QString &directory, QObject *parent = nullptr);
    ~SimulatorPersistence() override;

    [[nodiscard]] QString directory() const { return m_directory.path(); }

    /// True when the folder holds a saved state; it is then loaded into the store, replacing
    /// what the store held. A folder that exists but holds a broken state is an error naming
    /// the file and line, never silently replaced with fresh data.
    [[nodiscard]] Result<bool> load();
    /// Writes every collection and the state file now, creating the folder if needed.
    [[nodiscard]] Result<void> saveAll(const SimulatorDataOptions &generatedWith);
    /// Writes what changed since the last save now (nothing when nothing changed).
    [[nodiscard]] Result<void> flush();

    /// Marks a collection changed and starts the debounce timer.
    void scheduleSave(SimulatorSystem system, DataPointKind kind);

Q_SIGNALS:
    /// A debounced save failed; the changes stay marked and are tried again on the next change.
    void saveFailed(const Linkwright::Error &error);

private:
    [[nodiscard]] QString fileName(SimulatorSystem system, DataPointKind kind) const;
    [[nodiscard]] Result<void> writeFile(const QString &path, const QByteArray &content) const;
    [[nodiscard]] Result<void> writeState() const;
    [[nodiscard]] static Result<void> loadCollection(SimulatorCollection &collection, const QString &path);
    void saveNow();

    SimulatorStore &m_store;
    QDir m_directory;
    QJsonObject m_generatedWith;
    QSet<qsizetype> m_dirty;
    QTimer m_timer;
};

} // namespace Linkwright

#include "simulatorpersistence.h"

#include "simulatorjsonscan.h"
#include "simulatorstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Linkwright {

namespace {

const QString StateFile = QStringLiteral("linkwright-sim.json");
const QString FormatField = QStringLiteral("format");
const QString GeneratedField = QStringLiteral("generatedWith");
const QString LastStampField = QStringLiteral("lastModifiedAt");
const QString NextIdsField = QStringLiteral("nextIds");

QString collectionKey(SimulatorSystem system, DataPointKind kind)
{
    return SimulatorSchema::systemKey(system) + QLatin1Char('/') + DataPoints::key(kind);
}

} // namespace

SimulatorPersistence::SimulatorPersistence(SimulatorStore &store, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_directory(directory)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DebounceMsecs);
    connect(&m_timer, &QTimer::timeout, this, &SimulatorPersistence::saveNow);
}

SimulatorPersistence::~SimulatorPersistence() = default;

QString SimulatorPersistence::fileName(SimulatorSystem system, DataPointKind kind) const
{
    return m_directory.filePath(
        SimulatorSchema::systemKey(system) + QLatin1Char('-') + DataPoints::key(kind) + QStringLiteral(".jsonl"));
}

Result<bool> SimulatorPersistence::load()
{
    const QString statePath = m_directory.filePath(StateFile);
    if (!QFile::exists(statePath))
        return false;
    QFile file(statePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::FileUnreadable, statePath,
            tr("cannot read the saved simulator state: %1").arg(file.errorString()),
            tr("check the permissions of the folder given with --data"));
    }
    QJsonParseError parseError;
    const QJsonObject state = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || state.value(FormatField).toInt() != FormatVersion) {
        return fail(ErrorCode::InvalidJson, statePath, tr("not a saved state of this linkwright-sim version"),
            tr("point --data at an empty folder, or delete the folder to start from generated data"));
    }

    // Read into a store of its own, so a broken file leaves the current one as it was.
    SimulatorStore loaded;
    for (const SimulatorSystem system : SimulatorStore::systems()) {
        for (const DataPointKind kind : DataPoints::all()) {
            const Result<void> read = loadCollection(loaded.collection(system, kind), fileName(system, kind));
            if (!read)
                return std::unexpected(read.error());
        }
    }
    const QJsonObject nextIds = state.value(NextIdsField).toObject();
    qint64 newest = 0;
    for (const SimulatorSystem system : SimulatorStore::systems()) {
        for (const DataPointKind kind : DataPoints::all()) {
            SimulatorCollection &collection = loaded.collection(system, kind);
            collection.setNextId(nextIds.value(collectionKey(system, kind)).toInteger(0));
            newest = std::max(newest, collection.newestModified());
        }
    }
    // The state file may be a save behind the collections if the process died between the two;
    // the newest record then tells where the stamps must continue.
    const auto saved = SimulatorSchema::parseTimestamp(state.value(LastStampField).toString());
    loaded.restoreLastStamp(std::max(newest, saved.value_or(0)));
    m_store.takeRecords(std::move(loaded));
    m_generatedWith = state.value(GeneratedField).toObject();
    m_dirty.clear();
    return true;
}

Result<void> SimulatorPersistence::loadCollection(SimulatorCollection &collection, const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::FileUnreadable, path, tr("cannot read: %1").arg(file.errorString()),
            tr("check the permissions of the folder given with --data"));
    }
    const QByteArray content = file.readAll();
    const QString keyField = collection.keyField();
    const QByteArray keyName = keyField.toUtf8();
    qsizetype start = 0;
    int line = 0;
    while (start < content.size()) {
        ++line;
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        const QByteArrayView text = QByteArrayView(content).sliced(start, end - start).trimmed();
        start = end + 1;
        if (text.isEmpty())
            continue;

        // Read with the scanner rather than a full parser: it is faster for large files and
        // reads hostile records (2,000 levels deep, invalid UTF-8) that a parser refuses.
        const auto members = SimulatorJsonScan::topLevelMembers(text);
        std::optional<qint64> id;
        std::optional<QString> key;
        std::optional<qint64> modified;
        if (members) {
            for (const SimulatorJsonScan::Member &member : *members) {
                if (member.name == "id")
                    id = SimulatorJsonScan::integerValue(member.value);
                else if (member.name == keyName)
                    key = SimulatorJsonScan::stringValue(member.value);
                else if (member.name == "modifiedAt")
                    modified = SimulatorSchema::parseTimestamp(
                        SimulatorJsonScan::stringValue(member.value).value_or(QString()));
            }
        }
        if (!id || !key || key->isEmpty() || !modified) {
            return fail(ErrorCode::InvalidJson, path + QLatin1Char(':') + QString::number(line),
                tr("not a saved record: it needs a JSON object with \"id\", \"%1\" and \"modifiedAt\"").arg(keyField),
                tr("the file was changed or damaged outside linkwright-sim; restore it or delete the folder"));
        }
        collection.insertStored(*key, *id, *modified, text.toByteArray());
    }
    return {};
}

Result<void> SimulatorPersistence::saveAll(const SimulatorDataOptions &generatedWith)
{
    m_generatedWith = QJsonObject{
        {QStringLiteral("seed"), static_cast<qint64>(generatedWith.seed)},
        {QStringLiteral("products"), generatedWith.products},
        {QStringLiteral("customers"), generatedWith.customers},
        {QStringLiteral("orders"), generatedWith.orders},
        {QStringLiteral("hostile"), generatedWith.hostile},
    };
    if (!m_directory.mkpath(QStringLiteral("."))) {
        return fail(ErrorCode::FileUnwritable, m_directory.path(), tr("cannot create the data folder"),
            tr("choose a folder you may write to with --data"));
    }
    for (const SimulatorSystem system : SimulatorStore::systems()) {
        for (const DataPointKind kind : DataPoints::all())
            m_dirty.insert(SimulatorStore::slot(system, kind));
    }
    return flush();
}

Result<void> SimulatorPersistence::flush()
{
    m_timer.stop();
    if (m_dirty.isEmpty())
        return {};
    for (const SimulatorSystem system : SimulatorStore::systems()) {
        for (const DataPointKind kind : DataPoints::all()) {
            const qsizetype slot = SimulatorStore::slot(system, kind);
            if (!m_dirty.contains(slot))
                continue;
            const Result<void> written =
                writeFile(fileName(system, kind), m_store.collection(system, kind).toJsonLines());
            if (!written)
                return written;
            m_dirty.remove(slot);
        }
    }
    // Written last: after a crash in between, load() trusts the records over this file.
    return writeState();
}

Result<void> SimulatorPersistence::writeState() const
{
    QJsonObject nextIds;
    for (const SimulatorSystem system : SimulatorStore::systems()) {
        for (const DataPointKind kind : DataPoints::all())
            nextIds.insert(collectionKey(system, kind), m_store.collection(system, kind).nextId());
    }
    const QJsonObject state{
        {FormatField, FormatVersion},
        {GeneratedField, m_generatedWith},
        {LastStampField, SimulatorSchema::timestamp(m_store.lastStamp())},
        {NextIdsField, nextIds},
    };
    return writeFile(m_directory.filePath(StateFile), QJsonDocument(state).toJson(QJsonDocument::Indented));
}

Result<void> SimulatorPersistence::writeFile(const QString &path, const QByteArray &content) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        return fail(ErrorCode::FileUnwritable, path, tr("cannot save the simulator state: %1").arg(file.errorString()),
            tr("check the free space and the permissions of the folder given with --data"));
    }
    return {};
}

void SimulatorPersistence::scheduleSave(SimulatorSystem system, DataPointKind kind)
{
    m_dirty.insert(SimulatorStore::slot(system, kind));
    if (!m_timer.isActive())
        m_timer.start();
}

void SimulatorPersistence::saveNow()
{
    const Result<void> saved = flush();
    if (!saved)
        Q_EMIT saveFailed(saved.error());
}

} // namespace Linkwright

#include "syncfixture.h"

#include "project/demoproject.h"
#include "secrets/redactor.h"

#include "domain/json.h"
#include "sync/recorddiff.h"

#include <algorithm>

namespace Linkwright::Testing {

SyncFixture::SyncFixture(SimulatorDataOptions data)
    : m_sim(std::make_unique<SimulatorServer>(data))
{
    auto port = m_sim->listen(QHostAddress(QHostAddress::LocalHost), 0);
    if (!port || !m_dir.isValid())
        return;
    m_project = demoProject(*port);
    auto store = SqliteStore::open(m_dir.filePath(QStringLiteral("state.sqlite")));
    if (!store)
        return;
    m_store = std::move(*store);
    HttpTransportOptions options;
    // Faults in tests come and go quickly; waiting seconds between attempts would only slow them.
    options.retry.baseMsecs = 10;
    options.retry.capMsecs = 50;
    m_transport = std::make_unique<HttpTransport>(options);
    m_valid = true;
}

SyncFixture::~SyncFixture() = default;

SyncRunner &SyncFixture::runner()
{
    if (!m_runner)
        rebuild();
    return *m_runner;
}

void SyncFixture::rebuild()
{
    m_runner.reset();
    m_erp = ConnectorFactory::create(m_project.erp, m_secrets, *m_transport);
    m_shop = ConnectorFactory::create(m_project.shop, m_secrets, *m_transport);
    m_runner = std::make_unique<SyncRunner>(m_project, *m_store, *m_erp, *m_shop);
    m_runner->setCancelFlag(&m_cancel);
    m_transport->setCancelFlag(&m_cancel);
}

void SyncFixture::setTimeoutSeconds(int seconds)
{
    m_project.erp.timeoutSeconds = seconds;
    m_project.shop.timeoutSeconds = seconds;
    rebuild();
}

QByteArray SyncFixture::rawRecord(SimulatorSystem system, DataPointKind kind, const QString &key)
{
    return m_sim->store().collection(system, kind).findJson(key).value_or(QByteArray());
}

QHash<QString, Value> SyncFixture::records(SimulatorSystem system, DataPointKind kind)
{
    QHash<QString, Value> out;
    const SimulatorCollection &collection = m_sim->store().collection(system, kind);
    const QByteArray keyField = collection.keyField().toUtf8();
    JsonReader reader(4096);
    for (const QByteArray &line : collection.toJsonLines().split('\n')) {
        if (line.isEmpty())
            continue;
        auto record = reader.parse(line);
        if (!record)
            continue;
        const Value *key = record->find(keyField);
        out.insert(key ? key->text() : QString(), *record);
    }
    return out;
}

bool SyncFixture::post(SimulatorSystem system, DataPointKind kind, const QByteArray &jsonArray)
{
    HttpRequest request;
    request.method = "POST";
    QUrl base = system == SimulatorSystem::Erp ? m_sim->erpUrl() : m_sim->shopUrl();
    request.url = base.resolved(QUrl(DataPoints::key(kind)));
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    request.body = jsonArray;
    const HttpResult result = m_transport->execute(std::move(request));
    return result.ok();
}

bool SyncFixture::remove(SimulatorSystem system, DataPointKind kind, const QString &key)
{
    HttpRequest request;
    request.method = "DELETE";
    QUrl base = system == SimulatorSystem::Erp ? m_sim->erpUrl() : m_sim->shopUrl();
    request.url = base.resolved(QUrl(DataPoints::key(kind) + u'/' + key));
    return m_transport->execute(std::move(request)).ok();
}

bool SyncFixture::post(SimulatorSystem system, DataPointKind kind, const QList<Value> &records)
{
    return post(system, kind, Json::serialize(Value::array(records)));
}

QList<Failure> SyncFixture::waitingFailures(DataPointKind kind)
{
    FailureFilter filter;
    filter.dataPoint = kind;
    filter.waiting = true;
    return failures(filter);
}

QList<Failure> SyncFixture::failures(FailureFilter filter)
{
    filter.limit = 1000;
    QList<Failure> all;
    while (true) {
        auto page = m_store->failures(filter);
        if (!page)
            return {};
        all.append(*page);
        if (page->size() < filter.limit)
            return all;
        filter.beforeId = page->constLast().id;
    }
}

QSet<QString> SyncFixture::openFailureKeys(DataPointKind kind)
{
    FailureFilter filter;
    filter.dataPoint = kind;
    filter.waiting = true; // one stuck in "retried" is still open
    QSet<QString> keys;
    for (const Failure &failure : failures(filter))
        keys.insert(failure.key);
    return keys;
}

bool SyncFixture::makeFailuresDue()
{
    FailureFilter filter;
    filter.status = FailureStatus::Open;
    filter.errorClass = ErrorClass::Transient;
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (Failure failure : failures(filter)) {
        failure.nextAttemptAt = past;
        if (!m_store->updateFailure(failure))
            return false;
    }
    return true;
}

qint64 SyncFixture::openFailures(std::optional<DataPointKind> kind)
{
    FailureFilter filter;
    filter.dataPoint = kind;
    filter.waiting = true; // one stuck in "retried" is still open
    auto count = m_store->countFailures(filter);
    return count ? *count : -1;
}

Value withoutSystemFields(const Value &record)
{
    return withoutFields(record, {QByteArray("id"), QByteArray("modifiedAt")});
}

Value recordLike(const Value &record, const QList<Member> &changes)
{
    QList<Member> members = withoutSystemFields(record).members();
    for (const Member &change : changes) {
        const auto at = std::find_if(
            members.begin(), members.end(), [&](const Member &member) { return member.name == change.name; });
        if (at == members.end())
            members.append(change);
        else
            at->value = change.value;
    }
    return Value::object(std::move(members));
}

namespace {

Value sorted(const Value &value)
{
    if (value.isArray()) {
        QList<Value> items;
        for (const Value &item : value.items())
            items.append(sorted(item));
        return Value::array(std::move(items));
    }
    if (!value.isObject())
        return value;
    QList<Member> members;
    for (const Member &member : value.members())
        members.append({member.name, sorted(member.value)});
    std::ranges::sort(members, {}, &Member::name);
    return Value::object(std::move(members));
}

} // namespace

QByteArray canonical(const Value &record)
{
    return Json::serialize(sorted(withoutSystemFields(record)));
}

FaultConfig faults(double rate, const QList<FaultKind> &kinds, quint32 seed)
{
    FaultConfig config;
    config.rate = rate;
    config.kinds = kinds;
    config.retryAfterSeconds = 0;
    config.stallMsecs = 300;
    config.seed = seed;
    return config;
}

} // namespace Linkwright::Testing

#include "benchphases.h"

#include "benchsupport.h"
#include "connectors/rest/restconnector.h"
#include "project/demoproject.h"
#include "secrets/secretresolver.h"
#include "store/sqlitestore.h"
#include "sync/syncrunner.h"

#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QQueue>

namespace Linkwright::BenchSync {

/// The I/O floor: the sync's requests without its work. With bodies, uploads bodies[i] after
/// page i (the sync's batches, as it cuts them); without, uploads each page's items as they came.
int runFloor(const QUrl &base, const QString &work, bool sourceBytes, const HttpTransportOptions &options)
{
    QList<QByteArray> bodies;
    if (!sourceBytes) {
        QFile file(QDir(work).filePath(QString::fromLatin1(FloorBodiesFile)));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(file.fileName()));
        QDataStream stream(&file);
        stream >> bodies;
    }
    const SyncOptions sync;
    // As many pages at once as the sync asks its ERP for.
    const int pagesAtOnce = demoProject(static_cast<quint16>(base.port())).erp.pagination.pagesAtOnce;
    const QUrl shop = base.resolved(QUrl(QStringLiteral("shop/products")));
    HttpTransport transport(options);

    const double cpu = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    qint64 records = 0;
    qint64 total = -1;
    qint64 downloaded = 0;
    qint64 uploaded = 0;
    int posts = 0;
    QString problem;
    QQueue<HttpTransport::Ticket> writes;
    const auto finishOldest = [&] {
        const HttpResult result = transport.wait(writes.dequeue());
        if (!result.ok() || result.status / 100 != 2)
            problem = result.error ? result.error->toString() : QStringLiteral("POST: HTTP %1").arg(result.status);
    };
    const auto upload = [&](QByteArray body) {
        while (writes.size() >= sync.writesInFlight)
            finishOldest();
        uploaded += body.size();
        ++posts;
        writes.enqueue(transport.start(postRequest(shop, std::move(body))));
    };
    int page = 1;
    int requested = 1; // the last page asked for
    qsizetype nextBody = 0;
    QQueue<HttpTransport::Ticket> pages;
    pages.enqueue(transport.start(jsonRequest(pageUrl(base, page, sync.pageSize))));
    while (!pages.isEmpty() && problem.isEmpty()) {
        const HttpResult result = transport.wait(pages.dequeue());
        if (!result.ok() || result.status != 200) {
            problem = result.error ? result.error->toString() : QStringLiteral("GET: HTTP %1").arg(result.status);
            break;
        }
        downloaded += result.body.size();
        if (total < 0)
            total = result.header("X-Total-Count").toLongLong();
        const qint64 onPage = std::clamp<qint64>(total - qint64(page - 1) * sync.pageSize, 0, sync.pageSize);
        records += onPage;
        // As the sync pages: the next pages travel while this one's batch goes out, as many as
        // it keeps in flight, none past the total.
        if (onPage == sync.pageSize) {
            while (pages.size() < pagesAtOnce && qint64(requested) * sync.pageSize < total)
                pages.enqueue(transport.start(jsonRequest(pageUrl(base, ++requested, sync.pageSize))));
        }
        if (sourceBytes) {
            QByteArray items = itemsOf(result.body);
            if (items.isEmpty()) {
                problem = QStringLiteral("page %1 has no items array where the simulator puts it").arg(page);
                break;
            }
            upload(std::move(items));
        } else if (nextBody < bodies.size()) {
            upload(bodies.at(nextBody++));
        }
        ++page;
    }
    while (nextBody < bodies.size() && problem.isEmpty())
        upload(bodies.at(nextBody++));
    while (!writes.isEmpty())
        finishOldest();
    const double wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!problem.isEmpty())
        return fail(problem);
    report({{QStringLiteral("wall"), wall}, {QStringLiteral("cpu"), cpuSeconds() - cpu},
        {QStringLiteral("records"), records}, {QStringLiteral("downloaded"), downloaded},
        {QStringLiteral("uploaded"), uploaded}, {QStringLiteral("posts"), posts}});
    return 0;
}

/// One SyncRunner run of products, as the CLI runs it, on the store in work.
int runSync(quint16 port, const QString &work, bool full, const HttpTransportOptions &options)
{
    auto store = SqliteStore::open(QDir(work).filePath(QStringLiteral("state.sqlite")));
    if (!store)
        return fail(store.error().toString());
    const Project project = demoProject(port);
    EnvironmentSecretResolver secrets;
    HttpTransport transport(options);
    RestConnector erp(project.erp, secrets, transport);
    RestConnector shop(project.shop, secrets, transport);
    SyncRunner runner(project, **store, erp, shop);
    SyncOptions syncOptions;
    syncOptions.full = full;

    const double cpu = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const auto outcome = runner.run(DataPointKind::Products, syncOptions);
    const double wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!outcome)
        return fail(outcome.error().toString());
    const RunRecord &run = outcome->run;
    if (run.status != RunStatus::Succeeded)
        return fail(QStringLiteral("the run did not succeed: %1 (%2 failed)").arg(run.message).arg(run.counts.failed));
    report({{QStringLiteral("wall"), wall}, {QStringLiteral("cpu"), cpuSeconds() - cpu},
        {QStringLiteral("records"), run.counts.fetched}, {QStringLiteral("created"), run.counts.created},
        {QStringLiteral("updated"), run.counts.updated}, {QStringLiteral("unchanged"), run.counts.unchanged}});
    return 0;
}

} // namespace Linkwright::BenchSync

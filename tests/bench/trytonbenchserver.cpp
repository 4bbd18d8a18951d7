#include "trytonbenchserver.h"

#include "benchsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

#include <cmath>

namespace Linkwright::BenchSync {

namespace {

/// The process's CPU seconds and those of its children: tryton-e2e.sh records the pid of the
/// timeout command that runs trytond.
double treeCpuSeconds(qint64 pid)
{
    double total = processCpuSeconds(pid);
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (children.open(QIODevice::ReadOnly)) {
        for (const QByteArray &child : children.readAll().simplified().split(' ')) {
            if (!child.isEmpty())
                total += processCpuSeconds(child.toLongLong());
        }
    }
    return total;
}

} // namespace

TrytonBenchServer::TrytonBenchServer(Paths paths)
    : m_paths(std::move(paths))
{
}

TrytonBenchServer::~TrytonBenchServer()
{
    if (!m_owned)
        return;
    QProcess teardown;
    teardown.setProcessChannelMode(QProcess::ForwardedChannels);
    teardown.start(m_paths.e2eScript, {QStringLiteral("teardown"), m_stateFile});
    teardown.waitForFinished(60'000);
}

QString TrytonBenchServer::setUp(const QString &stateFile)
{
    m_stateFile = stateFile;
    QProcess setup;
    // The script says what it does on stderr; let the person running the bench see it.
    setup.setProcessChannelMode(QProcess::ForwardedChannels);
    setup.start(m_paths.e2eScript, {QStringLiteral("setup"), stateFile});
    if (!setup.waitForFinished(600'000) || setup.exitStatus() != QProcess::NormalExit || setup.exitCode() != 0)
        return QStringLiteral("%1 setup did not finish: %2").arg(m_paths.e2eScript, setup.errorString());
    m_owned = true;
    return readState();
}

QString TrytonBenchServer::attach(const QString &stateFile)
{
    m_stateFile = stateFile;
    return readState();
}

QString TrytonBenchServer::readState()
{
    QFile file(m_stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the state file %1").arg(m_stateFile);
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            m_state.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    if (const QString skip = value("skip"); !skip.isEmpty())
        return QStringLiteral("Tryton cannot run here: %1").arg(skip);
    if (!url().isValid() || database().isEmpty() || value("dir").isEmpty())
        return QStringLiteral("the state file %1 names no Tryton server (no url, database or dir)").arg(m_stateFile);
    QFile pid(QDir(value("dir")).filePath(QStringLiteral("trytond.pid")));
    if (!pid.open(QIODevice::ReadOnly)
        || !QFile::exists(QStringLiteral("/proc/%1").arg(pid.readAll().trimmed().toLongLong()))) {
        return QStringLiteral("the Tryton server of %1 is not running (tryton-e2e.sh stops it 15 minutes after it "
                              "started); set up a new one")
            .arg(m_stateFile);
    }
    // A state file read later (attach) may be older than the last change: be safe.
    m_sinceChange.start();
    return {};
}

int TrytonBenchServer::company() const
{
    QFile seed(value("seed"));
    if (!seed.open(QIODevice::ReadOnly))
        return 0;
    return QJsonDocument::fromJson(seed.readAll()).object().value(QStringLiteral("company")).toInt();
}

QByteArray TrytonBenchServer::password() const
{
    QFile file(value("password"));
    return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed() : QByteArray();
}

double TrytonBenchServer::cpuSeconds() const
{
    QFile pid(QDir(value("dir")).filePath(QStringLiteral("trytond.pid")));
    if (!pid.open(QIODevice::ReadOnly))
        return std::nan("");
    return treeCpuSeconds(pid.readAll().trimmed().toLongLong());
}

QJsonObject TrytonBenchServer::data(const QStringList &arguments, QString *problem)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(m_paths.python,
        QStringList{m_paths.dataScript, url().toString(), database(), value("password"), value("seed")} + arguments);
    const bool finished = process.waitForFinished(900'000);
    m_sinceChange.start();
    const QJsonObject result =
        QJsonDocument::fromJson(process.readAllStandardOutput().trimmed().split('\n').constLast()).object();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || result.isEmpty()) {
        *problem = QStringLiteral("%1 %2 failed (exit code %3): %4")
                       .arg(m_paths.dataScript, arguments.join(u' '))
                       .arg(process.exitCode())
                       .arg(process.errorString());
    }
    return result;
}

QJsonObject TrytonBenchServer::grow(int products, QString *problem)
{
    return data({QStringLiteral("grow"), QString::number(products)}, problem);
}

QJsonObject TrytonBenchServer::change(int round, QString *problem)
{
    return data({QStringLiteral("change"), QString::number(round)}, problem);
}

QString TrytonBenchServer::settle()
{
    // An incremental run asks Tryton for what changed since its watermark less 10 s
    // (TrytonConnector::OverlapSeconds); the full run before it sets that watermark to the newest
    // stamp it saw, and never later than its start less 5 s (WatermarkTracker::OverlapSeconds).
    // So that the incremental run fetches the 1 % changed and not also what changed in the 10 s
    // before the full run (the products just seeded, the last round's change): wait until the
    // last change is more than 10 s old, touch one product, and start more than 5 s later. The
    // touched product is then the one record the incremental run fetches beyond the 1 %.
    constexpr qint64 AfterChangeMsecs = 11'000;
    constexpr qint64 AfterTouchMsecs = 6'000;
    if (const qint64 left = AfterChangeMsecs - m_sinceChange.elapsed(); left > 0)
        QThread::msleep(static_cast<unsigned long>(left));
    QString problem;
    (void)data({QStringLiteral("touch")}, &problem);
    if (problem.isEmpty())
        QThread::msleep(AfterTouchMsecs);
    return problem;
}

} // namespace Linkwright::BenchSync

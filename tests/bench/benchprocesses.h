#pragma once

// bench_sync's parent side of the processes it runs: the simulator it starts for every
// measurement, the data it prepares once, and what it reads back from a child or the script.

#include "benchsupport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <cmath>

namespace Linkwright::BenchSync {

/// A linkwright-sim process on a free loopback port.
class Simulator final
{
public:
    Simulator(const QString &program, int products)
    {
        m_process.setProgram(program);
        m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
            QStringLiteral("1"), QStringLiteral("--products"), QString::number(products)});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    }
    ~Simulator()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(30'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }
    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    /// Starts it and waits for the line that names its port; an empty string when it listens.
    QString start()
    {
        m_process.start();
        if (!m_process.waitForStarted(10'000))
            return QStringLiteral("cannot start %1: %2").arg(m_process.program(), m_process.errorString());
        QElapsedTimer waited;
        waited.start();
        // Generating 100,000 products takes a few seconds on a busy machine.
        while (!m_process.canReadLine() && waited.elapsed() < 300'000) {
            if (!m_process.waitForReadyRead(1'000) && m_process.state() == QProcess::NotRunning)
                return QStringLiteral("%1 stopped before it listened").arg(m_process.program());
        }
        const QString line = QString::fromUtf8(m_process.readLine());
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral(R"(127\.0\.0\.1:(\d+))")).match(line);
        if (!match.hasMatch())
            return QStringLiteral("no port in the simulator's first line: %1").arg(line.trimmed());
        m_port = match.captured(1).toUShort();
        return {};
    }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl base() const { return simulatorBase(m_port); }
    [[nodiscard]] double cpuSeconds() const { return processCpuSeconds(m_process.processId()); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

/// What every round needs from the data, found once: the sync's POST bodies for the floor and
/// the 1 % change for the incremental run.
struct Preparation {
    QString problem;
    qint64 records = 0;
    int pages = 0;
    qint64 pageBytes = 0;
    qint64 mappedBytes = 0;
    int batches = 0;
    QByteArray changes;
    qint64 changed = 0;
};

/// Runs a simulator once to find the Preparation; writes the floor's bodies into work.
[[nodiscard]] Preparation prepare(const QString &simProgram, int products, const QString &work);

/// One measurement as the parent saw it.
struct Measure {
    double wall = std::nan("");
    double cpu = std::nan("");
    double simCpu = std::nan("");
    qint64 records = 0;
    qint64 rssKiB = 0;
    QJsonObject raw;
    QString problem;
    [[nodiscard]] bool ok() const { return problem.isEmpty(); }
};

/// Waits for a child phase (or, pythonStyle, the Python script) and reads its result line.
[[nodiscard]] Measure readResult(QProcess &process, bool pythonStyle);

} // namespace Linkwright::BenchSync

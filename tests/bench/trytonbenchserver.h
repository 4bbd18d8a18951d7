#pragma once

// bench_tryton's Tryton: a throwaway server and database that tryton-e2e.sh sets up (or one it set
// up before, named by its state file), grown to the products the bench wants by
// tryton_bench_data.py, and changed by it between runs.

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Linkwright::BenchSync {

class TrytonBenchServer final
{
public:
    struct Paths {
        QString e2eScript; ///< tests/e2e/tryton/tryton-e2e.sh
        QString dataScript; ///< tests/bench/tryton_bench_data.py
        QString python; ///< the interpreter for the data script
    };

    explicit TrytonBenchServer(Paths paths);
    /// Tears down the server it set up itself, unless kept.
    ~TrytonBenchServer();
    TrytonBenchServer(const TrytonBenchServer &) = delete;
    TrytonBenchServer &operator=(const TrytonBenchServer &) = delete;

    /// Runs tryton-e2e.sh setup into stateFile (about 45 s); the reason when Tryton cannot run.
    [[nodiscard]] QString setUp(const QString &stateFile);
    /// Uses a server set up before; the reason when its state file says it cannot be used.
    [[nodiscard]] QString attach(const QString &stateFile);
    /// Leaves the server and its folder behind at the end.
    void keep() { m_owned = false; }

    /// Adds products until Tryton holds products in all; what tryton_bench_data.py grow did.
    [[nodiscard]] QJsonObject grow(int products, QString *problem);
    /// A new name and stock level for 1 % of the products.
    [[nodiscard]] QJsonObject change(int round, QString *problem);
    /// Makes the newest stamp in Tryton lie past every change so far (see the .cpp).
    [[nodiscard]] QString settle();

    [[nodiscard]] QUrl url() const { return QUrl(value("url")); }
    [[nodiscard]] QString database() const { return value("database"); }
    [[nodiscard]] QString stateFile() const { return m_stateFile; }
    [[nodiscard]] int company() const;
    [[nodiscard]] QByteArray password() const;
    /// trytond's CPU seconds so far, or NaN when /proc does not show it.
    [[nodiscard]] double cpuSeconds() const;

private:
    [[nodiscard]] QString value(const char *key) const { return m_state.value(QString::fromLatin1(key)); }
    [[nodiscard]] QString readState();
    [[nodiscard]] QJsonObject data(const QStringList &arguments, QString *problem);

    Paths m_paths;
    QString m_stateFile;
    QHash<QString, QString> m_state;
    QElapsedTimer m_sinceChange; ///< since the last change to Tryton's data
    bool m_owned = false;
};

} // namespace Linkwright::BenchSync

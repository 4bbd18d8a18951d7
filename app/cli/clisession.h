#pragma once

#include "clicommands.h"
#include "cliprogress.h"
#include "connectors/connector.h"
#include "connectors/httptransport.h"
#include "project/project.h"
#include "secrets/secretresolver.h"
#include "store/sqlitestore.h"
#include "sync/syncrunner.h"

#include <QCoreApplication>
#include <QTextStream>

#include <atomic>
#include <memory>

namespace Linkwright {

class CliCancel;

/// What a command that works on a project needs: the project file loaded and checked, the state
/// database, the network and a runner. Each part is set up on first use, so `failures` never
/// touches the network and `preview` never creates a database. Every call that can fail prints
/// why on stderr and returns false or nullptr; the command then exits with ExitCode::Failed.
class CliSession final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Cli)

public:
    /// statePath overrides the state database ProjectPaths chooses for the file (--state).
    CliSession(QTextStream &out, QTextStream &err, QString command, QString statePath);
    ~CliSession();
    CliSession(const CliSession &) = delete;
    CliSession &operator=(const CliSession &) = delete;

    [[nodiscard]] QTextStream &out() { return m_out; }
    [[nodiscard]] QTextStream &err() { return m_err; }

    /// Loads and validates the project file; prints every error with its JSON path.
    [[nodiscard]] bool load(const QString &file);
    [[nodiscard]] const QString &file() const { return m_file; }
    /// The project file as a command the CLI suggests should name it: with --state when this
    /// command was given one (without, the suggestion would read another database), quoted
    /// where the shell would split it.
    [[nodiscard]] QString fileForHints() const;
    [[nodiscard]] const Project &project() const { return m_project; }

    [[nodiscard]] Store *store();
    /// For commands that only read what runs stored (failures, retry, ignore, apply): a --state
    /// that names no file is a mistyped path, not a new database to create and find empty.
    void requireExistingState() { m_stateMustExist = true; }
    [[nodiscard]] Connector &connector(Side side);
    /// nullptr when the store cannot be opened.
    [[nodiscard]] SyncRunner *runner();
    /// One request to each endpoint in sides, without retries: an endpoint that does not answer
    /// at all (refused, unknown host, TLS, timeout) or whose secret is missing stops the command
    /// before a run logs every page of every data point as failed.
    [[nodiscard]] bool reach(const QList<Side> &sides);
    /// The sides runs of these data points read and write; a dry run writes nowhere.
    [[nodiscard]] QList<Side> sidesFor(const QList<DataPointKind> &kinds, bool dryRun) const;

    /// For commands that run: 130 when stopped by a signal, else 1 when anything could not run
    /// (errors, or a run that failed), else 3 when a run left failures in the log, else 0.
    [[nodiscard]] ExitCode exitCode(const QList<SyncReport> &reports, bool errors) const;

    /// Progress on stderr while the runner works; quiet leaves stderr to errors.
    void showProgress(bool quiet);
    /// Ends a progress line, so that the next message starts on a line of its own.
    void endProgress();
    [[nodiscard]] bool cancelled() const;

    /// "linkwright-cli run: where: message" and the hint, on stderr.
    void printError(const Error &error);
    void printError(const QString &message);

    /// For --json: a script reads stdout, so a command that stops before its document prints
    /// {"errors": [...]} there (when the session ends) with what printError said on stderr.
    void setJson(bool json) { m_json = json; }
    /// The command's document on stdout; after it the errors go to stderr only.
    void printJson(const Value &document);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_command;
    QString m_statePath;
    bool m_stateMustExist = false;
    QString m_file;
    Project m_project;
    std::unique_ptr<SqliteStore> m_store;
    std::shared_ptr<SecretResolver> m_secrets;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<Connector> m_erp;
    std::unique_ptr<Connector> m_shop;
    std::unique_ptr<SyncRunner> m_runner;
    std::unique_ptr<CliProgress> m_progress;
    std::unique_ptr<CliCancel> m_cancel; ///< from the first request on: Ctrl+C then ends a run cleanly
    bool m_storeFailed = false;
    bool m_json = false;
    bool m_documentPrinted = false;
    QList<Error> m_errors; ///< what printError said, for --json
};

} // namespace Linkwright

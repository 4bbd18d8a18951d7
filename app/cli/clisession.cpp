#include "clisession.h"

#include "clicancel.h"
#include "clijson.h"
#include "clioutput.h"
#include "connectors/connectorfactory.h"
#include "project/projectfile.h"
#include "project/projectpaths.h"
#include "secretresolvers.h"
#include "secrets/redactor.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace Linkwright {

CliSession::CliSession(QTextStream &out, QTextStream &err, QString command, QString statePath)
    : m_out(out)
    , m_err(err)
    , m_command(std::move(command))
    , m_statePath(std::move(statePath))
{
}

CliSession::~CliSession()
{
    endProgress();
    if (m_json && !m_documentPrinted && !m_errors.isEmpty()) {
        QList<Value> errors;
        for (const Error &error : std::as_const(m_errors))
            errors.append(CliJson::error(error));
        CliJson::print(m_out, Value::object({Member{"errors", Value::array(std::move(errors))}}));
    }
}

void CliSession::printJson(const Value &document)
{
    m_documentPrinted = true;
    CliJson::print(m_out, document);
}

bool CliSession::load(const QString &file)
{
    m_file = file;
    const auto loaded = ProjectFile::load(file);
    if (!loaded) {
        for (const Diagnostic &diagnostic : loaded.error()) {
            const QString place = diagnostic.path == file ? file : file + QStringLiteral(": ") + diagnostic.path;
            printError(Error{ErrorCode::InvalidProject, place, diagnostic.message, diagnostic.hint});
        }
        // Only a file that was read has problems for validate to list.
        if (!loaded.error().isEmpty() && loaded.error().constFirst().path != file)
            m_err << tr("  hint: \"linkwright-cli validate %1\" lists every problem of the file").arg(file) << Qt::endl;
        return false;
    }
    m_project = loaded->project;
    return true;
}

QString CliSession::fileForHints() const
{
    // Single quotes keep everything as it is in a POSIX shell but a quote itself.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@+,=-]+$"));
    const auto quoted = [](const QString &text) -> QString {
        if (plain.match(text).hasMatch())
            return text;
        return u'\'' + QString(text).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    };
    return m_statePath.isEmpty() ? quoted(m_file) : quoted(m_file) + QStringLiteral(" --state ") + quoted(m_statePath);
}

Store *CliSession::store()
{
    if (m_store || m_storeFailed)
        return m_store.get();
    const QString path = !m_statePath.isEmpty()
        ? m_statePath
        : ProjectPaths::stateDatabase(m_file, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    // An empty file (a database zeroed by accident) became a new one the same way.
    if (const QFileInfo state(path); m_stateMustExist && state.isFile() && state.size() == 0) {
        m_storeFailed = true;
        printError(Error{ErrorCode::FileNotFound, path,
            tr("the state database is an empty file: no run stored anything in it"),
            tr("Check the --state path, or restore the database from a backup; \"linkwright-cli run\" starts a new one "
               "there.")});
        return nullptr;
    }
    if (m_stateMustExist && !QFileInfo::exists(path)) {
        m_storeFailed = true;
        // An empty new database would answer "no failures match", as if all were well.
        if (!m_statePath.isEmpty()) {
            printError(Error{ErrorCode::FileNotFound, path, tr("there is no state database here"),
                tr("Check the --state path: it names the database that \"linkwright-cli run\" wrote.")});
        } else {
            printError(Error{ErrorCode::FileNotFound, path,
                tr("nothing has run for %1 on this machine yet").arg(QDir::toNativeSeparators(m_file)),
                tr("Run \"linkwright-cli run %1\" first, or give --state DB if its runs were stored elsewhere.")
                    .arg(m_file)});
        }
        return nullptr;
    }
    // A mistyped folder in --state would otherwise be created, and the runs stored out of sight.
    if (const QFileInfo parent(QFileInfo(path).absolutePath()); !m_statePath.isEmpty() && !parent.isDir()) {
        m_storeFailed = true;
        printError(Error{ErrorCode::FileNotFound, path,
            tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(parent.filePath())),
            tr("Check the --state path, or create the folder first.")});
        return nullptr;
    }
    auto opened = SqliteStore::open(path);
    if (!opened) {
        m_storeFailed = true;
        Error error = opened.error();
        if (error.where.isEmpty())
            error.where = path;
        printError(error);
        return nullptr;
    }
    m_store = std::move(*opened);
    return m_store.get();
}

Connector &CliSession::connector(Side side)
{
    if (!m_transport) {
        // The same resolvers as the window's, so a project that runs there runs here.
        m_secrets = makeSecretResolver();
        m_cancel = std::make_unique<CliCancel>();
        m_transport = std::make_unique<HttpTransport>();
        m_transport->setCancelFlag(&CliCancel::flag());
        m_erp = ConnectorFactory::create(m_project.erp, *m_secrets, *m_transport);
        m_shop = ConnectorFactory::create(m_project.shop, *m_secrets, *m_transport);
    }
    return side == Side::Erp ? *m_erp : *m_shop;
}

SyncRunner *CliSession::runner()
{
    if (m_runner)
        return m_runner.get();
    Store *opened = store();
    if (!opened)
        return nullptr;
    m_runner = std::make_unique<SyncRunner>(m_project, *opened, connector(Side::Erp), connector(Side::Shop));
    m_runner->setCancelFlag(&CliCancel::flag());
    if (m_progress)
        m_runner->setProgressCallback(m_progress->callback());
    return m_runner.get();
}

bool CliSession::reach(const QList<Side> &sides)
{
    bool reached = true;
    for (const Side side : sides) {
        Connector &endpoint = connector(side);
        if (endpoint.endpoint().baseUrl.isEmpty()) {
            printError(Error{ErrorCode::InvalidProject,
                QStringLiteral("endpoints.") + (side == Side::Erp ? QStringLiteral("erp") : QStringLiteral("shop")),
                tr("%1 has no base URL yet").arg(CliOutput::sideName(side)),
                tr("set \"baseUrl\" in the project file, or in the window on the Project & endpoints page")});
            reached = false;
            continue;
        }
        auto probed = endpoint.probe();
        // Any HTTP answer, even 401 or 404, means the server is there; the runs report the rest.
        if (probed || probed.error().httpStatus != 0 || probed.error().error.code == ErrorCode::Cancelled)
            continue;
        const Error &why = probed.error().error;
        if (why.code == ErrorCode::SecretUnavailable) {
            printError(Error{why.code,
                QStringLiteral("endpoints.%1.auth")
                    .arg(side == Side::Erp ? QStringLiteral("erp") : QStringLiteral("shop")),
                why.where + QStringLiteral(": ") + why.message, why.hint});
            reached = false;
            continue;
        }
        const QString url = m_transport->redactor().redactUrl(endpoint.endpoint().baseUrl);
        QString message = tr("cannot reach %1 at %2: %3").arg(CliOutput::sideName(side), url, why.message);
        // The check is one request without retries: the transport's "retried automatically" is
        // not true of it.
        const QString hint = why.code == ErrorCode::Timeout
            ? tr("The server took the connection but did not answer within the endpoint's timeoutSeconds; check "
                 "that it is up and not overloaded, or raise timeoutSeconds.")
            : why.hint;
        // Where the address comes from, as the other endpoint errors say: JSON readers get a place.
        printError(Error{why.code,
            QStringLiteral("endpoints.%1.baseUrl")
                .arg(side == Side::Erp ? QStringLiteral("erp") : QStringLiteral("shop")),
            message, hint});
        reached = false;
    }
    return reached;
}

QList<Side> CliSession::sidesFor(const QList<DataPointKind> &kinds, bool dryRun) const
{
    QList<Side> sides;
    for (const DataPointKind kind : kinds) {
        const DataPointConfig *config = m_project.dataPoint(kind);
        if (!config || config->direction == Direction::Off)
            continue;
        QList<Side> used{Side::Erp, Side::Shop};
        if (config->direction != Direction::Both && dryRun)
            used = {sourceSide(config->direction)};
        for (const Side side : used) {
            if (!sides.contains(side))
                sides.append(side);
        }
    }
    std::ranges::sort(sides);
    return sides;
}

ExitCode CliSession::exitCode(const QList<SyncReport> &reports, bool errors) const
{
    const auto any = [&reports](RunStatus status) {
        return std::ranges::any_of(reports, [status](const SyncReport &report) { return report.run.status == status; });
    };
    if (cancelled() || any(RunStatus::Cancelled))
        return ExitCode::Cancelled;
    if (errors || any(RunStatus::Failed))
        return ExitCode::Failed;
    if (any(RunStatus::FinishedWithFailures))
        return ExitCode::FinishedWithFailures;
    return ExitCode::Ok;
}

void CliSession::showProgress(bool quiet)
{
    if (quiet)
        return;
    m_progress = std::make_unique<CliProgress>(m_err);
    if (m_runner)
        m_runner->setProgressCallback(m_progress->callback());
}

void CliSession::endProgress()
{
    if (m_progress)
        m_progress->end();
}

bool CliSession::cancelled() const
{
    return CliCancel::requested();
}

void CliSession::printError(const Error &error)
{
    endProgress();
    m_errors.append(error);
    m_err << QStringLiteral("linkwright-cli ") << m_command << QStringLiteral(": ") << error.toString() << Qt::endl;
}

void CliSession::printError(const QString &message)
{
    endProgress();
    m_errors.append(Error{ErrorCode::Internal, {}, message, {}});
    m_err << QStringLiteral("linkwright-cli ") << m_command << QStringLiteral(": ") << message << Qt::endl;
}

} // namespace Linkwright

#include "cliprogress.h"

#include "clicancel.h"

#include <cstdio>
#include <unistd.h>

namespace Linkwright {

namespace {

const char *const PhaseNames[] = {
    QT_TRANSLATE_NOOP("Linkwright::Cli", "starting"),
    QT_TRANSLATE_NOOP("Linkwright::Cli", "retrying earlier failures"),
    QT_TRANSLATE_NOOP("Linkwright::Cli", "fetching"),
    QT_TRANSLATE_NOOP("Linkwright::Cli", "writing"),
    QT_TRANSLATE_NOOP("Linkwright::Cli", "done"),
};

} // namespace

CliProgress::CliProgress(QTextStream &err)
    : m_err(err)
    , m_terminal(::isatty(::fileno(stderr)) == 1)
{
}

ProgressCallback CliProgress::callback()
{
    return [this](const SyncProgress &progress) { show(progress); };
}

void CliProgress::show(const SyncProgress &progress)
{
    // A run stopped by Ctrl+C finishes too; "done" would read as if it had completed.
    const QString phase = progress.phase == SyncPhase::Finished && CliCancel::requested()
        ? tr("stopped")
        : tr(PhaseNames[static_cast<int>(progress.phase)]);
    const QString fetched = progress.total ? tr("%1 of %2 fetched").arg(progress.fetched).arg(*progress.total)
                                           : tr("%1 fetched").arg(progress.fetched);
    const QString line = tr("%1: %2, %3, %4 written, %5 failed")
                             .arg(DataPoints::key(progress.dataPoint), phase, fetched)
                             .arg(progress.written)
                             .arg(progress.failed);
    if (line == m_last)
        return;
    m_last = line;
    if (!m_terminal) {
        m_err << line << Qt::endl;
        return;
    }
    m_err << u'\r' << line;
    if (line.size() < m_width)
        m_err << QString(m_width - line.size(), u' ');
    m_width = line.size();
    m_err.flush();
    if (progress.phase == SyncPhase::Finished)
        end();
}

void CliProgress::end()
{
    if (m_terminal && m_width > 0)
        m_err << Qt::endl;
    m_width = 0;
    m_last.clear();
}

} // namespace Linkwright

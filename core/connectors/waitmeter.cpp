#include "waitmeter.h"

#include <chrono>

namespace Linkwright {

namespace {

int accountIndex(int account)
{
    return qBound(0, account, WaitMeter::Accounts - 1);
}

} // namespace

WaitMeter::WaitMeter(Now now)
    : m_now(now ? std::move(now) : Now([] {
        return static_cast<qint64>(
            std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
                .count());
    }))
{
}

qint64 WaitMeter::waitedNsecs(int account) const
{
    return m_waited.at(static_cast<std::size_t>(accountIndex(account)));
}

qint64 WaitMeter::waits(int account) const
{
    return m_waits.at(static_cast<std::size_t>(accountIndex(account)));
}

void WaitMeter::beginWait(int account)
{
    if (m_depth++ > 0)
        return;
    m_account = accountIndex(account);
    ++m_waits.at(static_cast<std::size_t>(m_account));
    m_working = 0;
    m_since = m_now();
}

void WaitMeter::endWait()
{
    if (--m_depth > 0)
        return;
    if (m_working == 0)
        m_waited.at(static_cast<std::size_t>(m_account)) += m_now() - m_since;
    m_account = -1;
}

void WaitMeter::beginWork()
{
    if (m_account < 0 || m_working++ > 0)
        return;
    m_waited.at(static_cast<std::size_t>(m_account)) += m_now() - m_since;
}

void WaitMeter::endWork()
{
    if (m_account < 0 || --m_working > 0)
        return;
    m_since = m_now();
}

WaitMeter::Waiting::Waiting(WaitMeter *meter, int account)
    : m_meter(meter)
{
    if (m_meter)
        m_meter->beginWait(account);
}

WaitMeter::Waiting::~Waiting()
{
    if (m_meter)
        m_meter->endWait();
}

WaitMeter::Working::Working(WaitMeter *meter)
    : m_meter(meter)
{
    if (m_meter)
        m_meter->beginWork();
}

WaitMeter::Working::~Working()
{
    if (m_meter)
        m_meter->endWork();
}

} // namespace Linkwright

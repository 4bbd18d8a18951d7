// PagesAhead against a connector that only counts: which pages a run asks for, on which guess,
// and which it gives up. The runs that use it (one-way, two-way, pre-flight) are tested against
// the simulator; this checks the asking itself.
#include "connectors/connector.h"
#include "secrets/redactor.h"
#include "sync/pagesahead.h"

#include <QTest>

using namespace Linkwright;

namespace {

/// Offset paging in steps of the page size, guessed like RestPaging's offset style; remembers
/// every page started and every one discarded, by cursor.
class CountingConnector final : public Connector
{
public:
    explicit CountingConnector(int pagesAtOnce) { m_endpoint.pagination.pagesAtOnce = pagesAtOnce; }

    QStringList started;
    QStringList discarded;
    QStringList failingOnce; ///< cursors whose first start fails

    const Endpoint &endpoint() const override { return m_endpoint; }
    Redactor &redactor() override { return m_redactor; }
    ConnectorResult<void> prepare() override { return {}; }
    ConnectorResult<PendingFetch> startFetch(DataPointKind kind, const PageRequest &request) override
    {
        if (failingOnce.removeOne(request.cursor))
            return permanentFailure(Error{ErrorCode::InvalidArgument, request.cursor, QStringLiteral("refused"), {}});
        started.append(request.cursor);
        PendingFetch pending;
        pending.ticket = static_cast<HttpTransport::Ticket>(started.size());
        pending.kind = kind;
        pending.request = request;
        return pending;
    }
    ConnectorResult<Page> finishFetch(const PendingFetch &) override { return Page(); }
    std::optional<QString> expectedNextCursor(
        DataPointKind, const PageRequest &request, std::optional<qint64> total) const override
    {
        const qint64 next = request.cursor.toLongLong() + request.pageSize;
        if (total && next >= *total)
            return std::nullopt;
        return QString::number(next);
    }
    void discardFetch(const PendingFetch &pending) override { discarded.append(pending.request.cursor); }
    ConnectorResult<PendingWrite> startWrite(DataPointKind, const QList<QByteArray> &, const WriteKeys &) override
    {
        return PendingWrite();
    }
    ConnectorResult<WriteResult> finishWrite(const PendingWrite &) override { return WriteResult(); }
    ConnectorResult<RemoveOutcome> remove(DataPointKind, const QString &) override { return RemoveOutcome::Deleted; }
    ConnectorResult<int> probe() override { return 200; }
    QUrl resourceUrl(DataPointKind) const override { return QUrl(QStringLiteral("http://127.0.0.1/items")); }

private:
    Endpoint m_endpoint;
    Redactor m_redactor;
};

QStringList cursors(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(u',');
}

PageRequest at(const QString &cursor)
{
    PageRequest request;
    request.cursor = cursor;
    request.pageSize = 10;
    return request;
}

} // namespace

class TestPagesAhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asksForTheNextPagesOnTheGuess();
    void aWrongGuessIsDroppedAndNotRepeated();
    void stopsAtTheTotal();
    void onePageInFlightNeverGuesses();
    void aGuessThatCannotStartIsAskedForAgainWhenNext();
    void pagesNotTakenAreDiscarded();
    void aSettingAboveTheMaximumIsClamped();
};

void TestPagesAhead::asksForTheNextPagesOnTheGuess()
{
    CountingConnector source(3);
    {
        PagesAhead ahead(source, DataPointKind::Products);
        auto first = ahead.take(at(QStringLiteral("10")), std::nullopt);
        QVERIFY(first.has_value());
        QCOMPARE(first->request.cursor, QStringLiteral("10"));
        QCOMPARE(source.started, cursors("10,20,30"));
        // The next page was asked for already: taken, and one more asked for behind the others.
        auto second = ahead.take(at(QStringLiteral("20")), std::nullopt);
        QVERIFY(second.has_value());
        QCOMPARE(second->ticket, HttpTransport::Ticket(2));
        QCOMPARE(source.started, cursors("10,20,30,40"));
        QVERIFY(source.discarded.isEmpty());
    }
    // What was asked for and never taken goes when the run does.
    QCOMPARE(source.discarded, cursors("30,40"));
}

void TestPagesAhead::aWrongGuessIsDroppedAndNotRepeated()
{
    CountingConnector source(3);
    PagesAhead ahead(source, DataPointKind::Products);
    QVERIFY(ahead.take(at(QStringLiteral("0")), std::nullopt));
    QCOMPARE(source.started, cursors("0,10,20"));
    // The page named "5" next (the server sent 5, not 10): the guesses are dropped, the page the
    // server named is asked for, and nothing more on a guess.
    auto named = ahead.take(at(QStringLiteral("5")), std::nullopt);
    QVERIFY(named.has_value());
    QCOMPARE(named->request.cursor, QStringLiteral("5"));
    QCOMPARE(source.discarded, cursors("10,20"));
    QVERIFY(ahead.take(at(QStringLiteral("10")), std::nullopt));
    QCOMPARE(source.started, cursors("0,10,20,5,10"));
}

void TestPagesAhead::stopsAtTheTotal()
{
    CountingConnector source(5);
    PagesAhead ahead(source, DataPointKind::Products);
    QVERIFY(ahead.take(at(QStringLiteral("0")), 25));
    // 25 records: pages at 0, 10 and 20, none after.
    QCOMPARE(source.started, cursors("0,10,20"));
}

void TestPagesAhead::onePageInFlightNeverGuesses()
{
    CountingConnector source(1);
    PagesAhead ahead(source, DataPointKind::Products);
    QVERIFY(ahead.take(at(QStringLiteral("0")), std::nullopt));
    QVERIFY(ahead.take(at(QStringLiteral("10")), std::nullopt));
    QCOMPARE(source.started, cursors("0,10"));
}

void TestPagesAhead::aGuessThatCannotStartIsAskedForAgainWhenNext()
{
    CountingConnector source(3);
    source.failingOnce = {QStringLiteral("20")};
    PagesAhead ahead(source, DataPointKind::Products);
    QVERIFY(ahead.take(at(QStringLiteral("0")), std::nullopt));
    QCOMPARE(source.started, cursors("0,10"));
    QVERIFY(ahead.take(at(QStringLiteral("10")), std::nullopt));
    // Not kept as an error, not the end of guessing: asked for again once it is really next (its
    // error, if it failed again, would then be the run's), and the pages after it on the guess.
    const auto next = ahead.take(at(QStringLiteral("20")), std::nullopt);
    QVERIFY(next.has_value());
    QCOMPARE(next->request.cursor, QStringLiteral("20"));
    QCOMPARE(source.started, cursors("0,10,20,30,40"));
}

void TestPagesAhead::pagesNotTakenAreDiscarded()
{
    CountingConnector source(3);
    PagesAhead ahead(source, DataPointKind::Products);
    QVERIFY(ahead.take(at(QStringLiteral("0")), std::nullopt));
    ahead.drop();
    QCOMPARE(source.discarded, cursors("10,20"));
    ahead.drop();
    QCOMPARE(source.discarded.size(), 2);
}

void TestPagesAhead::aSettingAboveTheMaximumIsClamped()
{
    // The project file refuses such values; a project built in code must not flood the server.
    CountingConnector many(1000);
    PagesAhead capped(many, DataPointKind::Products);
    QVERIFY(capped.take(at(QStringLiteral("0")), std::nullopt));
    QCOMPARE(many.started.size(), Pagination::MaxPagesAtOnce);
}

QTEST_GUILESS_MAIN(TestPagesAhead)
#include "tst_pagesahead.moc"

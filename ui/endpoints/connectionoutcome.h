#pragma once

#include "connectors/tryton/trytoncheck.h"
#include "widgets/statuslabel.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <optional>

namespace Linkwright {

/// What one "Test connection" found. Holds facts only; message() and hint() word them in the
/// current language each time they are asked, so a language switch rewords a shown outcome.
struct ConnectionOutcome {
    Q_DECLARE_TR_FUNCTIONS(Linkwright::ConnectionOutcome)

public:
    enum class Kind {
        Reachable, ///< the server answered with 1xx-3xx
        HttpError, ///< the server answered, with 4xx or 5xx
        NetworkError,
        TimedOut,
        Cancelled,
        Checked, ///< a Tryton endpoint's login check ran to its end; tryton says what it found
    };

    Kind kind = Kind::NetworkError;
    QUrl url;
    int httpStatus = 0;
    QString httpReason;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorText; ///< Qt's own description of a network error
    qint64 elapsedMs = 0;
    /// Set for a Tryton endpoint's test: what the check found (Kind::Checked), or the endpoint it
    /// was testing when it timed out or was cancelled.
    std::optional<TrytonCheck> tryton;

    [[nodiscard]] bool reachedServer() const;
    /// How the outcome shows: fine, fine with a caveat, not tested, or wrong.
    [[nodiscard]] StatusLabel::Status status() const;
    [[nodiscard]] QString message() const;
    /// What to check next; empty when there is nothing to add.
    [[nodiscard]] QString hint() const;

private:
    [[nodiscard]] static QString networkHint(QNetworkReply::NetworkError error);
    [[nodiscard]] QString trytonMessage() const;
    [[nodiscard]] QString trytonHint() const;
};

} // namespace Linkwright

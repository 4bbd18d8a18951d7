#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

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
    };

    Kind kind = Kind::NetworkError;
    QUrl url;
    int httpStatus = 0;
    QString httpReason;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorText; ///< Qt's own description of a network error
    qint64 elapsedMs = 0;

    [[nodiscard]] bool reachedServer() const { return kind == Kind::Reachable || kind == Kind::HttpError; }
    [[nodiscard]] QString message() const;
    /// What to check next; empty when there is nothing to add.
    [[nodiscard]] QString hint() const;

private:
    [[nodiscard]] static QString networkHint(QNetworkReply::NetworkError error);
};

} // namespace Linkwright

#pragma once

#include "connectors/httptransport.h"

#include <QNetworkReply>
#include <QTimer>

namespace Linkwright {

/// One request on its way through attempts, redirects and waits. Private to HttpTransport.
struct HttpTransport::Job {
    Ticket ticket = 0;
    HttpRequest request;
    HttpResult result;
    QElapsedTimer elapsed;
    QUrl url; ///< where the current attempt goes (changes on a followed redirect)
    int redirects = 0;
    bool staleRetried = false;
    qint64 pendingWaitMsecs = 0;
    bool done = false;
    bool cancelled = false;
    /// Changes whenever what is in flight is given up, so that late signals of an aborted reply
    /// or a stale timer are recognised and ignored.
    quint64 serial = 0;
    /// Receiver of every callback of the current attempt or wait; replaced to drop them all.
    std::unique_ptr<QObject> context;
    QPointer<QNetworkReply> reply;
    QPointer<HttpConnection> connection;
    QMetaObject::Connection connectionFinished;
    QList<QSslError> sslErrors;
    bool startedConnecting = false; ///< the attempt opened a new connection (not a reused one)
    bool encrypted = false; ///< its TLS handshake completed
};

} // namespace Linkwright

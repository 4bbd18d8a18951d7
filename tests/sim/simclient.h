#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace Linkwright::SimTest {

/// What a client saw: the HTTP status (0 when there was none), the network error, the body and
/// whether it parsed as JSON.
struct Response {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonParseError::ParseError parseError = QJsonParseError::NoError;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

/// A QNetworkAccessManager client as the sync core uses one, with an optional client-side
/// deadline after which the request is aborted (Qt's transfer timeout only fires on silence).
class Client
{
public:
    Response send(
        const QUrl &url, const QByteArray &method = "GET", const QByteArray &body = {}, int abortAfterMsecs = 0)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
        QTimer deadline;
        deadline.setSingleShot(true);
        if (abortAfterMsecs > 0) {
            QObject::connect(&deadline, &QTimer::timeout, reply.get(), &QNetworkReply::abort);
            deadline.start(abortAfterMsecs);
        }
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        Response response;
        if (!reply->isFinished() && !finished.wait(20000)) {
            qWarning("no answer from %s", qPrintable(url.toString()));
            return response;
        }
        response.finished = true;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = reply->error();
        if (reply->isOpen())
            response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        QJsonParseError parseError;
        response.json = QJsonDocument::fromJson(response.body, &parseError).object();
        response.parseError = parseError.error;
        return response;
    }

    Response get(const QUrl &base, const QString &path, const QString &query = {})
    {
        return send(at(base, path, query));
    }

    Response post(const QUrl &base, const QString &path, const QByteArray &body)
    {
        return send(at(base, path), "POST", body);
    }

    static QUrl at(const QUrl &base, const QString &path, const QString &query = {})
    {
        QUrl url = base;
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(query);
        return url;
    }

private:
    QNetworkAccessManager m_network;
};

} // namespace Linkwright::SimTest

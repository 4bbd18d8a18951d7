#pragma once

// What the CLI suites share: running linkwright-cli, a linkwright-sim process, HTTP to it, and
// reading the JSON the CLI prints.
#include "../testdata.h"
#include "cliprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>

namespace CliTest {

using Outcome = CliProcess::Outcome;

inline Outcome runCli(const QStringList &arguments)
{
    return CliProcess::run(arguments);
}

/// runCli with a state database of the test's own.
inline Outcome runCliWithState(const QString &state, QStringList arguments)
{
    arguments.prepend(state);
    arguments.prepend(QStringLiteral("--state"));
    return runCli(arguments);
}

inline QString dataDir()
{
    return Linkwright::TestData::dir();
}

/// What --json prints when the command could not run: {"errors": [{where, message, hint}]}.
inline QJsonArray jsonErrors(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        qWarning("not a JSON object: %s", qPrintable(text.left(2000)));
    return document.object().value(QStringLiteral("errors")).toArray();
}

inline QJsonArray jsonArray(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning("not a JSON array: %s\n%s", qPrintable(error.errorString()), qPrintable(text.left(2000)));
    return document.array();
}

/// HTTP to the simulator's API, blocking on a local event loop.
inline QByteArray http(const QByteArray &method, const QUrl &url, const QByteArray &body = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray answer = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        qWarning("%s %s: %s", method.constData(), qPrintable(url.toString()), qPrintable(reply->errorString()));
    reply->deleteLater();
    return answer;
}

/// Starts linkwright-sim on a free port with these options; its port, or 0 when it did not start.
inline quint16 startSim(QProcess &sim, QStringList options)
{
    options << QStringLiteral("--port") << QStringLiteral("0");
    sim.start(QStringLiteral(LINKWRIGHT_SIM), options);
    if (!sim.waitForStarted())
        return 0;
    // The first line on stdout says it accepts connections, and on which port.
    while (!sim.canReadLine() && sim.state() == QProcess::Running)
        sim.waitForReadyRead(1000);
    const QString banner = QString::fromUtf8(sim.readLine());
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)")).match(banner);
    if (!match.hasMatch())
        qWarning("%s", qPrintable(banner + QString::fromUtf8(sim.readAllStandardError())));
    return match.hasMatch() ? static_cast<quint16>(match.captured(1).toUInt()) : 0;
}

/// A port on loopback that nothing listens on (it was free a moment ago).
inline quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace CliTest

#include "connectionoutcome.h"

namespace Linkwright {

QString ConnectionOutcome::networkHint(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return tr("Check the host name in the base URL, and that this computer can resolve it (DNS, VPN).");
    case QNetworkReply::ConnectionRefusedError:
        return tr("Nothing is listening at that address and port. Is the service running? For the demo "
                  "project, start linkwright-sim.");
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection without answering. Check the port and whether the "
                  "server expects https instead of http.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The server's TLS certificate was not accepted. Check the certificate, or that the URL "
                  "names the host the certificate was issued for.");
    case QNetworkReply::TimeoutError:
        return tr("The server did not answer in time. Check the address and any firewall in between.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy in between did not let the request through. Check the proxy settings.");
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return tr("This computer seems to be offline. Check the network connection.");
    default:
        break;
    }
    return {};
}

QString ConnectionOutcome::message() const
{
    const QString time = tr("%1 ms").arg(elapsedMs);
    // HTTP/2 has no reason phrase, so the status may come alone.
    const QString status =
        httpReason.isEmpty() ? QString::number(httpStatus) : QString::number(httpStatus) + u' ' + httpReason;
    switch (kind) {
    case Kind::Reachable:
        return tr("Reachable: HTTP %1 in %2.").arg(status, time);
    case Kind::HttpError:
        return tr("Reachable, but the server answered HTTP %1 (in %2).").arg(status, time);
    case Kind::NetworkError:
        return tr("Not reachable: %1").arg(errorText);
    case Kind::TimedOut:
        return tr("No answer within %1 seconds.").arg((elapsedMs + 500) / 1000);
    case Kind::Cancelled:
        return tr("Test cancelled.");
    }
    return {};
}

QString ConnectionOutcome::hint() const
{
    switch (kind) {
    case Kind::Reachable:
    case Kind::Cancelled:
        return {};
    case Kind::HttpError:
        if (httpStatus == 401 || httpStatus == 403)
            return tr("The server wants credentials; this test sends none, so this is expected for a "
                      "protected API.");
        if (httpStatus == 404)
            return tr("The server is there but has nothing at this path. Check the path part of the base URL.");
        if (httpStatus >= 500)
            return tr("The server itself reports a fault. Try again later or ask its administrator.");
        return {};
    case Kind::NetworkError:
        return networkHint(networkError);
    case Kind::TimedOut:
        return tr("Check the address and port, and any firewall or VPN in between.");
    }
    return {};
}

} // namespace Linkwright

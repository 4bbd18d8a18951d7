#include "connectionoutcome.h"

#include <QStringList>

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

bool ConnectionOutcome::reachedServer() const
{
    if (kind == Kind::Checked && tryton) {
        return tryton->outcome != TrytonCheck::Outcome::Unreachable
            && tryton->outcome != TrytonCheck::Outcome::Cancelled && !tryton->version.isEmpty();
    }
    return kind == Kind::Reachable || kind == Kind::HttpError;
}

StatusLabel::Status ConnectionOutcome::status() const
{
    using Status = StatusLabel::Status;
    switch (kind) {
    case Kind::Reachable:
        return Status::Ok;
    case Kind::HttpError:
        // 401/403 prove the server is there and guarding its API, which is what a GET asks.
        return httpStatus == 401 || httpStatus == 403 ? Status::Ok : Status::Warning;
    case Kind::Cancelled:
        return Status::Info;
    case Kind::NetworkError:
    case Kind::TimedOut:
        return Status::Error;
    case Kind::Checked:
        break;
    }
    if (!tryton)
        return Status::Error;
    switch (tryton->outcome) {
    case TrytonCheck::Outcome::Ok:
        // Warehouses the server lacks: the login works, the stock data point will not.
        return tryton->missingWarehouses.isEmpty() ? Status::Ok : Status::Warning;
    case TrytonCheck::Outcome::LoginLocked:
        return Status::Warning; // nothing wrong that waiting does not fix
    case TrytonCheck::Outcome::Cancelled:
        return Status::Info;
    case TrytonCheck::Outcome::NotConfigured:
    case TrytonCheck::Outcome::Unreachable:
    case TrytonCheck::Outcome::NotTryton:
    case TrytonCheck::Outcome::DatabaseMissing:
    case TrytonCheck::Outcome::LoginRefused:
    case TrytonCheck::Outcome::CompanyMissing:
    case TrytonCheck::Outcome::Failed:
        break;
    }
    return Status::Error;
}

QString ConnectionOutcome::trytonMessage() const
{
    using Outcome = TrytonCheck::Outcome;
    const TrytonCheck &check = *tryton;
    switch (check.outcome) {
    case Outcome::Ok: {
        QString text = tr("Tryton %1: logged in as \"%2\" to database \"%3\", company \"%4\" (in %5 ms).")
                           .arg(check.version, check.user, check.database, check.companyName)
                           .arg(elapsedMs);
        QStringList stores;
        for (const TrytonCheck::Warehouse &store : check.warehouses) {
            const QString name = store.code.isEmpty() ? store.name : store.code;
            stores.append(tr("%1 (id %2)").arg(name).arg(store.id));
        }
        text += u'\n'
            + (stores.isEmpty() ? tr("The server has no warehouses.")
                                : tr("Warehouses: %1.").arg(stores.join(QStringLiteral(", "))));
        return text;
    }
    case Outcome::NotConfigured:
        return tr("Not tested: %1.").arg(check.error.message);
    case Outcome::Unreachable:
        return tr("Not reachable at %1: %2").arg(check.url, check.error.message);
    case Outcome::NotTryton:
        return tr("%1 answers (HTTP %2), but not as a Tryton server: the answer is not Tryton's JSON-RPC.")
            .arg(check.url)
            .arg(check.httpStatus);
    case Outcome::DatabaseMissing:
        return tr("Tryton %1 answers, but has no database \"%2\".").arg(check.version, check.database);
    case Outcome::LoginRefused:
        return tr("Tryton %1 refused the login of user \"%2\" to database \"%3\": wrong user name or password.")
            .arg(check.version, check.user, check.database);
    case Outcome::LoginLocked:
        return tr("Tryton %1 refuses every login of user \"%2\" for now, after too many failed logins (HTTP 429).")
            .arg(check.version, check.user);
    case Outcome::CompanyMissing:
        return tr("Logged in to Tryton %1, but user \"%2\" has no company with id %3.")
            .arg(check.version, check.user)
            .arg(check.company);
    case Outcome::Cancelled:
        return tr("Test cancelled.");
    case Outcome::Failed:
        return tr("Tryton could not be tested: %1").arg(check.error.message);
    }
    return {};
}

QString ConnectionOutcome::trytonHint() const
{
    using Outcome = TrytonCheck::Outcome;
    const TrytonCheck &check = *tryton;
    switch (check.outcome) {
    case Outcome::Ok: {
        if (check.missingWarehouses.isEmpty())
            return {};
        QStringList ids;
        for (const int id : check.missingWarehouses)
            ids.append(QString::number(id));
        return tr("The server has no warehouse with id %1: stock cannot be read until the Warehouses field lists "
                  "ids from above, or is empty for all of them.")
            .arg(ids.join(QStringLiteral(", ")));
    }
    case Outcome::NotTryton:
        return tr("Set the base URL to the Tryton server itself, e.g. http://erp.example.com:8000/, without the "
                  "database name.");
    case Outcome::DatabaseMissing:
        return tr("Check the database name; Tryton's database names are case-sensitive.");
    case Outcome::LoginLocked:
        return tr("Tryton counts failed logins over its session timeout (10 minutes unless its configuration says "
                  "otherwise). Wait that long, check the password, then test again: every failed test counts too.");
    case Outcome::CompanyMissing:
        return tr("Set the company id to that of a company the user belongs to (in Tryton: User ▸ Companies).");
    case Outcome::Cancelled:
        return {};
    case Outcome::NotConfigured:
    case Outcome::Unreachable:
    case Outcome::LoginRefused:
    case Outcome::Failed:
        return check.error.hint;
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
    case Kind::Checked:
        return tryton ? trytonMessage() : QString();
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
        if (tryton)
            return tr("Check the address and port, and any firewall or VPN in between. After failed logins, "
                      "Tryton waits longer before each answer.");
        return tr("Check the address and port, and any firewall or VPN in between.");
    case Kind::Checked:
        return tryton ? trytonHint() : QString();
    }
    return {};
}

} // namespace Linkwright

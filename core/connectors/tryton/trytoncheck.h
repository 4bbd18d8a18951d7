#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>

namespace Linkwright {

/// What "Test connection" found on a Tryton server (TrytonConnector::check): facts, so that the
/// window can word them in the language it shows at the time. Each step needs the one before:
/// the server's version (no login), the login, the company, the warehouses.
struct TrytonCheck {
    enum class Outcome {
        Ok, ///< logged in; version, company and warehouses are known
        NotConfigured, ///< no database, user or password to try; error says which
        Unreachable, ///< no HTTP answer at the base URL (refused, unknown host, TLS, timeout)
        NotTryton, ///< an answer, but not Tryton's JSON-RPC
        DatabaseMissing, ///< a Tryton server without the endpoint's database
        LoginRefused, ///< wrong user or password
        LoginLocked, ///< too many failed logins: Tryton refuses every login for a while (429)
        CompanyMissing, ///< no company with the endpoint's id for this user
        Cancelled,
        Failed, ///< anything else; error says what
    };

    struct Warehouse {
        int id = 0;
        QString code;
        QString name;

        bool operator==(const Warehouse &) const = default;
    };

    Outcome outcome = Outcome::Failed;
    QString url; ///< the server, without credentials
    QString database;
    QString user;
    int company = 0; ///< the endpoint's company id
    QString version; ///< the server's, once it answered
    QString companyName;
    QList<Warehouse> warehouses; ///< every warehouse the user can see
    QList<int> missingWarehouses; ///< the endpoint's warehouse ids that are not among them
    int httpStatus = 0; ///< of the answer that decided the outcome; 0 without one
    Error error; ///< the details (redacted) when not Ok

    [[nodiscard]] bool ok() const { return outcome == Outcome::Ok; }
};

} // namespace Linkwright

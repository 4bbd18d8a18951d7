#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Linkwright {

/// One link of a Link header (RFC 8288).
struct WebLink {
    QUrl target; ///< resolved against the base given to the parser
    QStringList relations; ///< lower-case; rel="next last" gives both
    QList<QPair<QString, QString>> parameters; ///< names lower-case, values unquoted
};

namespace Http {

/// Every link in one Link header value: several links, parameters with quoted strings (commas and
/// semicolons inside quotes or <> do not split), relative targets resolved against base. Malformed
/// parts are skipped rather than guessed at.
[[nodiscard]] QList<WebLink> parseLinkHeader(QByteArrayView value, const QUrl &base);
/// The target of the first link with relation rel across every Link header value.
[[nodiscard]] std::optional<QUrl> findLink(const QList<QByteArray> &values, QStringView rel, const QUrl &base);

} // namespace Http

} // namespace Linkwright

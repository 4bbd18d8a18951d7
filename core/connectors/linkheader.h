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
    QUrl target; ///< resolved against the base given to the parser; invalid when reference is no URL
    QString reference; ///< the target as the header wrote it
    QStringList relations; ///< lower-case; rel="next last" gives both
    QList<QPair<QString, QString>> parameters; ///< names lower-case, values unquoted
};

namespace Http {

/// Every link in one Link header value: several links, parameters with quoted strings (commas and
/// semicolons inside quotes or <> do not split), relative targets resolved against base. Targets
/// are read tolerantly (a space or '|' is encoded, as browsers do); one that still is no URL is
/// kept with an invalid target, so that a broken link is not mistaken for none. Other malformed
/// parts are skipped rather than guessed at.
[[nodiscard]] QList<WebLink> parseLinkHeader(QByteArrayView value, const QUrl &base);
/// The first link with relation rel across every Link header value.
[[nodiscard]] std::optional<WebLink> findWebLink(const QList<QByteArray> &values, QStringView rel, const QUrl &base);
/// The target of findWebLink (invalid when the link's target is no URL).
[[nodiscard]] std::optional<QUrl> findLink(const QList<QByteArray> &values, QStringView rel, const QUrl &base);

} // namespace Http

} // namespace Linkwright

#pragma once

#include "domain/error.h"
#include "domain/failureclass.h"

#include <QByteArray>
#include <QDateTime>

#include <expected>

namespace Linkwright {

/// Why a connector call failed, with what the failure log keeps besides the message.
struct ConnectorError {
    Error error; ///< redacted
    FailureClass failureClass = FailureClass::Permanent;
    int httpStatus = 0; ///< 0 when no HTTP answer arrived
    int attempts = 0;
    QByteArray rawBody; ///< the last answer as it arrived (not redacted), e.g. a page that does not parse
    /// When the server's Retry-After (with a 429 or 503) lets it be asked again; null when it said nothing.
    QDateTime retryAfter{};
};

/// An error that no retry can fix: configuration, credentials, a bad cursor.
[[nodiscard]] inline std::unexpected<ConnectorError> permanentFailure(Error error)
{
    return std::unexpected(ConnectorError{std::move(error), FailureClass::Permanent, 0, 0, {}});
}

template <typename T>
using ConnectorResult = std::expected<T, ConnectorError>;

} // namespace Linkwright

#pragma once

#include <QString>

#include <expected>

namespace Linkwright {

/// What kind of thing went wrong; the UI and the CLI choose wording and exit codes from it.
enum class ErrorCode {
    FileNotFound,
    FileUnreadable,
    FileUnwritable,
    InvalidJson,
    InvalidProject,
    UnsupportedVersion,
    InvalidArgument,
    Network,
    Internal,
    SecretUnavailable, ///< a secret reference that does not resolve (unset variable, no keychain entry)
    Timeout, ///< no complete answer within the deadline
    Tls, ///< the TLS handshake or the certificate check failed
    Authentication, ///< the server refused the credentials (401, 403)
    HttpStatus, ///< any other HTTP status that is not a success
    InvalidResponse, ///< a body that is not what the format promises (malformed, truncated, no items)
    Redirect, ///< a redirect that is refused (to another origin, too many, a write redirected)
    Cancelled, ///< stopped by the user or the caller
};

/// A failure a caller can show: what happened (message), where (a file, a JSON path, a URL)
/// and what to do about it (hint). Messages are already translated for display.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString where;
    QString message;
    QString hint;

    /// "where: message" followed by the hint on its own line when there is one.
    [[nodiscard]] QString toString() const;
};

template <typename T>
using Result = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString where, QString message, QString hint = {})
{
    return std::unexpected<Error>(Error{code, std::move(where), std::move(message), std::move(hint)});
}

} // namespace Linkwright

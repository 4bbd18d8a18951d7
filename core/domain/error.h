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

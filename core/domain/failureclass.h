#pragma once

namespace Linkwright {

/// Whether trying again later may succeed. The connectors classify what went wrong; the failure
/// log retries Transient failures automatically and keeps Permanent ones for a person.
enum class FailureClass {
    Transient, ///< timeout, 5xx, 429, connection refused or reset, a truncated body
    Permanent, ///< validation, other 4xx, TLS, credentials, a redirect that is refused
};

} // namespace Linkwright

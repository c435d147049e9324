// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_TRANSPORT_FAILURE_HPP
#define CSM_REST_TRANSPORT_FAILURE_HPP

#include <csm/rest/http_message.hpp>
#include <csm/result.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace csm::rest {

/// Why a transport got no HTTP response. An HTTP error status (404, 429, 500, …) is not a transport failure:
/// the transport returns it, and parse_response turns it into an api_error.
enum class transport_failure_kind {
    connection_failed, ///< the host could not be resolved, or the connection was refused or unreachable
    timed_out,         ///< a connect or whole-exchange timeout expired
    tls,               ///< the TLS handshake failed (certificate, host name, protocol)
    io,                ///< anything else: a reset connection, a broken or too large response, a bad URL
};

/// The stable lower-case name of a kind, e.g. "timed_out".
constexpr std::string_view to_string(transport_failure_kind kind) noexcept {
    switch (kind) {
    case transport_failure_kind::connection_failed: return "connection_failed";
    case transport_failure_kind::timed_out: return "timed_out";
    case transport_failure_kind::tls: return "tls";
    case transport_failure_kind::io: return "io";
    }
    return "io";
}

inline std::ostream& operator<<(std::ostream& os, transport_failure_kind kind) { return os << to_string(kind); }

/// What a transport returns instead of an http_response when the exchange failed (see http_transport in
/// csm/rest/send.hpp). Whether the request may have reached the server decides whether it may be sent again
/// (advise_retry in csm/rest/retry.hpp).
struct transport_failure {
    transport_failure_kind kind = transport_failure_kind::io;
    /// False only when no byte of the request can have reached the server (a refused connection, a timeout
    /// while connecting): sending it again cannot do anything twice.
    bool request_sent = true;
    /// The transport library's own words ("Connection refused"). Transports put neither request headers (so
    /// never a token) nor a body here.
    std::string detail;

    /// "transport failure: connection_failed (nothing sent): Connection refused".
    std::string message() const {
        std::string text = "transport failure: ";
        text.append(to_string(kind));
        if (!request_sent) text.append(" (nothing sent)");
        if (!detail.empty()) {
            text.append(": ");
            text.append(detail);
        }
        return text;
    }

    friend bool operator==(const transport_failure&, const transport_failure&) = default;
};

/// What a transport may return instead of throwing: the response, or why there is none.
using transport_result = csm::result<http_response, transport_failure>;

} // namespace csm::rest

#endif

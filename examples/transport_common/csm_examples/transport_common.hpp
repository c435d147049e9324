// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// What both example transports share (examples/transport_curl, examples/transport_beast): their options, how
// they report a failure (csm::rest::transport_failure), Authorization header values, and the redacted lines of
// the verbose hook. Copy it along with the transport you use.
#ifndef CSM_EXAMPLES_TRANSPORT_COMMON_HPP
#define CSM_EXAMPLES_TRANSPORT_COMMON_HPP

#include <csm/ids.hpp>
#include <csm/rest/api_base.hpp>
#include <csm/rest/http.hpp>
#include <csm/rest/transport_failure.hpp>
#include <csm/result.hpp>

#include <chrono>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace csm_examples {

/// How the example transports report a failure: they return csm::rest::transport_result, whose error is a
/// csm::rest::transport_failure (kind, whether the request may have been sent, the library's own words). An
/// HTTP error status (404, 429, 500, ...) is not a failure: it comes back as a response, and
/// csm::rest::parse_response turns it into a csm::rest::api_error. The detail never contains request headers
/// (so never a token) nor a body.
using csm::rest::transport_failure;
using csm::rest::transport_failure_kind;
using csm::rest::transport_result;

namespace detail {

/// Thrown inside a transport's call operator only, and turned into its transport_result there: it lets the
/// steps of an exchange stop at the first failure without each returning a result.
struct failure_signal {
    transport_failure failure;
};

[[noreturn]] inline void fail(transport_failure_kind kind, bool request_sent, std::string detail) {
    throw failure_signal{transport_failure{kind, request_sent, std::move(detail)}};
}

/// Runs `exchange` (which returns an http_response or calls fail) and gives its transport_result.
template <class Exchange>
transport_result catch_failure(Exchange&& exchange) {
    try {
        return transport_result(exchange());
    } catch (failure_signal& s) {
        return transport_result(std::move(s.failure));
    }
}

} // namespace detail

/// The value of an `Authorization: Bearer <token>` header (OAuth 2.0 access token).
inline std::string bearer_authorization(std::string_view token) { return "Bearer " + std::string(token); }

/// The value of an `Authorization: Basic base64(user:secret)` header (email and API token).
inline std::string basic_authorization(std::string_view user, std::string_view secret) {
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string plain(user);
    plain.push_back(':');
    plain.append(secret);
    std::string out = "Basic ";
    for (std::size_t i = 0; i < plain.size(); i += 3) {
        unsigned n = static_cast<unsigned char>(plain[i]) << 16;
        if (i + 1 < plain.size()) n |= static_cast<unsigned char>(plain[i + 1]) << 8;
        if (i + 2 < plain.size()) n |= static_cast<unsigned char>(plain[i + 2]);
        out.push_back(alphabet[(n >> 18) & 63]);
        out.push_back(alphabet[(n >> 12) & 63]);
        out.push_back(i + 1 < plain.size() ? alphabet[(n >> 6) & 63] : '=');
        out.push_back(i + 2 < plain.size() ? alphabet[n & 63] : '=');
    }
    return out;
}

/// Receives one line at a time: "> GET /path HTTP/1.1", "> Accept: application/json", "< HTTP 200", ...
/// Authorization is shown as "> Authorization: <redacted>"; bodies are not shown.
using verbose_hook = std::function<void(std::string_view line)>;

/// The options of both example transports (curl_transport, beast_transport).
struct transport_options {
    /// The whole exchange, connect included.
    std::chrono::milliseconds timeout{30'000};
    /// Resolving the host and connecting.
    std::chrono::milliseconds connect_timeout{10'000};
    /// The Authorization header value (bearer_authorization(token) or basic_authorization(user, token));
    /// empty: none. Never printed, never part of an error message.
    std::string authorization{};
    /// Verify the server's certificate chain and host name (https). Leave on outside tests.
    bool verify_peer = true;
    /// A CA bundle file to verify against instead of the system's default; empty: the system's.
    std::string ca_file{};
    /// Lines describing the exchange, the credential redacted (see trace_request).
    verbose_hook verbose{};
    /// Response bodies larger than this fail with transport_failure_kind::io.
    std::size_t max_body_bytes = 64u << 20;
};

/// The API root from a command-line argument: a base URL (anything with "://", for proxies and local test
/// servers) as it is, otherwise a cloud id for https://api.atlassian.com/jsm/csm/cloudid/<id>/api/v1.
inline csm::result<csm::rest::api_base> api_base_from_argument(std::string_view text) {
    if (text.find("://") != std::string_view::npos) return csm::rest::api_base::custom(text);
    return csm::rest::api_base::atlassian(csm::cloud_id(text));
}

/// Calls `hook` with the request line and headers as the transport sends them, the credential redacted.
inline void trace_request(const verbose_hook& hook, const csm::rest::http_request& req, bool has_authorization) {
    if (!hook) return;
    hook("> " + std::string(csm::rest::to_string(req.method)) + " " + std::string(req.url.buffer()));
    if (has_authorization) hook("> Authorization: <redacted>");
    for (const auto& h : req.headers) hook("> " + h.name + ": " + h.value);
    if (req.body) hook("> (body: " + std::to_string(req.body->size()) + " bytes)");
}

/// Calls `hook` with the status and headers of a response.
inline void trace_response(const verbose_hook& hook, const csm::rest::http_response& res) {
    if (!hook) return;
    hook("< HTTP " + std::to_string(res.status));
    for (const auto& h : res.headers) hook("< " + h.name + ": " + h.value);
    hook("< (body: " + std::to_string(res.body.size()) + " bytes)");
}

/// Refuses requests the transports cannot send: a relative URL (the Forge base) or a scheme other than http
/// and https (a failure of kind io, nothing sent). Returns true for https.
inline bool check_url(const csm::rest::http_request& req) {
    if (!req.url.has_scheme() || req.url.encoded_host().empty())
        detail::fail(transport_failure_kind::io, false,
                     "the request URL is not absolute (a Forge-relative base "
                     "needs requestJira, not an HTTP transport)");
    const auto scheme = req.url.scheme_id();
    if (scheme != boost::urls::scheme::http && scheme != boost::urls::scheme::https)
        detail::fail(transport_failure_kind::io, false, "only http and https URLs are supported");
    return scheme == boost::urls::scheme::https;
}

/// A header the caller must not set through http_request::headers because the transport owns it.
inline bool is_transport_owned_header(std::string_view name) noexcept {
    return csm::rest::header_name_equals(name, "Authorization") || csm::rest::header_name_equals(name, "Host") ||
           csm::rest::header_name_equals(name, "Content-Length");
}

} // namespace csm_examples

#endif

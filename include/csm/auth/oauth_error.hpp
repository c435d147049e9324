// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_OAUTH_ERROR_HPP
#define CSM_AUTH_OAUTH_ERROR_HPP

#include <csm/error.hpp>
#include <csm/json/parse_value.hpp>
#include <csm/rest/http_message.hpp>

#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace csm::auth {

/// Why an OAuth 2.0 step gave no result.
enum class oauth_error_kind {
    oauth,              ///< the server answered with an OAuth error (`error`, e.g. "invalid_grant"; RFC 6749 §5.2)
    http_status,        ///< a non-2xx answer without an OAuth error body
    malformed_response, ///< a 2xx answer whose body is not what the docs describe (decode_error says where)
    callback,           ///< the redirect back to the app: an `error` (e.g. "access_denied"), or state/code problems
};

constexpr std::string_view to_string(oauth_error_kind k) noexcept {
    switch (k) {
    case oauth_error_kind::oauth: return "oauth";
    case oauth_error_kind::http_status: return "http_status";
    case oauth_error_kind::malformed_response: return "malformed_response";
    case oauth_error_kind::callback: return "callback";
    }
    return "unknown";
}

/// The typed error of the token endpoint, the accessible-resources endpoint and the authorization callback.
/// It never holds a response body (a token response carries secrets), only the OAuth fields.
struct oauth_error {
    oauth_error_kind kind = oauth_error_kind::http_status;
    int status = 0;                         ///< HTTP status; 0 for callback problems
    std::string error;                      ///< the OAuth `error` code ("invalid_grant", "access_denied"), if any
    std::string description;                ///< `error_description`, if the server sent a printable one
    std::optional<csm::error> decode_error; ///< malformed_response: where and what was expected

    /// "oauth error invalid_grant (HTTP 403): Unknown or invalid refresh token." and the like.
    std::string message() const {
        std::string text;
        switch (kind) {
        case oauth_error_kind::oauth: text = "oauth error " + error; break;
        case oauth_error_kind::http_status: text = "unexpected answer"; break;
        case oauth_error_kind::malformed_response:
            text = "malformed response: " + (decode_error ? decode_error->message() : std::string("?"));
            break;
        case oauth_error_kind::callback:
            text = error.empty() ? "bad callback" : "authorization refused: " + error;
            break;
        }
        if (status != 0) text += " (HTTP " + std::to_string(status) + ")";
        if (!description.empty()) text += ": " + description;
        return text;
    }

    /// The error for a non-2xx answer: kind oauth when the body is a JSON object with a string `error` made
    /// of the characters RFC 6749 allows (%x20-21 / %x23-5B / %x5D-7E), else http_status.
    static oauth_error from_response(const rest::http_response& response) {
        oauth_error e;
        e.status = response.status;
        csm::result<boost::json::value> body = csm::json::parse_value(response.body);
        if (!body || !body->is_object()) return e;
        const boost::json::object& o = body->get_object();
        const boost::json::value* code = o.if_contains("error");
        if (!code || !code->is_string() || !allowed_text(code->get_string(), 100)) return e;
        e.kind = oauth_error_kind::oauth;
        e.error = std::string(code->get_string());
        if (const boost::json::value* d = o.if_contains("error_description"); d && d->is_string())
            if (allowed_text(d->get_string(), 1000)) e.description = std::string(d->get_string());
        return e;
    }

    /// A malformed 2xx answer; `status` is the HTTP status.
    static oauth_error malformed(int status, csm::error what) {
        oauth_error e;
        e.kind = oauth_error_kind::malformed_response;
        e.status = status;
        e.decode_error = std::move(what);
        return e;
    }

    /// RFC 6749's character set for `error` and `error_description`, at most `max` characters, not empty.
    static bool allowed_text(std::string_view s, std::size_t max) noexcept {
        if (s.empty() || s.size() > max) return false;
        for (char c : s) {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || u > 0x7E || c == '"' || c == '\\') return false;
        }
        return true;
    }

    friend bool operator==(const oauth_error&, const oauth_error&) = default;
};

} // namespace csm::auth

#endif

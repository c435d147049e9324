// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_TOKEN_HPP
#define CSM_AUTH_TOKEN_HPP

#include <csm/auth/authorization_url.hpp>
#include <csm/auth/oauth_error.hpp>
#include <csm/auth/oauth_server.hpp>
#include <csm/auth/secret.hpp>
#include <csm/error.hpp>
#include <csm/json/parse_value.hpp>
#include <csm/rest/http.hpp>
#include <csm/result.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

/// Step 3 of OAuth 2.0 (3LO), sans-IO: exchanging the authorization code for tokens, and refreshing them
/// (https://developer.atlassian.com/cloud/jira/service-desk/oauth-2-authorization-code-grants-3lo-for-apps/,
/// https://developer.atlassian.com/cloud/oauth/getting-started/refresh-tokens/).
///
///     auto request = csm::auth::token_request(csm::auth::code_exchange{client_id, secret, code, redirect_uri});
///     csm::rest::http_response response = transport(*request);
///     auto tokens = csm::auth::read_token_response(response, std::chrono::system_clock::now());
///
/// Refresh tokens rotate: every refresh answers with a new refresh token and the one sent stops working, so
/// the token_set that read_token_response reads from a refresh answer (which holds the new one) replaces the
/// old set, and must be saved before the next refresh.
namespace csm::auth {

using clock = std::chrono::system_clock;

/// What the token endpoint grants.
struct token_set {
    access_token access;
    std::optional<refresh_token> refresh; ///< present when offline_access was granted
    clock::time_point expires_at;         ///< the caller's `now` plus `expires_in`
    std::string scope;                    ///< the granted scopes, space-separated, as sent; may be empty
    std::string token_type;               ///< "Bearer" (any case) or empty when the server sent none

    /// Whether the access token is expired at `now`, or will be within `leeway` (so that a request sent now
    /// does not arrive with a token that expires on the way).
    bool expired(clock::time_point now, std::chrono::seconds leeway = std::chrono::seconds(60)) const noexcept {
        return now + leeway >= expires_at;
    }

    friend bool operator==(const token_set&, const token_set&) = default;
};

/// grant_type=authorization_code: the code from read_callback and the same redirect URI as in the
/// authorization URL.
struct code_exchange {
    std::string client_id;
    client_secret secret;
    authorization_code code;
    std::string redirect_uri;
};

/// grant_type=refresh_token.
struct token_refresh {
    std::string client_id;
    client_secret secret;
    refresh_token refresh;
};

/// POST <token URL> with `Content-Type: application/json` and
/// `{"grant_type":"authorization_code","client_id":…,"client_secret":…,"code":…,"redirect_uri":…}`.
/// Errors (nothing is built): "/client_id", "/client_secret", "/code", "/redirect_uri".
inline csm::result<rest::http_request> token_request(const code_exchange& x,
                                                     const oauth_server& server = oauth_server::atlassian());

/// POST <token URL> with `{"grant_type":"refresh_token","client_id":…,"client_secret":…,"refresh_token":…}`.
/// Errors: "/client_id", "/client_secret", "/refresh_token".
inline csm::result<rest::http_request> token_request(const token_refresh& x,
                                                     const oauth_server& server = oauth_server::atlassian());

/// Reads the token endpoint's answer.
///
/// - 2xx: a JSON object with `access_token` (a non-empty string) and `expires_in` (seconds, 1 to 31536000),
///   and optionally `refresh_token`, `scope` and `token_type` (which, when present, is "Bearer" in any
///   case); other members are ignored. expires_at = now + expires_in. For a refresh the set replaces the old
///   one: the refresh token sent was disabled by the refresh (rotation), so when the answer carries none the
///   set has none, and the next refresh needs a new authorization
///   (https://developer.atlassian.com/cloud/oauth/getting-started/refresh-tokens/). Anything else: kind
///   malformed_response with the JSON Pointer of the problem; the body is never kept (it holds secrets).
/// - otherwise: oauth_error::from_response (kind oauth with `error` and `error_description`, or http_status).
inline csm::result<token_set, oauth_error> read_token_response(const rest::http_response& response,
                                                              clock::time_point now);

// ---- implementation -----------------------------------------------------------------------------------

namespace detail {

inline std::optional<csm::error> check_client(const std::string& client_id, const client_secret& secret) {
    if (client_id.empty() || client_id.size() > 256 || !visible_ascii(client_id))
        return request_error(errc::invalid_value, "/client_id", "1 to 256 visible ASCII characters");
    if (secret.empty()) return request_error(errc::missing_member, "/client_secret", "a non-empty client secret");
    return std::nullopt;
}

inline rest::http_request token_post(const oauth_server& server, std::string_view name, const boost::json::object& body) {
    rest::http_request req;
    req.method = rest::http_method::post;
    req.url = boost::urls::url(server.token_url());
    req.endpoint_name = name;
    req.headers.push_back({"Content-Type", "application/json"});
    req.body = boost::json::serialize(body);
    return req;
}

inline csm::error token_field_error(errc code, std::string_view pointer, std::string_view expected) {
    return csm::error{code, std::string(pointer), std::string(expected)};
}

/// The optional string member `key`; nullopt when absent or null; an error for any other type.
inline csm::result<std::optional<std::string>> optional_string(const boost::json::object& o, std::string_view key) {
    const boost::json::value* v = o.if_contains(key);
    if (!v || v->is_null()) return std::optional<std::string>();
    if (!v->is_string()) return token_field_error(errc::type_mismatch, "/" + std::string(key), "a string");
    return std::optional<std::string>(std::string(v->get_string()));
}

} // namespace detail

inline csm::result<rest::http_request> token_request(const code_exchange& x,
                                                     const oauth_server& server) {
    if (auto e = detail::check_client(x.client_id, x.secret)) return std::move(*e);
    if (x.code.empty()) return detail::request_error(errc::missing_member, "/code", "a non-empty authorization code");
    if (!detail::valid_redirect_uri(x.redirect_uri))
        return detail::request_error(errc::invalid_value, "/redirect_uri",
                                     "the redirect URI of the authorization URL (an absolute http or https URL)");
    boost::json::object body;
    body["grant_type"] = "authorization_code";
    body["client_id"] = x.client_id;
    body["client_secret"] = x.secret.reveal();
    body["code"] = x.code.reveal();
    body["redirect_uri"] = x.redirect_uri;
    return detail::token_post(server, "oauth.token.authorization_code", body);
}

inline csm::result<rest::http_request> token_request(const token_refresh& x,
                                                     const oauth_server& server) {
    if (auto e = detail::check_client(x.client_id, x.secret)) return std::move(*e);
    if (x.refresh.empty())
        return detail::request_error(errc::missing_member, "/refresh_token", "a non-empty refresh token");
    boost::json::object body;
    body["grant_type"] = "refresh_token";
    body["client_id"] = x.client_id;
    body["client_secret"] = x.secret.reveal();
    body["refresh_token"] = x.refresh.reveal();
    return detail::token_post(server, "oauth.token.refresh_token", body);
}

inline csm::result<token_set, oauth_error> read_token_response(const rest::http_response& response,
                                                              clock::time_point now) {
    if (response.status < 200 || response.status > 299) return oauth_error::from_response(response);
    const auto bad = [&](errc code, std::string_view pointer, std::string_view expected) {
        return oauth_error::malformed(response.status, detail::token_field_error(code, pointer, expected));
    };
    csm::result<boost::json::value> doc = csm::json::parse_value(response.body);
    if (!doc) return oauth_error::malformed(response.status, std::move(doc).error());
    if (!doc->is_object()) return bad(errc::type_mismatch, "", "a JSON object");
    const boost::json::object& o = doc->get_object();

    const boost::json::value* access = o.if_contains("access_token");
    if (!access) return bad(errc::missing_member, "/access_token", "a non-empty string");
    if (!access->is_string() || access->get_string().empty())
        return bad(errc::type_mismatch, "/access_token", "a non-empty string");

    const boost::json::value* expires = o.if_contains("expires_in");
    if (!expires) return bad(errc::missing_member, "/expires_in", "a number of seconds from 1 to 31536000");
    std::int64_t seconds = 0;
    if (expires->is_int64()) seconds = expires->get_int64();
    else if (expires->is_uint64()) seconds = expires->get_uint64() > 31536000u ? 31536001 : static_cast<std::int64_t>(expires->get_uint64());
    else return bad(errc::type_mismatch, "/expires_in", "a number of seconds from 1 to 31536000");
    if (seconds < 1 || seconds > 31536000)
        return bad(errc::out_of_range, "/expires_in", "a number of seconds from 1 to 31536000");

    auto refresh = detail::optional_string(o, "refresh_token");
    if (!refresh) return oauth_error::malformed(response.status, std::move(refresh).error());
    if (*refresh && (*refresh)->empty()) return bad(errc::invalid_value, "/refresh_token", "a non-empty string");
    auto scope = detail::optional_string(o, "scope");
    if (!scope) return oauth_error::malformed(response.status, std::move(scope).error());
    auto type = detail::optional_string(o, "token_type");
    if (!type) return oauth_error::malformed(response.status, std::move(type).error());
    if (*type && !rest::header_name_equals(**type, "bearer"))
        return bad(errc::invalid_value, "/token_type", "\"Bearer\" (any case)");

    token_set t{access_token(std::string(access->get_string())), std::nullopt, now + std::chrono::seconds(seconds),
                scope->value_or(std::string()), type->value_or(std::string())};
    if (*refresh) t.refresh.emplace(std::move(**refresh));
    return t;
}

} // namespace csm::auth

#endif

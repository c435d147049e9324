// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_TOKEN_HPP
#define CSM_AUTH_TOKEN_HPP

#include <csm/config.hpp>
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
CSM_DECL csm::result<rest::http_request> token_request(const code_exchange& x,
                                                       const oauth_server& server = oauth_server::atlassian());

/// POST <token URL> with `{"grant_type":"refresh_token","client_id":…,"client_secret":…,"refresh_token":…}`.
/// Errors: "/client_id", "/client_secret", "/refresh_token".
CSM_DECL csm::result<rest::http_request> token_request(const token_refresh& x,
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
CSM_DECL csm::result<token_set, oauth_error> read_token_response(const rest::http_response& response,
                                                                 clock::time_point now);

} // namespace csm::auth

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/auth/impl/token.hpp>
#endif

#endif

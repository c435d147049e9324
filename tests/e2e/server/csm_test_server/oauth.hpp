// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// A small OAuth 2.0 (3LO) authority for the test server, without I/O: the three routes of Atlassian's
// authorization server and accessible-resources endpoint (docs/auth.md), stateful so that a client can be
// walked through the whole journey against 127.0.0.1:
//
// - GET /authorize?audience=api.atlassian.com&client_id&scope&redirect_uri&state&response_type=code[&prompt]
//   (what the user's browser opens): checks every parameter and answers 302 with
//   `Location: <redirect_uri>?code=<code>&state=<state>`, as Atlassian does once the user consents.
// - POST /oauth/token, JSON body: grant_type authorization_code (client id and secret, the code, once, and the
//   same redirect URI) or refresh_token (the current refresh token). Issues access token N and refresh token N
//   (`e2e-access-N`, `e2e-refresh-N`), expires_in from the settings, the requested scope. Rotation: the
//   previous refresh token and access token stop working. Errors as RFC 6749 §5.2 bodies
//   (`{"error":"invalid_grant","error_description":…}`).
// - GET /oauth/token/accessible-resources with `Authorization: Bearer <current access token>`: one site,
//   `{"id": <cloud id>, "name", "url", "scopes", "avatarUrl"}`; 401 otherwise.
//
// Every other route of the server then requires `Authorization: Bearer <current access token>`
// (required_authorization()).
#ifndef CSM_TEST_SERVER_OAUTH_HPP
#define CSM_TEST_SERVER_OAUTH_HPP

#include <csm_test_server/routes.hpp>

#include <mutex>
#include <optional>
#include <string>

namespace csm_test_server {

struct oauth_settings {
    std::string client_id = "e2e-client";
    std::string client_secret = "e2e-client-secret";
    std::string redirect_uri = "http://127.0.0.1/callback";
    std::string code = "e2e-code"; ///< the code /authorize hands out; accepted once
    int expires_in = 3600;
    std::string cloud_id = "CLOUD"; ///< the site accessible-resources lists (the routes' {cloudId})
    std::string site_name = "E2E site";
    std::string site_url = "https://e2e.atlassian.net";
};

class oauth_authority {
public:
    explicit oauth_authority(oauth_settings settings) : settings_(std::move(settings)) {}

    /// The answer when `req` is one of the OAuth routes; nullopt for any other request.
    std::optional<outcome> handle(const incoming_request& req);

    /// "Bearer <current access token>"; before any token was issued, a value no client is given (so that
    /// nothing is accepted).
    std::string required_authorization() const;

    /// How many tokens were issued (exchange and refreshes).
    int issued() const;

private:
    outcome issue(const std::string& scope);

    oauth_settings settings_;
    mutable std::mutex mutex_;
    bool code_used_ = false;
    int generation_ = 0;
    std::string scope_;
};

} // namespace csm_test_server

#endif

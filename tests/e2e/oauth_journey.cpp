// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// End-to-end: from nothing to calls, with only csm-cpp and a transport (examples/transport_curl) against the
// loopback test server's OAuth 2.0 routes (csm_test_server/oauth.hpp): the authorization URL, the callback,
// the token exchange, accessible resources, a call, a token refresh on a caller-supplied clock, another call.
#include "curl_transport.hpp"

#define BOOST_TEST_MODULE e2e.oauth_journey
#include <boost/test/unit_test.hpp>

#include <csm/auth.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/product.hpp>
#include <csm/rest/response.hpp>

#include <csm_test/fixtures.hpp>
#include <csm_test_server/server.hpp>

#include <chrono>
#include <string>
#include <vector>

namespace {

namespace auth = csm::auth;
namespace rest = csm::rest;
using namespace std::chrono_literals;

const csm_test_server::oauth_settings settings{};

struct journey_fixture {
    csm_test_server::test_server server{csm_test_server::server_options{
        .routes = csm_test_server::load_routes(CSM_FIXTURES_DIR "/e2e/routes.json", CSM_FIXTURES_DIR),
        .lifetime = std::chrono::milliseconds(90'000),
        .oauth = settings,
    }};
    auth::oauth_server where = *auth::oauth_server::custom(server.base_url(), server.base_url());

    /// Sends `request` with a transport that adds `Authorization: Bearer <token>` when there is a token (the
    /// transport owns Authorization; requests never hold a secret).
    static rest::http_response exchange(const rest::http_request& request, const auth::access_token* token = nullptr) {
        csm_examples::curl_options options{.timeout = 5s, .connect_timeout = 2s};
        if (token) {
            auto header = auth::bearer(*token);
            BOOST_TEST_REQUIRE(header.has_value());
            options.authorization = header->value;
        }
        auto response = csm_examples::curl_transport(std::move(options))(request);
        BOOST_TEST_REQUIRE(response.has_value(), "transport failed");
        return *response;
    }

    /// Builds `ep` on `base`, sends it with the access token, reads it.
    template <class E>
    rest::response_result<E> call(const E& ep, const rest::api_base& base, const auth::token_set& tokens) {
        auto request = rest::build_request(ep, base);
        BOOST_TEST_REQUIRE(request.has_value());
        return rest::parse_response<E>(exchange(*request, &tokens.access));
    }

    std::vector<std::string> targets() const {
        std::vector<std::string> out;
        for (const auto& r : server.requests()) out.push_back(r.request.method + " " + r.request.target);
        return out;
    }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(from_authorization_url_to_a_refreshed_call, journey_fixture) {
    // 1. The authorization URL, with the scopes of the endpoints this program calls and offline_access.
    constexpr auto scopes =
        auth::scopes_with_refresh<rest::organization::get_organization, rest::product::list_products>;
    const std::string state = "st-9f8e7d6c5b4a";
    auto url = auth::authorization_url({.client_id = settings.client_id,
                                        .redirect_uri = settings.redirect_uri,
                                        .scopes = auth::scope_strings(scopes),
                                        .state = state},
                                       where);
    BOOST_TEST_REQUIRE(url.has_value());

    // 2. The user's browser opens it and comes back to the redirect URI (here: the transport, which does not
    //    follow redirects, and the Location header).
    rest::http_request open_url;
    open_url.url = boost::urls::url(*url);
    const rest::http_response consent = exchange(open_url);
    BOOST_TEST_REQUIRE(consent.status == 302);
    const rest::http_header* location = consent.find_header("Location");
    BOOST_TEST_REQUIRE(location != nullptr);
    BOOST_TEST(location->value == "http://127.0.0.1/callback?code=e2e-code&state=st-9f8e7d6c5b4a");
    auto code = auth::read_callback(location->value, state);
    BOOST_TEST_REQUIRE(code.has_value());

    // 3. The code for tokens, on the caller's clock.
    const auth::clock::time_point t0 = auth::clock::now();
    const auth::client_secret secret(settings.client_secret);
    auto exchange_request = auth::token_request(
        auth::code_exchange{settings.client_id, secret, std::move(*code), settings.redirect_uri}, where);
    BOOST_TEST_REQUIRE(exchange_request.has_value());
    auto tokens = auth::read_token_response(exchange(*exchange_request), t0);
    BOOST_TEST_REQUIRE(tokens.has_value(), (tokens ? "" : tokens.error().message()));
    BOOST_TEST(tokens->access.reveal() == "e2e-access-1");
    BOOST_TEST(tokens->refresh->reveal() == "e2e-refresh-1");
    BOOST_TEST(tokens->scope == "offline_access read:organization.detail:jira-service-management "
                                "read:organization:jira-service-management read:product:jira-service-management");
    BOOST_TEST((tokens->expires_at == t0 + 3600s));

    // 4. Which site: accessible resources, chosen by URL.
    auto sites = auth::read_accessible_resources(exchange(auth::accessible_resources_request(where), &tokens->access));
    BOOST_TEST_REQUIRE(sites.has_value(), (sites ? "" : sites.error().message()));
    auto site = auth::choose_site(*sites, auth::site_selector::url("e2e.atlassian.net"));
    BOOST_TEST_REQUIRE(site.has_value());
    BOOST_TEST(site->id.view() == "CLOUD");
    BOOST_TEST(site->scopes.size() == 4u);

    // The api.atlassian.com layout on the loopback server, with the cloud id found.
    auto base =
        rest::api_base::custom(server.base_url() + "/jsm/csm/cloudid/" + std::string(site->id.view()) + "/api/v1");
    BOOST_TEST_REQUIRE(base.has_value());

    // 5. A call.
    auto org = call(rest::organization::get_organization{csm::organization_id("123")}, *base, *tokens);
    BOOST_TEST_REQUIRE(org.has_value(), (org ? "" : org.error().message()));
    BOOST_TEST(org->name == "Atlassian");

    // 6. An hour later on the caller's clock the token is expired: refresh (the refresh token rotates).
    const auth::clock::time_point later = t0 + 3600s;
    BOOST_TEST(!tokens->expired(t0));
    BOOST_TEST(tokens->expired(later));
    const auth::refresh_token old_refresh = *tokens->refresh;
    const auth::token_set old_tokens = *tokens;
    auto refresh_request = auth::token_request(auth::token_refresh{settings.client_id, secret, old_refresh}, where);
    BOOST_TEST_REQUIRE(refresh_request.has_value());
    auto refreshed = auth::read_token_response(exchange(*refresh_request), later);
    BOOST_TEST_REQUIRE(refreshed.has_value(), (refreshed ? "" : refreshed.error().message()));
    tokens = std::move(*refreshed); // the new set replaces the old one
    BOOST_TEST(tokens->access.reveal() == "e2e-access-2");
    BOOST_TEST(tokens->refresh->reveal() == "e2e-refresh-2");
    BOOST_TEST((tokens->expires_at == later + 3600s));

    // 7. Another call, with the new token.
    auto products = call(rest::product::list_products{}, *base, *tokens);
    BOOST_TEST_REQUIRE(products.has_value(), (products ? "" : products.error().message()));

    // The old access token and the old refresh token no longer work.
    auto stale = call(rest::organization::get_organization{csm::organization_id("123")}, *base, old_tokens);
    BOOST_TEST_REQUIRE(!stale.has_value());
    BOOST_TEST(stale.error().status == 401);
    auto reused = auth::read_token_response(exchange(*refresh_request), later);
    BOOST_TEST_REQUIRE(!reused.has_value());
    BOOST_TEST(reused.error().message() == "oauth error invalid_grant (HTTP 403): Unknown or invalid refresh token.");

    for (const std::string& m : server.mismatches()) BOOST_ERROR("server mismatch: " << m);
    const std::vector<std::string> expected{"GET /authorize?" + url->substr(url->find('?') + 1),
                                            "POST /oauth/token",
                                            "GET /oauth/token/accessible-resources",
                                            "GET /jsm/csm/cloudid/CLOUD/api/v1/organization/123",
                                            "POST /oauth/token",
                                            "GET /jsm/csm/cloudid/CLOUD/api/v1/product",
                                            "GET /jsm/csm/cloudid/CLOUD/api/v1/organization/123",
                                            "POST /oauth/token"};
    BOOST_TEST(targets() == expected, boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_CASE(refused_steps_give_typed_errors, journey_fixture) {
    // A wrong client secret: an OAuth error body, typed.
    auto bad_secret =
        auth::token_request(auth::code_exchange{settings.client_id, auth::client_secret("wrong"),
                                                auth::authorization_code(settings.code), settings.redirect_uri},
                            where);
    auto refused = auth::read_token_response(exchange(*bad_secret), auth::clock::now());
    BOOST_TEST_REQUIRE(!refused.has_value());
    BOOST_TEST(refused.error().message() == "oauth error access_denied (HTTP 401): Unauthorized");
    // No token yet: accessible resources answers 401.
    const auth::access_token guess("guess");
    auto resources = auth::read_accessible_resources(exchange(auth::accessible_resources_request(where), &guess));
    BOOST_TEST_REQUIRE(!resources.has_value());
    BOOST_TEST(resources.error().status == 401);
    // A wrong redirect URI in the authorization URL is refused by the authority.
    auto url = auth::authorization_url({.client_id = settings.client_id,
                                        .redirect_uri = "https://elsewhere.example/cb",
                                        .scopes = {"read:product:jira-service-management"},
                                        .state = "s"},
                                       where);
    rest::http_request open_url;
    open_url.url = boost::urls::url(*url);
    const rest::http_response answer = exchange(open_url);
    BOOST_TEST(answer.status == 400);
    BOOST_TEST(answer.find_header("Location") == nullptr);
}

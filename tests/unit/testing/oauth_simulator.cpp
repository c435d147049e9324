// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/testing/oauth_simulator.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.testing.oauth_simulator
#include <boost/test/unit_test.hpp>

#include <csm/auth/authorization.hpp>
#include <csm/auth/authorization_url.hpp>
#include <csm/auth/callback.hpp>
#include <csm/auth/token.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/send.hpp>

#include <boost/url/parse.hpp>

#include <chrono>
#include <string>

using namespace csm;
using csm::testing::oauth_simulator;
using csm::testing::simulator;

namespace {

const auth::oauth_server server =
    auth::oauth_server::custom("https://auth.example.invalid", "https://api.example.invalid").value();
const std::chrono::system_clock::time_point t0 = std::chrono::system_clock::time_point(std::chrono::hours(480'000));

const std::vector<std::string> org_scopes = {"read:organization:jira-service-management",
                                             "write:organization:jira-service-management"};

/// The REST simulator and its OAuth server, on one simulated clock.
struct journey {
    simulator rest;
    oauth_simulator oauth{rest,
                          {.client_id = "client-1",
                           .client_secret = "secret-1",
                           .redirect_uri = "https://app.example.invalid/callback",
                           .cloud_id = "cloud-a"}};
    journey() { at(t0); }
    void at(std::chrono::system_clock::time_point now) {
        rest.set_now(now);
        oauth.set_now(now);
    }

    rest::http_request get(std::string url) {
        rest::http_request req;
        req.url = boost::urls::url(boost::urls::parse_absolute_uri(url).value());
        return req;
    }

    /// Steps 1 to 3 with the library's functions: the authorization URL, the browser's redirect, the callback,
    /// the code exchange.
    auth::token_set authorize(std::vector<std::string> scopes) {
        const auto url = auth::authorization_url(
            {"client-1", "https://app.example.invalid/callback", std::move(scopes), "state-123", true}, server);
        BOOST_TEST_REQUIRE(url.has_value());
        const rest::http_response redirect = oauth(get(*url));
        BOOST_TEST_REQUIRE(redirect.status == 302);
        const rest::http_header* location = rest::find_header(redirect.headers, "Location");
        BOOST_TEST_REQUIRE(location != nullptr);
        const auto code = auth::read_callback(location->value.str(), "state-123");
        BOOST_TEST_REQUIRE(code.has_value());
        const auto exchange = auth::token_request(auth::code_exchange{"client-1", auth::client_secret("secret-1"),
                                                                      *code, "https://app.example.invalid/callback"},
                                                  server);
        BOOST_TEST_REQUIRE(exchange.has_value());
        auto tokens = auth::read_token_response(oauth(*exchange), t0);
        BOOST_TEST_REQUIRE(tokens.has_value());
        return *tokens;
    }

    /// A REST call with this access token.
    int create(const auth::access_token& token) {
        auto transport = [&](const rest::http_request& req) {
            rest::http_request r = req;
            r.headers.push_back(auth::bearer(token).value());
            return rest(r);
        };
        auto created = rest::send(transport, rest::organization::create_organization{{"Acme"}},
                                  *rest::api_base::atlassian(csm::cloud_id("cloud-a")));
        if (created) return 201;
        return created.error().api() ? created.error().api()->status : -1;
    }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(authorize_exchange_call_and_list_sites, journey) {
    std::vector<std::string> scopes = org_scopes;
    scopes.push_back("offline_access");
    const auth::token_set tokens = authorize(scopes);
    BOOST_TEST(tokens.access.reveal() == "sim-access-2");
    BOOST_TEST_REQUIRE(tokens.refresh.has_value());
    BOOST_TEST(tokens.refresh->reveal() == "sim-refresh-2");
    BOOST_TEST((tokens.expires_at == t0 + std::chrono::hours(1)));
    BOOST_TEST(tokens.scope == "read:organization:jira-service-management write:organization:jira-service-management "
                               "offline_access");
    BOOST_TEST(create(tokens.access) == 201);

    // Accessible resources, read with the library's reader.
    rest::http_request sites = auth::accessible_resources_request(server);
    sites.headers.push_back(auth::bearer(tokens.access).value());
    const rest::http_response answer = oauth(sites);
    BOOST_TEST(answer.body == R"([{"id":"cloud-a","name":"Simulated site","url":"https://simulated.atlassian.net",)"
                              R"("scopes":["read:organization:jira-service-management",)"
                              R"("write:organization:jira-service-management","offline_access"]}])");
    const auto read = auth::read_accessible_resources(answer);
    BOOST_TEST_REQUIRE(read.has_value());
    BOOST_TEST(read->at(0).id.str() == "cloud-a");
}

BOOST_FIXTURE_TEST_CASE(the_code_works_once_and_only_with_its_redirect_uri, journey) {
    const auto url = auth::authorization_url(
        {"client-1", "https://app.example.invalid/callback", org_scopes, "state-123", true}, server);
    const rest::http_response redirect = oauth(get(*url));
    const rest::http_header* location = rest::find_header(redirect.headers, "Location");
    BOOST_TEST_REQUIRE(location != nullptr);
    BOOST_TEST(location->value == "https://app.example.invalid/callback?code=sim-code-1&state=state-123");
    const auto code = auth::read_callback(location->value.str(), "state-123").value();
    const auto wrong_redirect = auth::token_request(
        auth::code_exchange{"client-1", auth::client_secret("secret-1"), code, "https://evil.example.invalid/cb"},
        server);
    auto refused = auth::read_token_response(oauth(*wrong_redirect), t0);
    BOOST_TEST_REQUIRE(!refused);
    BOOST_TEST(refused.error().error == "invalid_grant");

    const auto exchange = auth::token_request(
        auth::code_exchange{"client-1", auth::client_secret("secret-1"), code, "https://app.example.invalid/callback"},
        server);
    BOOST_TEST(oauth(*exchange).status == 200);
    BOOST_TEST(oauth(*exchange).status == 403); // used
    // No offline_access, no refresh token.
    BOOST_TEST(oauth.issued() == 1u);

    const auto bad_secret = auth::token_request(
        auth::code_exchange{"client-1", auth::client_secret("guess"), code, "https://app.example.invalid/callback"},
        server);
    const rest::http_response denied = oauth(*bad_secret);
    BOOST_TEST(denied.status == 401);
    BOOST_TEST(denied.body == R"({"error":"access_denied","error_description":"Unauthorized"})");
}

BOOST_FIXTURE_TEST_CASE(refresh_rotates_and_expiry_is_enforced_by_the_rest_simulator, journey) {
    std::vector<std::string> scopes = org_scopes;
    scopes.push_back("offline_access");
    const auth::token_set first = authorize(scopes);
    BOOST_TEST(create(first.access) == 201);

    // An hour later the access token is expired on the REST side too.
    at(t0 + std::chrono::hours(1));
    BOOST_TEST(create(first.access) == 401);

    const auto refresh =
        auth::token_request(auth::token_refresh{"client-1", auth::client_secret("secret-1"), *first.refresh}, server);
    BOOST_TEST_REQUIRE(refresh.has_value());
    const auto second = auth::read_token_response(oauth(*refresh), t0 + std::chrono::hours(1));
    BOOST_TEST_REQUIRE(second.has_value());
    BOOST_TEST(second->access.reveal() == "sim-access-3");
    BOOST_TEST(second->refresh->reveal() == "sim-refresh-3");
    BOOST_TEST(create(second->access) == 201);

    // Rotation: the first refresh token no longer works.
    auto again = auth::read_token_response(oauth(*refresh), t0 + std::chrono::hours(1));
    BOOST_TEST_REQUIRE(!again);
    BOOST_TEST(again.error().error == "invalid_grant");
    BOOST_TEST(again.error().status == 403);
}

BOOST_FIXTURE_TEST_CASE(granted_scopes_limit_what_the_token_may_do, journey) {
    const auth::token_set read_only = authorize({"read:organization:jira-service-management"});
    BOOST_TEST(create(read_only.access) == 403);
}

BOOST_FIXTURE_TEST_CASE(authorize_refuses_what_the_app_did_not_register, journey) {
    auto url =
        auth::authorization_url({"client-2", "https://app.example.invalid/callback", org_scopes, "s", true}, server);
    rest::http_response r = oauth(get(*url));
    BOOST_TEST(r.status == 400);
    BOOST_TEST(r.body == R"({"error":"invalid_client","error_description":"client_id"})");
    url = auth::authorization_url({"client-1", "https://app.example.invalid/other", org_scopes, "s", true}, server);
    BOOST_TEST(oauth(get(*url)).status == 400);
    BOOST_TEST(oauth(get("https://auth.example.invalid/elsewhere")).status == 404);
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// End-to-end: from nothing to calls, with only csm-cpp and a transport (examples/transport_curl) against
// `csm serve --oauth` (csm::testing::oauth_simulator in front of the REST simulator, in a child process):
// the authorization URL, the callback, the token exchange, accessible resources, a call, a token refresh on a
// caller-supplied clock, another call; then the refusals, an expired token and a missing scope.
#include "curl_transport.hpp"

#define BOOST_TEST_MODULE e2e.oauth_journey
#include <boost/test/unit_test.hpp>

#include <csm/auth.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/product.hpp>
#include <csm/rest/response.hpp>

#include <csm_test/serve_process.hpp>

#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace auth = csm::auth;
namespace rest = csm::rest;
using namespace std::chrono_literals;

const std::string client_id = "e2e-client";
const std::string client_secret = "e2e-client-secret";
const std::string redirect_uri = "http://127.0.0.1/callback";
const std::string admin_token = "e2e-admin-token"; // a --tokens token with every scope, to create test data

/// `csm serve --oauth` for the app e2e-client and the site CLOUD, with organization 1 "Atlassian" created
/// through the REST routes. `extra` is added to the --oauth file's object (e.g. "expiresIn").
struct serve_fixture {
    explicit serve_fixture(const std::string& extra = {})
        : files(std::string(CSM_E2E_WORK_DIR) + "/oauth_journey." + std::to_string(::getpid()) + "."),
          server(CSM_EXE,
                 {"--oauth", write(files + "oauth.json", oauth_file(extra)), "--tokens",
                  write(files + "tokens.json", R"({")" + admin_token + R"(":{"cloudId":"CLOUD"}})")},
                 files + "server.log"),
          where(*auth::oauth_server::custom(server.origin(), server.origin())),
          base(*rest::api_base::custom(server.api_base("CLOUD"))) {
        BOOST_TEST_REQUIRE(server.cloud_ids() == std::vector<std::string>{"CLOUD"}, boost::test_tools::per_element());
        auto create = rest::build_request(rest::organization::create_organization{{"Atlassian"}}, base);
        BOOST_TEST_REQUIRE(create.has_value());
        const auth::access_token admin(admin_token);
        const rest::http_response created = exchange(*create, &admin);
        BOOST_TEST_REQUIRE(created.status == 201);
        BOOST_TEST_REQUIRE(created.body == R"({"id":"1","name":"Atlassian"})");
    }
    ~serve_fixture() {
        server.stop();
        for (const char* f : {"oauth.json", "tokens.json", "server.log"}) std::remove((files + f).c_str());
    }

    static std::string oauth_file(const std::string& extra) {
        return R"({"clientId":")" + client_id + R"(","clientSecret":")" + client_secret + R"(","redirectUri":")" +
               redirect_uri + R"(","cloudId":"CLOUD","siteName":"E2E site","siteUrl":"https://e2e.atlassian.net")" +
               extra + "}";
    }
    static std::string write(const std::string& path, const std::string& text) {
        std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
        return path;
    }

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

    /// Builds `ep`, sends it with the access token, reads it.
    template <class E>
    rest::response_result<E> call(const E& ep, const auth::token_set& tokens) {
        auto request = rest::build_request(ep, base);
        BOOST_TEST_REQUIRE(request.has_value());
        return rest::parse_response<E>(exchange(*request, &tokens.access));
    }

    /// The authorization URL's request as the user's browser sends it; the answer.
    rest::http_response open(const auth::authorization_request& r) {
        auto url = auth::authorization_url(r, where);
        BOOST_TEST_REQUIRE(url.has_value());
        rest::http_request open_url;
        open_url.url = boost::urls::url(*url);
        return exchange(open_url);
    }

    /// What the server saw, in order: its log's request lines (paths, query names, grant types, statuses).
    std::vector<std::string> seen() const { return csm_test::serve_log_requests(files + "server.log"); }

    std::string files;
    csm_test::serve_process server;
    auth::oauth_server where;
    rest::api_base base;
};

struct journey_fixture : serve_fixture {};

/// Tokens that live 1 s, and an app registered for three read scopes only.
struct short_lived_fixture : serve_fixture {
    short_lived_fixture()
        : serve_fixture(
              R"(,"expiresIn":1,"scopes":["read:organization:jira-service-management",)"
              R"("read:organization.detail:jira-service-management","read:product:jira-service-management"])") {}
};

const std::string org_path = "/jsm/csm/cloudid/CLOUD/api/v1/organization";

} // namespace

BOOST_FIXTURE_TEST_CASE(from_authorization_url_to_a_refreshed_call, journey_fixture) {
    // 1. The authorization URL, with the scopes of the endpoints this program calls and offline_access.
    constexpr auto scopes =
        auth::scopes_with_refresh<rest::organization::get_organization, rest::product::list_products>;
    const std::string state = "st-9f8e7d6c5b4a";

    // 2. The user's browser opens it and comes back to the redirect URI (here: the transport, which does not
    //    follow redirects, and the Location header).
    const rest::http_response consent = open(
        {.client_id = client_id, .redirect_uri = redirect_uri, .scopes = auth::scope_strings(scopes), .state = state});
    BOOST_TEST_REQUIRE(consent.status == 302);
    const rest::http_header* location = consent.find_header("Location");
    BOOST_TEST_REQUIRE(location != nullptr);
    // The simulator's one-time codes and tokens are numbered by one counter: code 1, then tokens 2, then 3.
    BOOST_TEST(location->value == "http://127.0.0.1/callback?code=sim-code-1&state=st-9f8e7d6c5b4a");
    auto code = auth::read_callback(location->value, state);
    BOOST_TEST_REQUIRE(code.has_value());

    // 3. The code for tokens, on the caller's clock.
    const auth::clock::time_point t0 = auth::clock::now();
    const auth::client_secret secret(client_secret);
    auto exchange_request =
        auth::token_request(auth::code_exchange{client_id, secret, std::move(*code), redirect_uri}, where);
    BOOST_TEST_REQUIRE(exchange_request.has_value());
    auto tokens = auth::read_token_response(exchange(*exchange_request), t0);
    BOOST_TEST_REQUIRE(tokens.has_value(), (tokens ? "" : tokens.error().message()));
    BOOST_TEST(tokens->access.reveal() == "sim-access-2");
    BOOST_TEST(tokens->refresh->reveal() == "sim-refresh-2");
    BOOST_TEST(tokens->scope == "offline_access read:organization.detail:jira-service-management "
                                "read:organization:jira-service-management read:product:jira-service-management");
    BOOST_TEST((tokens->expires_at == t0 + 3600s));
    // The code works once.
    auto again = auth::read_token_response(exchange(*exchange_request), t0);
    BOOST_TEST_REQUIRE(!again.has_value());
    BOOST_TEST(again.error().message() == "oauth error invalid_grant (HTTP 403): Invalid authorization code");

    // 4. Which site: accessible resources, chosen by URL.
    auto sites = auth::read_accessible_resources(exchange(auth::accessible_resources_request(where), &tokens->access));
    BOOST_TEST_REQUIRE(sites.has_value(), (sites ? "" : sites.error().message()));
    BOOST_TEST_REQUIRE(sites->size() == 1u);
    BOOST_TEST(sites->front().name == "E2E site");
    auto site = auth::choose_site(*sites, auth::site_selector::url("e2e.atlassian.net"));
    BOOST_TEST_REQUIRE(site.has_value());
    BOOST_TEST(site->id.view() == "CLOUD");
    BOOST_TEST(site->scopes.size() == 4u);

    // 5. A call.
    auto org = call(rest::organization::get_organization{csm::organization_id("1")}, *tokens);
    BOOST_TEST_REQUIRE(org.has_value(), (org ? "" : org.error().message()));
    BOOST_TEST(org->name == "Atlassian");

    // 6. An hour later on the caller's clock the token is expired: refresh (the refresh token rotates).
    const auth::clock::time_point later = t0 + 3600s;
    BOOST_TEST(!tokens->expired(t0));
    BOOST_TEST(tokens->expired(later));
    const auth::refresh_token old_refresh = *tokens->refresh;
    const auth::token_set old_tokens = *tokens;
    auto refresh_request = auth::token_request(auth::token_refresh{client_id, secret, old_refresh}, where);
    BOOST_TEST_REQUIRE(refresh_request.has_value());
    auto refreshed = auth::read_token_response(exchange(*refresh_request), later);
    BOOST_TEST_REQUIRE(refreshed.has_value(), (refreshed ? "" : refreshed.error().message()));
    tokens = std::move(*refreshed); // the new set replaces the old one
    BOOST_TEST(tokens->access.reveal() == "sim-access-3");
    BOOST_TEST(tokens->refresh->reveal() == "sim-refresh-3");
    BOOST_TEST((tokens->expires_at == later + 3600s));

    // 7. Another call, with the new token.
    auto products = call(rest::product::list_products{}, *tokens);
    BOOST_TEST_REQUIRE(products.has_value(), (products ? "" : products.error().message()));

    // The old refresh token no longer works (rotation). The old access token, as on the service, works until
    // it expires (its expiry: expired_token_and_missing_scope).
    auto reused = auth::read_token_response(exchange(*refresh_request), later);
    BOOST_TEST_REQUIRE(!reused.has_value());
    BOOST_TEST(reused.error().message() == "oauth error invalid_grant (HTTP 403): Unknown or invalid refresh token.");
    auto old = call(rest::organization::get_organization{csm::organization_id("1")}, old_tokens);
    BOOST_TEST(old.has_value());

    const std::vector<std::string> expected{
        "POST " + org_path + " -> 201",
        "GET /authorize?audience=&client_id=&scope=&redirect_uri=&state=&response_type=&prompt= -> 302",
        "POST /oauth/token grant_type=authorization_code -> 200",
        "POST /oauth/token grant_type=authorization_code -> 403",
        "GET /oauth/token/accessible-resources -> 200",
        "GET " + org_path + "/1 -> 200",
        "POST /oauth/token grant_type=refresh_token -> 200",
        "GET /jsm/csm/cloudid/CLOUD/api/v1/product -> 200",
        "POST /oauth/token grant_type=refresh_token -> 403",
        "GET " + org_path + "/1 -> 200"};
    BOOST_TEST(seen() == expected, boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_CASE(refused_steps_give_typed_errors, journey_fixture) {
    // A wrong client secret: an OAuth error body, typed.
    auto bad_secret = auth::token_request(auth::code_exchange{client_id, auth::client_secret("wrong"),
                                                              auth::authorization_code("sim-code-1"), redirect_uri},
                                          where);
    auto refused = auth::read_token_response(exchange(*bad_secret), auth::clock::now());
    BOOST_TEST_REQUIRE(!refused.has_value());
    BOOST_TEST(refused.error().message() == "oauth error access_denied (HTTP 401): Unauthorized");
    // A code that was never issued.
    auto unknown = auth::token_request(auth::code_exchange{client_id, auth::client_secret(client_secret),
                                                           auth::authorization_code("sim-code-1"), redirect_uri},
                                       where);
    auto invalid = auth::read_token_response(exchange(*unknown), auth::clock::now());
    BOOST_TEST_REQUIRE(!invalid.has_value());
    BOOST_TEST(invalid.error().message() == "oauth error invalid_grant (HTTP 403): Invalid authorization code");
    // No token yet: accessible resources answers 401.
    const auth::access_token guess("guess");
    auto resources = auth::read_accessible_resources(exchange(auth::accessible_resources_request(where), &guess));
    BOOST_TEST_REQUIRE(!resources.has_value());
    BOOST_TEST(resources.error().status == 401);
    // A wrong redirect URI in the authorization URL is refused by the authority.
    const rest::http_response answer = open({.client_id = client_id,
                                             .redirect_uri = "https://elsewhere.example/cb",
                                             .scopes = {"read:product:jira-service-management"},
                                             .state = "s"});
    BOOST_TEST(answer.status == 400);
    BOOST_TEST(answer.body == R"({"error":"invalid_request","error_description":"redirect_uri"})");
    BOOST_TEST(answer.find_header("Location") == nullptr);
    // No log line holds a code, a token or the secret.
    for (const std::string& line : seen())
        for (const char* secret : {"sim-", "wrong", "guess", "e2e-client-secret", "e2e-admin-token"})
            BOOST_TEST(line.find(secret) == std::string::npos, line);
}

BOOST_FIXTURE_TEST_CASE(expired_token_and_missing_scope, short_lived_fixture) {
    // A scope the app is not registered for is refused at the authorization step.
    const rest::http_response unregistered = open({.client_id = client_id,
                                                   .redirect_uri = redirect_uri,
                                                   .scopes = {"write:organization:jira-service-management"},
                                                   .state = "s"});
    BOOST_TEST(unregistered.status == 400);
    BOOST_TEST(unregistered.body ==
               R"({"error":"invalid_scope","error_description":"a scope the app is not registered for"})");
    // Organization reads only, no offline_access: no refresh token.
    const rest::http_response consent =
        open({.client_id = client_id,
              .redirect_uri = redirect_uri,
              .scopes = auth::scope_strings(rest::required_scopes<rest::organization::get_organization>),
              .state = "s"});
    BOOST_TEST_REQUIRE(consent.status == 302);
    auto code = auth::read_callback(consent.find_header("Location")->value, "s");
    BOOST_TEST_REQUIRE(code.has_value());
    const auth::clock::time_point t0 = auth::clock::now();
    auto request = auth::token_request(
        auth::code_exchange{client_id, auth::client_secret(client_secret), std::move(*code), redirect_uri}, where);
    auto tokens = auth::read_token_response(exchange(*request), t0);
    BOOST_TEST_REQUIRE(tokens.has_value(), (tokens ? "" : tokens.error().message()));
    BOOST_TEST(!tokens->refresh.has_value());
    BOOST_TEST((tokens->expires_at == t0 + 1s));
    // The REST routes: the granted scope works, a missing one is 403.
    auto org = call(rest::organization::get_organization{csm::organization_id("1")}, *tokens);
    BOOST_TEST_REQUIRE(org.has_value(), (org ? "" : org.error().message()));
    auto products = call(rest::product::list_products{}, *tokens);
    BOOST_TEST_REQUIRE(!products.has_value());
    BOOST_TEST(products.error().status == 403);
    // After its lifetime the token is refused everywhere: 401.
    std::this_thread::sleep_for(1100ms);
    auto expired = call(rest::organization::get_organization{csm::organization_id("1")}, *tokens);
    BOOST_TEST_REQUIRE(!expired.has_value());
    BOOST_TEST(expired.error().status == 401);
    auto sites = auth::read_accessible_resources(exchange(auth::accessible_resources_request(where), &tokens->access));
    BOOST_TEST_REQUIRE(!sites.has_value());
    BOOST_TEST(sites.error().status == 401);
    const std::vector<std::string> expected{"POST " + org_path + " -> 201",
                                            "GET /authorize?audience=&client_id=&scope=&redirect_uri=&state=&"
                                            "response_type=&prompt= -> 400",
                                            "GET /authorize?audience=&client_id=&scope=&redirect_uri=&state=&"
                                            "response_type=&prompt= -> 302",
                                            "POST /oauth/token grant_type=authorization_code -> 200",
                                            "GET " + org_path + "/1 -> 200",
                                            "GET /jsm/csm/cloudid/CLOUD/api/v1/product -> 403",
                                            "GET " + org_path + "/1 -> 401",
                                            "GET /oauth/token/accessible-resources -> 401"};
    BOOST_TEST(seen() == expected, boost::test_tools::per_element());
}

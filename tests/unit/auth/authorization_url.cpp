// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/auth/authorization_url.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.auth.authorization_url
#include <boost/test/unit_test.hpp>

#include <csm/rest/organization.hpp>
#include <csm/rest/product.hpp>

#include <boost/url/parse.hpp>

#include <string>
#include <tuple>
#include <vector>

using namespace csm::auth;
namespace rest = csm::rest;

// The scopes are a constant computed from the endpoints the program calls, plus offline_access.
constexpr auto scopes =
    scopes_with_refresh<rest::organization::get_organization, rest::organization::update_organization>;
static_assert(scopes.size() == 4);
static_assert(scopes.contains("offline_access"));
static_assert(scopes.contains("write:organization:jira-service-management"));
static_assert(scopes_with_refresh_of<std::tuple<rest::product::list_products>>.size() == 2);
// offline_access is not added twice when it is somehow there already.
static_assert(detail::with_offline_access(scopes).size() == 4);

namespace {

authorization_request sample() {
    return {.client_id = "aBcD1234",
            .redirect_uri = "https://app.example.com/callback",
            .scopes = scope_strings(scopes),
            .state = "d5f0c1a2-state"};
}

} // namespace

BOOST_AUTO_TEST_CASE(scope_strings_are_sorted) {
    const std::vector<std::string> expected{"offline_access", "read:organization.detail:jira-service-management",
                                            "read:organization:jira-service-management",
                                            "write:organization:jira-service-management"};
    BOOST_TEST(scope_strings(scopes) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(exact_url) {
    auto url = authorization_url(sample());
    BOOST_TEST_REQUIRE(url.has_value());
    BOOST_TEST(*url == "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=aBcD1234"
                       "&scope=offline_access%20read%3Aorganization.detail%3Ajira-service-management%20"
                       "read%3Aorganization%3Ajira-service-management%20write%3Aorganization%3Ajira-service-management"
                       "&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&state=d5f0c1a2-state&response_type=code"
                       "&prompt=consent");
}

BOOST_AUTO_TEST_CASE(without_prompt_and_on_a_custom_server) {
    authorization_request r = sample();
    r.prompt_consent = false;
    r.scopes = {"read:product:jira-service-management"};
    auto server = oauth_server::custom("http://127.0.0.1:9000", "http://127.0.0.1:9000");
    auto url = authorization_url(r, *server);
    BOOST_TEST_REQUIRE(url.has_value());
    BOOST_TEST(*url == "http://127.0.0.1:9000/authorize?audience=api.atlassian.com&client_id=aBcD1234"
                       "&scope=read%3Aproduct%3Ajira-service-management"
                       "&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&state=d5f0c1a2-state"
                       "&response_type=code");
}

// A hostile state cannot add or change a parameter: everything but unreserved characters is encoded.
BOOST_AUTO_TEST_CASE(hostile_state_stays_one_parameter) {
    authorization_request r = sample();
    r.state = "x&client_id=evil#frag?a=b c+d%41";
    auto url = authorization_url(r);
    BOOST_TEST_REQUIRE(url.has_value());
    auto parsed = boost::urls::parse_absolute_uri(*url);
    BOOST_TEST_REQUIRE(parsed.has_value());
    BOOST_TEST(!parsed->has_fragment());
    int client_ids = 0;
    std::string state;
    for (const auto& p : parsed->params()) {
        if (p.key == "client_id") ++client_ids;
        if (p.key == "state") state = p.value;
    }
    BOOST_TEST(client_ids == 1);
    BOOST_TEST(state == r.state);
    BOOST_TEST(url->find("&state=x%26client_id%3Devil%23frag%3Fa%3Db%20c%2Bd%2541&") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_requests_name_the_member) {
    const auto pointer_of = [](authorization_request r) {
        auto url = authorization_url(r);
        BOOST_TEST_REQUIRE(!url.has_value());
        return url.error().pointer;
    };
    auto r = sample();
    r.client_id = "";
    BOOST_TEST(pointer_of(r) == "/client_id");
    r = sample();
    r.client_id = "a b";
    BOOST_TEST(pointer_of(r) == "/client_id");
    for (const char* uri : {"", "app.example.com/cb", "/callback", "javascript:alert(1)", "ftp://x/cb",
                            "https://user@app.example.com/cb", "https://app.example.com/cb#frag",
                            "https://app.example.com/c b", "https://app.example.com/cb\r\nX: y", "https:///cb"}) {
        r = sample();
        r.redirect_uri = uri;
        BOOST_TEST(pointer_of(r) == "/redirect_uri", uri);
    }
    r = sample();
    r.scopes.clear();
    BOOST_TEST(pointer_of(r) == "/scopes");
    r = sample();
    r.scopes[2] = "read:a write:b"; // a space would split one scope into two
    BOOST_TEST(pointer_of(r) == "/scopes/2");
    r = sample();
    r.scopes[0] = "";
    BOOST_TEST(pointer_of(r) == "/scopes/0");
    r = sample();
    r.state = "";
    BOOST_TEST(pointer_of(r) == "/state");
    r = sample();
    r.state = "a\nb";
    BOOST_TEST(pointer_of(r) == "/state");
    r = sample();
    r.state = std::string(1025, 'x');
    BOOST_TEST(pointer_of(r) == "/state");
    r.state = "secret-state\n";
    auto e = authorization_url(r);
    BOOST_TEST(e.error().message() ==
               "/state: expected 1 to 1024 characters without control characters (unsafe_value)");
}

BOOST_AUTO_TEST_CASE(http_localhost_redirect_is_accepted) {
    auto r = sample();
    r.redirect_uri = "http://localhost:3000/callback?x=1";
    auto url = authorization_url(r);
    BOOST_TEST_REQUIRE(url.has_value());
    BOOST_TEST(url->find("&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback%3Fx%3D1&") != std::string::npos);
}

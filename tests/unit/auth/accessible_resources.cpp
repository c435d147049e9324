// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/auth/accessible_resources.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.auth.accessible_resources
#include <boost/test/unit_test.hpp>

#include <csm/json/serialize.hpp>

#include <csm_test/fixtures.hpp>

#include <string>
#include <vector>

using namespace csm::auth;
namespace rest = csm::rest;

namespace {

std::vector<site> sites_of(std::string body) {
    auto r = read_accessible_resources(rest::http_response{200, {}, std::move(body)});
    BOOST_TEST_REQUIRE(r.has_value());
    return *r;
}

site make_site(std::string id, std::string name, std::string url) {
    return site{csm::cloud_id(std::move(id)), std::move(name), std::move(url), {}, std::nullopt, {}};
}

} // namespace

BOOST_AUTO_TEST_CASE(request_is_the_docs_curl_example) {
    const rest::http_request req = accessible_resources_request();
    BOOST_TEST((req.method == rest::http_method::get));
    BOOST_TEST(req.url.buffer() == "https://api.atlassian.com/oauth/token/accessible-resources");
    // Authorization is the transport's (bearer(token)); the request itself holds no secret.
    const std::vector<rest::http_header> headers{{"Accept", "application/json"}};
    BOOST_TEST((req.headers == headers));
    BOOST_TEST(!req.body.has_value());
    BOOST_TEST(req.endpoint_name == "oauth.accessible_resources");
    const auto local = oauth_server::custom("http://127.0.0.1:1", "http://127.0.0.1:2");
    BOOST_TEST(accessible_resources_request(*local).url.buffer() ==
               "http://127.0.0.1:2/oauth/token/accessible-resources");
}

// The docs' example answer, verbatim (tests/fixtures/auth/accessible_resources.response.json).
BOOST_AUTO_TEST_CASE(reads_the_docs_example) {
    const std::vector<site> sites = sites_of(csm_test::read_fixture("auth/accessible_resources.response.json"));
    BOOST_TEST_REQUIRE(sites.size() == 1u);
    const site& s = sites[0];
    BOOST_TEST(s.id.view() == "1324a887-45db-1bf4-1e99-ef0ff456d421");
    BOOST_TEST(s.name == "Site name");
    BOOST_TEST(s.url == "https://your-domain.atlassian.net");
    const std::vector<std::string> scopes{"write:jira-work", "read:jira-user", "manage:jira-configuration"};
    BOOST_TEST(s.scopes == scopes, boost::test_tools::per_element());
    BOOST_TEST(*s.avatar_url == "https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/flag.png");
}

BOOST_AUTO_TEST_CASE(unknown_members_are_kept_and_avatar_is_optional) {
    const auto sites = sites_of(R"([{"id":"c1","name":"A","url":"https://a.atlassian.net","scopes":[],"extra":true}])");
    BOOST_TEST(!sites[0].avatar_url.has_value());
    BOOST_TEST(csm::json::serialize(sites[0]) ==
               R"({"id":"c1","name":"A","url":"https://a.atlassian.net","scopes":[],"extra":true})");
    BOOST_TEST(sites_of("[]").empty());
}

BOOST_AUTO_TEST_CASE(bad_answers) {
    const auto error_of = [](int status, std::string body) {
        auto r = read_accessible_resources(rest::http_response{status, {}, std::move(body)});
        BOOST_TEST_REQUIRE(!r.has_value());
        return r.error();
    };
    BOOST_TEST(
        error_of(200, "[{").message() ==
        "malformed response: (root): expected valid UTF-8 JSON text (stopped at byte 2) (syntax_error) (HTTP 200)");
    BOOST_TEST(error_of(200, R"({"id":"c"})").decode_error->pointer == "");
    BOOST_TEST(error_of(200, R"([{"name":"A","url":"u","scopes":[]}])").decode_error->message() ==
               "/0/id: expected an id string (missing_member)");
    BOOST_TEST(error_of(200, R"([{"id":"c","name":"A","url":"u","scopes":"all"}])").decode_error->pointer ==
               "/0/scopes");
    const oauth_error unauthorized = error_of(401, R"({"code":401,"message":"Unauthorized"})");
    BOOST_TEST((unauthorized.kind == oauth_error_kind::http_status));
    BOOST_TEST(unauthorized.status == 401);
}

BOOST_AUTO_TEST_CASE(choosing_a_site) {
    const std::vector<site> sites{make_site("c1", "Support", "https://support.atlassian.net"),
                                  make_site("c2", "Sales", "https://sales.atlassian.net/"),
                                  make_site("c3", "Sales", "https://sales-eu.atlassian.net")};
    BOOST_TEST(choose_site(sites, site_selector::url("https://Support.atlassian.net/"))->id.view() == "c1");
    BOOST_TEST(choose_site(sites, site_selector::url("sales.atlassian.net"))->id.view() == "c2");
    BOOST_TEST(choose_site(sites, site_selector::url("http://sales-eu.atlassian.net"))->id.view() == "c3");
    BOOST_TEST(choose_site(sites, site_selector::name("Support"))->id.view() == "c1");
    BOOST_TEST(choose_site(sites, site_selector::cloud_id("c3"))->name == "Sales");

    auto ambiguous = choose_site(sites, site_selector::name("Sales"));
    BOOST_TEST_REQUIRE(!ambiguous.has_value());
    BOOST_TEST((ambiguous.error() == site_choice_error{site_choice_errc::ambiguous, 3, 2}));
    BOOST_TEST(ambiguous.error().message() ==
               "2 of the 3 sites the token reaches match; choose one by URL or cloud id");

    auto several = choose_site(sites);
    BOOST_TEST(several.error().message() == "3 of the 3 sites the token reaches match; choose one by URL or cloud id");

    auto none = choose_site(sites, site_selector::url("https://other.atlassian.net"));
    BOOST_TEST((none.error().code == site_choice_errc::no_match));
    BOOST_TEST(none.error().message() ==
               "none of the 3 sites the token reaches matches; choose by URL, name or cloud id");
    BOOST_TEST((choose_site(sites, site_selector::url("")).error().code == site_choice_errc::no_match));

    auto empty = choose_site(std::vector<site>{});
    BOOST_TEST(empty.error().message() == "the token reaches no site");

    const std::vector<site> one{make_site("c9", "Only", "https://only.atlassian.net")};
    BOOST_TEST(choose_site(one)->id.view() == "c9");
}

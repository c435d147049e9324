// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/help_center.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.help_center
#include <boost/test/unit_test.hpp>

#include <csm/json/serialize.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/response.hpp>

#include <csm_test/fixtures.hpp>
#include <csm_test/rest.hpp>

#include <boost/json/array.hpp>

#include <string>
#include <vector>

namespace rest = csm::rest;
namespace hc = csm::rest::help_center;

namespace {

const std::string dir = "rest/help_center/";
const std::string help_center = "f17913e0-5b6a-4c1e-9d2f-3a4b5c6d7e8f";
const std::string root = "https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1";

} // namespace

BOOST_AUTO_TEST_CASE(metadata) {
    BOOST_TEST(hc::get_organization_access::info.docs.id == "H1");
    BOOST_TEST(hc::grant_organization_access::info.docs.id == "H2");
    BOOST_TEST(hc::revoke_organization_access::info.docs.id == "H3");
    BOOST_TEST(hc::raise_issue::info.docs.id == "H4");
    // All four are experimental. The page states H4's scope; H1–H3's are the fitting ones, marked inferred.
    BOOST_TEST(hc::get_organization_access::info.experimental);
    BOOST_TEST(hc::grant_organization_access::info.experimental);
    BOOST_TEST(hc::revoke_organization_access::info.experimental);
    BOOST_TEST(hc::raise_issue::info.experimental);
    BOOST_TEST(hc::get_organization_access::info.docs.scopes_inferred);
    BOOST_TEST(hc::grant_organization_access::info.docs.scopes_inferred);
    BOOST_TEST(!hc::raise_issue::info.docs.scopes_inferred);
    BOOST_TEST(hc::raise_issue::info.docs.permission ==
               "able to view the help center, and a Customer Service Management agent with EDIT_ISSUES for the issue");
    BOOST_TEST(csm_test::scopes_of(hc::get_organization_access::info) ==
                   csm_test::scope_names{"read:organization:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(hc::revoke_organization_access::info) ==
                   csm_test::scope_names{"write:organization:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(hc::raise_issue::info) ==
                   csm_test::scope_names{"write:csm-request:jira-service-management"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(h1_request) {
    const auto req = csm_test::build_ok(hc::get_organization_access{csm::help_center_id{help_center}, 0, 50});
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(dir + "h1.get_organization_access.curl"),
                                         {{"{helpCenterId}", help_center}});
    BOOST_TEST(std::string(req.url.buffer()) ==
               root + "/helpcenter/" + help_center + "/access/organization?startAt=0&limit=50");
    BOOST_TEST((req.headers ==
                std::vector<rest::http_header>{{"Accept", "application/json"}, {"X-ExperimentalApi", "opt-in"}}));
    BOOST_TEST(!req.body.has_value());
    // Without paging parameters, no query; negative ones are refused.
    BOOST_TEST(!csm_test::build_ok(hc::get_organization_access{csm::help_center_id{"h"}}).url.has_query());
    csm_test::check_error(csm_test::build_error(hc::get_organization_access{csm::help_center_id{"h"}, -1}),
                          csm::errc::invalid_value, "/query/startAt", "a non-negative offset");
    csm_test::check_error(csm_test::build_error(hc::get_organization_access{csm::help_center_id{"h"}, 0, -5}),
                          csm::errc::invalid_value, "/query/limit", "a non-negative page size");
}

BOOST_AUTO_TEST_CASE(h2_request_with_a_raw_body) {
    hc::grant_organization_access ep{csm::help_center_id{help_center}, {}};
    ep.body.unknown_members.members["organizationIds"] = boost::json::array{"1", "2"};
    const auto req = csm_test::build_ok(ep);
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(dir + "h2.grant_organization_access.curl"),
                                         {{"{helpCenterId}", help_center}});
    BOOST_TEST(*req.body == R"({"organizationIds":["1","2"]})");
    BOOST_TEST((req.headers == std::vector<rest::http_header>{{"Accept", "application/json"},
                                                              {"X-ExperimentalApi", "opt-in"},
                                                              {"Content-Type", "application/json"}}));
}

BOOST_AUTO_TEST_CASE(h3_request) {
    const auto req = csm_test::build_ok(
        hc::revoke_organization_access{csm::help_center_id{help_center}, csm::organization_id{"123"}});
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(dir + "h3.revoke_organization_access.curl"),
                                         {{"{helpCenterId}", help_center}, {"{organizationId}", "123"}});
    BOOST_TEST((req.headers == std::vector<rest::http_header>{{"X-ExperimentalApi", "opt-in"}}));
    // The opt-in can be switched off per call.
    rest::build_options no_opt_in;
    no_opt_in.experimental_opt_in = false;
    BOOST_TEST(csm_test::build_ok(hc::revoke_organization_access{csm::help_center_id{"h"}, csm::organization_id{"1"}},
                                  no_opt_in)
                   .headers.empty());
    const auto done = rest::parse_response<hc::revoke_organization_access>(204, {}, "");
    BOOST_TEST(done.has_value());
}

BOOST_AUTO_TEST_CASE(h4_request_and_conflict) {
    const auto req =
        csm_test::build_ok(hc::raise_issue{csm::help_center_id{help_center}, csm::issue_id_or_key{"10001"}});
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(dir + "h4.raise_issue.curl"),
                                         {{"{helpCenterId}", help_center}, {"{issueIdOrKey}", "10001"}});
    // The page defines no request body: none is sent, and no Content-Type.
    BOOST_TEST(!req.body.has_value());
    BOOST_TEST((req.headers ==
                std::vector<rest::http_header>{{"Accept", "application/json"}, {"X-ExperimentalApi", "opt-in"}}));
    BOOST_TEST(!rest::has_body_v<hc::raise_issue>);
    // A form is already attached: 409.
    const auto conflict =
        rest::parse_response<hc::raise_issue>(409, {}, R"({"errorMessages":["A form is already attached"]})");
    BOOST_TEST_REQUIRE(!conflict.has_value());
    BOOST_TEST((conflict.error().kind == rest::api_error_kind::conflict));
}

BOOST_AUTO_TEST_CASE(responses_are_raw_json) {
    const std::string page = R"({"values":[{"id":"1","name":"Acme"}],"startAt":0,"limit":50,"isLast":true})";
    const auto h1 = rest::parse_response<hc::get_organization_access>(200, {}, page);
    BOOST_TEST_REQUIRE(h1.has_value());
    BOOST_TEST(csm::json::serialize(*h1) == page);
}

// H2's success may come without a body: that is a success (std::nullopt), and a JSON body reads as before.
BOOST_AUTO_TEST_CASE(h2_success_may_be_empty) {
    for (const int status : {200, 204}) {
        const auto empty = rest::parse_response<hc::grant_organization_access>(status, {}, "");
        BOOST_TEST_REQUIRE(empty.has_value());
        BOOST_TEST(!empty->has_value());
    }
    const auto json = rest::parse_response<hc::grant_organization_access>(200, {}, R"({"granted":["1"]})");
    BOOST_TEST_REQUIRE(json.has_value());
    BOOST_TEST_REQUIRE(json->has_value());
    BOOST_TEST(csm::json::serialize(**json) == R"({"granted":["1"]})");
    // Whitespace alone is not JSON, and not empty either: a malformed response.
    const auto blank = rest::parse_response<hc::grant_organization_access>(200, {}, " ");
    BOOST_TEST_REQUIRE(!blank.has_value());
    BOOST_TEST((blank.error().kind == rest::api_error_kind::malformed_response));
    // An empty 2xx is still malformed where a body is required.
    const auto h1 = rest::parse_response<hc::get_organization_access>(200, {}, "");
    BOOST_TEST_REQUIRE(!h1.has_value());
    BOOST_TEST((h1.error().kind == rest::api_error_kind::malformed_response));
}

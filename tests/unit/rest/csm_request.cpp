// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/csm_request.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.csm_request
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/response.hpp>

#include <csm_test/fixtures.hpp>
#include <csm_test/rest.hpp>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <vector>

namespace rest = csm::rest;
namespace request = csm::rest::csm_request;

namespace {

const std::string dir = "rest/csm_request/";
const std::string help_center = "f17913e0-5b6a-4c1e-9d2f-3a4b5c6d7e8f";
const std::string root = "https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1";

request::external_request external() {
    request::external_request body{
        .help_center_id = csm::help_center_id{help_center},
        .origin = "amazon-voice",
        .summary = "Cannot log in",
        .description = "The customer called about a login problem.",
        .metadata = boost::json::object{{"callId", "c-42"}, {"durationSeconds", 180}, {"recorded", true}}};
    // The reporter's email: documented, but not its field name, so it is a raw member.
    body.unknown_members.members["reporterEmail"] = "jane.roe@example.com";
    return body;
}

} // namespace

BOOST_AUTO_TEST_CASE(metadata) {
    BOOST_TEST(request::create_external_request::info.docs.id == "R1");
    BOOST_TEST(request::create_external_request::info.name == "csm_request.external.create");
    BOOST_TEST(request::add_comment::info.docs.id == "R2");
    BOOST_TEST(csm_test::scopes_of(request::create_external_request::info) ==
                   csm_test::scope_names{"write:csm-request:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST((csm_test::scopes_of(request::add_comment::info) ==
                csm_test::scopes_of(request::create_external_request::info)));
    // The scope is stated by the group page, and neither endpoint is marked experimental.
    BOOST_TEST(!request::create_external_request::info.docs.scopes_inferred);
    BOOST_TEST(!request::create_external_request::info.experimental);
    BOOST_TEST(!request::add_comment::info.experimental);
}

BOOST_AUTO_TEST_CASE(r1_request_with_a_raw_reporter_email) {
    const rest::http_request req = csm_test::build_ok(request::create_external_request{external()});
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(dir + "r1.create_external_request.curl"));
    BOOST_TEST(std::string(req.url.buffer()) == root + "/request/form/external");
    BOOST_TEST((req.headers ==
                std::vector<rest::http_header>{{"Accept", "application/json"}, {"Content-Type", "application/json"}}));
    // Typed members first, in declaration order, then the raw ones verbatim.
    BOOST_TEST(*req.body ==
               R"({"helpCenterId":")" + help_center +
                   R"(","origin":"amazon-voice","summary":"Cannot log in","description":"The customer called )"
                   R"(about a login problem.","metadata":{"callId":"c-42","durationSeconds":180,"recorded":true},)"
                   R"("reporterEmail":"jane.roe@example.com"})");
    // Without metadata and raw members, only the four documented fields go out.
    request::external_request plain = external();
    plain.metadata.reset();
    plain.unknown_members = {};
    BOOST_TEST(
        boost::json::parse(*csm_test::build_ok(request::create_external_request{plain}).body).as_object().size() == 4u);
}

BOOST_AUTO_TEST_CASE(r1_metadata_takes_primitive_values_only) {
    // "must only contain primitive values": null, objects and arrays are refused before sending.
    for (const char* refused : {R"({"a":{"b":1}})", R"({"a":[1]})", R"({"a":null})", R"({"b":"x","a":null})"}) {
        request::external_request body = external();
        body.metadata = boost::json::parse(refused).as_object();
        csm_test::check_error(csm_test::build_error(request::create_external_request{body}), csm::errc::invalid_value,
                              "/body/metadata",
                              "primitive values only (strings, numbers, booleans; no null, objects or arrays)");
    }
    // Strings, whole and non-whole numbers and booleans are primitives (docs/decisions.md#csm-request-metadata).
    request::external_request primitives = external();
    primitives.metadata =
        boost::json::parse(R"({"b":"x","c":1.5,"d":false,"e":-7,"f":18446744073709551615})").as_object();
    const auto built = csm_test::build_ok(request::create_external_request{primitives});
    BOOST_TEST(boost::json::parse(*built.body).at("metadata") ==
               boost::json::parse(R"({"b":"x","c":1.5,"d":false,"e":-7,"f":18446744073709551615})"));
}

BOOST_AUTO_TEST_CASE(r2_request_with_a_raw_body) {
    request::add_comment ep{csm::help_center_id{help_center}, csm::issue_id_or_key{"CSM-12"}, {}};
    ep.body.unknown_members.members["body"] = "We are looking into it.";
    ep.body.unknown_members.members["public"] = true;
    const rest::http_request req = csm_test::build_ok(ep);
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(dir + "r2.add_comment.curl"),
                                         {{"{helpCenterId}", help_center}, {"{issueIdOrKey}", "CSM-12"}});
    BOOST_TEST(*req.body == R"({"body":"We are looking into it.","public":true})");
    // An issue key is one path segment, like every id.
    const auto slash =
        csm_test::build_ok(request::add_comment{csm::help_center_id{"h"}, csm::issue_id_or_key{"a/b"}, {}});
    BOOST_TEST(std::string(slash.url.buffer()) == root + "/request/form/helpcenter/h/issue/a%2Fb/comment");
    BOOST_TEST(*slash.body == "{}");
    csm_test::check_error(
        csm_test::build_error(request::add_comment{csm::help_center_id{"h"}, csm::issue_id_or_key{".."}, {}}),
        csm::errc::unsafe_value, "/path/issueIdOrKey",
        "a non-empty id without control characters that is not '.' or '..'");
}

BOOST_AUTO_TEST_CASE(responses) {
    // R1 returns the created issue's identifiers; other keys are kept.
    const auto r1 = rest::parse_response<request::create_external_request>(
        201, {},
        R"({"issueId":"10001","issueKey":"CSM-12","self":"https://example.atlassian.net/rest/api/3/issue/10001"})");
    BOOST_TEST_REQUIRE(r1.has_value());
    BOOST_TEST(r1->issue_id.value_or("") == "10001");
    BOOST_TEST(r1->issue_key.value_or("") == "CSM-12");
    BOOST_TEST(
        csm::json::serialize(*r1) ==
        R"({"issueId":"10001","issueKey":"CSM-12","self":"https://example.atlassian.net/rest/api/3/issue/10001"})");
    // The keys are not shown by the page, so neither is required; a wrong type is an error with its pointer.
    BOOST_TEST(rest::parse_response<request::create_external_request>(200, {}, "{}").has_value());
    const auto wrong = rest::parse_response<request::create_external_request>(200, {}, R"({"issueKey":12})");
    BOOST_TEST_REQUIRE(!wrong.has_value());
    BOOST_TEST((wrong.error().kind == rest::api_error_kind::malformed_response));
    BOOST_TEST(wrong.error().decode_error->pointer == "/issueKey");
    // R2's response is not documented: any JSON reads, unchanged.
    const auto r2 = rest::parse_response<request::add_comment>(201, {}, "[]");
    BOOST_TEST_REQUIRE(r2.has_value());
    BOOST_TEST(r2->is_array());
    const auto forbidden =
        rest::parse_response<request::create_external_request>(403, {}, R"({"errorMessages":["no"]})");
    BOOST_TEST_REQUIRE(!forbidden.has_value());
    BOOST_TEST((forbidden.error().kind == rest::api_error_kind::forbidden));
}

BOOST_AUTO_TEST_CASE(the_external_request_reads_back_what_it_writes) {
    const request::external_request body = external();
    const auto again = csm::json::parse<request::external_request>(csm::json::serialize(body));
    BOOST_TEST_REQUIRE(again.has_value());
    BOOST_TEST((*again == body));
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/testing/detail/csm_request.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.testing.detail.csm_request
#include <boost/test/unit_test.hpp>

#include "sim_test.hpp"

#include <csm/rest/send.hpp>

#include <boost/json/parse.hpp>

#include <string>

using namespace csm::rest;
using boost::json::parse;

namespace {

const std::string r1 = "rest/csm_request/r1.create_external_request.curl";
const std::string r2 = "rest/csm_request/r2.add_comment.curl";
const std::string_view hc_id = "f17913e0-5b6a-4c1e-9d2f-3a4b5c6d7e8f"; // r1's

struct requests : sim_test::fixture {
    /// R2's example on `issue` of help center `hc`, with its body replaced by `body` when one is given.
    http_response comment(std::string_view hc, std::string_view issue, std::string_view body = {}) {
        const csm_test::substitutions subs{{"{helpCenterId}", hc}, {"{issueIdOrKey}", issue}};
        return body.empty() ? curl(r2, subs) : curl_with_data(r2, subs, body);
    }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(r1_creates_issues_with_ids_from_a_counter, requests) {
    const http_response first = curl(r1);
    BOOST_TEST(first.status == 201);
    BOOST_TEST(first.body == R"({"issueId":"10001","issueKey":"CSM-1"})");
    BOOST_TEST(curl(r1).body == R"({"issueId":"10002","issueKey":"CSM-2"})");
    // The client reads the answer with its own model.
    auto third =
        send(http,
             csm_request::create_external_request{
                 {.help_center_id = csm::help_center_id("hc"), .origin = "email", .summary = "S", .description = ""}},
             base);
    BOOST_REQUIRE(third);
    BOOST_TEST(*third->issue_key == "CSM-3");
}

BOOST_FIXTURE_TEST_CASE(r1_refuses_bad_bodies_by_pointer, requests) {
    BOOST_TEST(
        sim_test::errors_of(curl(r1, {{R"("recorded": true)", R"("recorded": [true])"}})) ==
        parse(R"j({"/body/metadata":)j"
              R"j("expected primitive values only (strings, numbers, booleans; no null, objects or arrays)"})j"));
    BOOST_TEST(sim_test::errors_of(curl(r1, {{R"("summary": "Cannot log in")", R"("summary": " ")"}})) ==
               parse(R"({"/body/summary":"expected a non-empty summary"})"));
    BOOST_TEST(sim_test::errors_of(curl(r1, {{R"("origin": "amazon-voice",)", ""}})) ==
               parse(R"({"/body/origin":"expected a string"})"));
    BOOST_TEST(sim_test::errors_of(curl(r1, {{hc_id, ""}})) ==
               parse(R"({"/body/helpCenterId":"expected a non-empty help center id"})"));
    BOOST_TEST(curl(r1).body == R"({"issueId":"10001","issueKey":"CSM-1"})"); // nothing was created before
}

BOOST_FIXTURE_TEST_CASE(r2_comments_on_an_issue_of_the_help_center, requests) {
    BOOST_REQUIRE(curl(r1).status == 201);
    const http_response first = comment(hc_id, "CSM-1");
    BOOST_TEST(first.status == 201);
    BOOST_TEST(first.body == R"({"id":"1","body":"We are looking into it.","public":true})");
    BOOST_TEST(comment(hc_id, "10001", R"({"body":"Internal note","public":false})").body ==
               R"({"id":"2","body":"Internal note","public":false})");
    BOOST_TEST(comment(hc_id, "10001", R"({"body":"Default"})").body == R"({"id":"3","body":"Default","public":true})");

    const std::string not_found = R"({"errorMessages":["Issue does not exist"]})";
    BOOST_TEST(comment("another-help-center", "CSM-1").status == 404);
    BOOST_TEST(comment(hc_id, "CSM-9").body == not_found);
    BOOST_TEST(sim_test::errors_of(comment(hc_id, "CSM-1", R"({"public":true})")) ==
               parse(R"({"/body/body":"expected the comment's text"})"));
    BOOST_TEST(sim_test::errors_of(comment(hc_id, "CSM-1", R"({"body":""})")) ==
               parse(R"({"/body/body":"expected a non-empty string"})"));
    BOOST_TEST(sim_test::errors_of(comment(hc_id, "CSM-1", R"({"body":"x","public":"yes"})")) ==
               parse(R"({"/body/public":"expected a boolean"})"));
    BOOST_TEST(comment(hc_id, "CSM-1", R"({"body":"after"})").body ==
               R"({"id":"4","body":"after","public":true})"); // refused comments took no id
}

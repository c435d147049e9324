// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/model/task.hpp> // first: the header must be self-contained

#include <csm/error.hpp>
#include <csm/json/options.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>

#include <csm_test/fixtures.hpp>

#define BOOST_TEST_MODULE csm.rest.model.task
#include <boost/test/unit_test.hpp>

#include <csm_test/model.hpp>

#include <string>
#include <string_view>

namespace model = csm::rest::model;
namespace json = csm::json;

namespace {

const std::string task_uuid = "3858a61a-d337-42e6-993e-e13e1c366d4f";

} // namespace

BOOST_AUTO_TEST_CASE(bulk_submit_responses) {
    const model::task_submit_response expected{csm::task_id{task_uuid}, "/api/v1/tasks/" + task_uuid};
    for (const char* file : {"rest/task/b.task_submit.response.json", "rest/customer_bulk/task_submit_response.json",
                             "rest/organization_bulk/b5.create_detail_field_definitions.response.json",
                             "rest/organization_bulk/b6.update_detail_values.response.json",
                             "rest/organization_bulk/b7.manage_organizations.response.json",
                             "rest/organization_bulk/b8.manage_profiles.response.json"}) {
        BOOST_TEST_CONTEXT(file) {
            const std::string text = csm_test::read_fixture(file);
            const auto r = json::parse<model::task_submit_response>(text, json::read_options::strict());
            BOOST_TEST_REQUIRE(r.has_value());
            BOOST_TEST((r->id == std::optional<csm::task_id>(csm::task_id{task_uuid})));
            BOOST_TEST(r->status_url == "/api/v1/tasks/3858a61a-d337-42e6-993e-e13e1c366d4f");
            // statusUrl is relative to the API root and ends with the task id.
            BOOST_TEST(r->status_url == "/api/v1/tasks/" + r->id->str());
            BOOST_TEST((*r == expected));
            BOOST_TEST(csm_test::json(json::serialize(*r)) == csm_test::json(text));
        }
    }
}

BOOST_AUTO_TEST_CASE(serializes_id_then_status_url) {
    const model::task_submit_response r{csm::task_id{"t-1"}, "/api/v1/tasks/t-1"};
    BOOST_TEST(json::serialize(r) == R"({"id":"t-1","statusUrl":"/api/v1/tasks/t-1"})");
    BOOST_TEST(json::to_value(r) == csm_test::json(R"({"id":"t-1","statusUrl":"/api/v1/tasks/t-1"})"));
}

BOOST_AUTO_TEST_CASE(errors) {
    using csm::errc;
    using T = model::task_submit_response;
    csm_test::expect_parse_error<T>(R"({"id":"t"})", errc::missing_member, "/statusUrl", "a string");
    // The key is camelCase: the member name is not accepted.
    csm_test::expect_parse_error<T>(R"({"id":"t","status_url":"/api/v1/tasks/t"})", errc::missing_member, "/statusUrl",
                                    "a string");
    // `id` is optional (the docs do not confirm it is always there; status_request falls back on statusUrl).
    BOOST_TEST(!csm_test::parse_strict<T>(R"({"statusUrl":"/api/v1/tasks/t"})").id.has_value());
    BOOST_TEST(!csm_test::parse_strict<T>(R"({"id":null,"statusUrl":"/api/v1/tasks/t"})").id.has_value());
    // Like every REST id, a task id reads from a JSON number too, and is written as a string.
    const T numeric = csm_test::parse_strict<T>(R"({"id":42,"statusUrl":"/api/v1/tasks/42"})");
    BOOST_TEST((numeric.id == std::optional<csm::task_id>(csm::task_id{"42"})));
    BOOST_TEST(json::serialize(numeric) == R"({"id":"42","statusUrl":"/api/v1/tasks/42"})");
    csm_test::expect_parse_error<T>(R"({"id":4.2,"statusUrl":"/api/v1/tasks/42"})", errc::type_mismatch, "/id",
                                    "a string or an integer");
    csm_test::expect_parse_error<T>(R"({"id":"t","statusUrl":["/api/v1/tasks/t"]})", errc::type_mismatch, "/statusUrl",
                                    "a string");
    csm_test::expect_parse_error<T>("null", errc::type_mismatch, "", "an object");
    csm_test::expect_parse_error<T>(R"({"id":"t","statusUrl":"/api/v1/tasks/t","status":"QUEUED"})",
                                    errc::unknown_member, "/status", "only documented members (strict mode)",
                                    json::read_options::strict());
    const auto tolerant = json::parse<T>(R"({"id":"t","statusUrl":"/api/v1/tasks/t","status":"QUEUED"})");
    BOOST_TEST_REQUIRE(tolerant.has_value());
    BOOST_TEST(tolerant->status_url == "/api/v1/tasks/t");
}

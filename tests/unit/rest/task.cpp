// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/task.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.task
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/response.hpp>

#include <csm_test/fixtures.hpp>
#include <csm_test/hostile_ids.hpp>
#include <csm_test/rest.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rest = csm::rest;
namespace task = csm::rest::task;

namespace {

const std::string dir = "rest/task/";
const std::string task_uuid = "3858a61a-d337-42e6-993e-e13e1c366d4f";

std::string fixture(const std::string& name) { return csm_test::read_fixture(dir + name); }

csm::instant at(std::string_view text) { return csm::instant::parse(text).value(); }

} // namespace

BOOST_AUTO_TEST_CASE(metadata_is_the_reference_row) {
    BOOST_TEST(task::get_task_status::info.docs.id == "T1");
    BOOST_TEST(task::get_task_status::info.name == "task.get_status");
    BOOST_TEST(task::get_task_status::info.path == "/tasks/{taskId}");
    BOOST_TEST(csm_test::scopes_of(task::get_task_status::info) ==
                   csm_test::scope_names{"read:task:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(task::get_task_status::info.experimental); // [task] marks the header Required
    BOOST_TEST(!task::get_task_status::info.bulk);
}

BOOST_AUTO_TEST_CASE(t1_request) {
    const auto req = csm_test::build_ok(task::get_task_status{csm::task_id{task_uuid}});
    csm_test::check_request_matches_curl(req, fixture("t1.get_task_status.curl"), {{"{taskId}", task_uuid}});
    BOOST_TEST(!req.body.has_value());
}

BOOST_AUTO_TEST_CASE(t1_hostile_task_ids) {
    const std::string root = "https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1/tasks/";
    for (const auto& [id, segment] : csm_test::hostile_segments)
        BOOST_TEST(std::string(csm_test::build_ok(task::get_task_status{csm::task_id{id}}).url.buffer()) ==
                   root + std::string(segment));
    for (const std::string_view bad : csm_test::unsafe_segments)
        csm_test::check_error(csm_test::build_error(task::get_task_status{csm::task_id{bad}}), csm::errc::unsafe_value,
                              "/path/taskId", rest::path_segment_expected);
}

BOOST_AUTO_TEST_CASE(t1_response_round_trips) {
    const auto status =
        csm_test::check_response_round_trip<task::get_task_status>(fixture("t1.get_task_status.response.json"));
    BOOST_TEST(status.id == csm::task_id{task_uuid});
    BOOST_TEST((status.type == task::task_type::known::bulk_customer_profile_create_update));
    BOOST_TEST((status.status == task::task_status::known::in_progress));
    BOOST_TEST(status.in_progress());
    BOOST_TEST((status.created_at == std::optional<csm::instant>(at("2025-01-15T11:12:13Z"))));
    BOOST_TEST((status.updated_at == std::optional<csm::instant>(at("2025-01-15T11:12:13Z"))));
    BOOST_TEST_REQUIRE(status.failures.size() == 1u);
    const task::task_failure& f = status.failures[0];
    BOOST_TEST((f.entity == std::optional<task::failure_entity>(task::failure_entity::known::customer)));
    BOOST_TEST((f.entity_id == std::optional<std::string>(
                                   "qm:9edf598a-7a4f-4d3e-b0a5-4f2a8c5d6e7f:0000e9d8-1c2b-4a5d-8e6f-7a8b9c0d1e2f")));
    BOOST_TEST((f.operation == std::optional<task::failure_operation>(task::failure_operation::known::create)));
    BOOST_TEST((f.operated_on == std::optional<task::failure_target>(task::failure_target::known::customer_account)));
    BOOST_TEST((f.operated_on_ids == std::vector<std::string>{"Region"}));
    BOOST_TEST((f.error == std::optional<std::string>("Invalid detail field")));
}

BOOST_AUTO_TEST_CASE(t1_unknown_type_and_status_are_kept) {
    // Not strict: COMPLETED and BULK_ORGANIZATION_PROFILE_UPSERT are not among the documented values.
    const std::string text = fixture("t1.get_task_status.finished.response.json");
    const auto status = rest::parse_response<task::get_task_status>(200, {}, text);
    BOOST_TEST_REQUIRE(status.has_value());
    BOOST_TEST(!status->type.is_known());
    BOOST_TEST(status->type.str() == "BULK_ORGANIZATION_PROFILE_UPSERT");
    BOOST_TEST(!status->status.is_known());
    BOOST_TEST(status->status.str() == "COMPLETED");
    BOOST_TEST(!status->in_progress());
    BOOST_TEST(status->failures.empty());
    BOOST_TEST((status->updated_at == std::optional<csm::instant>(at("2025-01-15T11:20:45.123Z"))));
    // The offset and the fraction are written back as they were read.
    BOOST_TEST(csm_test::json(csm::json::serialize(*status)) == csm_test::json(text));
    // Strict reading refuses the unknown values (with a pointer), as documented for open enums.
    const auto strict = rest::parse_response<task::get_task_status>(200, {}, text, csm::json::read_options::strict());
    BOOST_TEST_REQUIRE(!strict.has_value());
    BOOST_TEST(strict.error().decode_error->pointer == "/type");
}

BOOST_AUTO_TEST_CASE(t1_minimal_and_malformed_responses) {
    const auto minimal = rest::parse_response<task::get_task_status>(
        200, {}, R"({"id":"t","type":"X","status":"IN_PROGRESS","failures":[{}]})");
    BOOST_TEST_REQUIRE(minimal.has_value());
    BOOST_TEST(!minimal->created_at.has_value());
    BOOST_TEST_REQUIRE(minimal->failures.size() == 1u);
    BOOST_TEST((minimal->failures[0] == task::task_failure{}));
    BOOST_TEST(csm::json::serialize(minimal->failures[0]) == R"({"operatedOnIds":[]})");

    const auto no_status = rest::parse_response<task::get_task_status>(200, {}, R"({"id":"t","type":"X"})");
    BOOST_TEST_REQUIRE(!no_status.has_value());
    BOOST_TEST((no_status.error().kind == rest::api_error_kind::malformed_response));
    BOOST_TEST(no_status.error().decode_error->pointer == "/status");
    BOOST_TEST((no_status.error().decode_error->code == csm::errc::missing_member));

    const auto bad_time = rest::parse_response<task::get_task_status>(
        200, {}, R"({"id":"t","type":"X","status":"IN_PROGRESS","createdAt":"yesterday"})");
    BOOST_TEST_REQUIRE(!bad_time.has_value());
    BOOST_TEST(bad_time.error().decode_error->pointer == "/createdAt");
    BOOST_TEST((bad_time.error().decode_error->code == csm::errc::invalid_value));

    const auto precondition = rest::parse_response<task::get_task_status>(412, {}, "");
    BOOST_TEST_REQUIRE(!precondition.has_value());
    BOOST_TEST((precondition.error().kind == rest::api_error_kind::precondition_failed));
}

// ---- from a bulk submission to the status request ------------------------------------------------------

BOOST_AUTO_TEST_CASE(status_request_from_a_task_submit_response) {
    const auto submitted =
        csm::json::parse<csm::rest::model::task_submit_response>(fixture("b.task_submit.response.json"));
    BOOST_TEST_REQUIRE(submitted.has_value());
    const auto poll = task::status_request(*submitted);
    BOOST_TEST_REQUIRE(poll.has_value());
    BOOST_TEST(poll->task_id == csm::task_id{task_uuid});
    BOOST_TEST(std::string(csm_test::build_ok(*poll).url.buffer()) ==
               "https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1/tasks/" + task_uuid);
    // The documented statusUrl, resolved against the API root, names the same URL the request is built for.
    BOOST_TEST(std::string(csm_test::build_ok(*poll).url.buffer()) ==
               "https://api.atlassian.com/jsm/csm/cloudid/CLOUD" + submitted->status_url);
}

BOOST_AUTO_TEST_CASE(status_request_falls_back_on_the_status_url) {
    const csm::rest::model::task_submit_response no_id{csm::task_id{""}, "/api/v1/tasks/abc-123"};
    const auto poll = task::status_request(no_id);
    BOOST_TEST_REQUIRE(poll.has_value());
    BOOST_TEST(poll->task_id == csm::task_id{"abc-123"});
    const csm::rest::model::task_submit_response nothing{csm::task_id{""}, "/elsewhere"};
    BOOST_TEST(!task::status_request(nothing).has_value());
    // The id wins when both are present.
    const csm::rest::model::task_submit_response both{csm::task_id{"by-id"}, "/api/v1/tasks/by-url"};
    BOOST_TEST(task::status_request(both)->task_id == csm::task_id{"by-id"});
}

BOOST_AUTO_TEST_CASE(task_id_from_status_url_accepts_only_the_documented_form) {
    BOOST_TEST((task::task_id_from_status_url("/api/v1/tasks/" + task_uuid) ==
                std::optional<csm::task_id>(csm::task_id{task_uuid})));
    BOOST_TEST((task::task_id_from_status_url("https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1/tasks/t-1") ==
                std::optional<csm::task_id>(csm::task_id{"t-1"})));
    using namespace std::string_view_literals;
    for (const std::string_view bad :
         {""sv, "/api/v1/tasks/"sv, "/api/v1/tasks/."sv, "/api/v1/tasks/.."sv, "/api/v1/tasks/a/b"sv,
          "/api/v1/tasks/a?x=1"sv, "/api/v1/tasks/a#f"sv, "/api/v1/tasks/%2e%2e"sv, "/api/v1/tasks/a b"sv,
          "/api/v1/tasks/a\r\n"sv, "/api/v1/tasks/a\0"sv, "/api/v1/tasks/a\\b"sv, "/api/v2/tasks/a"sv,
          "api/v1/tasks/a"sv, "/prefix/api/v1/tasks/a"sv, "ftp://x/api/v1/tasks/a"sv, "/tasks/a"sv}) {
        BOOST_TEST(!task::task_id_from_status_url(bad).has_value(), "accepted a malformed statusUrl");
    }
}

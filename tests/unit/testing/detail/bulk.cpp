// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/testing/detail/bulk.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.testing.detail.bulk
#include <boost/test/unit_test.hpp>

#include "sim_test.hpp"

#include <csm/rest/send.hpp>

#include <boost/json/parse.hpp>

#include <chrono>
#include <string>
#include <vector>

using namespace csm::rest;
using boost::json::parse;

namespace {

const std::string t1 = "00000000-0000-4000-8000-000000000001";

struct bulk : sim_test::fixture {
    bulk() { sim.set_now(std::chrono::sys_seconds(std::chrono::seconds(1'767'225'600))); } // 2026-01-01T00:00:00Z
    http_response poll(const std::string& id) { return call(task::get_task_status{csm::task_id(id)}); }
    std::vector<std::string> values(const csm::organization_id& org, std::string_view field) {
        auto got = send(http, organization::get_organization{org}, base);
        BOOST_REQUIRE(got);
        for (const auto& d : got->details)
            if (d.name == field) return d.values;
        return {};
    }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(bulk_definitions_then_a_task_that_finishes_after_the_first_poll, bulk) {
    const http_response submitted = curl("rest/customer_bulk/b1.create_detail_field_definitions.curl");
    BOOST_TEST(submitted.status == 200);
    BOOST_TEST(submitted.body == R"({"id":")" + t1 + R"(","statusUrl":"/api/v1/tasks/)" + t1 + R"("})");
    auto defs = send(http, customer::get_detail_fields{}, base);
    BOOST_REQUIRE(defs);
    BOOST_REQUIRE(defs->results.size() == 6u);
    BOOST_TEST(defs->results[1].name == "Customer Tier");
    BOOST_TEST(*defs->results[5].configuration->position == 6);

    BOOST_TEST(poll(t1).body == R"({"id":")" + t1 +
                                    R"(","type":"BULK_CUSTOMER_DETAIL_FIELD_CREATE",)"
                                    R"("status":"IN_PROGRESS","failures":[],"createdAt":"2026-01-01T00:00:00Z",)"
                                    R"("updatedAt":"2026-01-01T00:00:00Z"})");
    auto done = send(http, task::get_task_status{csm::task_id(t1)}, base);
    BOOST_REQUIRE(done);
    BOOST_TEST(!done->in_progress());
    BOOST_TEST(done->status.str() == "COMPLETED");
    BOOST_TEST(poll("nope").status == 404);

    // The same Idempotency-Key replays the first answer; a new key clashes with the fields now there and fails
    // as a whole.
    BOOST_TEST(curl("rest/customer_bulk/b1.create_detail_field_definitions.curl").body == submitted.body);
    const http_response clash = curl("rest/customer_bulk/b1.create_detail_field_definitions.curl",
                                     {{"c748a424-1db8-47f9-8288-713cdb0407b5", "another-key"}});
    BOOST_TEST(clash.status == 400);
    BOOST_TEST(sim_test::errors_of(clash) ==
               parse(R"({"/body/detailFields/0/name":"expected a name no other detail field has"})"));
    BOOST_TEST(send(http, customer::get_detail_fields{}, base)->results.size() == 6u);
}

BOOST_FIXTURE_TEST_CASE(bulk_definitions_respect_the_limit_and_the_key, bulk) {
    for (int i = 0; i < 45; ++i)
        BOOST_REQUIRE(call(organization::create_detail_field{
                               {"F" + std::to_string(i), {model::detail_field_type_name("TEXT"), {}}}})
                          .status == 201);
    const http_response over = curl("rest/organization_bulk/b5.create_detail_field_definitions.curl");
    BOOST_TEST(sim_test::errors_of(over) ==
               parse(R"({"/body/detailFields":"expected at most 50 detail fields of this kind"})"));
    BOOST_TEST(send(http, organization::get_detail_fields{}, base)->results.size() == 45u);

    http_request no_key = csm_test::build_ok(organization_bulk::create_detail_field_definitions{
        idempotency_key::json_placeholder(), {{{"X", {model::detail_field_type_name("TEXT"), {}}}}}});
    std::erase_if(no_key.headers, [](const http_header& h) { return header_name_equals(h.name, "Idempotency-Key"); });
    BOOST_TEST(
        sim_test::errors_of(http(no_key)) ==
        parse(R"j({"/header/Idempotency-Key":"expected an Idempotency-Key header (bulk operations require one)"})j"));
}

BOOST_FIXTURE_TEST_CASE(bulk_values_act_and_report_failures_in_the_task, bulk) {
    BOOST_REQUIRE(
        call(organization::create_detail_field{
                 {"Region", {model::detail_field_type_name("SELECT"), std::vector<std::string>{"Asia", "EU"}}}})
            .status == 201);
    BOOST_REQUIRE(call(organization::create_detail_field{{"Customer Segment",
                                                          {model::detail_field_type_name("MULTISELECT"),
                                                           std::vector<std::string>{"SMB", "Enterprise"}}}})
                      .status == 201);
    BOOST_REQUIRE(call(organization::create_organization{{"Atlassian"}}).status == 201);
    const csm::organization_id org("1");
    BOOST_REQUIRE(call(organization::set_detail_value{org, detail_field_name("Region"), {{"EU"}}}).status == 200);
    BOOST_REQUIRE(call(organization::set_detail_value{org, detail_field_name("Customer Segment"), {{"SMB"}}}).status ==
                  200);

    // The docs' example, for organizations 1 (UPDATE Region, PATCH Customer Segment) and 9 (unknown).
    const http_response submitted =
        curl("rest/organization_bulk/b6.update_detail_values.curl", {{"\"123\"", "\"1\""}, {"\"124\"", "\"9\""}});
    BOOST_TEST(submitted.status == 200);
    BOOST_TEST(values(org, "Region") == (std::vector<std::string>{"Asia"}));
    BOOST_TEST(values(org, "Customer Segment") == (std::vector<std::string>{"SMB", "Enterprise"}));
    BOOST_TEST(parse(poll(t1).body).at("status") == "IN_PROGRESS");
    BOOST_TEST(poll(t1).body == R"({"id":")" + t1 +
                                    R"(","type":"BULK_ORGANIZATION_DETAIL_VALUE_UPDATE",)"
                                    R"("status":"COMPLETED","failures":[{"entity":"ORGANIZATION","entityId":"9",)"
                                    R"("operatedOnIds":[],"error":"Organization does not exist"}],)"
                                    R"("createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"})");

    // A field that does not exist and a value that does not fit fail one operation each; DELETE clears.
    organization_bulk::update_detail_values ops{idempotency_key::json_placeholder(), {}};
    ops.body.organizations.push_back(
        {org,
         {{model::detail_value_operation_type("UPDATE"), {"Size", std::vector<std::string>{"L"}}},
          {model::detail_value_operation_type("UPDATE"), {"Region", std::vector<std::string>{"Mars"}}},
          {model::detail_value_operation_type("DELETE"), {"Customer Segment", {}}}}});
    auto second = send(http, ops, base);
    BOOST_REQUIRE(second);
    BOOST_REQUIRE(second->id);
    poll(second->id->str());
    BOOST_TEST(
        parse(poll(second->id->str()).body).at("failures") ==
        parse(R"([{"entity":"ORGANIZATION","entityId":"1","operatedOnIds":["Size"],"error":"Invalid detail field"},)"
              R"({"entity":"ORGANIZATION","entityId":"1","operatedOnIds":["Region"],)"
              R"("error":"Invalid detail field value"}])"));
    BOOST_TEST(values(org, "Region") == (std::vector<std::string>{"Asia"}));
    BOOST_TEST(values(org, "Customer Segment").empty());
}

BOOST_FIXTURE_TEST_CASE(customer_bulk_values, bulk) {
    BOOST_REQUIRE(call(customer::create_detail_field{{"Region", {model::detail_field_type_name("TEXT"), {}}}}).status ==
                  201);
    BOOST_REQUIRE(call(customer::create_account{{.display_name = "Ann", .email = "ann@example.com"}}).status == 201);
    const http_response submitted =
        curl("rest/customer_bulk/b2.update_detail_values.curl",
             {{"qm:9edf598a-85d4-4db9-bf2e-7245922b4ea8:0000e9d8-a22e-4220-ac63-412ff9eec053", "qm:1"}});
    BOOST_TEST(submitted.status == 200);
    auto ann = send(http, customer::get_customer{csm::customer_id("qm:1")}, base);
    BOOST_REQUIRE(ann);
    BOOST_REQUIRE(ann->details.size() == 1u);
    BOOST_TEST(ann->details[0].values == (std::vector<std::string>{"Asia"}));
}

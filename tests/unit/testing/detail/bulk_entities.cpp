// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/testing/detail/bulk_entities.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.testing.detail.bulk_entities
#include <boost/test/unit_test.hpp>

#include "sim_test.hpp"

#include <csm/rest/send.hpp>

#include <boost/json/parse.hpp>

#include <chrono>
#include <string>

using namespace csm::rest;
using boost::json::parse;

namespace {

std::string tid(int n) { return "00000000-0000-4000-8000-00000000000" + std::to_string(n); }

struct entities : sim_test::fixture {
    entities() { sim.set_now(std::chrono::sys_seconds(std::chrono::seconds(1'767'225'600))); } // 2026-01-01T00:00:00Z
    /// The task's status body after the first poll (IN_PROGRESS), i.e. the finished one.
    std::string finished(const std::string& id) {
        BOOST_TEST(parse(call(task::get_task_status{csm::task_id(id)}).body).at("status") == "IN_PROGRESS");
        return call(task::get_task_status{csm::task_id(id)}).body;
    }
    boost::json::value failures(const std::string& id) { return parse(finished(id)).at("failures"); }
    std::string profile(const std::string& customer) {
        return call(customer::get_profile{csm::customer_id(customer)}).body;
    }
    /// The docs curl example with another Idempotency-Key and another body.
    http_response curl_body(const std::string& fixture, const std::string& key, const std::string& body) {
        return curl_with_data(fixture, {{"c748a424-1db8-47f9-8288-713cdb0407b5", key}}, body);
    }
};

const std::string b3 = "rest/customer_bulk/b3.manage_accounts.curl";
const std::string b4 = "rest/customer_bulk/b4.manage_profiles.curl";
const std::string b7 = "rest/organization_bulk/b7.manage_organizations.curl";
const std::string b8 = "rest/organization_bulk/b8.manage_profiles.curl";

} // namespace

BOOST_FIXTURE_TEST_CASE(b3_creates_accounts_and_reports_clashes, entities) {
    const http_response submitted = curl(b3);
    BOOST_TEST(submitted.status == 200);
    BOOST_TEST(submitted.body == R"({"id":")" + tid(1) + R"(","statusUrl":"/api/v1/tasks/)" + tid(1) + R"("})");
    BOOST_TEST(call(customer::get_account{csm::customer_id("qm:1")}).body ==
               R"({"displayName":"John Doe","email":"john.doe@example.com"})");
    BOOST_TEST(finished(tid(1)) == R"({"id":")" + tid(1) +
                                       R"(","type":"BULK_CUSTOMER_ACCOUNT_CREATE_UPDATE","status":"COMPLETED",)"
                                       R"("failures":[],"createdAt":"2026-01-01T00:00:00Z",)"
                                       R"("updatedAt":"2026-01-01T00:00:00Z"})");

    // The same email again under a new key: the CREATE fails in the task, an UPSERT updates the name.
    curl_body(b3, "k2",
              R"({"customers":[{"operationType":"CREATE","payload":{"email":"john.doe@example.com"}},)"
              R"({"operationType":"UPSERT","payload":{"email":"john.doe@example.com","displayName":"J. Doe"}},)"
              R"({"operationType":"UPDATE","payload":{"customerId":"qm:9"}},)"
              R"({"operationType":"MERGE","payload":{"customerId":"qm:1"}}]})");
    BOOST_TEST(failures(tid(2)) ==
               parse(R"([{"entity":"CUSTOMER","entityId":"qm:1","operation":"CREATE","operatedOn":"CUSTOMER_ACCOUNT",)"
                     R"("operatedOnIds":[],"error":"Customer already exists"},)"
                     R"({"entity":"CUSTOMER","entityId":"qm:9","operation":"UPDATE","operatedOn":"CUSTOMER_ACCOUNT",)"
                     R"("operatedOnIds":[],"error":"Customer does not exist"},)"
                     R"({"entity":"CUSTOMER","entityId":"qm:1","operation":"MERGE","operatedOn":"CUSTOMER_ACCOUNT",)"
                     R"("operatedOnIds":[],"error":"Invalid operation type"}])"));
    BOOST_TEST(call(customer::get_account{csm::customer_id("qm:1")}).body ==
               R"({"displayName":"J. Doe","email":"john.doe@example.com"})");
}

BOOST_FIXTURE_TEST_CASE(b3_refuses_what_it_cannot_read, entities) {
    int n = 0;
    auto errors = [&](const std::string& body) {
        return sim_test::errors_of(curl_body(b3, "k" + std::to_string(++n), body));
    };
    BOOST_TEST(errors(R"({"accounts":[]})") == parse(R"({"/body":"expected no member besides customers"})"));
    BOOST_TEST(errors(R"({"customers":[{"operationType":"CREATE","payload":{"displayName":"A"}}]})") ==
               parse(R"({"/body/customers/0/payload":"expected a customer id or an email"})"));
    BOOST_TEST(errors(R"({"customers":[{"payload":{"email":"a@b"}}]})") ==
               parse(R"({"/body/customers/0/operationType":"expected a string"})"));
    BOOST_TEST(errors(R"({"customers":[{"operationType":"CREATE","payload":{"email":"a@b",)"
                      R"("associateOrganizations":{"organizationIds":["1"]}}}]})") ==
               parse(R"({"/body/customers/0/payload/associateOrganizations":)"
                     R"j("expected no organizations (account operations carry none; profiles do)"})j"));
    BOOST_TEST(call(customer::get_account{csm::customer_id("qm:1")}).status == 404);
    BOOST_TEST(call(task::get_task_status{csm::task_id(tid(1))}).status == 404);
}

BOOST_FIXTURE_TEST_CASE(b4_upserts_profiles_with_their_organizations, entities) {
    BOOST_REQUIRE(call(organization::create_organization{{"Acme"}}).status == 201);   // "1"
    BOOST_REQUIRE(call(organization::create_organization{{"Globex"}}).status == 201); // "2"
    BOOST_TEST(curl(b4).status == 200); // the numeric organization ids of third-party code
    BOOST_TEST(profile("qm:3") ==
               R"({"customerId":"qm:3","displayName":"John Doe","email":"john.doe@example.com",)"
               R"("organizations":[{"id":"1","name":"Acme"},{"id":"2","name":"Globex"}],"details":[],)"
               R"("entitlements":[]})");
    BOOST_TEST(parse(finished(tid(1))).at("type") == "BULK_CUSTOMER_PROFILE_CREATE_UPDATE");

    // An unknown organization fails the whole operation; an UPSERT with only an unknown id does not create.
    customer_bulk::manage_profiles ops{idempotency_key::json_placeholder(), {}};
    ops.body.customer_profiles = {
        {model::bulk_operation_type("UPSERT"),
         {.customer_id = csm::customer_id("qm:3"),
          .display_name = "Johnny",
          .associate_organizations = model::associate_organizations{{{csm::organization_id("9")}}}}},
        {model::bulk_operation_type("UPSERT"), {.customer_id = csm::customer_id("qm:7")}},
        {model::bulk_operation_type("CREATE"), {.customer_id = csm::customer_id("qm:8")}},
        {model::bulk_operation_type("CREATE"),
         {.customer_id = csm::customer_id("qm:6"), .email = "john.doe@example.com"}}};
    auto second = send(http, ops, base);
    BOOST_REQUIRE(second);
    BOOST_TEST(failures(second->id->str()) ==
               parse(R"([{"entity":"CUSTOMER","entityId":"qm:3","operation":"UPSERT","operatedOn":"ORGANIZATION",)"
                     R"("operatedOnIds":["9"],"error":"Organization does not exist"},)"
                     R"({"entity":"CUSTOMER","entityId":"qm:7","operation":"UPSERT","operatedOn":"CUSTOMER_ACCOUNT",)"
                     R"("operatedOnIds":[],"error":"Customer does not exist"},)"
                     R"({"entity":"CUSTOMER","entityId":"qm:8","operation":"CREATE","operatedOn":"CUSTOMER_ACCOUNT",)"
                     R"("operatedOnIds":[],"error":"An email is required to create a customer"},)"
                     R"({"entity":"CUSTOMER","entityId":"qm:6","operation":"CREATE","operatedOn":"CUSTOMER_ACCOUNT",)"
                     R"("operatedOnIds":[],"error":"Customer already exists"}])"));
    BOOST_TEST(parse(profile("qm:3")).at("displayName") == "John Doe");
    BOOST_TEST(call(customer::get_account{csm::customer_id("qm:4")}).status == 404);
}

BOOST_FIXTURE_TEST_CASE(b7_creates_and_renames_organizations, entities) {
    BOOST_TEST(curl(b7).status == 200); // CREATE "Atlassian"; UPDATE of organization 123, which does not exist
    BOOST_TEST(call(organization::get_organization{csm::organization_id("1")}).body ==
               R"({"id":"1","name":"Atlassian","details":[]})");
    BOOST_TEST(finished(tid(1)) ==
               R"({"id":")" + tid(1) +
                   R"(","type":"BULK_ORGANIZATION_CREATE_UPDATE","status":"COMPLETED","failures":[{"entity":)"
                   R"("ORGANIZATION","entityId":"123","operation":"UPDATE","operatedOn":"ORGANIZATION",)"
                   R"("operatedOnIds":[],"error":"Organization does not exist"}],"createdAt":"2026-01-01T00:00:00Z",)"
                   R"("updatedAt":"2026-01-01T00:00:00Z"})");
    // The same example with 123 replaced by 1 renames it; an UPSERT by a new name creates; by a known one it finds.
    BOOST_TEST(curl(b7, {{"c748a424-1db8-47f9-8288-713cdb0407b5", "k2"}, {"\"123\"", "\"1\""}}).status == 200);
    BOOST_TEST(failures(tid(2)) == parse("[]"));
    BOOST_TEST(call(organization::get_organization{csm::organization_id("1")}).body ==
               R"({"id":"1","name":"Atlassian Pty Ltd","details":[]})");
    BOOST_TEST(call(organization::get_organization{csm::organization_id("2")}).body ==
               R"({"id":"2","name":"Atlassian","details":[]})");
    curl_body(b7, "k3",
              R"({"organizations":[{"operationType":"UPSERT","payload":{"name":"Atlassian"}},)"
              R"({"operationType":"UPSERT","payload":{"name":"Initech"}},)"
              R"({"operationType":"UPSERT","payload":{"id":"77","name":"Hooli"}},)"
              R"({"operationType":"CREATE","payload":{"id":"5"}}]})");
    BOOST_TEST(failures(tid(3)) ==
               parse(R"([{"entity":"ORGANIZATION","entityId":"77","operation":"UPSERT","operatedOn":"ORGANIZATION",)"
                     R"("operatedOnIds":[],"error":"Organization does not exist"},)"
                     R"({"entity":"ORGANIZATION","operation":"CREATE","operatedOn":"ORGANIZATION",)"
                     R"("operatedOnIds":[],"error":"A name is required to create an organization"}])"));
    BOOST_TEST(call(organization::get_organization{csm::organization_id("3")}).body ==
               R"({"id":"3","name":"Initech","details":[]})");
    BOOST_TEST(call(organization::get_organization{csm::organization_id("4")}).status == 404);
    BOOST_TEST(sim_test::errors_of(curl_body(b7, "k4", R"({"organizations":[],"orgs":[]})")) ==
               parse(R"({"/body":"expected no member besides organizations"})"));
}

BOOST_FIXTURE_TEST_CASE(b8_upserts_profiles_with_details_and_customers, entities) {
    BOOST_REQUIRE(
        call(organization::create_detail_field{
                 {"Region", {model::detail_field_type_name("SELECT"), std::vector<std::string>{"EMEA", "APAC"}}}})
            .status == 201);
    BOOST_REQUIRE(
        call(organization::create_detail_field{{"Phone Number", {model::detail_field_type_name("PHONE"), {}}}})
            .status == 201);
    BOOST_REQUIRE(call(customer::create_account{{.display_name = "Ann", .email = "ann@example.com"}}).status == 201);
    const std::string_view docs_customer =
        "qm:9edf598a-85d4-4db9-bf2e-7245922b4ea8:0000e9d8-a22e-4220-ac63-412ff9eec053";
    BOOST_TEST(curl(b8, {{docs_customer, "qm:1"}}).status == 200);
    BOOST_TEST(call(organization::get_profile{csm::organization_id("2")}).body ==
               R"({"id":"2","name":"Atlassian","details":[{"name":"Region","value":{"type":"SELECT","text":["EMEA"]}},)"
               R"({"name":"Phone Number","value":{"type":"PHONE","text":["0422333111"]}}],"entitlements":[],)"
               R"("customers":[{"id":"qm:1"}]})");
    BOOST_TEST(parse(finished(tid(1))).at("type") == "BULK_ORGANIZATION_PROFILE_CREATE_UPDATE");

    // The same example again finds "Atlassian" by name; an unknown field, a value that does not fit and an
    // unknown customer are each a failure, and the operation changes nothing.
    BOOST_TEST(curl(b8, {{docs_customer, "qm:5"},
                         {"c748a424-1db8-47f9-8288-713cdb0407b5", "k2"},
                         {"\"Phone Number\"", "\"Fax\""},
                         {"\"EMEA\"", "\"Mars\""}})
                   .status == 200);
    BOOST_TEST(failures(tid(2)) ==
               parse(R"([{"entity":"ORGANIZATION","entityId":"2","operation":"UPSERT","operatedOn":"DETAIL_FIELD",)"
                     R"("operatedOnIds":["Region"],"error":"Invalid detail field value"},)"
                     R"({"entity":"ORGANIZATION","entityId":"2","operation":"UPSERT","operatedOn":"DETAIL_FIELD",)"
                     R"("operatedOnIds":["Fax"],"error":"Invalid detail field"},)"
                     R"({"entity":"ORGANIZATION","entityId":"2","operation":"UPSERT","operatedOn":"CUSTOMER",)"
                     R"("operatedOnIds":["qm:5"],"error":"Customer does not exist"}])"));
    BOOST_TEST(parse(call(organization::get_profile{csm::organization_id("2")}).body).at("details").as_array().size() ==
               2u);

    BOOST_TEST(sim_test::errors_of(curl_body(b8, "k3",
                                             R"({"organizationProfiles":[{"operationType":"UPSERT",)"
                                             R"("payload":{"details":[]}}]})")) ==
               parse(R"({"/body/organizationProfiles/0/payload":"expected an organization id or name"})"));
}

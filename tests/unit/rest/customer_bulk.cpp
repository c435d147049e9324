// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/customer_bulk.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.customer_bulk
#include <boost/test/unit_test.hpp>

#include <csm/json/serialize.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/response.hpp>
#include <csm/rest/task.hpp>

#include <csm_test/fixtures.hpp>
#include <csm_test/rest.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rest = csm::rest;
namespace bulk = csm::rest::customer_bulk;
namespace model = csm::rest::model;
using csm_test::check_error;

namespace {

const std::string dir = "rest/customer_bulk/";
const std::string qm_id = "qm:9edf598a-85d4-4db9-bf2e-7245922b4ea8:0000e9d8-a22e-4220-ac63-412ff9eec053";
const std::string task_uuid = "3858a61a-d337-42e6-993e-e13e1c366d4f";

rest::idempotency_key key() { return rest::idempotency_key::parse("c748a424-1db8-47f9-8288-713cdb0407b5").value(); }

void check_curl(const rest::http_request& request, const std::string& name) {
    csm_test::check_request_matches_curl(request, csm_test::read_fixture(dir + name + ".curl"));
}

model::create_detail_field_request definition(std::string name) {
    return {std::move(name), {model::detail_field_type_name::known::text, std::nullopt}};
}

model::bulk_detail_value_operation update_region(std::string value) {
    return {model::detail_value_operation_type::known::update, {"Region", std::vector<std::string>{std::move(value)}}};
}

bulk::customer_profile_operation upsert(bulk::customer_profile_payload payload) {
    return {model::bulk_operation_type::known::upsert, std::move(payload)};
}

std::vector<csm::organization_id> org_ids(std::initializer_list<const char*> ids) {
    std::vector<csm::organization_id> out;
    for (const char* id : ids) out.emplace_back(id);
    return out;
}

} // namespace

// ---- metadata ----------------------------------------------------------------------------------------

static_assert(rest::check_endpoint<bulk::create_detail_field_definitions>());
static_assert(rest::check_endpoint<bulk::update_detail_values>());
static_assert(rest::check_endpoint<bulk::manage_accounts>());
static_assert(rest::check_endpoint<bulk::manage_profiles>());

BOOST_AUTO_TEST_CASE(metadata_is_the_reference_rows) {
    BOOST_TEST(bulk::create_detail_field_definitions::info.docs.id == "B1");
    BOOST_TEST(bulk::update_detail_values::info.docs.id == "B2");
    BOOST_TEST(bulk::manage_accounts::info.docs.id == "B3");
    BOOST_TEST(bulk::manage_profiles::info.docs.id == "B4");
    BOOST_TEST(bulk::create_detail_field_definitions::info.path == "/customer/details/definitions/bulk");
    BOOST_TEST(bulk::update_detail_values::info.path == "/customer/details/bulk");
    BOOST_TEST(bulk::manage_accounts::info.path == "/customer/bulk");
    BOOST_TEST(bulk::manage_profiles::info.path == "/customer/profile/bulk");
    BOOST_TEST(csm_test::scopes_of(bulk::create_detail_field_definitions::info) ==
                   csm_test::scope_names{"write:customer.detail-field:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(bulk::update_detail_values::info) ==
                   csm_test::scope_names{"write:customer.detail:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(bulk::manage_accounts::info) ==
                   csm_test::scope_names{"write:customer:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(bulk::manage_profiles::info) ==
                   csm_test::scope_names{"write:customer.profile:jira-service-management"},
               boost::test_tools::per_element());
    // B2 and B3 were experimental on older bulk pages ("old"); B1 and B4 never.
    BOOST_TEST(!bulk::create_detail_field_definitions::info.experimental);
    BOOST_TEST(bulk::update_detail_values::info.experimental);
    BOOST_TEST(bulk::manage_accounts::info.experimental);
    BOOST_TEST(!bulk::manage_profiles::info.experimental);
    BOOST_TEST(bulk::create_detail_field_definitions::info.docs.permission == "Administer Jira global permission");
    BOOST_TEST(bulk::update_detail_values::info.docs.permission ==
               "Customer Service Management or Jira Service Management user");
    BOOST_TEST(bulk::manage_accounts::info.docs.permission == "Administer Jira global permission");
    BOOST_TEST(bulk::manage_profiles::info.docs.permission ==
               "Administer Jira global permission, and Customer Service Management or Jira Service Management user");
    BOOST_TEST(bulk::create_detail_field_definitions::info.method == rest::http_method::post);
    BOOST_TEST(bulk::manage_profiles::info.method == rest::http_method::post);
    BOOST_TEST(bulk::create_detail_field_definitions::info.bulk);
    BOOST_TEST(bulk::update_detail_values::info.bulk);
    BOOST_TEST(bulk::manage_accounts::info.bulk);
    BOOST_TEST(bulk::manage_profiles::info.bulk);
    BOOST_TEST(bulk::default_max_detail_value_operations == 1000u);
}

// ---- built requests --------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(b1_request) {
    bulk::create_detail_field_definitions ep{
        .idempotency_key = key(),
        .body = {.detail_fields = {
                     definition("Account Manager"),
                     {"Customer Tier",
                      {model::detail_field_type_name::known::select,
                       std::vector<std::string>{"Free", "Standard", "Premium", "Enterprise"}}},
                     {"Renewal Date", {model::detail_field_type_name::known::date, std::nullopt}},
                     {"Support Email", {model::detail_field_type_name::known::email, std::nullopt}},
                     {"Preferred Contact Channels",
                      {model::detail_field_type_name::known::multiselect,
                       std::vector<std::string>{"Email", "Phone", "Chat"}}},
                     {"Primary Contact Phone", {model::detail_field_type_name::known::phone, std::nullopt}},
                 }}};
    check_curl(csm_test::build_ok(ep), "b1.create_detail_field_definitions");
}

BOOST_AUTO_TEST_CASE(b2_request) {
    bulk::update_detail_values ep{.idempotency_key = key(),
                                  .body = {.customers = {{csm::customer_id{qm_id}, {update_region("Asia")}}}}};
    const rest::http_request req = csm_test::build_ok(ep);
    check_curl(req, "b2.update_detail_values");
    // The limit member is not a parameter: nothing of it reaches the request.
    BOOST_TEST(*req.body ==
               R"({"customers":[{"customerId":")" + qm_id +
                   R"(","operations":[{"operationType":"UPDATE","payload":{"name":"Region","values":["Asia"]}}]}]})");
    BOOST_TEST(!req.url.has_query());
    // The experimental header can be switched off.
    const rest::http_request plain = csm_test::build_ok(ep, rest::build_options{.experimental_opt_in = false});
    BOOST_TEST(plain.find_header("X-ExperimentalApi") == nullptr);
    BOOST_TEST(plain.find_header("Idempotency-Key")->value == "c748a424-1db8-47f9-8288-713cdb0407b5");
}

BOOST_AUTO_TEST_CASE(b3_request_sends_the_raw_operations) {
    boost::json::object op =
        csm_test::json(
            R"({"operationType":"CREATE","payload":{"email":"john.doe@example.com","displayName":"John Doe"}})")
            .as_object();
    bulk::manage_accounts ep{.idempotency_key = key(), .body = {.customers = std::vector<boost::json::object>{op}}};
    check_curl(csm_test::build_ok(ep), "b3.manage_accounts");
}

BOOST_AUTO_TEST_CASE(b3_another_wrapper_name_goes_through_other) {
    bulk::manage_accounts ep{.idempotency_key = key(), .body = {}};
    ep.body.unknown_members.members["customerAccounts"] = csm_test::json(R"([{"email":"a@example.com"}])");
    const rest::http_request req = csm_test::build_ok(ep);
    BOOST_TEST(*req.body == R"({"customerAccounts":[{"email":"a@example.com"}]})");
}

BOOST_AUTO_TEST_CASE(b4_request_with_numeric_organization_ids) {
    bulk::manage_profiles ep{
        .idempotency_key = key(),
        .body = {.customer_profiles = {upsert({.email = "john.doe@example.com",
                                               .display_name = "John Doe",
                                               .associate_organizations = model::associate_organizations{
                                                   model::organization_ids::as_numbers(org_ids({"1", "2"}))}})}}};
    check_curl(csm_test::build_ok(ep), "b4.manage_profiles");
    // The default form writes strings.
    ep.body.customer_profiles[0].payload.associate_organizations->organization_ids.form = model::id_form::string;
    const rest::http_request strings = csm_test::build_ok(ep);
    BOOST_TEST(*strings.body ==
               R"({"customerProfiles":[{"operationType":"UPSERT","payload":{"email":"john.doe@example.com",)"
               R"("displayName":"John Doe","associateOrganizations":{"organizationIds":["1","2"]}}}]})");
}

// ---- responses -------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(every_bulk_endpoint_answers_a_task_reference) {
    const std::string text = csm_test::read_fixture(dir + "task_submit_response.json");
    const model::task_submit_response expected{csm::task_id{task_uuid}, "/api/v1/tasks/" + task_uuid};
    BOOST_TEST((csm_test::check_response_round_trip<bulk::create_detail_field_definitions>(text) == expected));
    BOOST_TEST((csm_test::check_response_round_trip<bulk::update_detail_values>(text) == expected));
    BOOST_TEST((csm_test::check_response_round_trip<bulk::manage_accounts>(text) == expected));
    BOOST_TEST((csm_test::check_response_round_trip<bulk::manage_profiles>(text) == expected));
    // Without `id` (the docs do not confirm it is always there) the reference still reads, and the task is
    // polled by the id in statusUrl.
    auto missing = rest::parse_response<bulk::manage_profiles>(200, {}, R"({"statusUrl":"/api/v1/tasks/x"})");
    BOOST_TEST_REQUIRE(missing.has_value());
    BOOST_TEST(!missing->id.has_value());
    BOOST_TEST(rest::task::status_request(*missing)->task_id == csm::task_id{"x"});
    auto no_url = rest::parse_response<bulk::manage_profiles>(200, {}, R"({"id":"x"})");
    BOOST_TEST_REQUIRE(!no_url.has_value());
    BOOST_TEST((no_url.error().kind == rest::api_error_kind::malformed_response));
    BOOST_TEST(no_url.error().decode_error->pointer == "/statusUrl");
    auto bad =
        rest::parse_response<bulk::update_detail_values>(400, {}, R"({"errorMessages":["Invalid detail field"]})");
    BOOST_TEST_REQUIRE(!bad.has_value());
    BOOST_TEST((bad.error().kind == rest::api_error_kind::bad_request));
}

// ---- limits ------------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(b1_at_most_50_unique_non_empty_names) {
    bulk::create_detail_field_definitions ep{.idempotency_key = key(), .body = {}};
    for (int i = 0; i < 50; ++i) ep.body.detail_fields.push_back(definition("Field " + std::to_string(i)));
    BOOST_TEST(csm_test::build_ok(ep).body.has_value());
    ep.body.detail_fields.push_back(definition("Field 50"));
    check_error(csm_test::build_error(ep), csm::errc::limit_exceeded, "/body/detailFields", "at most 50 items");

    bulk::create_detail_field_definitions dup{
        .idempotency_key = key(),
        .body = {.detail_fields = {definition("Region"), definition("Tier"), definition("  rEGION \t")}}};
    check_error(csm_test::build_error(dup), csm::errc::invalid_value, "/body/detailFields/2/name",
                "a name unique within the request (case-insensitive, trimmed)");
    bulk::create_detail_field_definitions blank{.idempotency_key = key(),
                                                .body = {.detail_fields = {definition("Region"), definition(" ")}}};
    check_error(csm_test::build_error(blank), csm::errc::invalid_value, "/body/detailFields/1/name",
                "a non-empty name");
    std::vector<std::string> options(51, "o");
    bulk::create_detail_field_definitions many{
        .idempotency_key = key(),
        .body = {.detail_fields = {{"Tier", {model::detail_field_type_name::known::select, options}}}}};
    check_error(csm_test::build_error(many), csm::errc::limit_exceeded, "/body/detailFields/0/type/options",
                "at most 50 items");
}

BOOST_AUTO_TEST_CASE(b2_operations_are_counted_across_customers) {
    bulk::update_detail_values ep{.idempotency_key = key(), .body = {}};
    // 4 customers x 250 operations = 1000: allowed.
    for (int c = 0; c < 4; ++c) {
        ep.body.customers.push_back({csm::customer_id{"qm:" + std::to_string(c)}, {}});
        for (int i = 0; i < 250; ++i) ep.body.customers.back().operations.push_back(update_region("EU"));
    }
    BOOST_TEST(csm_test::build_ok(ep).body.has_value());
    // One more operation on any customer is over the limit, though no customer has more than 251.
    ep.body.customers[3].operations.push_back(update_region("EU"));
    check_error(csm_test::build_error(ep), csm::errc::limit_exceeded, "/body/customers", "at most 1000 items");
    // The limit is configurable.
    ep.max_operations = 2000;
    BOOST_TEST(csm_test::build_ok(ep).body.has_value());
    ep.max_operations = 100;
    check_error(csm_test::build_error(ep), csm::errc::limit_exceeded, "/body/customers", "at most 100 items");
}

BOOST_AUTO_TEST_CASE(b2_customer_ids_and_field_names) {
    bulk::update_detail_values no_id{.idempotency_key = key(),
                                     .body = {.customers = {{csm::customer_id{qm_id}, {update_region("EU")}},
                                                            {csm::customer_id{""}, {update_region("EU")}}}}};
    check_error(csm_test::build_error(no_id), csm::errc::invalid_value, "/body/customers/1/customerId",
                "a non-empty customer id");
    model::bulk_detail_value_operation unnamed{model::detail_value_operation_type::known::delete_, {"", std::nullopt}};
    bulk::update_detail_values blank{
        .idempotency_key = key(), .body = {.customers = {{csm::customer_id{qm_id}, {update_region("EU"), unnamed}}}}};
    check_error(csm_test::build_error(blank), csm::errc::invalid_value, "/body/customers/0/operations/1/payload/name",
                "a non-empty name");
    // A DELETE without values is fine, and so is an operation type the library does not know.
    unnamed.payload.name = "Region";
    model::bulk_detail_value_operation future{model::detail_value_operation_type{"APPEND"},
                                              {"Region", std::vector<std::string>{"x"}}};
    bulk::update_detail_values ok{.idempotency_key = key(),
                                  .body = {.customers = {{csm::customer_id{qm_id}, {unnamed, future}}}}};
    BOOST_TEST(*csm_test::build_ok(ok).body ==
               R"({"customers":[{"customerId":")" + qm_id +
                   R"(","operations":[{"operationType":"DELETE","payload":{"name":"Region"}},)"
                   R"({"operationType":"APPEND","payload":{"name":"Region","values":["x"]}}]}]})");
}

BOOST_AUTO_TEST_CASE(b3_at_most_50_operations_whatever_the_wrapper) {
    const boost::json::object op = csm_test::json(R"({"operationType":"CREATE"})").as_object();
    bulk::manage_accounts ep{.idempotency_key = key(), .body = {.customers = std::vector<boost::json::object>(50, op)}};
    BOOST_TEST(csm_test::build_ok(ep).body.has_value());
    ep.body.customers->push_back(op);
    check_error(csm_test::build_error(ep), csm::errc::limit_exceeded, "/body/customers", "at most 50 items");
    // Arrays under other names count too.
    ep.body.customers->resize(30, op);
    boost::json::array more;
    for (int i = 0; i < 21; ++i) more.push_back(op);
    ep.body.unknown_members.members["customerAccounts"] = more;
    check_error(csm_test::build_error(ep), csm::errc::limit_exceeded, "/body/customers", "at most 50 items");
    ep.body.unknown_members.members["customerAccounts"].as_array().pop_back();
    BOOST_TEST(csm_test::build_ok(ep).body.has_value());
}

BOOST_AUTO_TEST_CASE(b4_at_most_100_identified_operations) {
    bulk::manage_profiles ep{.idempotency_key = key(), .body = {}};
    for (int i = 0; i < 100; ++i)
        ep.body.customer_profiles.push_back(upsert({.email = "c" + std::to_string(i) + "@example.com"}));
    BOOST_TEST(csm_test::build_ok(ep).body.has_value());
    ep.body.customer_profiles.push_back(upsert({.customer_id = csm::customer_id{qm_id}}));
    check_error(csm_test::build_error(ep), csm::errc::limit_exceeded, "/body/customerProfiles", "at most 100 items");

    bulk::manage_profiles anonymous{
        .idempotency_key = key(),
        .body = {.customer_profiles = {upsert({.email = "a@example.com"}), upsert({.display_name = "Nobody"})}}};
    check_error(csm_test::build_error(anonymous), csm::errc::invalid_value, "/body/customerProfiles/1/payload",
                "a customer id or an email");
    bulk::manage_profiles blank{.idempotency_key = key(), .body = {.customer_profiles = {upsert({.email = ""})}}};
    check_error(csm_test::build_error(blank), csm::errc::invalid_value, "/body/customerProfiles/0/payload/email",
                "a non-empty email");
    bulk::manage_profiles empty_id{.idempotency_key = key(),
                                   .body = {.customer_profiles = {upsert({.customer_id = csm::customer_id{""}})}}};
    check_error(csm_test::build_error(empty_id), csm::errc::invalid_value,
                "/body/customerProfiles/0/payload/customerId", "a non-empty customer id");
    bulk::manage_profiles not_numeric{
        .idempotency_key = key(),
        .body = {.customer_profiles = {upsert({.email = "a@example.com",
                                               .associate_organizations = model::associate_organizations{
                                                   model::organization_ids::as_numbers(org_ids({"1", "x2"}))}})}}};
    check_error(
        csm_test::build_error(not_numeric), csm::errc::invalid_value,
        "/body/customerProfiles/0/payload/associateOrganizations/organizationIds/1",
        "a decimal organization id (no sign or leading zeros, at most 9223372036854775807) in the numeric form");
}

BOOST_AUTO_TEST_CASE(idempotency_keys_are_validated_and_generated) {
    BOOST_TEST(!rest::idempotency_key::parse("a\r\nb").has_value());
    bulk::manage_profiles ep{.idempotency_key = rest::idempotency_key::generate_uuid_v4(),
                             .body = {.customer_profiles = {upsert({.email = "a@example.com"})}}};
    const rest::http_request req = csm_test::build_ok(ep);
    BOOST_TEST_REQUIRE(req.headers.size() == 3u);
    BOOST_TEST(req.headers[2].name == "Idempotency-Key");
    BOOST_TEST(req.headers[2].value.size() == 36u);
    BOOST_TEST(req.headers[2].value[14] == '4');
}

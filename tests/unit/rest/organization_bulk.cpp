// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/organization_bulk.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.organization_bulk
#include <boost/test/unit_test.hpp>

#include <csm_test/fixtures.hpp>
#include <csm_test/rest.hpp>

#include <csm/json/serialize.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/response.hpp>

#include <boost/json/array.hpp>

#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace bulk = csm::rest::organization_bulk;
namespace model = csm::rest::model;
using csm::errc;
using csm_test::check_error;
using csm::organization_id;
using csm::rest::idempotency_key;

namespace {

std::string fixture(std::string_view file) {
    return csm_test::read_fixture("rest/organization_bulk/" + std::string(file));
}

idempotency_key documented_key() { return idempotency_key::parse("c748a424-1db8-47f9-8288-713cdb0407b5").value(); }

constexpr std::string_view customer_a = "qm:9edf598a-85d4-4db9-bf2e-7245922b4ea8:0000e9d8-a22e-4220-ac63-412ff9eec053";
constexpr std::string_view task = "3858a61a-d337-42e6-993e-e13e1c366d4f";

using type_name = model::detail_field_type_name;
using op = model::detail_value_operation_type;

model::create_detail_field_request definition(std::string name, type_name type = type_name::known::text,
                                              std::optional<std::vector<std::string>> options = std::nullopt) {
    return {std::move(name), {type, std::move(options)}};
}

std::vector<model::create_detail_field_request> definitions(std::size_t n) {
    std::vector<model::create_detail_field_request> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back(definition("Field " + std::to_string(i)));
    return out;
}

std::vector<model::bulk_detail_value_operation> updates(std::size_t n) {
    return std::vector<model::bulk_detail_value_operation>(
        n, {op::known::update, {"Region", std::vector<std::string>{"EU"}}});
}

std::vector<bulk::organization_operation> creates(std::size_t n) {
    return std::vector<bulk::organization_operation>(
        n, {model::bulk_operation_type::known::create, {std::nullopt, "Atlassian"}});
}

std::vector<bulk::organization_profile_operation> upserts(std::size_t n) {
    return std::vector<bulk::organization_profile_operation>(
        n, {model::bulk_operation_type::known::upsert, {std::nullopt, "Atlassian", std::nullopt, std::nullopt}});
}

} // namespace

// ---- requests, written to the reference ---------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(requests)

BOOST_AUTO_TEST_CASE(b5_create_detail_field_definitions) {
    const bulk::create_detail_field_definitions ep{
        .idempotency_key = documented_key(),
        .body = {.detail_fields = {definition("Account Manager"),
                                   definition("Customer Tier", type_name::known::select,
                                              std::vector<std::string>{"Free", "Standard", "Premium", "Enterprise"}),
                                   definition("Renewal Date", type_name::known::date),
                                   definition("Support Email", type_name::known::email),
                                   definition("Preferred Contact Channels", type_name::known::multiselect,
                                              std::vector<std::string>{"Email", "Phone", "Chat"}),
                                   definition("Primary Contact Phone", type_name::known::phone)}}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), fixture("b5.create_detail_field_definitions.curl"));
}

BOOST_AUTO_TEST_CASE(b6_update_detail_values) {
    const bulk::update_detail_values ep{
        .idempotency_key = documented_key(),
        .body = {.organizations = {{organization_id{"123"},
                                    {{op::known::update, {"Region", std::vector<std::string>{"Asia"}}},
                                     {op::known::patch, {"Customer Segment", std::vector<std::string>{"Enterprise"}}}}},
                                   {organization_id{"124"}, {{op::known::delete_, {"Region", std::nullopt}}}}}}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), fixture("b6.update_detail_values.curl"));
}

BOOST_AUTO_TEST_CASE(b7_manage_organizations) {
    const bulk::manage_organizations ep{
        .idempotency_key = documented_key(),
        .body = {.organizations = {
                     {model::bulk_operation_type::known::create, {std::nullopt, "Atlassian"}},
                     {model::bulk_operation_type::known::update, {organization_id{"123"}, "Atlassian Pty Ltd"}}}}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), fixture("b7.manage_organizations.curl"));
}

BOOST_AUTO_TEST_CASE(b6_and_b7_take_raw_members) {
    // The bodies are not documented: members the models do not name are added raw and written verbatim,
    // after the typed ones, at the body, item and payload level.
    bulk::update_detail_values b6{
        .idempotency_key = documented_key(),
        .body = {.organizations = {{organization_id{"1"}, {{op::known::delete_, {"Region", std::nullopt}}}}}}};
    b6.body.organizations[0].unknown_members.members["organizationName"] = "Acme";
    b6.body.unknown_members.members["dryRun"] = true;
    BOOST_TEST(
        *csm_test::build_ok(b6).body ==
        R"({"organizations":[{"organizationId":"1","operations":[{"operationType":"DELETE","payload":{"name":"Region"}}],)"
        R"("organizationName":"Acme"}],"dryRun":true})");
    bulk::manage_organizations b7{
        .idempotency_key = documented_key(),
        .body = {.organizations = {{model::bulk_operation_type::known::create, {std::nullopt, "Acme"}}}}};
    b7.body.organizations[0].payload.unknown_members.members["details"] = boost::json::array{};
    BOOST_TEST(*csm_test::build_ok(b7).body ==
               R"({"organizations":[{"operationType":"CREATE","payload":{"name":"Acme","details":[]}}]})");
}

BOOST_AUTO_TEST_CASE(b8_manage_profiles) {
    const bulk::manage_profiles ep{
        .idempotency_key = documented_key(),
        .body = {.organization_profiles = {
                     {model::bulk_operation_type::known::upsert,
                      {.id = std::nullopt,
                       .name = "Atlassian",
                       .details = std::vector<model::profile_detail_value_request>{{"Region", {"EMEA"}},
                                                                                   {"Phone Number", {"0422333111"}}},
                       .associate_customers = model::associate_customers{{csm::customer_id{customer_a}}}}}}}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), fixture("b8.manage_profiles.curl"));
}

BOOST_AUTO_TEST_CASE(generated_keys_are_sent_verbatim) {
    std::mt19937 gen(42);
    const idempotency_key key = idempotency_key::generate_uuid_v4(gen);
    const auto r = csm_test::build_ok(bulk::manage_organizations{key, {creates(1)}});
    BOOST_TEST_REQUIRE(r.headers.size() == 3u);
    BOOST_TEST(r.headers[2].name == "Idempotency-Key");
    BOOST_TEST(r.headers[2].value == key.str());
    BOOST_TEST(key.str().size() == 36u);
    BOOST_TEST(key.str()[14] == '4');
}

BOOST_AUTO_TEST_CASE(unknown_operation_types_are_sent_as_written) {
    const bulk::manage_organizations ep{
        documented_key(), {{{model::bulk_operation_type{"DELETE"}, {organization_id{"9"}, std::nullopt}}}}};
    BOOST_TEST(*csm_test::build_ok(ep).body ==
               R"({"organizations":[{"operationType":"DELETE","payload":{"id":"9"}}]})");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- responses: a task reference ---------------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(responses)

template <class E>
void check_task_reference(std::string_view file) {
    static_assert(std::is_same_v<typename E::response, model::task_submit_response>);
    const auto r = csm_test::check_response_round_trip<E>(fixture(file));
    BOOST_TEST_REQUIRE(r.id.has_value());
    BOOST_TEST(r.id->view() == task);
    BOOST_TEST(r.status_url == "/api/v1/tasks/" + std::string(task));
}

BOOST_AUTO_TEST_CASE(b5) {
    check_task_reference<bulk::create_detail_field_definitions>("b5.create_detail_field_definitions.response.json");
}
BOOST_AUTO_TEST_CASE(b6) { check_task_reference<bulk::update_detail_values>("b6.update_detail_values.response.json"); }
BOOST_AUTO_TEST_CASE(b7) { check_task_reference<bulk::manage_organizations>("b7.manage_organizations.response.json"); }
BOOST_AUTO_TEST_CASE(b8) { check_task_reference<bulk::manage_profiles>("b8.manage_profiles.response.json"); }

BOOST_AUTO_TEST_CASE(a_task_reference_without_id_still_reads) {
    const auto r = csm::rest::parse_response<bulk::manage_profiles>(200, {}, R"({"statusUrl":"/api/v1/tasks/x"})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(!r->id.has_value());
    BOOST_TEST(r->status_url == "/api/v1/tasks/x");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- client-side limits --------------------------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(limits)

BOOST_AUTO_TEST_CASE(b5_at_most_50_definitions) {
    BOOST_TEST(csm_test::build_ok(bulk::create_detail_field_definitions{documented_key(), {definitions(50)}})
                   .body.has_value());
    check_error(csm_test::build_error(bulk::create_detail_field_definitions{documented_key(), {definitions(51)}}),
                errc::limit_exceeded, "/body/detailFields", "at most 50 items");
}

BOOST_AUTO_TEST_CASE(b5_names_unique_case_insensitively_after_trimming) {
    const std::string unique = "a name unique within the request (case-insensitive, trimmed)";
    for (std::string_view twin : {"Region", "region", " REGION", "Region\t", "\n rEgIoN  "}) {
        BOOST_TEST_CONTEXT("duplicate of length " << twin.size()) {
            const bulk::create_detail_field_definitions ep{
                documented_key(), {{definition("Tier"), definition("Region"), definition(std::string(twin))}}};
            check_error(csm_test::build_error(ep), errc::invalid_value, "/body/detailFields/2/name", unique);
        }
    }
    // Different after folding ASCII case and trimming: fine. Inner spaces count; non-ASCII case is not folded.
    const bulk::create_detail_field_definitions ok{
        documented_key(),
        {{definition("Region"), definition("Re gion"), definition("Regions"), definition("\xC3\x89t\xC3\xA9"),
          definition("\xC3\xA9t\xC3\xA9")}}};
    BOOST_TEST(csm_test::build_ok(ok).body.has_value());
}

BOOST_AUTO_TEST_CASE(b5_names_and_options) {
    check_error(csm_test::build_error(
                    bulk::create_detail_field_definitions{documented_key(), {{definition("A"), definition(" ")}}}),
                errc::invalid_value, "/body/detailFields/1/name", "a non-empty name");
    const std::vector<std::string> fifty_one(51, "x");
    check_error(csm_test::build_error(bulk::create_detail_field_definitions{
                    documented_key(), {{definition("A"), definition("B", type_name::known::select, fifty_one)}}}),
                errc::limit_exceeded, "/body/detailFields/1/type/options", "at most 50 items");
    // The option limit is the UI's: switched off per call; the documented 50 definitions stay.
    csm::rest::build_options no_ui;
    no_ui.limits.ui_limits = false;
    BOOST_TEST(csm_test::build_ok(
                   bulk::create_detail_field_definitions{
                       documented_key(), {{definition("A"), definition("B", type_name::known::select, fifty_one)}}},
                   no_ui)
                   .body.has_value());
}

BOOST_AUTO_TEST_CASE(b6_at_most_1000_operations_across_organizations) {
    const bulk::detail_values_request thousand{
        {{organization_id{"1"}, updates(600)}, {organization_id{"2"}, updates(400)}}};
    BOOST_TEST(csm_test::build_ok(bulk::update_detail_values{documented_key(), thousand}).body.has_value());
    const bulk::detail_values_request over{
        {{organization_id{"1"}, updates(600)}, {organization_id{"2"}, updates(401)}}};
    check_error(csm_test::build_error(bulk::update_detail_values{documented_key(), over}), errc::limit_exceeded,
                "/body/organizations", "at most 1000 items");
    // Many organizations with few operations each are fine: operations are what counts.
    std::vector<bulk::organization_detail_operations> many(1000, {organization_id{"1"}, updates(1)});
    BOOST_TEST(csm_test::build_ok(bulk::update_detail_values{documented_key(), {many}}).body.has_value());
    // The limit is settable, like B2's.
    BOOST_TEST(bulk::default_max_detail_value_operations == 1000u);
    bulk::update_detail_values raised{documented_key(), over};
    raised.max_operations = 1001;
    BOOST_TEST(csm_test::build_ok(raised).body.has_value());
    bulk::update_detail_values lowered{documented_key(), thousand};
    lowered.max_operations = 10;
    check_error(csm_test::build_error(lowered), errc::limit_exceeded, "/body/organizations", "at most 10 items");
}

BOOST_AUTO_TEST_CASE(b6_field_names_not_blank) {
    const bulk::detail_values_request body{
        {{organization_id{"1"}, updates(1)},
         {organization_id{"2"}, {updates(1)[0], {op::known::delete_, {"", std::nullopt}}}}}};
    check_error(csm_test::build_error(bulk::update_detail_values{documented_key(), body}), errc::invalid_value,
                "/body/organizations/1/operations/1/payload/name", "a non-empty name");
}

BOOST_AUTO_TEST_CASE(b7_at_most_50_operations) {
    BOOST_TEST(csm_test::build_ok(bulk::manage_organizations{documented_key(), {creates(50)}}).body.has_value());
    check_error(csm_test::build_error(bulk::manage_organizations{documented_key(), {creates(51)}}),
                errc::limit_exceeded, "/body/organizations", "at most 50 items");
}

BOOST_AUTO_TEST_CASE(b7_operations_identify_an_organization) {
    auto ops = creates(2);
    ops[1].payload = {std::nullopt, std::nullopt};
    check_error(csm_test::build_error(bulk::manage_organizations{documented_key(), {ops}}), errc::invalid_value,
                "/body/organizations/1/payload", "an organization id or name");
    ops[1].payload = {std::nullopt, "  "};
    check_error(csm_test::build_error(bulk::manage_organizations{documented_key(), {ops}}), errc::invalid_value,
                "/body/organizations/1/payload/name", "a non-empty name");
    ops[1].payload = {organization_id{"5"}, std::nullopt};
    BOOST_TEST(csm_test::build_ok(bulk::manage_organizations{documented_key(), {ops}}).body.has_value());
}

BOOST_AUTO_TEST_CASE(b8_at_most_100_operations) {
    BOOST_TEST(csm_test::build_ok(bulk::manage_profiles{documented_key(), {upserts(100)}}).body.has_value());
    check_error(csm_test::build_error(bulk::manage_profiles{documented_key(), {upserts(101)}}), errc::limit_exceeded,
                "/body/organizationProfiles", "at most 100 items");
}

BOOST_AUTO_TEST_CASE(b8_operations_identify_an_organization_and_name_details) {
    auto ops = upserts(3);
    ops[2].payload.name.reset();
    check_error(csm_test::build_error(bulk::manage_profiles{documented_key(), {ops}}), errc::invalid_value,
                "/body/organizationProfiles/2/payload", "an organization id or name");
    ops[2].payload.id = organization_id{"7"};
    BOOST_TEST(csm_test::build_ok(bulk::manage_profiles{documented_key(), {ops}}).body.has_value());
    ops[1].payload.details = std::vector<model::profile_detail_value_request>{{"Region", {"EU"}}, {"", {"x"}}};
    check_error(csm_test::build_error(bulk::manage_profiles{documented_key(), {ops}}), errc::invalid_value,
                "/body/organizationProfiles/1/payload/details/1/name", "a non-empty name");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- metadata -----------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(endpoint_metadata) {
    struct row {
        csm::rest::endpoint_info info;
        std::string_view id, path, scope, permission_start;
        bool experimental;
    };
    const row rows[] = {
        {bulk::create_detail_field_definitions::info, "B5", "/organization/details/definitions/bulk",
         "write:organization.detail-field:jira-service-management", "Administer Jira global permission", false},
        {bulk::update_detail_values::info, "B6", "/organization/details/bulk",
         "write:organization.detail:jira-service-management",
         "Customer Service Management or Jira Service Management user", false},
        {bulk::manage_organizations::info, "B7", "/organization/bulk", "write:organization:jira-service-management",
         "Customer Service Management or Jira Service Management user. Note:", false},
        {bulk::manage_profiles::info, "B8", "/organization/profile/bulk",
         "write:organization.profile:jira-service-management",
         "Customer Service Management or Jira Service Management user. Note:", true},
    };
    for (const row& r : rows) {
        BOOST_TEST_CONTEXT(r.id) {
            BOOST_TEST(r.info.docs.id == r.id);
            BOOST_TEST(r.info.path == r.path);
            BOOST_TEST((r.info.method == csm::rest::http_method::post));
            BOOST_TEST_REQUIRE(r.info.scopes.size() == 1u);
            BOOST_TEST(r.info.scopes[0] == r.scope);
            BOOST_TEST(r.info.docs.permission.starts_with(r.permission_start));
            BOOST_TEST(r.info.experimental == r.experimental);
            BOOST_TEST(r.info.bulk);
            BOOST_TEST(r.info.name.starts_with("organization_bulk."));
            BOOST_TEST(!r.info.docs.limits.empty());
            BOOST_TEST(!r.info.docs.summary.empty());
        }
    }
}

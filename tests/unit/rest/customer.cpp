// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/customer.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.customer
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // lists and scalars the library does not hold, in compiled mode (docs/json-mapping.md)

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/response.hpp>

#include <csm_test/fixtures.hpp>
#include <csm_test/rest.hpp>

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>
#include <boost/url/url_view.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rest = csm::rest;
namespace customer = csm::rest::customer;
namespace model = csm::rest::model;

namespace {

const std::string seeds = "seeds/rest-customer/";
const std::string newer = "rest/customer/";

// The ids the docs' examples use: AAIDs on the agent endpoints, Customer Account ids elsewhere.
const std::string aaid = "2a927c94-363f-4977-a0d6-9477d535f329";
const std::string qm_id = "qm:9edf598a-85d4-4db9-bf2e-7245922b4ea8:0000e9d8-a22e-4220-ac63-412ff9eec053";
const std::string product_uuid = "3858a61a-d337-42e6-993e-e13e1c366d4f";
const std::string root = "https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1";

void check_seed_curl(const rest::http_request& request, const std::string& name, csm_test::substitutions subs = {}) {
    csm_test::check_request_matches_curl(request, csm_test::read_fixture(seeds + name + ".curl"), subs);
}

template <class E>
typename E::response seed_round_trip(const std::string& name) {
    return csm_test::check_response_round_trip<E>(csm_test::read_fixture(seeds + name + ".response.json"));
}

model::detail_field_type select_region_type() {
    return {model::detail_field_type_name::known::select, std::vector<std::string>{"AU", "EU", "US"}};
}

customer::search_customers_by_detail_field search(std::optional<std::int32_t> page, std::optional<std::int32_t> max) {
    return {.page = page, .max_results = max, .body = {.detail_fields = {{"Region", "EU"}}}};
}

customer::customer_search_result page_result(std::int32_t page, bool is_last) {
    return {.page = page, .max_results = 50, .total = 120, .is_last = is_last, .customers = {}};
}

std::vector<csm::organization_id> org_ids(std::initializer_list<const char*> ids) {
    std::vector<csm::organization_id> out;
    for (const char* id : ids) out.emplace_back(id);
    return out;
}

} // namespace

// ---- metadata ----------------------------------------------------------------------------------------

static_assert(rest::check_endpoint<customer::get_detail_fields>());
static_assert(rest::check_endpoint<customer::create_detail_field>());
static_assert(rest::check_endpoint<customer::edit_detail_field>());
static_assert(rest::check_endpoint<customer::delete_detail_field>());
static_assert(rest::check_endpoint<customer::get_customer>());
static_assert(rest::check_endpoint<customer::search_customers_by_detail_field>());
static_assert(rest::check_endpoint<customer::set_detail_value>());
static_assert(rest::check_endpoint<customer::get_entitlements>());
static_assert(rest::check_endpoint<customer::create_entitlement>());
static_assert(rest::check_endpoint<customer::create_account>());
static_assert(rest::check_endpoint<customer::get_account>());
static_assert(rest::check_endpoint<customer::update_account>());
static_assert(rest::check_endpoint<customer::delete_account>());
static_assert(rest::check_endpoint<customer::get_profile>());
static_assert(rest::check_endpoint<customer::create_profile>());
static_assert(rest::check_endpoint<customer::fetch_profiles>());
static_assert(rest::check_endpoint<customer::get_customer_experiences>());

BOOST_AUTO_TEST_CASE(ids_names_methods_and_paths_are_the_reference_rows) {
    BOOST_TEST(customer::get_detail_fields::info.docs.id == "C1");
    BOOST_TEST(customer::create_detail_field::info.docs.id == "C2");
    BOOST_TEST(customer::edit_detail_field::info.docs.id == "C3");
    BOOST_TEST(customer::delete_detail_field::info.docs.id == "C4");
    BOOST_TEST(customer::get_customer::info.docs.id == "C5");
    BOOST_TEST(customer::search_customers_by_detail_field::info.docs.id == "C6");
    BOOST_TEST(customer::set_detail_value::info.docs.id == "C7");
    BOOST_TEST(customer::get_entitlements::info.docs.id == "C8");
    BOOST_TEST(customer::create_entitlement::info.docs.id == "C9");
    BOOST_TEST(customer::create_account::info.docs.id == "C10");
    BOOST_TEST(customer::get_account::info.docs.id == "C11");
    BOOST_TEST(customer::update_account::info.docs.id == "C12");
    BOOST_TEST(customer::delete_account::info.docs.id == "C13");
    BOOST_TEST(customer::get_profile::info.docs.id == "C14");
    BOOST_TEST(customer::create_profile::info.docs.id == "C15");
    BOOST_TEST(customer::fetch_profiles::info.docs.id == "C16");
    BOOST_TEST(customer::get_customer_experiences::info.docs.id == "C17");

    BOOST_TEST(customer::get_detail_fields::info.name == "customer.detail_fields.get");
    BOOST_TEST(customer::search_customers_by_detail_field::info.name == "customer.search_by_detail_field");
    BOOST_TEST(customer::delete_account::info.name == "customer.account.delete");
    BOOST_TEST(customer::get_customer_experiences::info.name == "customer.customer_experiences.get");

    BOOST_TEST(customer::delete_account::info.method == rest::http_method::delete_);
    BOOST_TEST(customer::delete_account::info.path == "/customer/account/{customerId}");
    BOOST_TEST(customer::get_customer_experiences::info.method == rest::http_method::get);
    BOOST_TEST(customer::get_customer_experiences::info.path == "/customer/{customerId}/customer-experiences");
}

BOOST_AUTO_TEST_CASE(scopes_are_verbatim) {
    BOOST_TEST(csm_test::scopes_of(customer::get_detail_fields::info) ==
                   csm_test::scope_names{"read:customer.detail-field:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(customer::create_detail_field::info) ==
                   csm_test::scope_names{"write:customer.detail-field:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(customer::edit_detail_field::info) ==
                   csm_test::scope_names{"write:customer.detail-field:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(customer::delete_detail_field::info) ==
                   csm_test::scope_names{"delete:customer.detail-field:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(customer::get_customer::info) ==
                   (csm_test::scope_names{"read:customer:jira-service-management",
                                          "read:customer.detail:jira-service-management"}),
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(customer::search_customers_by_detail_field::info) ==
                   csm_test::scope_names{"read:customer:jira-service-management"},
               boost::test_tools::per_element());
    // The current scope of C7 (the oldest page said write:customer.detail-field; docs/decisions.md#scope-drift).
    BOOST_TEST(csm_test::scopes_of(customer::set_detail_value::info) ==
                   csm_test::scope_names{"write:customer.detail:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(customer::get_entitlements::info) ==
                   csm_test::scope_names{"read:customer:entitlement:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(customer::create_entitlement::info) ==
                   csm_test::scope_names{"write:customer:entitlement:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(customer::create_account::info) ==
                   csm_test::scope_names{"write:customer:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(customer::get_account::info) ==
                   csm_test::scope_names{"read:customer:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(customer::update_account::info) ==
                   csm_test::scope_names{"write:customer:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(customer::get_profile::info) ==
                   csm_test::scope_names{"read:customer.profile:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(customer::create_profile::info) ==
                   csm_test::scope_names{"write:customer.profile:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(customer::fetch_profiles::info) ==
                   csm_test::scope_names{"read:customer.profile:jira-service-management"},
               boost::test_tools::per_element());
    // Not stated anywhere: the fitting existing scope, marked inferred (one policy for every such endpoint;
    // there is no delete:customer scope, so the delete carries write:customer).
    BOOST_TEST(csm_test::scopes_of(customer::delete_account::info) ==
                   csm_test::scope_names{"write:customer:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(customer::get_customer_experiences::info) ==
                   csm_test::scope_names{"read:customer:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(customer::delete_account::info.docs.scopes_inferred);
    BOOST_TEST(customer::get_customer_experiences::info.docs.scopes_inferred);
    BOOST_TEST(!customer::get_customer::info.docs.scopes_inferred);
}

BOOST_AUTO_TEST_CASE(experimental_flags) {
    // X-ExperimentalApi on C10–C12 and C14–C17.
    BOOST_TEST(!customer::get_detail_fields::info.experimental);
    BOOST_TEST(!customer::create_detail_field::info.experimental);
    BOOST_TEST(!customer::edit_detail_field::info.experimental);
    BOOST_TEST(!customer::delete_detail_field::info.experimental);
    BOOST_TEST(!customer::get_customer::info.experimental);
    BOOST_TEST(!customer::search_customers_by_detail_field::info.experimental);
    BOOST_TEST(!customer::set_detail_value::info.experimental);
    BOOST_TEST(!customer::get_entitlements::info.experimental);
    BOOST_TEST(!customer::create_entitlement::info.experimental);
    BOOST_TEST(customer::create_account::info.experimental);
    BOOST_TEST(customer::get_account::info.experimental);
    BOOST_TEST(customer::update_account::info.experimental);
    BOOST_TEST(!customer::delete_account::info.experimental);
    BOOST_TEST(customer::get_profile::info.experimental);
    BOOST_TEST(customer::create_profile::info.experimental);
    BOOST_TEST(customer::fetch_profiles::info.experimental);
    BOOST_TEST(customer::get_customer_experiences::info.experimental);

    BOOST_TEST(!customer::get_profile::info.bulk);
}

BOOST_AUTO_TEST_CASE(permissions) {
    BOOST_TEST(customer::get_detail_fields::info.docs.permission == "Administer Jira global permission");
    BOOST_TEST(customer::get_customer::info.docs.permission == "Jira Service Management agent");
    BOOST_TEST(customer::get_account::info.docs.permission ==
               "Customer Service Management or Jira Service Management user");
    BOOST_TEST(customer::create_profile::info.docs.permission ==
               "Administer Jira global permission, and Customer Service Management or Jira Service Management user");
    BOOST_TEST(customer::get_customer_experiences::info.docs.permission == "Customer Service Management agent");
}

// ---- every curl example of the seed page ------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(c1_get_detail_fields_request) {
    check_seed_curl(csm_test::build_ok(customer::get_detail_fields{}), "c1.get_detail_fields");
}

BOOST_AUTO_TEST_CASE(c2_create_detail_field_request) {
    customer::create_detail_field ep{.body = {.name = "Region", .type = select_region_type()}};
    check_seed_curl(csm_test::build_ok(ep), "c2.create_detail_field");
}

BOOST_AUTO_TEST_CASE(c3_edit_detail_field_request) {
    customer::edit_detail_field ep{.field_name = rest::detail_field_name{"Region"},
                                   .body = {.name = "Region", .options = std::vector<std::string>{"AU", "EU", "US"}}};
    check_seed_curl(csm_test::build_ok(ep), "c3.edit_detail_field", {{"{fieldName}", "Region"}});
}

BOOST_AUTO_TEST_CASE(c4_delete_detail_field_request) {
    customer::delete_detail_field ep{.field_name = rest::detail_field_name{"Region"}};
    check_seed_curl(csm_test::build_ok(ep), "c4.delete_detail_field", {{"{fieldName}", "Region"}});
}

BOOST_AUTO_TEST_CASE(c5_get_customer_request) {
    customer::get_customer ep{.customer_id = csm::customer_id{aaid}};
    check_seed_curl(csm_test::build_ok(ep), "c5.get_customer", {{"{customerId}", aaid}});
}

BOOST_AUTO_TEST_CASE(c6_search_request) {
    customer::search_customers_by_detail_field ep{.body = {.detail_fields = {{"<string>", "<string>"}}}};
    check_seed_curl(csm_test::build_ok(ep), "c6.search_customers_by_detail_field");
}

BOOST_AUTO_TEST_CASE(c7_set_detail_value_request) {
    customer::set_detail_value ep{.customer_id = csm::customer_id{aaid},
                                  .field_name = rest::detail_field_name{"Region"},
                                  .body = {.values = {"EU"}}};
    check_seed_curl(csm_test::build_ok(ep), "c7.set_customer_detail_value", {{"{customerId}", aaid}});
}

BOOST_AUTO_TEST_CASE(c8_get_entitlements_request) {
    customer::get_entitlements ep{.customer_id = csm::customer_id{aaid}, .product = std::nullopt};
    check_seed_curl(csm_test::build_ok(ep), "c8.get_customer_entitlements", {{"{customerId}", aaid}});
}

BOOST_AUTO_TEST_CASE(c9_create_entitlement_request) {
    customer::create_entitlement ep{.customer_id = csm::customer_id{aaid},
                                    .body = {.product_id = csm::product_id{product_uuid}}};
    check_seed_curl(csm_test::build_ok(ep), "c9.create_customer_entitlement", {{"{customerId}", aaid}});
}

BOOST_AUTO_TEST_CASE(c10_create_account_request) {
    customer::create_account ep{.body = {.display_name = "John Doe", .email = "john.doe@example.com"}};
    check_seed_curl(csm_test::build_ok(ep), "c10.create_customer_account");
}

BOOST_AUTO_TEST_CASE(c11_get_account_request) {
    customer::get_account ep{.customer_id = csm::customer_id{qm_id}};
    check_seed_curl(csm_test::build_ok(ep), "c11.get_customer_account", {{"{customerId}", qm_id}});
}

BOOST_AUTO_TEST_CASE(c12_update_account_request) {
    customer::update_account ep{.customer_id = csm::customer_id{qm_id}, .body = {.display_name = "<string>"}};
    check_seed_curl(csm_test::build_ok(ep), "c12.update_customer_account", {{"{customerId}", qm_id}});
}

BOOST_AUTO_TEST_CASE(c14_get_profile_request) {
    customer::get_profile ep{.customer_id = csm::customer_id{qm_id}, .expand = std::nullopt};
    check_seed_curl(csm_test::build_ok(ep), "c14.get_customer_profile", {{"{customerId}", qm_id}});
}

namespace {
customer::create_profile official_create_profile(model::id_form form) {
    return {
        .body = {
            .display_name = "John Doe",
            .email = "john.doe@example.com",
            .details = std::vector<model::profile_detail_value_request>{{"Region", {"EU"}}},
            .associate_organizations = model::associate_organizations{{org_ids({"1", "4", "10", "11", "6"}), form}},
            .associate_products = model::associate_products{{csm::product_id{"3858a61a-d337-42e6-993e-e13e1c366d4f"},
                                                             csm::product_id{"4858a61a-d337-42e6-993e-e13e1c366d4f"}}},
        }};
}
} // namespace

BOOST_AUTO_TEST_CASE(c15_create_profile_request_reproduces_the_numeric_example_exactly) {
    // Opt-in numeric form: the body equals the official example, organizationIds as numbers.
    check_seed_curl(csm_test::build_ok(official_create_profile(model::id_form::number)), "c15.create_customer_profile");
}

BOOST_AUTO_TEST_CASE(c15_default_form_writes_organization_ids_as_strings) {
    const rest::http_request req = csm_test::build_ok(official_create_profile(model::id_form::string));
    BOOST_TEST_REQUIRE(req.body.has_value());
    const boost::json::value body = csm_test::json(*req.body);
    BOOST_TEST(body.at("associateOrganizations") == csm_test::json(R"({"organizationIds":["1","4","10","11","6"]})"));
    BOOST_TEST(
        *req.body ==
        R"({"displayName":"John Doe","email":"john.doe@example.com","details":[{"name":"Region","values":["EU"]}],)"
        R"("associateOrganizations":{"organizationIds":["1","4","10","11","6"]},)"
        R"("associateProducts":{"productIds":["3858a61a-d337-42e6-993e-e13e1c366d4f","4858a61a-d337-42e6-993e-e13e1c366d4f"]}})");
    // A default-constructed list is the string form.
    model::organization_ids ids{org_ids({"1"})};
    BOOST_TEST((ids.form == model::id_form::string));
    BOOST_TEST(csm::json::serialize(ids) == R"(["1"])");
    BOOST_TEST(csm::json::serialize(model::organization_ids::as_numbers(org_ids({"1", "4"}))) == "[1,4]");
}

BOOST_AUTO_TEST_CASE(c15_the_official_body_reads_and_writes_back_as_numbers) {
    const csm_test::curl_command cmd =
        csm_test::parse_curl(csm_test::read_fixture(seeds + "c15.create_customer_profile.curl"));
    BOOST_TEST_REQUIRE(cmd.data.has_value());
    auto parsed = csm::json::parse<customer::create_customer_profile_request>(*cmd.data);
    BOOST_TEST_REQUIRE(parsed.has_value());
    BOOST_TEST((parsed->associate_organizations->organization_ids.form == model::id_form::number));
    BOOST_TEST((parsed->associate_organizations->organization_ids.ids == org_ids({"1", "4", "10", "11", "6"})));
    BOOST_TEST((*parsed == official_create_profile(model::id_form::number).body));
    BOOST_TEST(csm_test::json(csm::json::serialize(*parsed)) == csm_test::json(*cmd.data));
    BOOST_TEST(csm::json::to_value(*parsed) == csm_test::json(*cmd.data));
}

BOOST_AUTO_TEST_CASE(c16_fetch_profiles_request) {
    customer::fetch_profiles ep{
        .body = {
            .customer_ids = {
                csm::customer_id{"qm:10c2e972-eef6-4e0e-aa81-9a9e7a4ba9a7:3468699a-b2f0-4ae9-ab2d-155a5f5a8db4"},
                csm::customer_id{"qm:10c2e972-eef6-4e0e-aa81-9a9e7a4ba9a7:3468699a-b2f0-4ae9-ab2d-155a5f5a8db5"}}}};
    check_seed_curl(csm_test::build_ok(ep), "c16.fetch_customer_profiles");
    // The second field's name is not documented: a raw member, written verbatim after customerIds.
    customer::fetch_profiles raw{.body = {.customer_ids = {csm::customer_id{"qm:1"}}}};
    raw.body.unknown_members.members["emails"] = boost::json::array{"jane@example.com"};
    BOOST_TEST(*csm_test::build_ok(raw).body == R"({"customerIds":["qm:1"],"emails":["jane@example.com"]})");
}

// ---- every response example of the seed page -------------------------------------------------------------

BOOST_AUTO_TEST_CASE(c1_response) {
    const model::detail_field_definitions r = seed_round_trip<customer::get_detail_fields>("c1.get_detail_fields");
    BOOST_TEST_REQUIRE(r.results.size() == 1u);
    BOOST_TEST(r.results[0].name == "Region");
    BOOST_TEST((r.results[0].type == select_region_type()));
    BOOST_TEST((r.results[0].configuration->position == std::optional<std::int64_t>(1)));
}

BOOST_AUTO_TEST_CASE(c2_and_c3_responses) {
    const model::detail_field_response created =
        seed_round_trip<customer::create_detail_field>("c2.create_detail_field");
    BOOST_TEST(created.name == "Region");
    BOOST_TEST((created.type == select_region_type()));
    const model::detail_field_response edited = seed_round_trip<customer::edit_detail_field>("c3.edit_detail_field");
    BOOST_TEST((edited == created));
}

BOOST_AUTO_TEST_CASE(c4_response_is_no_content) {
    BOOST_TEST(rest::parse_response<customer::delete_detail_field>(204, {}, "").has_value());
    BOOST_TEST(rest::parse_response<customer::delete_detail_field>(200, {}, "{}").has_value());
}

BOOST_AUTO_TEST_CASE(c5_response) {
    const customer::customer c = seed_round_trip<customer::get_customer>("c5.get_customer");
    BOOST_TEST(c.id == csm::customer_id{aaid});
    BOOST_TEST(c.name == "John Doe");
    BOOST_TEST_REQUIRE(c.details.size() == 1u);
    BOOST_TEST(*c.details[0].id == csm::detail_field_id{"321"});
    BOOST_TEST((c.details[0].values == std::vector<std::string>{"EU"}));
    BOOST_TEST_REQUIRE(c.organizations.size() == 1u);
    BOOST_TEST((c.organizations[0] == model::organization_ref{csm::organization_id{"123"}, "Atlassian"}));
}

BOOST_AUTO_TEST_CASE(c6_response) {
    const customer::customer_search_result r =
        seed_round_trip<customer::search_customers_by_detail_field>("c6.search_customers_by_detail_field");
    BOOST_TEST((r.page == std::optional<std::int32_t>(2154)));
    BOOST_TEST((r.max_results == std::optional<std::int32_t>(2154)));
    BOOST_TEST((r.total == std::optional<std::int64_t>(2154)));
    BOOST_TEST((r.is_last == std::optional<bool>(true)));
    BOOST_TEST_REQUIRE(r.customers.size() == 1u);
    BOOST_TEST(r.customers[0].id == csm::customer_id{aaid});
    BOOST_TEST(r.customers[0].name == "John Doe");
    BOOST_TEST((r.customers[0].email == std::optional<std::string>("john.doe@example.com")));
}

BOOST_AUTO_TEST_CASE(c7_response) {
    const model::update_detail_field_response r =
        seed_round_trip<customer::set_detail_value>("c7.set_customer_detail_value");
    BOOST_TEST((r.id == std::optional<csm::detail_field_id>(csm::detail_field_id{"321"})));
    BOOST_TEST(r.name == "Region");
    BOOST_TEST((r.values == std::vector<std::string>{"EU"}));
}

BOOST_AUTO_TEST_CASE(c8_and_c9_responses) {
    const std::vector<model::entitlement> list =
        seed_round_trip<customer::get_entitlements>("c8.get_customer_entitlements");
    BOOST_TEST_REQUIRE(list.size() == 1u);
    BOOST_TEST(list[0].id == csm::entitlement_id{product_uuid});
    BOOST_TEST(list[0].product.name == "Acme Widget");
    BOOST_TEST((list[0].entitled_entity.type == model::entitled_entity_type::known::customer));
    BOOST_TEST(!list[0]
                    .details[0]
                    .type.options
                    .has_value()); // the list example has no options (docs/decisions.md#detail-type-options-optional)
    BOOST_TEST(!list[0].details[0].configuration->position.has_value());
    const model::entitlement created = seed_round_trip<customer::create_entitlement>("c9.create_customer_entitlement");
    BOOST_TEST((created.details[0].configuration->position == std::optional<std::int64_t>(1)));
}

BOOST_AUTO_TEST_CASE(c10_to_c12_responses) {
    const customer::customer_account_created created =
        seed_round_trip<customer::create_account>("c10.create_customer_account");
    BOOST_TEST(created.customer_id == csm::customer_id{qm_id});
    BOOST_TEST((created.display_name == "John Doe"));
    BOOST_TEST((created.email == "john.doe@example.com"));
    const customer::customer_account got = seed_round_trip<customer::get_account>("c11.get_customer_account");
    BOOST_TEST((got == customer::customer_account{"John Doe", "john.doe@example.com"}));
    const customer::customer_account updated = seed_round_trip<customer::update_account>("c12.update_customer_account");
    BOOST_TEST((updated == got));
}

BOOST_AUTO_TEST_CASE(c14_to_c16_responses) {
    const customer::customer_profile p = seed_round_trip<customer::get_profile>("c14.get_customer_profile");
    BOOST_TEST(p.customer_id == csm::customer_id{qm_id});
    BOOST_TEST((p.display_name == "John Doe"));
    BOOST_TEST((p.email == "john.doe@example.com"));
    BOOST_TEST_REQUIRE(p.details.size() == 1u);
    BOOST_TEST((p.details[0].value->text == std::vector<std::string>{"EU"}));
    BOOST_TEST_REQUIRE(p.entitlements.size() == 1u);
    BOOST_TEST(p.entitlements[0].details[0].name == "Region");
    BOOST_TEST(p.unknown_members.empty());
    const customer::customer_profile created = seed_round_trip<customer::create_profile>("c15.create_customer_profile");
    BOOST_TEST((created == p));
    const customer::customer_profiles fetched =
        seed_round_trip<customer::fetch_profiles>("c16.fetch_customer_profiles");
    BOOST_TEST_REQUIRE(fetched.profiles.size() == 1u);
    BOOST_TEST((fetched.profiles[0] == p));
}

// ---- newer endpoints: C13, C14 expand, C17 ------------------------------------------------------------

BOOST_AUTO_TEST_CASE(c13_delete_account) {
    customer::delete_account ep{.customer_id = csm::customer_id{qm_id}};
    const rest::http_request req = csm_test::build_ok(ep);
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(newer + "c13.delete_customer_account.curl"),
                                         {{"{customerId}", qm_id}});
    BOOST_TEST(std::string(req.url.buffer()) == root + "/customer/account/" + qm_id);
    BOOST_TEST(req.headers.empty());
    BOOST_TEST(rest::parse_response<customer::delete_account>(204, {}, "").has_value());
    auto missing = rest::parse_response<customer::delete_account>(404, {}, R"({"errorMessages":["Not found"]})");
    BOOST_TEST_REQUIRE(!missing.has_value());
    BOOST_TEST((missing.error().kind == rest::api_error_kind::not_found));
}

BOOST_AUTO_TEST_CASE(c14_expand_request) {
    customer::get_profile ep{.customer_id = csm::customer_id{qm_id},
                             .expand = customer::profile_expand::known::accessible_customer_experiences};
    const rest::http_request req = csm_test::build_ok(ep);
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(newer + "c14.get_customer_profile.expand.curl"),
                                         {{"{customerId}", qm_id}});
    BOOST_TEST(std::string(req.url.buffer()) ==
               root + "/customer/profile/" + qm_id + "?expand=accessibleCustomerExperiences");
    // The enum is open: a value the library does not know yet is sent as given (and encoded).
    ep.expand = customer::profile_expand{"something else"};
    BOOST_TEST(std::string(csm_test::build_ok(ep).url.buffer()) ==
               root + "/customer/profile/" + qm_id + "?expand=something%20else");
}

BOOST_AUTO_TEST_CASE(c14_expand_response_keeps_the_unknown_field) {
    const std::string text = csm_test::read_fixture(newer + "c14.get_customer_profile.expand.response.json");
    auto parsed = rest::parse_response<customer::get_profile>(200, {}, text);
    BOOST_TEST_REQUIRE(parsed.has_value());
    BOOST_TEST(parsed->customer_id == csm::customer_id{qm_id});
    BOOST_TEST(parsed->entitlements.empty());
    BOOST_TEST_REQUIRE(parsed->unknown_members.size() == 1u);
    BOOST_TEST(parsed->unknown_members.members.at("accessibleCustomerExperiences") ==
               csm_test::json(text).at("accessibleCustomerExperiences"));
    BOOST_TEST(csm_test::json(csm::json::serialize(*parsed)) == csm_test::json(text));
    BOOST_TEST(csm::json::to_value(*parsed) == csm_test::json(text));
    // Strict mode still refuses keys nobody documented.
    BOOST_TEST(
        !rest::parse_response<customer::get_profile>(200, {}, text, csm::json::read_options::strict()).has_value());
}

BOOST_AUTO_TEST_CASE(c17_customer_experiences) {
    customer::get_customer_experiences ep{.customer_id = csm::customer_id{qm_id}};
    const rest::http_request req = csm_test::build_ok(ep);
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(newer + "c17.get_customer_experiences.curl"),
                                         {{"{customerId}", qm_id}});
    BOOST_TEST(std::string(req.url.buffer()) == root + "/customer/" + qm_id + "/customer-experiences");
    // Switching the experimental header off leaves only Accept.
    const rest::http_request plain = csm_test::build_ok(ep, rest::build_options{.experimental_opt_in = false});
    BOOST_TEST_REQUIRE(plain.headers.size() == 1u);
    BOOST_TEST(plain.headers[0].name == "Accept");

    // The response shape is unknown: any JSON is kept as it came.
    const std::string text = csm_test::read_fixture(newer + "c17.get_customer_experiences.response.json");
    auto parsed = rest::parse_response<customer::get_customer_experiences>(200, {}, text);
    BOOST_TEST_REQUIRE(parsed.has_value());
    BOOST_TEST(*parsed == csm_test::json(text));
    BOOST_TEST(csm_test::json(csm::json::serialize(*parsed)) == csm_test::json(text));
    auto array = rest::parse_response<customer::get_customer_experiences>(200, {}, R"([{"id":"1"},null,3])");
    BOOST_TEST_REQUIRE(array.has_value());
    BOOST_TEST(*array == csm_test::json(R"([{"id":"1"},null,3])"));
    auto broken = rest::parse_response<customer::get_customer_experiences>(200, {}, "{");
    BOOST_TEST_REQUIRE(!broken.has_value());
    BOOST_TEST((broken.error().kind == rest::api_error_kind::malformed_response));
}

// ---- C6 paging ---------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(c6_query_parameters) {
    const rest::http_request req = csm_test::build_ok(search(0, 50));
    BOOST_TEST(std::string(req.url.buffer()) == root + "/customer/search-by-detail-field?page=0&maxResults=50");
    BOOST_TEST(*req.body == R"({"detailFields":[{"name":"Region","value":"EU"}]})");
    BOOST_TEST(std::string(csm_test::build_ok(search(std::nullopt, 10)).url.buffer()) ==
               root + "/customer/search-by-detail-field?maxResults=10");
}

BOOST_AUTO_TEST_CASE(next_page_is_nothing_on_the_last_page) {
    BOOST_TEST(!customer::next_page(search(3, 50), page_result(3, true)).has_value());
    BOOST_TEST(!customer::next_page(search(std::nullopt, std::nullopt), page_result(0, true)).has_value());
}

BOOST_AUTO_TEST_CASE(next_page_asks_for_the_page_after_the_one_served) {
    const customer::search_customers_by_detail_field first = search(std::nullopt, 50);
    // Whatever the base: the server said it served page 0, so the next one is 1 ...
    auto next = customer::next_page(first, page_result(0, false));
    BOOST_TEST_REQUIRE(next.has_value());
    BOOST_TEST((next->page == std::optional<std::int32_t>(1)));
    BOOST_TEST((next->max_results == std::optional<std::int32_t>(50)));
    BOOST_TEST((next->body == first.body));
    BOOST_TEST(std::string(csm_test::build_ok(*next).url.buffer()) ==
               root + "/customer/search-by-detail-field?page=1&maxResults=50");
    // ... and if it said 1 (a 1-based server), the next one is 2.
    auto one_based = customer::next_page(first, page_result(1, false));
    BOOST_TEST_REQUIRE(one_based.has_value());
    BOOST_TEST((one_based->page == std::optional<std::int32_t>(2)));
    // An absent maxResults stays absent (the server's default page size).
    auto defaults = customer::next_page(search(std::nullopt, std::nullopt), page_result(0, false));
    BOOST_TEST_REQUIRE(defaults.has_value());
    BOOST_TEST(!defaults->max_results.has_value());
    // A full loop over three pages.
    customer::search_customers_by_detail_field request = search(0, 2);
    int pages = 1;
    for (std::int32_t served = 0;; ++served) {
        auto n = customer::next_page(request, page_result(served, served == 2));
        if (!n) break;
        request = *n;
        ++pages;
    }
    BOOST_TEST(pages == 3);
    BOOST_TEST((request.page == std::optional<std::int32_t>(2)));
}

BOOST_AUTO_TEST_CASE(next_page_copes_with_missing_paging_fields) {
    const auto hit = [](const char* id) {
        return customer::customer_search_hit{csm::customer_id{id}, "n", std::nullopt};
    };
    customer::customer_search_result two{};
    two.customers = {hit("qm:1"), hit("qm:2")};
    // No isLast: a full page (as many as maxResults) continues, from the response's page ...
    customer::customer_search_result full = two;
    full.page = 0;
    BOOST_TEST((customer::next_page(search(std::nullopt, 2), full)->page == std::optional<std::int32_t>(1)));
    // ... or, without one, from the request's page.
    BOOST_TEST((customer::next_page(search(4, 2), two)->page == std::optional<std::int32_t>(5)));
    // Neither says which page was served: the next one cannot be numbered.
    BOOST_TEST(!customer::next_page(search(std::nullopt, 2), two).has_value());
    // A short page (fewer than maxResults: the response's, else the request's) or an empty one is the last.
    BOOST_TEST(!customer::next_page(search(4, 3), two).has_value());
    customer::customer_search_result short_by_response = two;
    short_by_response.max_results = 3;
    BOOST_TEST(!customer::next_page(search(4, std::nullopt), short_by_response).has_value());
    BOOST_TEST((customer::next_page(search(4, std::nullopt), two)->page == std::optional<std::int32_t>(5)));
    BOOST_TEST(!customer::next_page(search(4, 2), customer::customer_search_result{}).has_value());
    // isLast, when present, decides even over an empty page.
    customer::customer_search_result empty_not_last{};
    empty_not_last.page = 4;
    empty_not_last.is_last = false;
    BOOST_TEST((customer::next_page(search(4, 2), empty_not_last)->page == std::optional<std::int32_t>(5)));
}

BOOST_AUTO_TEST_CASE(next_page_never_loops) {
    // A server that keeps answering page 0 for page 5 would loop forever; the helper stops.
    BOOST_TEST(!customer::next_page(search(5, 50), page_result(0, false)).has_value());
    BOOST_TEST(!customer::next_page(search(5, 50), page_result(4, false)).has_value());
    BOOST_TEST((customer::next_page(search(5, 50), page_result(5, false))->page == std::optional<std::int32_t>(6)));
    constexpr std::int32_t max = std::numeric_limits<std::int32_t>::max();
    BOOST_TEST(!customer::next_page(search(max, 50), page_result(max, false)).has_value());
}

// ---- client-side limits ------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(c6_requires_detail_fields) {
    const csm::error e = csm_test::build_error(customer::search_customers_by_detail_field{});
    BOOST_TEST((e.code == csm::errc::invalid_value));
    BOOST_TEST(e.pointer == "/body/detailFields");
    BOOST_TEST(csm_test::build_error(search(-1, 50)).pointer == "/query/page");
    BOOST_TEST(csm_test::build_error(search(0, -1)).pointer == "/query/maxResults");
}

BOOST_AUTO_TEST_CASE(c16_at_most_25_customer_ids) {
    customer::fetch_profiles ep;
    for (int i = 0; i < 25; ++i) ep.body.customer_ids.emplace_back("qm:" + std::to_string(i));
    BOOST_TEST(csm_test::build_ok(ep).body.has_value());
    ep.body.customer_ids.emplace_back("qm:25");
    const csm::error e = csm_test::build_error(ep);
    BOOST_TEST((e.code == csm::errc::limit_exceeded));
    BOOST_TEST(e.pointer == "/body/customerIds");
    // The cap is on what the server returns: switched off per call, 26 ids are sent.
    rest::build_options uncapped;
    uncapped.limits.response_caps = false;
    const rest::http_request sent = csm_test::build_ok(ep, uncapped);
    BOOST_TEST(sent.body->find(R"("qm:25"])") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(detail_field_options_at_most_50) {
    std::vector<std::string> options;
    for (int i = 0; i < 50; ++i) options.push_back("o" + std::to_string(i));
    customer::create_detail_field create{
        .body = {.name = "Tier", .type = {model::detail_field_type_name::known::select, options}}};
    customer::edit_detail_field edit{.field_name = rest::detail_field_name{"Tier"},
                                     .body = {.name = "Tier", .options = options}};
    BOOST_TEST(csm_test::build_ok(create).body.has_value());
    BOOST_TEST(csm_test::build_ok(edit).body.has_value());
    create.body.type.options->push_back("o50");
    edit.body.options->push_back("o50");
    const csm::error c = csm_test::build_error(create);
    BOOST_TEST((c.code == csm::errc::limit_exceeded));
    BOOST_TEST(c.pointer == "/body/type/options");
    const csm::error e = csm_test::build_error(edit);
    BOOST_TEST((e.code == csm::errc::limit_exceeded));
    BOOST_TEST(e.pointer == "/body/options");
    // A UI limit: switched off per call, 51 options are sent (and the name is still checked).
    rest::build_options no_ui_limits;
    no_ui_limits.limits.ui_limits = false;
    BOOST_TEST(csm_test::build_ok(create, no_ui_limits).body->find(R"("o50"])") != std::string::npos);
    BOOST_TEST(csm_test::build_ok(edit, no_ui_limits).body->find(R"("o50"])") != std::string::npos);
    create.body.name = " ";
    BOOST_TEST(csm::rest::build_request(create, csm_test::atlassian_base(), no_ui_limits).error().pointer ==
               "/body/name");
}

BOOST_AUTO_TEST_CASE(empty_names_are_refused) {
    const auto check = [](const csm::error& e, std::string_view pointer) {
        BOOST_TEST((e.code == csm::errc::invalid_value));
        BOOST_TEST(e.pointer == pointer);
    };
    check(csm_test::build_error(customer::create_detail_field{.body = {.name = "", .type = select_region_type()}}),
          "/body/name");
    check(csm_test::build_error(customer::create_detail_field{.body = {.name = " \t", .type = select_region_type()}}),
          "/body/name");
    check(csm_test::build_error(customer::edit_detail_field{.field_name = rest::detail_field_name{"Region"},
                                                            .body = {.name = "", .options = {}}}),
          "/body/name");
    check(csm_test::build_error(customer::create_account{.body = {.display_name = "John", .email = ""}}),
          "/body/email");
    check(csm_test::build_error(
              customer::update_account{.customer_id = csm::customer_id{qm_id}, .body = {.display_name = " "}}),
          "/body/displayName");
    check(csm_test::build_error(customer::create_profile{.body = {.email = ""}}), "/body/email");
    customer::create_profile blank_detail{
        .body = {.email = "a@example.com",
                 .details = std::vector<model::profile_detail_value_request>{{"Region", {"EU"}}, {"", {"x"}}}}};
    check(csm_test::build_error(blank_detail), "/body/details/1/name");
    check(csm_test::build_error(customer::set_detail_value{.customer_id = csm::customer_id{aaid},
                                                           .field_name = rest::detail_field_name{""},
                                                           .body = {.values = {"EU"}}}),
          "/query/fieldName");
    // C7 refuses a blank field name like O8 and E7, with the same words; emails are reported as emails.
    csm_test::check_error(csm_test::build_error(customer::set_detail_value{.customer_id = csm::customer_id{aaid},
                                                                           .field_name = rest::detail_field_name{" \t"},
                                                                           .body = {.values = {"EU"}}}),
                          csm::errc::invalid_value, "/query/fieldName", "a non-empty name");
    csm_test::check_error(
        csm_test::build_error(customer::create_account{.body = {.display_name = "John", .email = " "}}),
        csm::errc::invalid_value, "/body/email", "a non-empty email");
    csm_test::check_error(csm_test::build_error(customer::create_profile{.body = {.email = ""}}),
                          csm::errc::invalid_value, "/body/email", "a non-empty email");
}

BOOST_AUTO_TEST_CASE(c15_numeric_form_refuses_ids_that_are_not_decimal) {
    for (const char* bad : {"007", "abc", "-1", "1.5", "", " 1", "9223372036854775808", "１"}) {
        customer::create_profile ep = official_create_profile(model::id_form::number);
        ep.body.associate_organizations->organization_ids.ids[2] = csm::organization_id{bad};
        const csm::error e = csm_test::build_error(ep);
        BOOST_TEST((e.code == csm::errc::invalid_value));
        BOOST_TEST(e.pointer == "/body/associateOrganizations/organizationIds/2");
        // The string form sends any id.
        ep.body.associate_organizations->organization_ids.form = model::id_form::string;
        BOOST_TEST(csm_test::build_ok(ep).body.has_value());
    }
    customer::create_profile edge = official_create_profile(model::id_form::number);
    edge.body.associate_organizations->organization_ids.ids = org_ids({"0", "9223372036854775807"});
    const rest::http_request req = csm_test::build_ok(edge);
    BOOST_TEST(csm_test::json(*req.body).at("associateOrganizations") ==
               csm_test::json(R"({"organizationIds":[0,9223372036854775807]})"));
}

// ---- organization ids: strings or numbers ----------------------------------------------------------------

BOOST_AUTO_TEST_CASE(organization_ids_read_strings_numbers_and_mixtures) {
    auto numbers = csm::json::parse<model::organization_ids>("[1,4,10]");
    BOOST_TEST_REQUIRE(numbers.has_value());
    BOOST_TEST((numbers->form == model::id_form::number));
    BOOST_TEST((numbers->ids == org_ids({"1", "4", "10"})));
    auto strings = csm::json::parse<model::organization_ids>(R"(["1","4"])");
    BOOST_TEST_REQUIRE(strings.has_value());
    BOOST_TEST((strings->form == model::id_form::string));
    auto mixed = csm::json::parse<model::organization_ids>(R"([1,"4"])");
    BOOST_TEST_REQUIRE(mixed.has_value());
    BOOST_TEST((mixed->form == model::id_form::string));
    BOOST_TEST(csm::json::serialize(*mixed) == R"(["1","4"])");
    auto empty = csm::json::parse<model::organization_ids>("[]");
    BOOST_TEST_REQUIRE(empty.has_value());
    BOOST_TEST((empty->form == model::id_form::string));
    BOOST_TEST(csm::json::serialize(*empty) == "[]");
    // Not an array, or an element that is neither a string nor an integer: a pointed error.
    auto object = csm::json::parse<model::organization_ids>("{}");
    BOOST_TEST_REQUIRE(!object.has_value());
    BOOST_TEST((object.error().code == csm::errc::type_mismatch));
    auto fraction = csm::json::parse<model::associate_organizations>(R"({"organizationIds":["1",2.5]})");
    BOOST_TEST_REQUIRE(!fraction.has_value());
    BOOST_TEST(fraction.error().pointer == "/organizationIds/1");
    // A numeric id that is not canonical is written as a string even in the numeric form (validate() refuses
    // it before an endpoint is built).
    BOOST_TEST(csm::json::serialize(model::organization_ids::as_numbers(org_ids({"1", "007"}))) == R"([1,"007"])");
    BOOST_TEST(csm::json::to_value(model::organization_ids::as_numbers(org_ids({"1", "007"}))) ==
               csm_test::json(R"([1,"007"])"));
}

// ---- responses: tolerance and errors -----------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(search_hits_without_email) {
    const std::string text =
        R"({"page":0,"maxResults":50,"total":1,"isLast":true,"customers":[{"id":"qm:1","name":"Jane Roe"}]})";
    const customer::customer_search_result r =
        csm_test::check_response_round_trip<customer::search_customers_by_detail_field>(text);
    BOOST_TEST_REQUIRE(r.customers.size() == 1u);
    BOOST_TEST(!r.customers[0].email.has_value());
    // Without maxResults, total and customers, a page still reads.
    auto minimal =
        rest::parse_response<customer::search_customers_by_detail_field>(200, {}, R"({"page":1,"isLast":false})");
    BOOST_TEST_REQUIRE(minimal.has_value());
    BOOST_TEST(minimal->customers.empty());
    BOOST_TEST(!minimal->total.has_value());
}

BOOST_AUTO_TEST_CASE(required_response_fields) {
    auto check = [](auto parsed, std::string_view pointer) {
        BOOST_TEST_REQUIRE(!parsed.has_value());
        BOOST_TEST((parsed.error().kind == rest::api_error_kind::malformed_response));
        BOOST_TEST_REQUIRE(parsed.error().decode_error.has_value());
        BOOST_TEST((parsed.error().decode_error->code == csm::errc::missing_member));
        BOOST_TEST(parsed.error().decode_error->pointer == pointer);
    };
    check(rest::parse_response<customer::search_customers_by_detail_field>(
              200, {}, R"({"page":0,"isLast":true,"customers":[{"name":"x"}]})"),
          "/customers/0/id");
    check(rest::parse_response<customer::get_profile>(200, {}, R"({"displayName":"x","email":"y"})"), "/customerId");
    check(rest::parse_response<customer::get_customer>(200, {}, R"({"id":"1"})"), "/name");
    // Fields the docs do not confirm read as optional (docs/rest.md): paging numbers, display names, emails.
    auto page = rest::parse_response<customer::search_customers_by_detail_field>(200, {}, R"({"customers":[]})");
    BOOST_TEST_REQUIRE(page.has_value());
    BOOST_TEST((!page->page && !page->is_last && !page->max_results && !page->total));
    auto account = rest::parse_response<customer::get_account>(200, {}, R"({"displayName":"x"})");
    BOOST_TEST_REQUIRE(account.has_value());
    BOOST_TEST(!account->email.has_value());
    auto created = rest::parse_response<customer::create_account>(200, {}, R"({"customerId":"qm:1"})");
    BOOST_TEST_REQUIRE(created.has_value());
    BOOST_TEST((!created->display_name && !created->email));
    check(rest::parse_response<customer::create_account>(200, {}, R"({"displayName":"x"})"), "/customerId");
    auto profiles = rest::parse_response<customer::fetch_profiles>(
        200, {}, R"({"profiles":[{"customerId":"qm:1","details":[{"name":"Region"}]}]})");
    BOOST_TEST_REQUIRE(profiles.has_value());
    BOOST_TEST((!profiles->profiles[0].display_name && !profiles->profiles[0].email));
    BOOST_TEST(!profiles->profiles[0].details[0].value.has_value());
    // Ids read from JSON numbers too.
    auto numeric = rest::parse_response<customer::get_profile>(200, {}, R"({"customerId":42})");
    BOOST_TEST_REQUIRE(numeric.has_value());
    BOOST_TEST(numeric->customer_id == csm::customer_id{"42"});
    // Collections may be left out.
    auto bare = rest::parse_response<customer::get_customer>(200, {}, R"({"id":"1","name":"n"})");
    BOOST_TEST_REQUIRE(bare.has_value());
    BOOST_TEST(bare->details.empty());
    BOOST_TEST(bare->organizations.empty());
}

BOOST_AUTO_TEST_CASE(error_statuses_are_api_errors) {
    auto precondition = rest::parse_response<customer::get_profile>(412, {}, "");
    BOOST_TEST_REQUIRE(!precondition.has_value());
    BOOST_TEST((precondition.error().kind == rest::api_error_kind::precondition_failed));
    auto bad = rest::parse_response<customer::search_customers_by_detail_field>(
        400, {}, R"({"errorMessages":["detailFields must not be empty"]})");
    BOOST_TEST_REQUIRE(!bad.has_value());
    BOOST_TEST((bad.error().kind == rest::api_error_kind::bad_request));
}

// ---- hostile ids -------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(unsafe_customer_ids_are_refused_before_any_url) {
    for (std::string_view id :
         {std::string_view(""), std::string_view("."), std::string_view(".."), std::string_view("a\r\nX-Injected: 1"),
          std::string_view("a\nb"), std::string_view("a\0b", 3), std::string_view("\x7f")}) {
        const csm::customer_id cid{id};
        for (const csm::error& e :
             {csm_test::build_error(customer::get_customer{.customer_id = cid}),
              csm_test::build_error(customer::delete_account{.customer_id = cid}),
              csm_test::build_error(customer::get_profile{.customer_id = cid, .expand = std::nullopt}),
              csm_test::build_error(customer::get_customer_experiences{.customer_id = cid})}) {
            BOOST_TEST((e.code == csm::errc::unsafe_value));
            BOOST_TEST(e.pointer == "/path/customerId");
        }
        const csm::error f =
            csm_test::build_error(customer::delete_detail_field{.field_name = rest::detail_field_name{id}});
        BOOST_TEST((f.code == csm::errc::unsafe_value));
        BOOST_TEST(f.pointer == "/path/fieldName");
    }
}

BOOST_AUTO_TEST_CASE(other_customer_ids_stay_one_segment) {
    const struct {
        std::string_view id;
        std::string_view encoded;
    } cases[] = {
        {"a/b", "a%2Fb"},           {"?", "%3F"},        {"#", "%23"},     {"%2e%2e", "%252e%252e"},
        {"../admin", "..%2Fadmin"}, {"Zoë", "Zo%C3%AB"}, {"a b", "a%20b"}, {qm_id, qm_id},
    };
    for (const auto& c : cases) {
        const csm::customer_id cid{c.id};
        const std::string segment(c.encoded);
        BOOST_TEST(std::string(csm_test::build_ok(customer::get_customer{.customer_id = cid}).url.buffer()) ==
                   root + "/customer/" + segment);
        BOOST_TEST(
            std::string(csm_test::build_ok(customer::get_customer_experiences{.customer_id = cid}).url.buffer()) ==
            root + "/customer/" + segment + "/customer-experiences");
        BOOST_TEST(std::string(csm_test::build_ok(customer::delete_account{.customer_id = cid}).url.buffer()) ==
                   root + "/customer/account/" + segment);
        const rest::http_request set = csm_test::build_ok(customer::set_detail_value{
            .customer_id = cid, .field_name = rest::detail_field_name{"Region"}, .body = {.values = {"EU"}}});
        BOOST_TEST(std::string(set.url.buffer()) == root + "/customer/" + segment + "/details?fieldName=Region");
        BOOST_TEST(
            std::string(csm_test::build_ok(customer::delete_detail_field{.field_name = rest::detail_field_name{c.id}})
                            .url.buffer()) == root + "/customer/details/" + segment);
    }
}

BOOST_AUTO_TEST_CASE(field_names_in_the_query_are_encoded) {
    const rest::http_request req =
        csm_test::build_ok(customer::set_detail_value{.customer_id = csm::customer_id{aaid},
                                                      .field_name = rest::detail_field_name{"Account Manager&x=1#?"},
                                                      .body = {.values = {"EU"}}});
    BOOST_TEST(std::string(req.url.buffer()) ==
               root + "/customer/" + aaid + "/details?fieldName=Account%20Manager%26x%3D1%23%3F");
    BOOST_TEST(boost::urls::url_view(req.url).params().size() == 1u);
    const rest::http_request filtered = csm_test::build_ok(
        customer::get_entitlements{.customer_id = csm::customer_id{aaid}, .product = csm::product_id{product_uuid}});
    BOOST_TEST(std::string(filtered.url.buffer()) ==
               root + "/customer/" + aaid + "/entitlement?product=" + product_uuid);
}

// The schemas (defined in customer.hpp, used by this resource only).

BOOST_AUTO_TEST_CASE(customer_profile_keeps_unknown_keys) {
    const std::string text = R"({"customerId":"c-1","displayName":"Ann","email":"ann@example.com","extra":1})";
    const customer::customer_profile p = csm::json::parse<customer::customer_profile>(text).value();
    BOOST_TEST(p.customer_id.view() == "c-1");
    BOOST_TEST(p.organizations.empty());
    BOOST_TEST(!p.unknown_members.empty());
    BOOST_TEST((csm::json::parse<customer::customer_profile>(csm::json::serialize(p)).value() == p));
}

BOOST_AUTO_TEST_CASE(customer_reads_with_default_lists) {
    const customer::customer c = csm::json::parse<customer::customer>(R"({"id":"1","name":"Ann"})").value();
    BOOST_TEST(c.name == "Ann");
    BOOST_TEST(c.details.empty());
    BOOST_TEST((c == c));
}

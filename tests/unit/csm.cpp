// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/csm.hpp>

#define BOOST_TEST_MODULE csm.csm
#include <boost/test/unit_test.hpp>

#include <csm_test/differential.hpp>
#include <csm_test/fixtures.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The everything-header: vocabulary types and the codec together.
namespace all {
struct role_traits {
    enum class known { admin, member };
    static constexpr std::string_view names[] = {"ADMIN", "MEMBER"};
};
struct grant {
    csm::organization_id organization;
    std::vector<csm::customer_id> customers;
    csm::open_enum<role_traits> role;
    csm::tri_state<std::string> reason;
};
BOOST_DESCRIBE_STRUCT(grant, (), (organization, customers, role, reason))
} // namespace all

BOOST_AUTO_TEST_CASE(vocabulary_types_through_the_codec) {
    const auto g =
        csm::json::parse<all::grant>(R"({"organization":7,"customers":["qm:a"],"role":"OWNER","reason":null})");
    BOOST_TEST_REQUIRE(g.has_value());
    BOOST_TEST(csm::json::serialize(*g) == R"({"organization":"7","customers":["qm:a"],"role":"OWNER","reason":null})");
}

// Every JSON fixture, read as the type its tests read it as, through both readers of parse<T> (they must
// agree: same value, or same error) and through a strict round trip (the document back, apart from
// docs/json-mapping.md#what-a-round-trip-changes). A fixture missing from the table fails the test, so a new
// fixture gets checked too.
namespace differential {
using checker = std::optional<std::string> (*)(std::string_view);
template <class T>
constexpr checker check = &csm_test::differential<T>;
namespace graph = csm::graph;
namespace rest = csm::rest;

// nullptr: a fixture that is no model's input (the e2e test server's routes).
const std::map<std::string, checker> fixture_types{
    {"auth/accessible_resources.response.json", check<std::vector<csm::auth::site>>},
    {"e2e/routes.json", nullptr},
    {"graph/canonical/customer-org-category.json", check<graph::set_objects_request>},
    {"graph/canonical/customer-org-legacy.json", check<graph::customer_org>},
    {"graph/canonical/customer-org.json", check<graph::set_objects_request>},
    {"graph/canonical/organisation.json", check<graph::set_objects_request>},
    {"graph/customer-org-current.json", check<graph::customer_org>},
    {"graph/customer-org-legacy.json", check<graph::customer_org>},
    {"graph/customer-org-tutorial-associations.json", check<graph::customer_org>},
    {"graph/mixed-envelope.json", check<graph::set_objects_request>},
    {"graph/operations/delete-groups-response.json", check<graph::delete_groups_response>},
    {"graph/operations/delete-users-response.json", check<graph::delete_users_response>},
    {"graph/operations/get-group-response.json", check<graph::get_group_response>},
    {"graph/operations/get-user-response.json", check<graph::get_user_response>},
    {"graph/operations/map-users-connection.json", check<graph::map_users_request>},
    {"graph/operations/map-users.json", check<graph::map_users_request>},
    {"graph/operations/set-groups.json", check<graph::set_groups_request>},
    {"graph/operations/set-relationships-response.json", check<graph::bulk_relationships_response>},
    {"graph/operations/set-relationships.json", check<graph::set_relationships_request>},
    {"graph/operations/set-users.json", check<graph::set_users_request>},
    {"seeds/graph-customer-org-category.json", check<graph::set_objects_request>},
    {"seeds/graph-customer-org.json", check<graph::set_objects_request>},
    {"seeds/graph-organisation.json", check<graph::set_objects_request>},
    {"e2e/c6.search.page1.response.json", check<rest::customer::search_customers_by_detail_field::response>},
    {"e2e/c6.search.page2.response.json", check<rest::customer::search_customers_by_detail_field::response>},
    {"rest/customer/c14.get_customer_profile.expand.response.json", check<rest::customer::get_profile::response>},
    {"rest/customer/c17.get_customer_experiences.response.json",
     check<rest::customer::get_customer_experiences::response>},
    {"rest/customer_bulk/task_submit_response.json",
     check<rest::customer_bulk::create_detail_field_definitions::response>},
    {"rest/entitlement/e1.get_detail_fields.response.json", check<rest::entitlement::get_detail_fields::response>},
    {"rest/entitlement/e2.create_detail_field.response.json", check<rest::entitlement::create_detail_field::response>},
    {"rest/entitlement/e3.edit_detail_field.response.json", check<rest::entitlement::edit_detail_field::response>},
    {"rest/entitlement/e5.get_entitlement.response.json", check<rest::entitlement::get_entitlement::response>},
    {"rest/entitlement/e7.set_detail_value.response.json", check<rest::entitlement::set_detail_value::response>},
    {"rest/entitlement/e8.list_entitlements.bare_array.response.json",
     check<rest::entitlement::list_entitlements::response>},
    {"rest/entitlement/e8.list_entitlements.jira_paging.response.json",
     check<rest::entitlement::list_entitlements::response>},
    {"rest/entitlement/e8.list_entitlements.response.json", check<rest::entitlement::list_entitlements::response>},
    {"rest/organization_bulk/b5.create_detail_field_definitions.response.json",
     check<rest::organization_bulk::create_detail_field_definitions::response>},
    {"rest/organization_bulk/b6.update_detail_values.response.json",
     check<rest::organization_bulk::update_detail_values::response>},
    {"rest/organization_bulk/b7.manage_organizations.response.json",
     check<rest::organization_bulk::manage_organizations::response>},
    {"rest/organization_bulk/b8.manage_profiles.response.json",
     check<rest::organization_bulk::manage_profiles::response>},
    {"rest/product/p1.list_products.last_page.response.json", check<rest::product::list_products::response>},
    {"rest/product/p1.list_products.response.json", check<rest::product::list_products::response>},
    {"rest/product/p2.create_product.response.json", check<rest::product::create_product::response>},
    {"rest/product/p3.get_product.response.json", check<rest::product::get_product::response>},
    {"rest/product/p4.rename_product.response.json", check<rest::product::rename_product::response>},
    {"rest/task/b.task_submit.response.json", check<rest::customer_bulk::update_detail_values::response>},
    {"rest/task/t1.get_task_status.finished.response.json", check<rest::task::get_task_status::response>},
    {"rest/task/t1.get_task_status.response.json", check<rest::task::get_task_status::response>},
    {"seeds/rest-customer/c1.get_detail_fields.response.json", check<rest::customer::get_detail_fields::response>},
    {"seeds/rest-customer/c10.create_customer_account.response.json", check<rest::customer::create_account::response>},
    {"seeds/rest-customer/c11.get_customer_account.response.json", check<rest::customer::get_account::response>},
    {"seeds/rest-customer/c12.update_customer_account.response.json", check<rest::customer::update_account::response>},
    {"seeds/rest-customer/c14.get_customer_profile.response.json", check<rest::customer::get_profile::response>},
    {"seeds/rest-customer/c15.create_customer_profile.response.json", check<rest::customer::create_profile::response>},
    {"seeds/rest-customer/c16.fetch_customer_profiles.response.json", check<rest::customer::fetch_profiles::response>},
    {"seeds/rest-customer/c2.create_detail_field.response.json", check<rest::customer::create_detail_field::response>},
    {"seeds/rest-customer/c3.edit_detail_field.response.json", check<rest::customer::edit_detail_field::response>},
    {"seeds/rest-customer/c5.get_customer.response.json", check<rest::customer::get_customer::response>},
    {"seeds/rest-customer/c6.search_customers_by_detail_field.response.json",
     check<rest::customer::search_customers_by_detail_field::response>},
    {"seeds/rest-customer/c7.set_customer_detail_value.response.json",
     check<rest::customer::set_detail_value::response>},
    {"seeds/rest-customer/c8.get_customer_entitlements.response.json",
     check<rest::customer::get_entitlements::response>},
    {"seeds/rest-customer/c9.create_customer_entitlement.response.json",
     check<rest::customer::create_entitlement::response>},
    {"seeds/rest-organization/o1.get_detail_fields.response.json",
     check<rest::organization::get_detail_fields::response>},
    {"seeds/rest-organization/o10.create_entitlement.response.json",
     check<rest::organization::create_entitlement::response>},
    {"seeds/rest-organization/o11.create_organization.response.json",
     check<rest::organization::create_organization::response>},
    {"seeds/rest-organization/o12.fetch_organizations.response.json",
     check<rest::organization::fetch_organizations::response>},
    {"seeds/rest-organization/o13.get_profile.response.json", check<rest::organization::get_profile::response>},
    {"seeds/rest-organization/o14.create_profile.response.json", check<rest::organization::create_profile::response>},
    {"seeds/rest-organization/o15.fetch_profiles.response.json", check<rest::organization::fetch_profiles::response>},
    {"seeds/rest-organization/o2.create_detail_field.response.json",
     check<rest::organization::create_detail_field::response>},
    {"seeds/rest-organization/o3.edit_detail_field.response.json",
     check<rest::organization::edit_detail_field::response>},
    {"seeds/rest-organization/o5.get_organization.response.json",
     check<rest::organization::get_organization::response>},
    {"seeds/rest-organization/o6.update_organization.response.json",
     check<rest::organization::update_organization::response>},
    {"seeds/rest-organization/o8.set_detail_value.response.json",
     check<rest::organization::set_detail_value::response>},
    {"seeds/rest-organization/o9.get_entitlements.response.json",
     check<rest::organization::get_entitlements::response>},
};
} // namespace differential

BOOST_AUTO_TEST_CASE(every_fixture_reads_the_same_both_ways_and_round_trips) {
    std::size_t checked = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(CSM_FIXTURES_DIR)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
        const std::string relative = entry.path().lexically_relative(CSM_FIXTURES_DIR).generic_string();
        BOOST_TEST_CONTEXT(relative) {
            const auto row = differential::fixture_types.find(relative);
            BOOST_TEST_REQUIRE((row != differential::fixture_types.end()),
                               "not in differential::fixture_types (tests/unit/csm.cpp): add it with its type");
            if (row->second == nullptr) continue;
            const std::optional<std::string> disagreement = row->second(csm_test::read_fixture(relative));
            BOOST_TEST(!disagreement.has_value(), disagreement.value_or(""));
            ++checked;
        }
    }
    // A stale row (a renamed fixture) would leave a file unchecked under its new name, which fails above.
    BOOST_TEST(checked + 1 == differential::fixture_types.size());
}

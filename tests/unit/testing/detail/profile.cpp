// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/testing/detail/profile.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.testing.detail.profile
#include <boost/test/unit_test.hpp>

#include "sim_test.hpp"

#include <csm/rest/pages.hpp>
#include <csm/rest/send.hpp>

#include <boost/json/parse.hpp>

#include <string>
#include <vector>

using namespace csm::rest;
using boost::json::parse;

namespace {

const std::string p1 = "00000000-0000-4000-8000-000000000001";

/// A site with an organization detail field Region, a customer detail field Tier, customer qm:1 and product p1.
struct site : sim_test::fixture {
    site() {
        BOOST_REQUIRE(
            call(organization::create_detail_field{
                     {"Region", {model::detail_field_type_name("SELECT"), std::vector<std::string>{"AU", "EU"}}}})
                .status == 201);
        BOOST_REQUIRE(
            call(customer::create_detail_field{
                     {"Tier", {model::detail_field_type_name("SELECT"), std::vector<std::string>{"Free", "Premium"}}}})
                .status == 201);
        BOOST_REQUIRE(call(customer::create_account{{.display_name = "Ann", .email = "ann@example.com"}}).status ==
                      201);
        BOOST_REQUIRE(call(product::create_product{{"Widget"}}).status == 201);
    }
    model::create_organization_profile_request atlassian() {
        model::create_organization_profile_request r{.name = "Atlassian"};
        r.details = std::vector<model::profile_detail_value_request>{{"Region", {"EU"}}};
        r.associate_customers = model::associate_customers{{csm::customer_id("qm:1")}};
        r.associate_products = model::associate_products{{csm::product_id(p1)}};
        return r;
    }
};

const std::string atlassian_profile =
    R"({"id":"2","name":"Atlassian","details":[{"name":"Region","value":{"type":"SELECT","text":["EU"]}}],)"
    R"("entitlements":[{"id":"00000000-0000-4000-8000-000000000002","product":{"id":")" +
    p1 +
    R"(","name":"Widget"},"entitledEntity":{"id":"2","type":"ORGANIZATION"},"details":[]}],)"
    R"("customers":[{"id":"qm:1"}]})";

} // namespace

BOOST_FIXTURE_TEST_CASE(organization_profile_merges_details_customers_and_entitlements, site) {
    const http_response created = call(organization::create_profile{atlassian()});
    BOOST_TEST(created.status == 201);
    BOOST_TEST(created.body == atlassian_profile);
    BOOST_TEST(call(organization::get_profile{csm::organization_id("2")}).body == atlassian_profile);

    // The membership and the organization's entitlement show on the customer's side too.
    const http_response ann = call(customer::get_profile{csm::customer_id("qm:1")});
    BOOST_TEST(ann.body == R"({"customerId":"qm:1","displayName":"Ann","email":"ann@example.com",)"
                           R"("organizations":[{"id":"2","name":"Atlassian"}],"details":[],"entitlements":[]})");
    auto inherited = send(http, customer::get_entitlements{csm::customer_id("qm:1")}, base);
    BOOST_REQUIRE(inherited);
    BOOST_REQUIRE(inherited->size() == 1u);
    BOOST_TEST((*inherited)[0].entitled_entity.type.str() == "ORGANIZATION");
    auto classic = send(http, customer::get_customer{csm::customer_id("qm:1")}, base);
    BOOST_REQUIRE(classic);
    BOOST_REQUIRE(classic->organizations.size() == 1u);
    BOOST_TEST(classic->organizations[0].name == "Atlassian");

    // O15: by id, then by name, each once, unknown ones left out.
    organization::fetch_profiles fetch;
    fetch.body.organization_ids = std::vector<csm::organization_id>{csm::organization_id("9")};
    fetch.body.organization_names = std::vector<std::string>{"Atlassian", "Atlassian"};
    BOOST_TEST(call(fetch).body == R"({"profiles":[)" + atlassian_profile + "]}");

    // Deleting the organization ends the membership.
    BOOST_TEST(call(organization::delete_organization{csm::organization_id("2")}).status == 204);
    BOOST_TEST(
        parse(call(customer::get_profile{csm::customer_id("qm:1")}).body).at("organizations").as_array().empty());
}

BOOST_FIXTURE_TEST_CASE(a_refused_profile_stores_nothing, site) {
    auto bad_value = atlassian();
    bad_value.details = std::vector<model::profile_detail_value_request>{{"Region", {"EU"}}, {"Region", {"Mars"}}};
    BOOST_TEST(sim_test::errors_of(call(organization::create_profile{bad_value})) ==
               parse(R"({"/body/details/1/values/0":"expected one of the field's options"})"));
    auto bad_field = atlassian();
    bad_field.details = std::vector<model::profile_detail_value_request>{{"Size", {"1"}}};
    BOOST_TEST(sim_test::errors_of(call(organization::create_profile{bad_field})) ==
               parse(R"({"/body/details/0/name":"expected the name of an existing detail field"})"));
    auto bad_customer = atlassian();
    bad_customer.associate_customers->customer_ids.push_back(csm::customer_id("qm:9"));
    BOOST_TEST(sim_test::errors_of(call(organization::create_profile{bad_customer})) ==
               parse(R"({"/body/associateCustomers/customerIds/1":"expected the id of an existing customer"})"));
    auto bad_product = atlassian();
    bad_product.associate_products->product_ids[0] = csm::product_id("nope");
    BOOST_TEST(sim_test::errors_of(call(organization::create_profile{bad_product})) ==
               parse(R"({"/body/associateProducts/productIds/0":"expected the id of an existing product"})"));
    // Nothing was made: the next organization is still "2", with no second entitlement issued before it.
    BOOST_TEST(call(organization::create_profile{atlassian()}).body == atlassian_profile);
}

BOOST_FIXTURE_TEST_CASE(customer_profile_create_and_fetch, site) {
    BOOST_REQUIRE(call(organization::create_organization{{"Atlassian"}}).status == 201);
    customer::create_customer_profile_request body{.display_name = "Bob", .email = "bob@example.com"};
    body.details = std::vector<model::profile_detail_value_request>{{"Tier", {"Premium"}}};
    // The official example sends organization ids as numbers; the simulator reads both forms.
    body.associate_organizations =
        model::associate_organizations{model::organization_ids::as_numbers({csm::organization_id("2")})};
    body.associate_products = model::associate_products{{csm::product_id(p1)}};
    const std::string bob =
        R"({"customerId":"qm:3","displayName":"Bob","email":"bob@example.com","organizations":[{"id":"2",)"
        R"("name":"Atlassian"}],"details":[{"name":"Tier","value":{"type":"SELECT","text":["Premium"]}}],)"
        R"("entitlements":[{"id":"00000000-0000-4000-8000-000000000002","product":{"id":")" +
        p1 + R"(","name":"Widget"},"entitledEntity":{"id":"qm:3","type":"CUSTOMER"},"details":[]}]})";
    const http_response created = call(customer::create_profile{body});
    BOOST_TEST(created.status == 201);
    BOOST_TEST(created.body == bob);

    customer::fetch_profiles fetch{{{csm::customer_id("qm:3"), csm::customer_id("qm:9"), csm::customer_id("qm:3")}}};
    BOOST_TEST(call(fetch).body == R"({"profiles":[)" + bob + "]}");
    BOOST_TEST(parse(call(organization::get_profile{csm::organization_id("2")}).body).at("customers") ==
               parse(R"([{"id":"qm:3"}])"));

    body.associate_organizations = model::associate_organizations{{{csm::organization_id("7")}}};
    BOOST_TEST(
        sim_test::errors_of(call(customer::create_profile{body})) ==
        parse(R"({"/body/associateOrganizations/organizationIds/0":"expected the id of an existing organization"})"));
}

BOOST_FIXTURE_TEST_CASE(customer_search_pages_by_number_through_all_items, site) {
    // qm:1 (Ann) has no Tier; five more customers, three of them Premium.
    const char* tiers[] = {"Premium", "Free", "Premium", "Free", "Premium"};
    for (int i = 0; i < 5; ++i) {
        const std::string name = "C" + std::to_string(i);
        customer::create_customer_profile_request b{.display_name = name, .email = name + "@example.com"};
        b.details = std::vector<model::profile_detail_value_request>{{"Tier", {tiers[i]}}};
        BOOST_REQUIRE(call(customer::create_profile{b}).status == 201);
    }
    const customer::customer_search_request premium{{{"Tier", "Premium"}}};
    const http_response first = call(customer::search_customers_by_detail_field{.max_results = 2, .body = premium});
    BOOST_TEST(first.body == R"({"page":0,"maxResults":2,"total":3,"isLast":false,"customers":[)"
                             R"({"id":"qm:2","name":"C0","email":"C0@example.com"},)"
                             R"({"id":"qm:4","name":"C2","email":"C2@example.com"}]})");
    std::vector<std::string> names;
    auto range = all_items(http, customer::search_customers_by_detail_field{.max_results = 2, .body = premium}, base);
    for (const auto& hit : range) names.push_back(hit.name);
    BOOST_TEST(!range.error());
    BOOST_TEST(names == (std::vector<std::string>{"C0", "C2", "C4"}));
    BOOST_TEST(range.pages() == 2u);

    // Every criterion must match; an unknown field matches no one.
    const customer::customer_search_request both{{{"Tier", "Premium"}, {"Tier", "Free"}}};
    BOOST_TEST(call(customer::search_customers_by_detail_field{.body = both}).body ==
               R"({"page":0,"maxResults":50,"total":0,"isLast":true,"customers":[]})");
    const customer::customer_search_request unknown{{{"Size", "L"}}};
    BOOST_TEST(parse(call(customer::search_customers_by_detail_field{.body = unknown}).body).at("total") == 0);
    BOOST_TEST(sim_test::errors_of(call_with_body(customer::search_customers_by_detail_field{.body = premium},
                                                  R"({"detailFields":[]})")) ==
               parse(R"({"/body/detailFields":"expected at least one detail field to search by"})"));
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/model/organization.hpp> // first: the header must be self-contained

#include <csm/error.hpp>
#include <csm/json/options.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>

#include <csm_test/fixtures.hpp>

#define BOOST_TEST_MODULE csm.rest.model.organization
#include <boost/test/unit_test.hpp>

#include <csm_test/model.hpp>

#include <boost/json/value.hpp>
#include <boost/mpl/list.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace model = csm::rest::model;
namespace json = csm::json;
using csm::organization_id;

namespace {

using strings = std::vector<std::string>;
using type_name = model::detail_field_type_name;

const std::string uuid = "3858a61a-d337-42e6-993e-e13e1c366d4f";
const std::string customer_1 = "qm:9edf598a-85d4-4db9-bf2e-7245922b4ea8:0000e9d8-a22e-4220-ac63-412ff9eec053";
const std::string customer_2 = "qm:10c2e972-eef6-4e0e-aa81-9a9e7a4ba9a7:3468699a-b2f0-4ae9-ab2d-155a5f5a8db4";

std::string seed(const char* name) { return csm_test::read_fixture(std::string("seeds/rest-organization/") + name); }

/// The profile of the O13 and O14 examples.
model::organization_profile seed_profile() {
    const model::profile_detail_value region{"Region",
                                             model::profile_detail_value_content{type_name::known::select, {"EU"}}};
    return {organization_id{"1"},
            "Atlassian",
            {region},
            {model::profile_entitlement{csm::entitlement_id{uuid},
                                        {csm::product_id{uuid}, "Acme Widget"},
                                        {csm::entitled_entity_id{"123"}, model::entitled_entity_type::known::customer},
                                        {region}}},
            {model::organization_profile_customer{csm::customer_id{customer_1}}}};
}

} // namespace

// ---- Organization (O5) ---------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(o5_organization) {
    const auto org = csm_test::round_trip<model::organization>(seed("o5.get_organization.response.json"));
    BOOST_TEST(org.id == organization_id{"123"});
    BOOST_TEST(org.name == "Atlassian");
    BOOST_TEST_REQUIRE(org.details.size() == 1u);
    const model::detail_field expected_detail{csm::detail_field_id{"321"},
                                              "Region",
                                              {type_name::known::select, strings{"AU", "EU", "US"}},
                                              {"EU"},
                                              model::detail_field_configuration{1}};
    BOOST_TEST((org.details[0] == expected_detail));
    BOOST_TEST((org == model::organization{organization_id{"123"}, "Atlassian", {expected_detail}}));
}

BOOST_AUTO_TEST_CASE(organization_serializes_and_tolerates_missing_details) {
    const model::organization org{organization_id{"123"}, "Atlassian", {}};
    BOOST_TEST(json::serialize(org) == R"({"id":"123","name":"Atlassian","details":[]})");
    // [spec] requires details, but like every response collection it reads as empty when absent or null.
    BOOST_TEST((csm_test::parse_strict<model::organization>(R"({"id":"123","name":"Atlassian"})") == org));
    BOOST_TEST(
        (csm_test::parse_strict<model::organization>(R"({"id":"123","name":"Atlassian","details":null})") == org));
    // The id reads from a number too.
    BOOST_TEST((csm_test::parse_strict<model::organization>(R"({"id":123,"name":"Atlassian","details":[]})") == org));

    using csm::errc;
    using T = model::organization;
    csm_test::expect_parse_error<T>(R"({"name":"Atlassian"})", errc::missing_member, "/id", "an id string");
    csm_test::expect_parse_error<T>(R"({"id":"123"})", errc::missing_member, "/name", "a string");
    csm_test::expect_parse_error<T>(R"({"id":12.5,"name":"Atlassian"})", errc::type_mismatch, "/id",
                                    "a string or an integer");
    csm_test::expect_parse_error<T>(R"({"id":"123","name":"Atlassian","details":{}})", errc::type_mismatch, "/details",
                                    "an array");
    csm_test::expect_parse_error<T>(
        R"({"id":"123","name":"A","details":[{"id":"321","name":"Region","values":["EU"]}]})", errc::missing_member,
        "/details/0/type", "an object");
    csm_test::expect_parse_error<T>(R"({"id":"123","name":"A","details":[{"name":"R","type":{"name":"WIDGET"}}]})",
                                    errc::unknown_value, "/details/0/type/name",
                                    "one of SELECT, MULTISELECT, TEXT, DATE, EMAIL, PHONE, NUMBER, URL (strict mode)",
                                    json::read_options::strict());
}

// ---- create / update bodies (O6, O11) ------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(name_request_is_the_documented_body) {
    const model::organization_name_request req{"Atlassian"};
    BOOST_TEST(json::serialize(req) == R"({"name":"Atlassian"})");
    const std::string body = csm_test::curl_body(seed("o11.create_organization.curl"));
    BOOST_TEST(csm_test::json(json::serialize(req)) == csm_test::json(body));
    BOOST_TEST((csm_test::parse_strict<model::organization_name_request>(body) == req));
    csm_test::expect_parse_error<model::organization_name_request>("{}", csm::errc::missing_member, "/name",
                                                                   "a string");
}

// ---- fetch organizations (O12) -------------------------------------------------------------------------------

/// The curl example whose body each fetch request type reproduces.
template <class Request>
constexpr const char* fetch_curl =
    std::is_same_v<Request, model::fetch_organizations_request> ? "o12.fetch_organizations.curl"
                                                                : "o15.fetch_profiles.curl";
using fetch_requests = boost::mpl::list<model::fetch_organizations_request, model::fetch_organization_profiles_request>;

BOOST_AUTO_TEST_CASE_TEMPLATE(fetch_requests_o12_o15, Request, fetch_requests) {
    const Request req{std::vector{organization_id{"1"}, organization_id{"2"}}, strings{"Atlassian"}};
    const std::string text = json::serialize(req);
    BOOST_TEST(text == R"({"organizationIds":["1","2"],"organizationNames":["Atlassian"]})");
    const std::string body = csm_test::curl_body(seed(fetch_curl<Request>));
    BOOST_TEST(csm_test::json(text) == csm_test::json(body));
    BOOST_TEST((csm_test::parse_strict<Request>(body) == req));

    // Both members are optional and left out when empty; an engaged empty list is still written.
    BOOST_TEST(json::serialize(Request{}) == "{}");
    BOOST_TEST(json::serialize(Request{std::nullopt, strings{"Atlassian"}}) ==
               R"({"organizationNames":["Atlassian"]})");
    BOOST_TEST(json::serialize(Request{std::vector<organization_id>{}, std::nullopt}) == R"({"organizationIds":[]})");
    // Ids read from numbers; these lists always write strings.
    const auto numeric = csm_test::parse_strict<Request>(R"({"organizationIds":[1,2]})");
    BOOST_TEST((numeric.organization_ids ==
                std::optional<std::vector<organization_id>>(std::vector{organization_id{"1"}, organization_id{"2"}})));
    BOOST_TEST(!numeric.organization_names.has_value());
    BOOST_TEST(json::serialize(numeric) == R"({"organizationIds":["1","2"]})");

    csm_test::expect_parse_error<Request>(R"({"organizationIds":["1",true]})", csm::errc::type_mismatch,
                                          "/organizationIds/1", "a string or an integer");
    csm_test::expect_parse_error<Request>(R"({"organizationNames":"Atlassian"})", csm::errc::type_mismatch,
                                          "/organizationNames", "an array");
    // The third, unnamed member of FetchOrganizationProfilesRequest is not modelled: strict reading names it.
    csm_test::expect_parse_error<Request>(R"({"organizationIds":["1"],"other":[]})", csm::errc::unknown_member,
                                          "/other", "only documented members (strict mode)",
                                          json::read_options::strict());
}

BOOST_AUTO_TEST_CASE(fetch_organizations_response) {
    const auto r =
        csm_test::round_trip<model::fetch_organizations_response>(seed("o12.fetch_organizations.response.json"));
    BOOST_TEST_REQUIRE(r.organizations.size() == 1u);
    BOOST_TEST((r.organizations[0] == model::organization_ref{organization_id{"123"}, "Atlassian"}));
    // Organizations that were not found are left out: the collection may be empty or absent.
    BOOST_TEST(csm_test::parse_strict<model::fetch_organizations_response>("{}").organizations.empty());
    BOOST_TEST(
        csm_test::parse_strict<model::fetch_organizations_response>(R"({"organizations":null})").organizations.empty());
    BOOST_TEST(json::serialize(model::fetch_organizations_response{}) == R"({"organizations":[]})");
    csm_test::expect_parse_error<model::fetch_organizations_response>(R"({"organizations":[{"name":"Atlassian"}]})",
                                                                      csm::errc::missing_member, "/organizations/0/id",
                                                                      "an id string");
}

// ---- profiles (O13, O14, O15) --------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(o13_o14_profile) {
    const auto o13 = csm_test::round_trip<model::organization_profile>(seed("o13.get_profile.response.json"));
    BOOST_TEST(o13.id == organization_id{"1"});
    BOOST_TEST(o13.name == "Atlassian");
    BOOST_TEST_REQUIRE(o13.details.size() == 1u);
    BOOST_TEST(o13.details[0].name == "Region");
    BOOST_TEST((o13.details[0].value->type == type_name::known::select));
    BOOST_TEST((o13.details[0].value->text == strings{"EU"}));
    BOOST_TEST_REQUIRE(o13.entitlements.size() == 1u);
    BOOST_TEST(o13.entitlements[0].product.name == "Acme Widget");
    BOOST_TEST_REQUIRE(o13.customers.size() == 1u);
    BOOST_TEST(o13.customers[0].id == csm::customer_id{customer_1});
    BOOST_TEST((o13 == seed_profile()));

    BOOST_TEST((csm_test::round_trip<model::organization_profile>(seed("o14.create_profile.response.json")) ==
                seed_profile()));
}

BOOST_AUTO_TEST_CASE(profile_serializes_in_declaration_order) {
    BOOST_TEST(
        json::serialize(seed_profile()) ==
        R"({"id":"1","name":"Atlassian","details":[{"name":"Region","value":{"type":"SELECT","text":["EU"]}}],)"
        R"("entitlements":[{"id":"3858a61a-d337-42e6-993e-e13e1c366d4f",)"
        R"("product":{"id":"3858a61a-d337-42e6-993e-e13e1c366d4f","name":"Acme Widget"},)"
        R"("entitledEntity":{"id":"123","type":"CUSTOMER"},)"
        R"("details":[{"name":"Region","value":{"type":"SELECT","text":["EU"]}}]}],)"
        R"("customers":[{"id":"qm:9edf598a-85d4-4db9-bf2e-7245922b4ea8:0000e9d8-a22e-4220-ac63-412ff9eec053"}]})");
}

BOOST_AUTO_TEST_CASE(profile_missing_collections_read_as_empty) {
    const model::organization_profile bare{organization_id{"1"}, "Atlassian", {}, {}, {}};
    BOOST_TEST((csm_test::parse_strict<model::organization_profile>(R"({"id":"1","name":"Atlassian"})") == bare));
    BOOST_TEST((csm_test::parse_strict<model::organization_profile>(
                    R"({"id":1,"name":"Atlassian","details":null,"entitlements":null,"customers":null})") == bare));
    BOOST_TEST(json::serialize(bare) ==
               R"({"id":"1","name":"Atlassian","details":[],"entitlements":[],"customers":[]})");
}

BOOST_AUTO_TEST_CASE(profile_errors) {
    using csm::errc;
    using T = model::organization_profile;
    csm_test::expect_parse_error<T>(R"({"name":"Atlassian"})", errc::missing_member, "/id", "an id string");
    csm_test::expect_parse_error<T>(R"({"id":"1"})", errc::missing_member, "/name", "a string");
    csm_test::expect_parse_error<T>(R"({"id":"1","name":"A","customers":[{}]})", errc::missing_member,
                                    "/customers/0/id", "an id string");
    // Customer ids read from numbers too (every REST id does), but not from other types.
    BOOST_TEST(csm_test::parse_strict<T>(R"({"id":"1","name":"A","customers":[{"id":5}]})").customers[0].id ==
               csm::customer_id{"5"});
    csm_test::expect_parse_error<T>(R"({"id":"1","name":"A","customers":[{"id":{}}]})", errc::type_mismatch,
                                    "/customers/0/id", "a string or an integer");
    csm_test::expect_parse_error<T>(
        R"({"id":"1","name":"A","entitlements":[{"id":"e","product":{"name":"P"},"entitledEntity":{"id":"1","type":"CUSTOMER"}}]})",
        errc::missing_member, "/entitlements/0/product/id", "an id string");
    // Profiles use the profile detail shape, not the classic one: strict reading refuses the classic keys.
    csm_test::expect_parse_error<T>(
        R"({"id":"1","name":"A","details":[{"name":"Region","type":{"name":"SELECT"},"values":["EU"]}]})",
        errc::unknown_member, "/details/0/type", "only documented members (strict mode)", json::read_options::strict());
    csm_test::expect_parse_error<T>(
        R"({"id":"1","name":"A","entitlements":[{"id":"e","product":{"id":"p","name":"P"},"entitledEntity":{"id":"1","type":"PARTNER"}}]})",
        errc::unknown_value, "/entitlements/0/entitledEntity/type", "one of CUSTOMER, ORGANIZATION (strict mode)",
        json::read_options::strict());
}

BOOST_AUTO_TEST_CASE(create_profile_request_is_the_documented_body) {
    const model::create_organization_profile_request req{
        "Atlassian", std::vector<model::profile_detail_value_request>{{"Region", {"EU"}}},
        model::associate_customers{{csm::customer_id{customer_1}, csm::customer_id{customer_2}}},
        model::associate_products{{csm::product_id{uuid}, csm::product_id{"4858a61a-d337-42e6-993e-e13e1c366d4f"}}}};
    const std::string text = json::serialize(req);
    BOOST_TEST(
        text ==
        R"({"name":"Atlassian","details":[{"name":"Region","values":["EU"]}],)"
        R"("associateCustomers":{"customerIds":[")" +
            customer_1 + R"(",")" + customer_2 +
            R"("]},)"
            R"("associateProducts":{"productIds":["3858a61a-d337-42e6-993e-e13e1c366d4f","4858a61a-d337-42e6-993e-e13e1c366d4f"]}})");
    const std::string body = csm_test::curl_body(seed("o14.create_profile.curl"));
    BOOST_TEST(csm_test::json(text) == csm_test::json(body));
    BOOST_TEST((csm_test::parse_strict<model::create_organization_profile_request>(body) == req));

    // Only name is required; the optional members are left out when empty.
    BOOST_TEST(json::serialize(model::create_organization_profile_request{"Atlassian"}) == R"({"name":"Atlassian"})");
    BOOST_TEST((csm_test::parse_strict<model::create_organization_profile_request>(R"({"name":"Atlassian"})") ==
                model::create_organization_profile_request{"Atlassian"}));
    csm_test::expect_parse_error<model::create_organization_profile_request>(
        R"({"details":[]})", csm::errc::missing_member, "/name", "a string");
    csm_test::expect_parse_error<model::create_organization_profile_request>(
        R"({"name":"A","associateCustomers":{}})", csm::errc::missing_member, "/associateCustomers/customerIds",
        "an array");
    csm_test::expect_parse_error<model::create_organization_profile_request>(
        R"({"name":"A","associateCustomers":{"customerIds":[null]}})", csm::errc::type_mismatch,
        "/associateCustomers/customerIds/0", "a string or an integer");
    csm_test::expect_parse_error<model::create_organization_profile_request>(
        R"({"name":"A","details":[{"name":"Region"}]})", csm::errc::missing_member, "/details/0/values", "an array");
}

BOOST_AUTO_TEST_CASE(associate_customers_shape) {
    const model::associate_customers ac{{csm::customer_id{customer_1}}};
    BOOST_TEST(json::serialize(ac) == R"({"customerIds":[")" + customer_1 + R"("]})");
    BOOST_TEST(json::serialize(model::associate_customers{}) == R"({"customerIds":[]})");
    csm_test::expect_parse_error<model::associate_customers>("{}", csm::errc::missing_member, "/customerIds",
                                                             "an array");
}

BOOST_AUTO_TEST_CASE(fetch_profiles_response) {
    const auto r =
        csm_test::round_trip<model::fetch_organization_profiles_response>(seed("o15.fetch_profiles.response.json"));
    BOOST_TEST_REQUIRE(r.profiles.size() == 1u);
    BOOST_TEST((r.profiles[0] == seed_profile()));
    BOOST_TEST(csm_test::parse_strict<model::fetch_organization_profiles_response>("{}").profiles.empty());
    BOOST_TEST(
        csm_test::parse_strict<model::fetch_organization_profiles_response>(R"({"profiles":null})").profiles.empty());
    BOOST_TEST(json::serialize(model::fetch_organization_profiles_response{}) == R"({"profiles":[]})");
    csm_test::expect_parse_error<model::fetch_organization_profiles_response>(
        R"({"profiles":[{"id":"1","name":"A","customers":[{"id":null}]}]})", csm::errc::missing_member,
        "/profiles/0/customers/0/id", "an id string");
}

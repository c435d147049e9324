// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/organization.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.organization
#include <boost/test/unit_test.hpp>

#include <csm_test/fixtures.hpp>
#include <csm_test/rest.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/response.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace org = csm::rest::organization;
namespace model = csm::rest::model;
using csm::errc;
using csm_test::check_error;
using csm::organization_id;
using csm::rest::detail_field_name;

namespace {

std::string seed(std::string_view file) {
    return csm_test::read_fixture("seeds/rest-organization/" + std::string(file));
}

const std::string region_options[] = {"AU", "EU", "US"};
const std::vector<std::string> aus_eu_us(std::begin(region_options), std::end(region_options));

model::detail_field_type select_region() { return {model::detail_field_type_name::known::select, aus_eu_us}; }

constexpr std::string_view customer_a = "qm:9edf598a-85d4-4db9-bf2e-7245922b4ea8:0000e9d8-a22e-4220-ac63-412ff9eec053";
constexpr std::string_view customer_b = "qm:10c2e972-eef6-4e0e-aa81-9a9e7a4ba9a7:3468699a-b2f0-4ae9-ab2d-155a5f5a8db4";
constexpr std::string_view product_a = "3858a61a-d337-42e6-993e-e13e1c366d4f";
constexpr std::string_view product_b = "4858a61a-d337-42e6-993e-e13e1c366d4f";

std::vector<organization_id> ids(std::size_t n) {
    std::vector<organization_id> out;
    for (std::size_t i = 0; i < n; ++i) out.emplace_back(std::to_string(i + 1));
    return out;
}

std::vector<std::string> names(std::size_t n) { return std::vector<std::string>(n, "Atlassian"); }

} // namespace

// ---- every curl example of the seed page ------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(seed_requests)

BOOST_AUTO_TEST_CASE(o1_get_detail_fields) {
    csm_test::check_request_matches_curl(csm_test::build_ok(org::get_detail_fields{}),
                                         seed("o1.get_detail_fields.curl"));
}

BOOST_AUTO_TEST_CASE(o2_create_detail_field) {
    const org::create_detail_field ep{.body = {.name = "Region", .type = select_region()}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), seed("o2.create_detail_field.curl"));
}

BOOST_AUTO_TEST_CASE(o3_edit_detail_field) {
    const org::edit_detail_field ep{.field_name = detail_field_name{"Region"},
                                    .body = {.name = "Region", .options = aus_eu_us}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), seed("o3.edit_detail_field.curl"),
                                         {{"{fieldName}", "Region"}});
}

BOOST_AUTO_TEST_CASE(o4_delete_detail_field) {
    const org::delete_detail_field ep{.field_name = detail_field_name{"Region"}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), seed("o4.delete_detail_field.curl"),
                                         {{"{fieldName}", "Region"}});
}

BOOST_AUTO_TEST_CASE(o5_get_organization) {
    const org::get_organization ep{.organization_id = organization_id{"123"}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), seed("o5.get_organization.curl"),
                                         {{"{organizationId}", "123"}});
}

BOOST_AUTO_TEST_CASE(o6_update_organization) {
    const org::update_organization ep{.organization_id = organization_id{"123"}, .body = {.name = "Atlassian"}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), seed("o6.update_organization.curl"),
                                         {{"{organizationId}", "123"}});
}

BOOST_AUTO_TEST_CASE(o8_set_detail_value) {
    const org::set_detail_value ep{.organization_id = organization_id{"123"},
                                   .field_name = detail_field_name{"Region"},
                                   .body = {.values = {"EU"}}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), seed("o8.set_detail_value.curl"),
                                         {{"{organizationId}", "123"}});
}

BOOST_AUTO_TEST_CASE(o9_get_entitlements) {
    const org::get_entitlements ep{.organization_id = organization_id{"123"}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), seed("o9.get_entitlements.curl"),
                                         {{"{organizationId}", "123"}});
}

BOOST_AUTO_TEST_CASE(o10_create_entitlement) {
    const org::create_entitlement ep{.organization_id = organization_id{"123"},
                                     .body = {.product_id = csm::product_id{product_a}}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), seed("o10.create_entitlement.curl"),
                                         {{"{organizationId}", "123"}});
}

BOOST_AUTO_TEST_CASE(o11_create_organization) {
    const org::create_organization ep{.body = {.name = "Atlassian"}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), seed("o11.create_organization.curl"));
}

BOOST_AUTO_TEST_CASE(o12_fetch_organizations) {
    const org::fetch_organizations ep{
        .body = {.organization_ids = std::vector{organization_id{"1"}, organization_id{"2"}},
                 .organization_names = std::vector<std::string>{"Atlassian"}}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), seed("o12.fetch_organizations.curl"));
}

BOOST_AUTO_TEST_CASE(o13_get_profile) {
    const org::get_profile ep{.organization_id = organization_id{"1"}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), seed("o13.get_profile.curl"),
                                         {{"{organizationId}", "1"}});
}

BOOST_AUTO_TEST_CASE(o14_create_profile) {
    const org::create_profile ep{
        .body = {.name = "Atlassian",
                 .details = std::vector<model::profile_detail_value_request>{{.name = "Region", .values = {"EU"}}},
                 .associate_customers =
                     model::associate_customers{{csm::customer_id{customer_a}, csm::customer_id{customer_b}}},
                 .associate_products =
                     model::associate_products{{csm::product_id{product_a}, csm::product_id{product_b}}}}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), seed("o14.create_profile.curl"));
}

BOOST_AUTO_TEST_CASE(o15_fetch_profiles) {
    const org::fetch_profiles ep{.body = {.organization_ids = std::vector{organization_id{"1"}, organization_id{"2"}},
                                          .organization_names = std::vector<std::string>{"Atlassian"}}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), seed("o15.fetch_profiles.curl"));
    // The third field's name is not documented: the caller sends it as a raw member, written verbatim last.
    org::fetch_profiles raw = ep;
    raw.body.unknown_members.members["customerIds"] = boost::json::array{"qm:1"};
    BOOST_TEST(*csm_test::build_ok(raw).body ==
               R"({"organizationIds":["1","2"],"organizationNames":["Atlassian"],"customerIds":["qm:1"]})");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- the newer endpoint: O7 ---------------------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(newer)

BOOST_AUTO_TEST_CASE(o7_delete_organization_request) {
    const org::delete_organization ep{.organization_id = organization_id{"123"}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep),
                                         csm_test::read_fixture("rest/organization/o7.delete_organization.curl"),
                                         {{"{organizationId}", "123"}});
}

BOOST_AUTO_TEST_CASE(o7_delete_organization_response_has_no_body) {
    BOOST_TEST(csm::rest::parse_response<org::delete_organization>(204, {}, "").has_value());
    // The status of deletes is not documented: any 2xx counts, and a body is ignored.
    BOOST_TEST(csm::rest::parse_response<org::delete_organization>(200, {}, "{}").has_value());
    const auto missing = csm::rest::parse_response<org::delete_organization>(404, {}, R"({"errorMessages":["gone"]})");
    BOOST_TEST_REQUIRE(missing.has_error());
    BOOST_TEST(missing.error().status == 404);
    BOOST_TEST((missing.error().kind == csm::rest::api_error_kind::not_found));
    BOOST_TEST(missing.error().messages == std::vector<std::string>{"gone"});
}

BOOST_AUTO_TEST_SUITE_END()

// ---- every response example of the seed page ---------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(seed_responses)

BOOST_AUTO_TEST_CASE(o1_detail_field_definitions) {
    const auto r =
        csm_test::check_response_round_trip<org::get_detail_fields>(seed("o1.get_detail_fields.response.json"));
    BOOST_TEST_REQUIRE(r.results.size() == 1u);
    BOOST_TEST((r.results[0] ==
                model::detail_field_definition{"Region", select_region(), model::detail_field_configuration{1}}));
}

BOOST_AUTO_TEST_CASE(o2_created_detail_field) {
    const auto r =
        csm_test::check_response_round_trip<org::create_detail_field>(seed("o2.create_detail_field.response.json"));
    BOOST_TEST((r == model::detail_field_response{"Region", select_region()}));
}

BOOST_AUTO_TEST_CASE(o3_edited_detail_field) {
    const auto r =
        csm_test::check_response_round_trip<org::edit_detail_field>(seed("o3.edit_detail_field.response.json"));
    BOOST_TEST((r == model::detail_field_response{"Region", select_region()}));
}

BOOST_AUTO_TEST_CASE(o5_organization) {
    const auto r =
        csm_test::check_response_round_trip<org::get_organization>(seed("o5.get_organization.response.json"));
    const model::organization expected{
        organization_id{"123"},
        "Atlassian",
        {model::detail_field{
            csm::detail_field_id{"321"}, "Region", select_region(), {"EU"}, model::detail_field_configuration{1}}}};
    BOOST_TEST((r == expected));
}

BOOST_AUTO_TEST_CASE(o6_updated_organization) {
    const auto r =
        csm_test::check_response_round_trip<org::update_organization>(seed("o6.update_organization.response.json"));
    BOOST_TEST((r == model::organization_ref{organization_id{"123"}, "Atlassian"}));
}

BOOST_AUTO_TEST_CASE(o8_updated_detail_field) {
    const auto r =
        csm_test::check_response_round_trip<org::set_detail_value>(seed("o8.set_detail_value.response.json"));
    BOOST_TEST(
        (r == model::update_detail_field_response{csm::detail_field_id{"321"}, "Region", select_region(), {"EU"}}));
}

BOOST_AUTO_TEST_CASE(o9_entitlements_are_a_bare_array) {
    const auto r =
        csm_test::check_response_round_trip<org::get_entitlements>(seed("o9.get_entitlements.response.json"));
    BOOST_TEST_REQUIRE(r.size() == 1u);
    BOOST_TEST(r[0].id.view() == product_a);
    BOOST_TEST((r[0].product == model::product{csm::product_id{product_a}, "Acme Widget"}));
    BOOST_TEST((r[0].entitled_entity ==
                model::entitled_entity{csm::entitled_entity_id{"123"}, model::entitled_entity_type::known::customer}));
    BOOST_TEST_REQUIRE(r[0].details.size() == 1u);
    // The list example has a type without options and an empty configuration (docs/decisions.md#detail-type-options-optional).
    BOOST_TEST(!r[0].details[0].type.options.has_value());
    BOOST_TEST((r[0].details[0].configuration == model::detail_field_configuration{std::nullopt}));
}

BOOST_AUTO_TEST_CASE(o10_created_entitlement) {
    const auto r =
        csm_test::check_response_round_trip<org::create_entitlement>(seed("o10.create_entitlement.response.json"));
    BOOST_TEST_REQUIRE(r.details.size() == 1u);
    BOOST_TEST(
        (r.details[0] ==
         model::detail_field{
             csm::detail_field_id{"321"}, "Region", select_region(), {"EU"}, model::detail_field_configuration{1}}));
}

BOOST_AUTO_TEST_CASE(o11_created_organization) {
    const auto r =
        csm_test::check_response_round_trip<org::create_organization>(seed("o11.create_organization.response.json"));
    BOOST_TEST((r == model::organization_ref{organization_id{"123"}, "Atlassian"}));
}

BOOST_AUTO_TEST_CASE(o12_fetched_organizations) {
    const auto r =
        csm_test::check_response_round_trip<org::fetch_organizations>(seed("o12.fetch_organizations.response.json"));
    BOOST_TEST((r.organizations == std::vector{model::organization_ref{organization_id{"123"}, "Atlassian"}}));
}

namespace {
model::organization_profile profile_example() {
    const model::profile_detail_value region{
        "Region", model::profile_detail_value_content{model::detail_field_type_name::known::select, {"EU"}}};
    return {organization_id{"1"},
            "Atlassian",
            {region},
            {model::profile_entitlement{
                csm::entitlement_id{product_a},
                model::product{csm::product_id{product_a}, "Acme Widget"},
                model::entitled_entity{csm::entitled_entity_id{"123"}, model::entitled_entity_type::known::customer},
                {region}}},
            {model::organization_profile_customer{csm::customer_id{customer_a}}}};
}
} // namespace

BOOST_AUTO_TEST_CASE(o13_profile) {
    const auto r = csm_test::check_response_round_trip<org::get_profile>(seed("o13.get_profile.response.json"));
    BOOST_TEST((r == profile_example()));
}

BOOST_AUTO_TEST_CASE(o14_created_profile) {
    const auto r = csm_test::check_response_round_trip<org::create_profile>(seed("o14.create_profile.response.json"));
    BOOST_TEST((r == profile_example()));
}

BOOST_AUTO_TEST_CASE(o15_fetched_profiles) {
    const auto r = csm_test::check_response_round_trip<org::fetch_profiles>(seed("o15.fetch_profiles.response.json"));
    BOOST_TEST((r.profiles == std::vector{profile_example()}));
}

BOOST_AUTO_TEST_SUITE_END()

// ---- tolerant reading ----------------------------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(reading)

BOOST_AUTO_TEST_CASE(organization_ids_read_from_numbers) {
    const auto r =
        csm::rest::parse_response<org::fetch_organizations>(200, {}, R"({"organizations":[{"id":123,"name":"A"}]})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->organizations.at(0).id.view() == "123");
    // …and are written back as strings, the documented form.
    BOOST_TEST(csm::json::serialize(*r) == R"({"organizations":[{"id":"123","name":"A"}]})");
}

BOOST_AUTO_TEST_CASE(missing_collections_read_as_empty) {
    const auto o = csm::rest::parse_response<org::get_organization>(200, {}, R"({"id":"1","name":"A"})");
    BOOST_TEST_REQUIRE(o.has_value());
    BOOST_TEST(o->details.empty());
    const auto p = csm::rest::parse_response<org::get_profile>(200, {}, R"({"id":"1","name":"A","details":null})");
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST((*p == model::organization_profile{organization_id{"1"}, "A", {}, {}, {}}));
    const auto f = csm::rest::parse_response<org::fetch_profiles>(200, {}, "{}");
    BOOST_TEST_REQUIRE(f.has_value());
    BOOST_TEST(f->profiles.empty());
}

BOOST_AUTO_TEST_CASE(ids_and_names_are_required) {
    const auto no_id = csm::rest::parse_response<org::get_organization>(200, {}, R"({"name":"A","details":[]})");
    BOOST_TEST_REQUIRE(no_id.has_error());
    BOOST_TEST((no_id.error().kind == csm::rest::api_error_kind::malformed_response));
    BOOST_TEST_REQUIRE(no_id.error().decode_error.has_value());
    check_error(*no_id.error().decode_error, errc::missing_member, "/id", "an id string");

    const auto no_name = csm::rest::parse_response<org::get_profile>(200, {}, R"({"id":"1"})");
    BOOST_TEST_REQUIRE(no_name.has_error());
    check_error(*no_name.error().decode_error, errc::missing_member, "/name", "a string");

    const auto customer =
        csm::rest::parse_response<org::get_profile>(200, {}, R"({"id":"1","name":"A","customers":[{}]})");
    BOOST_TEST_REQUIRE(customer.has_error());
    check_error(*customer.error().decode_error, errc::missing_member, "/customers/0/id", "an id string");
}

BOOST_AUTO_TEST_CASE(unknown_detail_types_are_kept) {
    const auto r = csm::rest::parse_response<org::get_detail_fields>(
        200, {}, R"({"results":[{"name":"Score","type":{"name":"RATING"},"configuration":{"position":2}}]})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(!r->results.at(0).type.name.is_known());
    BOOST_TEST(csm::json::serialize(*r) ==
               R"({"results":[{"name":"Score","type":{"name":"RATING"},"configuration":{"position":2}}]})");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- building details ----------------------------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(building)

BOOST_AUTO_TEST_CASE(entitlements_filtered_by_product) {
    const org::get_entitlements ep{.organization_id = organization_id{"123"}, .product = csm::product_id{product_a}};
    BOOST_TEST(std::string(csm_test::build_ok(ep).url.buffer()) ==
               "https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1/organization/123/entitlement"
               "?product=3858a61a-d337-42e6-993e-e13e1c366d4f");
}

BOOST_AUTO_TEST_CASE(field_names_are_encoded_in_path_and_query) {
    const org::edit_detail_field edit{.field_name = detail_field_name{"Account Manager"},
                                      .body = {"Account Owner", std::nullopt}};
    const auto e = csm_test::build_ok(edit);
    BOOST_TEST(std::string(e.url.buffer()) ==
               "https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1/organization/details/Account%20Manager");
    BOOST_TEST(*e.body == R"({"name":"Account Owner"})");

    const org::set_detail_value set{.organization_id = organization_id{"7"},
                                    .field_name = detail_field_name{"a&b=c d+e#f"},
                                    .body = {.values = {}}};
    auto s = csm_test::build_ok(set);
    BOOST_TEST(std::string(s.url.buffer()) == "https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1/organization/7/"
                                              "details?fieldName=a%26b%3Dc%20d%2Be%23f");
    BOOST_TEST(s.url.params().size() == 1u);
    BOOST_TEST(*s.body == R"({"values":[]})");
}

BOOST_AUTO_TEST_CASE(experimental_header_can_be_switched_off) {
    csm::rest::build_options no_opt_in;
    no_opt_in.experimental_opt_in = false;
    const auto r = csm_test::build_ok(org::get_profile{organization_id{"1"}}, no_opt_in);
    BOOST_TEST(r.headers == (std::vector<csm::rest::http_header>{{"Accept", "application/json"}}));
}

BOOST_AUTO_TEST_CASE(optional_body_members_are_left_out) {
    // Designated initializers may leave optional members out (they default to empty).
    const auto r = csm_test::build_ok(org::create_profile{.body = {.name = "Atlassian"}});
    BOOST_TEST(*r.body == R"({"name":"Atlassian"})");
    const auto f = csm_test::build_ok(
        org::fetch_organizations{.body = {.organization_names = std::vector<std::string>{"Atlassian"}}});
    BOOST_TEST(*f.body == R"({"organizationNames":["Atlassian"]})");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- hostile ids in every path-parameter kind ---------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(hostile_ids)

constexpr std::string_view api = "https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1";

// The value, and what the id segment must be encoded as.
const std::pair<std::string_view, std::string_view> encoded[] = {
    {"a/b", "a%2Fb"},
    {"?", "%3F"},
    {"#", "%23"},
    {"%2e%2e", "%252e%252e"},
    {"..a", "..a"},
    {"a b", "a%20b"},
    {"\xC3\xA9t\xC3\xA9", "%C3%A9t%C3%A9"},
    {"x;y=z", "x%3By%3Dz"},
    {"qm:a@b", "qm:a@b"},
    {"..%2F..", "..%252F.."},
};
const std::string_view refused[] = {"", ".", "..", "a\rb", "a\nb", std::string_view("a\0b", 3), "\x7f"};

BOOST_AUTO_TEST_CASE(organization_ids_stay_one_segment) {
    for (const auto& [value, segment] : encoded) {
        BOOST_TEST_CONTEXT("organization id encoded as " << segment) {
            const auto get = csm_test::build_ok(org::get_organization{organization_id{value}});
            BOOST_TEST(std::string(get.url.buffer()) == std::string(api) + "/organization/" + std::string(segment));
            const auto profile = csm_test::build_ok(org::get_profile{organization_id{value}});
            BOOST_TEST(std::string(profile.url.buffer()) ==
                       std::string(api) + "/organization/profile/" + std::string(segment));
            auto ent = csm_test::build_ok(org::get_entitlements{organization_id{value}, std::nullopt});
            BOOST_TEST(std::string(ent.url.buffer()) ==
                       std::string(api) + "/organization/" + std::string(segment) + "/entitlement");
            BOOST_TEST(ent.url.segments().size() == 9u);
            BOOST_TEST(!ent.url.has_query());
            BOOST_TEST(!ent.url.has_fragment());
        }
    }
}

BOOST_AUTO_TEST_CASE(field_names_stay_one_segment) {
    for (const auto& [value, segment] : encoded) {
        BOOST_TEST_CONTEXT("field name encoded as " << segment) {
            auto del = csm_test::build_ok(org::delete_detail_field{detail_field_name{value}});
            BOOST_TEST(std::string(del.url.buffer()) ==
                       std::string(api) + "/organization/details/" + std::string(segment));
            BOOST_TEST(del.url.segments().size() == 9u);
        }
    }
}

BOOST_AUTO_TEST_CASE(unsafe_ids_are_refused) {
    for (std::string_view value : refused) {
        BOOST_TEST_CONTEXT("refused value of length " << value.size()) {
            check_error(csm_test::build_error(org::delete_organization{organization_id{value}}), errc::unsafe_value,
                        "/path/organizationId", csm::rest::path_segment_expected);
            check_error(csm_test::build_error(org::update_organization{organization_id{value}, {"Atlassian"}}),
                        errc::unsafe_value, "/path/organizationId", csm::rest::path_segment_expected);
            check_error(
                csm_test::build_error(org::create_entitlement{organization_id{value}, {csm::product_id{product_a}}}),
                errc::unsafe_value, "/path/organizationId", csm::rest::path_segment_expected);
            check_error(
                csm_test::build_error(org::edit_detail_field{detail_field_name{value}, {"Region", std::nullopt}}),
                errc::unsafe_value, "/path/fieldName", csm::rest::path_segment_expected);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()

// ---- client-side limits --------------------------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(limits)

BOOST_AUTO_TEST_CASE(fetch_organizations_at_most_50) {
    BOOST_TEST(csm_test::build_ok(org::fetch_organizations{.body = {ids(50), std::nullopt}}).body.has_value());
    BOOST_TEST(csm_test::build_ok(org::fetch_organizations{.body = {ids(25), names(25)}}).body.has_value());
    BOOST_TEST(csm_test::build_ok(org::fetch_organizations{.body = {std::nullopt, names(50)}}).body.has_value());
    check_error(csm_test::build_error(org::fetch_organizations{.body = {ids(51), std::nullopt}}), errc::limit_exceeded,
                "/body/organizationIds", "at most 50 organization ids and names together");
    check_error(csm_test::build_error(org::fetch_organizations{.body = {ids(30), names(21)}}), errc::limit_exceeded,
                "/body/organizationNames", "at most 50 organization ids and names together");
    check_error(csm_test::build_error(org::fetch_organizations{.body = {std::nullopt, names(51)}}),
                errc::limit_exceeded, "/body/organizationNames", "at most 50 organization ids and names together");
    // A cap on what the server returns, not a request rule: switched off per call, all 51 are sent.
    csm::rest::build_options uncapped;
    uncapped.limits.response_caps = false;
    const auto sent = csm_test::build_ok(org::fetch_organizations{.body = {ids(51), std::nullopt}}, uncapped);
    BOOST_TEST(boost::json::parse(*sent.body).at("organizationIds").as_array().size() == 51u);
}

BOOST_AUTO_TEST_CASE(fetch_profiles_at_most_25) {
    BOOST_TEST(csm_test::build_ok(org::fetch_profiles{.body = {ids(25), std::nullopt}}).body.has_value());
    BOOST_TEST(csm_test::build_ok(org::fetch_profiles{.body = {ids(20), names(5)}}).body.has_value());
    check_error(csm_test::build_error(org::fetch_profiles{.body = {ids(26), std::nullopt}}), errc::limit_exceeded,
                "/body/organizationIds", "at most 25 organization ids and names together");
    check_error(csm_test::build_error(org::fetch_profiles{.body = {ids(20), names(6)}}), errc::limit_exceeded,
                "/body/organizationNames", "at most 25 organization ids and names together");
    csm::rest::build_options uncapped;
    uncapped.limits.response_caps = false;
    const auto sent = csm_test::build_ok(org::fetch_profiles{.body = {ids(20), names(6)}}, uncapped);
    BOOST_TEST(boost::json::parse(*sent.body).at("organizationNames").as_array().size() == 6u);
    // Switching the UI limits off leaves the caps on.
    csm::rest::build_options no_ui;
    no_ui.limits.ui_limits = false;
    BOOST_TEST(csm::rest::build_request(org::fetch_profiles{.body = {ids(26), std::nullopt}},
                                        csm_test::atlassian_base(), no_ui)
                   .error()
                   .pointer == "/body/organizationIds");
}

BOOST_AUTO_TEST_CASE(detail_field_options_at_most_50) {
    const std::vector<std::string> fifty(50, "x"), fifty_one(51, "x");
    model::detail_field_type type{model::detail_field_type_name::known::multiselect, fifty};
    BOOST_TEST(csm_test::build_ok(org::create_detail_field{.body = {"Tier", type}}).body.has_value());
    type.options = fifty_one;
    check_error(csm_test::build_error(org::create_detail_field{.body = {"Tier", type}}), errc::limit_exceeded,
                "/body/type/options", "at most 50 items");
    BOOST_TEST(csm_test::build_ok(org::edit_detail_field{detail_field_name{"Tier"}, {"Tier", fifty}}).body.has_value());
    check_error(csm_test::build_error(org::edit_detail_field{detail_field_name{"Tier"}, {"Tier", fifty_one}}),
                errc::limit_exceeded, "/body/options", "at most 50 items");
    // A UI limit: switched off per call, 51 options are sent.
    csm::rest::build_options no_ui;
    no_ui.limits.ui_limits = false;
    const auto sent = csm_test::build_ok(org::edit_detail_field{detail_field_name{"Tier"}, {"Tier", fifty_one}}, no_ui);
    BOOST_TEST(boost::json::parse(*sent.body).at("options").as_array().size() == 51u);
}

BOOST_AUTO_TEST_CASE(names_must_not_be_blank) {
    for (std::string_view blank : {std::string_view(""), std::string_view(" "), std::string_view("\t \n")}) {
        const std::string name(blank);
        BOOST_TEST_CONTEXT("blank name of length " << name.size()) {
            check_error(csm_test::build_error(org::create_organization{{name}}), errc::invalid_value, "/body/name",
                        "a non-empty name");
            check_error(csm_test::build_error(org::update_organization{organization_id{"1"}, {name}}),
                        errc::invalid_value, "/body/name", "a non-empty name");
            check_error(csm_test::build_error(org::create_detail_field{{name, select_region()}}), errc::invalid_value,
                        "/body/name", "a non-empty name");
            check_error(
                csm_test::build_error(org::edit_detail_field{detail_field_name{"Region"}, {name, std::nullopt}}),
                errc::invalid_value, "/body/name", "a non-empty name");
            check_error(csm_test::build_error(org::create_profile{{name, std::nullopt, std::nullopt, std::nullopt}}),
                        errc::invalid_value, "/body/name", "a non-empty name");
            const std::vector<model::profile_detail_value_request> details{{"Region", {"EU"}}, {name, {"x"}}};
            check_error(csm_test::build_error(org::create_profile{{"Atlassian", details, std::nullopt, std::nullopt}}),
                        errc::invalid_value, "/body/details/1/name", "a non-empty name");
        }
    }
    check_error(csm_test::build_error(org::set_detail_value{organization_id{"1"}, detail_field_name{""}, {{"EU"}}}),
                errc::invalid_value, "/query/fieldName", "a non-empty name");
    // Names with text are fine, surrounding spaces included (the server decides what to do with them).
    BOOST_TEST(csm_test::build_ok(org::create_organization{{" Atlassian "}}).body.value() ==
               R"({"name":" Atlassian "})");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- metadata -----------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(endpoint_metadata) {
    using csm::rest::http_method;
    struct row {
        csm::rest::endpoint_info info;
        std::string_view id, path;
        http_method method;
        bool experimental, newer; // newer: documentation only (seed page or later), not checked
        std::vector<std::string_view> scopes;
    };
    const row rows[] = {
        {org::get_detail_fields::info,
         "O1",
         "/organization/details",
         http_method::get,
         false,
         false,
         {"read:organization.detail-field:jira-service-management"}},
        {org::create_detail_field::info,
         "O2",
         "/organization/details",
         http_method::post,
         false,
         false,
         {"write:organization.detail-field:jira-service-management"}},
        {org::edit_detail_field::info,
         "O3",
         "/organization/details/{fieldName}",
         http_method::put,
         false,
         false,
         {"write:organization.detail-field:jira-service-management"}},
        {org::delete_detail_field::info,
         "O4",
         "/organization/details/{fieldName}",
         http_method::delete_,
         false,
         false,
         {"delete:organization.detail-field:jira-service-management"}},
        {org::get_organization::info,
         "O5",
         "/organization/{organizationId}",
         http_method::get,
         false,
         false,
         {"read:organization:jira-service-management", "read:organization.detail:jira-service-management"}},
        {org::update_organization::info,
         "O6",
         "/organization/{organizationId}",
         http_method::put,
         true,
         false,
         {"write:organization:jira-service-management"}},
        {org::delete_organization::info,
         "O7",
         "/organization/{organizationId}",
         http_method::delete_,
         false,
         true,
         {"delete:organization:jira-service-management"}},
        {org::set_detail_value::info,
         "O8",
         "/organization/{organizationId}/details",
         http_method::put,
         false,
         false,
         {"write:organization.detail:jira-service-management"}},
        {org::get_entitlements::info,
         "O9",
         "/organization/{organizationId}/entitlement",
         http_method::get,
         false,
         false,
         {"read:organization:entitlement:jira-service-management"}},
        {org::create_entitlement::info,
         "O10",
         "/organization/{organizationId}/entitlement",
         http_method::post,
         false,
         false,
         {"write:organization:entitlement:jira-service-management"}},
        {org::create_organization::info,
         "O11",
         "/organization",
         http_method::post,
         true,
         false,
         {"write:organization:jira-service-management"}},
        {org::fetch_organizations::info,
         "O12",
         "/organization/fetch",
         http_method::post,
         true,
         false,
         {"read:organization:jira-service-management"}},
        {org::get_profile::info,
         "O13",
         "/organization/profile/{organizationId}",
         http_method::get,
         true,
         false,
         {"read:organization.profile:jira-service-management"}},
        {org::create_profile::info,
         "O14",
         "/organization/profile",
         http_method::post,
         true,
         false,
         {"write:organization.profile:jira-service-management"}},
        {org::fetch_profiles::info,
         "O15",
         "/organization/profile/fetch",
         http_method::post,
         true,
         false,
         {"read:organization.profile:jira-service-management"}},
    };
    for (const row& r : rows) {
        BOOST_TEST_CONTEXT(r.id) {
            BOOST_TEST(r.info.docs.id == r.id);
            BOOST_TEST(r.info.path == r.path);
            BOOST_TEST((r.info.method == r.method));
            BOOST_TEST(r.info.experimental == r.experimental);
            BOOST_TEST(!r.info.bulk);
            BOOST_TEST(r.info.name.starts_with("organization."));
            BOOST_TEST(!r.info.docs.summary.empty());
            BOOST_TEST(!r.info.docs.permission.empty());
            BOOST_TEST_REQUIRE(r.info.scopes.size() == r.scopes.size());
            for (std::size_t i = 0; i < r.scopes.size(); ++i) BOOST_TEST(r.info.scopes[i] == r.scopes[i]);
        }
    }
    BOOST_TEST(org::get_detail_fields::info.docs.permission == "Administer Jira global permission");
    BOOST_TEST(org::get_organization::info.docs.permission == "Jira Service Management agent");
    BOOST_TEST(org::fetch_profiles::info.docs.permission ==
               "Customer Service Management or Jira Service Management user");
    BOOST_TEST(org::create_organization::info.docs.permission.starts_with(
        "Customer Service Management or Jira Service Management user. Note: Permission to create organizations"));
    BOOST_TEST(org::update_organization::info.docs.permission.starts_with(
        "Customer Service Management or Jira Service Management user. Note: Permission to update organizations"));
}

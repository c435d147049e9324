// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/model/entitlement.hpp> // first: the header must be self-contained

#include <csm/error.hpp>
#include <csm/json/options.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>

#include <csm_test/fixtures.hpp>

#define BOOST_TEST_MODULE csm.rest.model.entitlement
#include <boost/test/unit_test.hpp>

#include <csm_test/model.hpp>

#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace model = csm::rest::model;
namespace json = csm::json;

namespace {

using strings = std::vector<std::string>;
using type_name = model::detail_field_type_name;
using entity_type = model::entitled_entity_type;

const std::string product_uuid = "3858a61a-d337-42e6-993e-e13e1c366d4f";
const std::string entitlement_uuid = "7f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8";

const model::product acme{csm::product_id{product_uuid}, "Acme Widget"};

/// The entitlement of the O10 and C9 examples.
model::entitlement seed_entitlement() {
    return {csm::entitlement_id{product_uuid},
            acme,
            {csm::entitled_entity_id{"123"}, entity_type::known::customer},
            {model::detail_field{csm::detail_field_id{"321"},
                                 "Region",
                                 {type_name::known::select, strings{"AU", "EU", "US"}},
                                 {"EU"},
                                 model::detail_field_configuration{1}}}};
}

} // namespace

BOOST_AUTO_TEST_CASE(entitled_entity_type_names) {
    BOOST_TEST(entity_type::name(entity_type::known::customer) == "CUSTOMER");
    BOOST_TEST(entity_type::name(entity_type::known::organization) == "ORGANIZATION");
    BOOST_TEST(entity_type::known_count == 2u);
}

BOOST_AUTO_TEST_CASE(o10_c9_entitlement) {
    const auto o10 = csm_test::round_trip<model::entitlement>(
        csm_test::read_fixture("seeds/rest-organization/o10.create_entitlement.response.json"));
    BOOST_TEST(o10.id == csm::entitlement_id{product_uuid});
    BOOST_TEST(o10.product.id == csm::product_id{product_uuid});
    BOOST_TEST(o10.product.name == "Acme Widget");
    BOOST_TEST(o10.entitled_entity.id == csm::entitled_entity_id{"123"});
    BOOST_TEST((o10.entitled_entity.type == entity_type::known::customer));
    BOOST_TEST_REQUIRE(o10.details.size() == 1u);
    BOOST_TEST((o10.details[0].id == std::optional<csm::detail_field_id>(csm::detail_field_id{"321"})));
    BOOST_TEST((o10.details[0].type.options == std::optional<strings>(strings{"AU", "EU", "US"})));
    BOOST_TEST((o10.details[0].values == strings{"EU"}));
    BOOST_TEST((o10 == seed_entitlement()));

    const auto c9 = csm_test::round_trip<model::entitlement>(
        csm_test::read_fixture("seeds/rest-customer/c9.create_customer_entitlement.response.json"));
    BOOST_TEST((c9 == o10));
}

BOOST_AUTO_TEST_CASE(entitlement_serializes_in_declaration_order) {
    BOOST_TEST(json::serialize(seed_entitlement()) ==
               R"({"id":"3858a61a-d337-42e6-993e-e13e1c366d4f",)"
               R"("product":{"id":"3858a61a-d337-42e6-993e-e13e1c366d4f","name":"Acme Widget"},)"
               R"("entitledEntity":{"id":"123","type":"CUSTOMER"},)"
               R"("details":[{"id":"321","name":"Region","type":{"name":"SELECT","options":["AU","EU","US"]},)"
               R"("values":["EU"],"configuration":{"position":1}}]})");
    // details is always written, even empty.
    const model::entitlement bare{csm::entitlement_id{"e"},
                                  {csm::product_id{"p"}, "P"},
                                  {csm::entitled_entity_id{"o"}, entity_type::known::organization},
                                  {}};
    BOOST_TEST(
        json::serialize(bare) ==
        R"({"id":"e","product":{"id":"p","name":"P"},"entitledEntity":{"id":"o","type":"ORGANIZATION"},"details":[]})");
    BOOST_TEST(json::to_value(bare) == csm_test::json(json::serialize(bare)));
}

BOOST_AUTO_TEST_CASE(o9_c8_entitlement_list_detail_shape) {
    // The list examples: a detail without options and with `configuration: {}`.
    for (const char* file : {"seeds/rest-organization/o9.get_entitlements.response.json",
                             "seeds/rest-customer/c8.get_customer_entitlements.response.json"}) {
        BOOST_TEST_CONTEXT(file) {
            const std::string text = csm_test::read_fixture(file);
            const auto list = csm_test::round_trip<std::vector<model::entitlement>>(text);
            BOOST_TEST_REQUIRE(list.size() == 1u);
            const model::entitlement& e = list[0];
            BOOST_TEST(e.id == csm::entitlement_id{product_uuid});
            BOOST_TEST((e.product == acme));
            BOOST_TEST((e.entitled_entity ==
                        model::entitled_entity{csm::entitled_entity_id{"123"}, entity_type::known::customer}));
            BOOST_TEST_REQUIRE(e.details.size() == 1u);
            const model::detail_field& d = e.details[0];
            BOOST_TEST((d.type.name == type_name::known::select));
            BOOST_TEST(!d.type.options.has_value());
            BOOST_TEST_REQUIRE(d.configuration.has_value());
            BOOST_TEST(!d.configuration->position.has_value());
            BOOST_TEST(json::serialize(d) ==
                       R"({"id":"321","name":"Region","type":{"name":"SELECT"},"values":["EU"],"configuration":{}})");
        }
    }
}

BOOST_AUTO_TEST_CASE(e5_e8_entitlements) {
    const auto e5 = csm_test::round_trip<model::entitlement>(
        csm_test::read_fixture("rest/entitlement/e5.get_entitlement.response.json"));
    BOOST_TEST(e5.id == csm::entitlement_id{entitlement_uuid});
    BOOST_TEST((e5.product == acme));
    BOOST_TEST((e5.entitled_entity ==
                model::entitled_entity{csm::entitled_entity_id{"123"}, entity_type::known::organization}));
    BOOST_TEST_REQUIRE(e5.details.size() == 1u);
    BOOST_TEST(e5.details[0].name == "Support Level");
    BOOST_TEST((e5.details[0].values == strings{"Premium"}));

    const auto bare = csm_test::round_trip<std::vector<model::entitlement>>(
        csm_test::read_fixture("rest/entitlement/e8.list_entitlements.bare_array.response.json"));
    BOOST_TEST_REQUIRE(bare.size() == 1u);
    BOOST_TEST(bare[0].entitled_entity.id.view() ==
               "qm:9edf598a-7a4f-4d3e-b0a5-4f2a8c5d6e7f:0000e9d8-1c2b-4a5d-8e6f-7a8b9c0d1e2f");
    BOOST_TEST(bare[0].details.empty());

    // The list envelope's items (E8).
    const boost::json::value e8 = csm_test::fixture_json("rest/entitlement/e8.list_entitlements.response.json");
    const auto item = json::from_value<model::entitlement>(e8.at("results").at(0), json::read_options::strict());
    BOOST_TEST_REQUIRE(item.has_value());
    BOOST_TEST_REQUIRE(item->details.size() == 1u);
    BOOST_TEST(!item->details[0].type.options.has_value());
    BOOST_TEST((item->details[0].configuration ==
                std::optional<model::detail_field_configuration>(model::detail_field_configuration{})));
    BOOST_TEST(json::to_value(*item) == e8.at("results").at(0));
}

BOOST_AUTO_TEST_CASE(missing_details_read_as_empty) {
    const std::string head =
        R"({"id":"e","product":{"id":"p","name":"P"},"entitledEntity":{"id":"1","type":"CUSTOMER"})";
    BOOST_TEST(csm_test::parse_strict<model::entitlement>(head + "}").details.empty());
    BOOST_TEST(csm_test::parse_strict<model::entitlement>(head + R"(,"details":null})").details.empty());
    BOOST_TEST(json::serialize(csm_test::parse_strict<model::entitlement>(head + "}")) == head + R"(,"details":[]})");
    BOOST_TEST(csm_test::parse_strict<model::profile_entitlement>(head + "}").details.empty());
    BOOST_TEST(csm_test::parse_strict<model::profile_entitlement>(head + R"(,"details":null})").details.empty());
}

BOOST_AUTO_TEST_CASE(unknown_entitled_entity_type_is_kept) {
    const std::string text =
        R"({"id":"e","product":{"id":"p","name":"P"},"entitledEntity":{"id":"42","type":"PARTNER"},"details":[]})";
    const auto e = json::parse<model::entitlement>(text);
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(!e->entitled_entity.type.is_known());
    BOOST_TEST(e->entitled_entity.type.str() == "PARTNER");
    BOOST_TEST(json::serialize(*e) == text);
    csm_test::expect_parse_error<model::entitlement>(text, csm::errc::unknown_value, "/entitledEntity/type",
                                                     "one of CUSTOMER, ORGANIZATION (strict mode)",
                                                     json::read_options::strict());
    csm_test::expect_parse_error<model::profile_entitlement>(text, csm::errc::unknown_value, "/entitledEntity/type",
                                                             "one of CUSTOMER, ORGANIZATION (strict mode)",
                                                             json::read_options::strict());
}

BOOST_AUTO_TEST_CASE(entitlement_errors) {
    using csm::errc;
    using ent = model::entitlement;
    const std::string who = R"("entitledEntity":{"id":"1","type":"CUSTOMER"})";
    csm_test::expect_parse_error<ent>(R"({"id":"e","product":{"name":"Acme"},)" + who + "}", errc::missing_member,
                                      "/product/id", "an id string");
    csm_test::expect_parse_error<ent>(R"({"id":"e","product":{"id":null,"name":"Acme"},)" + who + "}",
                                      errc::missing_member, "/product/id", "an id string");
    csm_test::expect_parse_error<ent>(R"({"id":"e","product":{"id":7.5,"name":"Acme"},)" + who + "}",
                                      errc::type_mismatch, "/product/id", "a string or an integer");
    csm_test::expect_parse_error<ent>(R"({"id":"e","product":{"id":"p"},)" + who + "}", errc::missing_member,
                                      "/product/name", "a string");
    csm_test::expect_parse_error<ent>(R"({"id":"e",)" + who + "}", errc::missing_member, "/product", "an object");
    csm_test::expect_parse_error<ent>(R"({"id":"e","product":"p",)" + who + "}", errc::type_mismatch, "/product",
                                      "an object");
    csm_test::expect_parse_error<ent>(R"({"product":{"id":"p","name":"P"},)" + who + "}", errc::missing_member, "/id",
                                      "an id string");
    csm_test::expect_parse_error<ent>(R"({"id":"e","product":{"id":"p","name":"P"}})", errc::missing_member,
                                      "/entitledEntity", "an object");
    // The entitled entity's id (a customer or an organization id) reads from a number too, like every REST id.
    const auto numeric = csm_test::parse_strict<ent>(
        R"({"id":"e","product":{"id":"p","name":"P"},"entitledEntity":{"id":123,"type":"CUSTOMER"}})");
    BOOST_TEST(numeric.entitled_entity.id == csm::entitled_entity_id{"123"});
    BOOST_TEST(json::serialize(numeric.entitled_entity) == R"({"id":"123","type":"CUSTOMER"})");
    csm_test::expect_parse_error<ent>(
        R"({"id":"e","product":{"id":"p","name":"P"},"entitledEntity":{"id":[1],"type":"CUSTOMER"}})",
        errc::type_mismatch, "/entitledEntity/id", "a string or an integer");
    csm_test::expect_parse_error<ent>(R"({"id":"e","product":{"id":"p","name":"P"},"entitledEntity":{"id":"1"}})",
                                      errc::missing_member, "/entitledEntity/type", "a string");
    csm_test::expect_parse_error<ent>(R"({"id":"e","product":{"id":"p","name":"P"},)" + who + R"(,"details":{}})",
                                      errc::type_mismatch, "/details", "an array");
    csm_test::expect_parse_error<ent>(R"({"id":"e","product":{"id":"p","name":"P"},)" + who +
                                          R"(,"details":[{"name":"R","type":{"name":"TEXT"},"values":"x"}]})",
                                      errc::type_mismatch, "/details/0/values", "an array");
    // The profile detail shape is not the classic one.
    csm_test::expect_parse_error<ent>(R"({"id":"e","product":{"id":"p","name":"P"},)" + who +
                                          R"(,"details":[{"name":"Region","value":{"type":"SELECT","text":["EU"]}}]})",
                                      errc::missing_member, "/details/0/type", "an object");
}

BOOST_AUTO_TEST_CASE(profile_entitlement_from_profiles) {
    const boost::json::value o13 = csm_test::fixture_json("seeds/rest-organization/o13.get_profile.response.json");
    const auto pe =
        json::from_value<model::profile_entitlement>(o13.at("entitlements").at(0), json::read_options::strict());
    BOOST_TEST_REQUIRE(pe.has_value());
    const model::profile_entitlement expected{
        csm::entitlement_id{product_uuid},
        acme,
        {csm::entitled_entity_id{"123"}, entity_type::known::customer},
        {{"Region", model::profile_detail_value_content{type_name::known::select, {"EU"}}}}};
    BOOST_TEST((*pe == expected));
    BOOST_TEST(json::to_value(*pe) == o13.at("entitlements").at(0));
    BOOST_TEST(json::serialize(expected) ==
               R"({"id":"3858a61a-d337-42e6-993e-e13e1c366d4f",)"
               R"("product":{"id":"3858a61a-d337-42e6-993e-e13e1c366d4f","name":"Acme Widget"},)"
               R"("entitledEntity":{"id":"123","type":"CUSTOMER"},)"
               R"("details":[{"name":"Region","value":{"type":"SELECT","text":["EU"]}}]})");

    const boost::json::value c14 = csm_test::fixture_json("seeds/rest-customer/c14.get_customer_profile.response.json");
    const auto from_customer =
        json::from_value<model::profile_entitlement>(c14.at("entitlements").at(0), json::read_options::strict());
    BOOST_TEST_REQUIRE(from_customer.has_value());
    BOOST_TEST((*from_customer == expected));

    // The classic detail shape is not the profile one: strict reading refuses its keys.
    csm_test::expect_parse_error<model::profile_entitlement>(
        R"({"id":"e","product":{"id":"p","name":"P"},"entitledEntity":{"id":"1","type":"CUSTOMER"},)"
        R"("details":[{"id":"321","name":"Region","type":{"name":"SELECT"},"values":["EU"]}]})",
        csm::errc::unknown_member, "/details/0/id", "only documented members (strict mode)",
        json::read_options::strict());
    csm_test::expect_parse_error<model::profile_entitlement>(
        R"({"id":"e","product":{"name":"P"},"entitledEntity":{"id":"1","type":"CUSTOMER"}})", csm::errc::missing_member,
        "/product/id", "an id string");
}

BOOST_AUTO_TEST_CASE(create_entitlement_request_is_the_documented_body) {
    const model::create_entitlement_request req{csm::product_id{product_uuid}};
    const std::string text = json::serialize(req);
    BOOST_TEST(text == R"({"productId":"3858a61a-d337-42e6-993e-e13e1c366d4f"})");
    for (const char* curl : {"seeds/rest-organization/o10.create_entitlement.curl",
                             "seeds/rest-customer/c9.create_customer_entitlement.curl"}) {
        const std::string body = csm_test::curl_body(csm_test::read_fixture(curl));
        BOOST_TEST(csm_test::json(text) == csm_test::json(body));
        BOOST_TEST((csm_test::parse_strict<model::create_entitlement_request>(body) == req));
    }
    csm_test::expect_parse_error<model::create_entitlement_request>("{}", csm::errc::missing_member, "/productId",
                                                                    "an id string");
    csm_test::expect_parse_error<model::create_entitlement_request>(R"({"product_id":"p"})", csm::errc::missing_member,
                                                                    "/productId", "an id string");
}

BOOST_AUTO_TEST_CASE(associate_products_shape) {
    const model::associate_products ap{
        {csm::product_id{product_uuid}, csm::product_id{"4858a61a-d337-42e6-993e-e13e1c366d4f"}}};
    BOOST_TEST(json::serialize(ap) ==
               R"({"productIds":["3858a61a-d337-42e6-993e-e13e1c366d4f","4858a61a-d337-42e6-993e-e13e1c366d4f"]})");
    const boost::json::value o14 =
        csm_test::json(csm_test::curl_body(csm_test::read_fixture("seeds/rest-organization/o14.create_profile.curl")));
    const auto from_doc =
        json::from_value<model::associate_products>(o14.at("associateProducts"), json::read_options::strict());
    BOOST_TEST_REQUIRE(from_doc.has_value());
    BOOST_TEST((*from_doc == ap));
    BOOST_TEST(json::serialize(model::associate_products{}) == R"({"productIds":[]})");
    csm_test::expect_parse_error<model::associate_products>("{}", csm::errc::missing_member, "/productIds", "an array");
    csm_test::expect_parse_error<model::associate_products>(R"({"productIds":["a",true]})", csm::errc::type_mismatch,
                                                            "/productIds/1", "a string or an integer");
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/model/detail_field.hpp> // first: the header must be self-contained

#include <csm/error.hpp>
#include <csm/json/options.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>

#include <csm_test/fixtures.hpp>

#define BOOST_TEST_MODULE csm.rest.model.detail_field
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // lists and scalars the library does not hold, in compiled mode (docs/json-mapping.md)

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

const model::detail_field_type region_select{type_name::known::select, strings{"AU", "EU", "US"}};

} // namespace

// ---- the open enum ----------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(type_names_are_the_api_spellings) {
    BOOST_TEST(type_name::name(type_name::known::select) == "SELECT");
    BOOST_TEST(type_name::name(type_name::known::multiselect) == "MULTISELECT");
    BOOST_TEST(type_name::name(type_name::known::text) == "TEXT");
    BOOST_TEST(type_name::name(type_name::known::date) == "DATE");
    BOOST_TEST(type_name::name(type_name::known::email) == "EMAIL");
    BOOST_TEST(type_name::name(type_name::known::phone) == "PHONE");
    BOOST_TEST(type_name::name(type_name::known::number) == "NUMBER");
    BOOST_TEST(type_name::name(type_name::known::url) == "URL");
    BOOST_TEST(type_name::known_count == 8u);
    using op = model::detail_value_operation_type;
    BOOST_TEST(op::name(op::known::update) == "UPDATE");
    BOOST_TEST(op::name(op::known::patch) == "PATCH");
    BOOST_TEST(op::name(op::known::delete_) == "DELETE");
}

BOOST_AUTO_TEST_CASE(unknown_detail_field_type_is_kept) {
    const auto t = csm_test::parse_strict<model::detail_field_type>(R"({"name":"DATE"})");
    BOOST_TEST((t.name == type_name::known::date));

    const auto checkbox = json::parse<model::detail_field_type>(R"({"name":"CHECKBOX","options":["yes"]})");
    BOOST_TEST_REQUIRE(checkbox.has_value());
    BOOST_TEST(!checkbox->name.is_known());
    BOOST_TEST(checkbox->name.str() == "CHECKBOX");
    BOOST_TEST((checkbox->options == std::optional<strings>(strings{"yes"})));
    BOOST_TEST(json::serialize(*checkbox) == R"({"name":"CHECKBOX","options":["yes"]})");
    // Matching is exact: the lower-case spelling is another (unknown) value.
    const auto lower = json::parse<model::detail_field_type>(R"({"name":"select"})");
    BOOST_TEST_REQUIRE(lower.has_value());
    BOOST_TEST(!lower->name.is_known());
    BOOST_TEST(json::serialize(*lower) == R"({"name":"select"})");

    // Strict reading refuses it, with the pointer of the enum inside the document.
    csm_test::expect_parse_error<model::detail_field_definitions>(
        R"({"results":[{"name":"Agree","type":{"name":"CHECKBOX"}}]})", csm::errc::unknown_value,
        "/results/0/type/name", "one of SELECT, MULTISELECT, TEXT, DATE, EMAIL, PHONE, NUMBER, URL (strict mode)",
        json::read_options::strict());
    // Unknown values survive the enclosing models too.
    const auto profile =
        json::parse<model::profile_detail_value>(R"({"name":"Agree","value":{"type":"CHECKBOX","text":["yes"]}})");
    BOOST_TEST_REQUIRE(profile.has_value());
    BOOST_TEST(profile->value->type.str() == "CHECKBOX");
    BOOST_TEST(json::serialize(*profile) == R"({"name":"Agree","value":{"type":"CHECKBOX","text":["yes"]}})");
}

// ---- definitions (O1, C1, E1) -----------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(o1_c1_definitions) {
    const auto o1 = csm_test::round_trip<model::detail_field_definitions>(
        csm_test::read_fixture("seeds/rest-organization/o1.get_detail_fields.response.json"));
    BOOST_TEST_REQUIRE(o1.results.size() == 1u);
    const model::detail_field_definition& d = o1.results[0];
    BOOST_TEST(d.name == "Region");
    BOOST_TEST((d.type.name == type_name::known::select));
    BOOST_TEST((d.type.options == std::optional<strings>(strings{"AU", "EU", "US"})));
    BOOST_TEST_REQUIRE(d.configuration.has_value());
    BOOST_TEST((d.configuration->position == std::optional<std::int64_t>(1)));
    BOOST_TEST((d == model::detail_field_definition{"Region", region_select, model::detail_field_configuration{1}}));

    const auto c1 = csm_test::round_trip<model::detail_field_definitions>(
        csm_test::read_fixture("seeds/rest-customer/c1.get_detail_fields.response.json"));
    BOOST_TEST((c1 == o1));
}

BOOST_AUTO_TEST_CASE(e1_definitions_with_and_without_options) {
    const auto e1 = csm_test::round_trip<model::detail_field_definitions>(
        csm_test::read_fixture("rest/entitlement/e1.get_detail_fields.response.json"));
    BOOST_TEST_REQUIRE(e1.results.size() == 2u);
    BOOST_TEST(e1.results[0].name == "Support Level");
    BOOST_TEST((e1.results[0].type.options == std::optional<strings>(strings{"Standard", "Premium", "Enterprise"})));
    BOOST_TEST(e1.results[1].name == "Renewal Date");
    BOOST_TEST((e1.results[1].type.name == type_name::known::date));
    BOOST_TEST(!e1.results[1].type.options.has_value());
    BOOST_TEST((e1.results[1].configuration ==
                std::optional<model::detail_field_configuration>(model::detail_field_configuration{2})));
}

BOOST_AUTO_TEST_CASE(definitions_serialize_in_declaration_order) {
    model::detail_field_definitions defs;
    defs.results.push_back({"Region", region_select, model::detail_field_configuration{1}});
    defs.results.push_back({"Notes", {type_name::known::text}, std::nullopt});
    defs.results.push_back({"Since", {type_name::known::date}, model::detail_field_configuration{}});
    BOOST_TEST(
        json::serialize(defs) ==
        R"({"results":[{"name":"Region","type":{"name":"SELECT","options":["AU","EU","US"]},"configuration":{"position":1}},)"
        R"({"name":"Notes","type":{"name":"TEXT"}},)"
        R"({"name":"Since","type":{"name":"DATE"},"configuration":{}}]})");
    BOOST_TEST(json::serialize(model::detail_field_definitions{}) == R"({"results":[]})");
    // to_value builds the same document.
    BOOST_TEST(json::to_value(defs) == csm_test::json(json::serialize(defs)));
}

BOOST_AUTO_TEST_CASE(definitions_tolerances) {
    // A missing or null results collection reads as empty.
    BOOST_TEST(csm_test::parse_strict<model::detail_field_definitions>("{}").results.empty());
    BOOST_TEST(csm_test::parse_strict<model::detail_field_definitions>(R"({"results":null})").results.empty());
    // configuration absent, null or {}; position null.
    const auto defs = csm_test::parse_strict<model::detail_field_definitions>(
        R"({"results":[{"name":"A","type":{"name":"TEXT"}},{"name":"B","type":{"name":"TEXT"},"configuration":null},)"
        R"({"name":"C","type":{"name":"TEXT","options":null},"configuration":{}},)"
        R"({"name":"D","type":{"name":"TEXT"},"configuration":{"position":null}},)"
        R"({"name":"E","type":{"name":"TEXT"},"configuration":{"position":2.0}}]})");
    BOOST_TEST_REQUIRE(defs.results.size() == 5u);
    BOOST_TEST(!defs.results[0].configuration.has_value());
    BOOST_TEST(!defs.results[1].configuration.has_value());
    BOOST_TEST(!defs.results[2].type.options.has_value());
    BOOST_TEST((defs.results[2].configuration ==
                std::optional<model::detail_field_configuration>(model::detail_field_configuration{})));
    BOOST_TEST((defs.results[3].configuration ==
                std::optional<model::detail_field_configuration>(model::detail_field_configuration{})));
    BOOST_TEST((defs.results[4].configuration->position == std::optional<std::int64_t>(2)));
}

BOOST_AUTO_TEST_CASE(definitions_errors) {
    using csm::errc;
    using defs = model::detail_field_definitions;
    csm_test::expect_parse_error<defs>("[]", errc::type_mismatch, "", "an object");
    csm_test::expect_parse_error<defs>(R"({"results":{}})", errc::type_mismatch, "/results", "an array");
    csm_test::expect_parse_error<defs>(R"({"results":[{"type":{"name":"TEXT"}}]})", errc::missing_member,
                                       "/results/0/name", "a string");
    csm_test::expect_parse_error<defs>(R"({"results":[{"name":null,"type":{"name":"TEXT"}}]})", errc::missing_member,
                                       "/results/0/name", "a string");
    csm_test::expect_parse_error<defs>(R"({"results":[{"name":"A"}]})", errc::missing_member, "/results/0/type",
                                       "an object");
    csm_test::expect_parse_error<defs>(R"({"results":[{"name":"A","type":{}}]})", errc::missing_member,
                                       "/results/0/type/name", "a string");
    csm_test::expect_parse_error<defs>(R"({"results":[{"name":"A","type":"TEXT"}]})", errc::type_mismatch,
                                       "/results/0/type", "an object");
    csm_test::expect_parse_error<defs>(R"({"results":[{"name":"A","type":{"name":7}}]})", errc::type_mismatch,
                                       "/results/0/type/name", "a string");
    csm_test::expect_parse_error<defs>(R"({"results":[{"name":"A","type":{"name":"SELECT","options":"AU"}}]})",
                                       errc::type_mismatch, "/results/0/type/options", "an array");
    csm_test::expect_parse_error<defs>(R"({"results":[{"name":"A","type":{"name":"SELECT","options":["AU",1]}}]})",
                                       errc::type_mismatch, "/results/0/type/options/1", "a string");
    csm_test::expect_parse_error<defs>(
        R"({"results":[{"name":"A","type":{"name":"TEXT"},"configuration":{"position":"1"}}]})", errc::type_mismatch,
        "/results/0/configuration/position", "an integer");
    csm_test::expect_parse_error<defs>(
        R"({"results":[{"name":"A","type":{"name":"TEXT"},"configuration":{"position":1.5}}]})", errc::type_mismatch,
        "/results/0/configuration/position", "an integer");
    csm_test::expect_parse_error<defs>(
        R"({"results":[{"name":"A","type":{"name":"TEXT"},"configuration":{"position":9223372036854775808}}]})",
        errc::out_of_range, "/results/0/configuration/position", "an integer in the signed 64-bit range");
    // A definition carries no id: strict reading names the undocumented key.
    csm_test::expect_parse_error<defs>(R"({"results":[{"id":"1","name":"A","type":{"name":"TEXT"}}]})",
                                       errc::unknown_member, "/results/0/id", "only documented members (strict mode)",
                                       json::read_options::strict());
}

// ---- create, edit, and their responses (O2, O3, C2, C3, E2, E3) ---------------------------------------------

BOOST_AUTO_TEST_CASE(create_request_is_the_documented_body) {
    const model::create_detail_field_request req{"Region", region_select};
    const std::string text = json::serialize(req);
    BOOST_TEST(text == R"({"name":"Region","type":{"name":"SELECT","options":["AU","EU","US"]}})");
    for (const char* curl :
         {"seeds/rest-organization/o2.create_detail_field.curl", "seeds/rest-customer/c2.create_detail_field.curl"}) {
        BOOST_TEST(csm_test::json(text) == csm_test::json(csm_test::curl_body(csm_test::read_fixture(curl))));
        BOOST_TEST((csm_test::parse_strict<model::create_detail_field_request>(
                        csm_test::curl_body(csm_test::read_fixture(curl))) == req));
    }
    // Options are left out when empty, e.g. for TEXT.
    BOOST_TEST(json::serialize(model::create_detail_field_request{"Notes", {type_name::known::text}}) ==
               R"({"name":"Notes","type":{"name":"TEXT"}})");
    // An empty (engaged) list is still written.
    BOOST_TEST(
        json::serialize(model::create_detail_field_request{"Tier", {type_name::known::multiselect, strings{}}}) ==
        R"({"name":"Tier","type":{"name":"MULTISELECT","options":[]}})");
}

BOOST_AUTO_TEST_CASE(create_and_edit_responses) {
    const model::detail_field_response region{"Region", region_select};
    for (const char* file : {"seeds/rest-organization/o2.create_detail_field.response.json",
                             "seeds/rest-organization/o3.edit_detail_field.response.json",
                             "seeds/rest-customer/c2.create_detail_field.response.json",
                             "seeds/rest-customer/c3.edit_detail_field.response.json"})
        BOOST_TEST((csm_test::round_trip<model::detail_field_response>(csm_test::read_fixture(file)) == region));

    const auto e2 = csm_test::round_trip<model::detail_field_response>(
        csm_test::read_fixture("rest/entitlement/e2.create_detail_field.response.json"));
    BOOST_TEST((e2 == model::detail_field_response{
                          "Support Level", {type_name::known::select, strings{"Standard", "Premium", "Enterprise"}}}));
    const auto e3 = csm_test::round_trip<model::detail_field_response>(
        csm_test::read_fixture("rest/entitlement/e3.edit_detail_field.response.json"));
    BOOST_TEST(e3.name == "Support Tier");
    BOOST_TEST((e3.type.options == std::optional<strings>(strings{"Standard", "Premium", "Enterprise", "Strategic"})));

    // No id and no configuration in this shape.
    csm_test::expect_parse_error<model::detail_field_response>(
        R"({"name":"A","type":{"name":"TEXT"},"configuration":{}})", csm::errc::unknown_member, "/configuration",
        "only documented members (strict mode)", json::read_options::strict());
    csm_test::expect_parse_error<model::detail_field_response>(R"({"type":{"name":"TEXT"}})", csm::errc::missing_member,
                                                               "/name", "a string");
}

BOOST_AUTO_TEST_CASE(edit_request) {
    const model::edit_detail_field_request req{"Region", strings{"AU", "EU", "US"}};
    BOOST_TEST(json::serialize(req) == R"({"name":"Region","options":["AU","EU","US"]})");
    for (const char* curl :
         {"seeds/rest-organization/o3.edit_detail_field.curl", "seeds/rest-customer/c3.edit_detail_field.curl"}) {
        const std::string body = csm_test::curl_body(csm_test::read_fixture(curl));
        BOOST_TEST(csm_test::json(json::serialize(req)) == csm_test::json(body));
        BOOST_TEST((csm_test::parse_strict<model::edit_detail_field_request>(body) == req));
    }
    BOOST_TEST(json::serialize(model::edit_detail_field_request{"Renamed"}) == R"({"name":"Renamed"})");
    csm_test::expect_parse_error<model::edit_detail_field_request>(R"({"options":[]})", csm::errc::missing_member,
                                                                   "/name", "a string");
}

// ---- the classic value shape: DetailField ------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(detail_field_classic_shape) {
    const std::string text =
        R"({"id":"321","name":"Region","type":{"name":"SELECT","options":["AU","EU","US"]},"values":["EU"],"configuration":{"position":1}})";
    const auto f = csm_test::parse_strict<model::detail_field>(text);
    BOOST_TEST((f.id == std::optional<csm::detail_field_id>(csm::detail_field_id{"321"})));
    BOOST_TEST(f.name == "Region");
    BOOST_TEST((f.type == region_select));
    BOOST_TEST((f.values == strings{"EU"}));
    BOOST_TEST(
        (f.configuration == std::optional<model::detail_field_configuration>(model::detail_field_configuration{1})));
    BOOST_TEST(json::serialize(f) == text);
    BOOST_TEST(
        (f == model::detail_field{
                  csm::detail_field_id{"321"}, "Region", region_select, {"EU"}, model::detail_field_configuration{1}}));
}

BOOST_AUTO_TEST_CASE(detail_field_entitlement_list_shape) {
    // The entitlement-list examples (O9, C8, E8): no options and `configuration: {}`.
    const std::string text =
        R"({"id":"321","name":"Region","type":{"name":"SELECT"},"values":["EU"],"configuration":{}})";
    const auto f = csm_test::parse_strict<model::detail_field>(text);
    BOOST_TEST((f.type.name == type_name::known::select));
    BOOST_TEST(!f.type.options.has_value());
    BOOST_TEST_REQUIRE(f.configuration.has_value());
    BOOST_TEST(!f.configuration->position.has_value());
    BOOST_TEST(json::serialize(f) == text);
}

BOOST_AUTO_TEST_CASE(detail_field_optional_and_defaulted_members) {
    // id and configuration are optional; values reads as empty when missing or null, and is always written.
    const auto f = csm_test::parse_strict<model::detail_field>(R"({"name":"Notes","type":{"name":"TEXT"}})");
    BOOST_TEST(!f.id.has_value());
    BOOST_TEST(f.values.empty());
    BOOST_TEST(!f.configuration.has_value());
    BOOST_TEST(json::serialize(f) == R"({"name":"Notes","type":{"name":"TEXT"},"values":[]})");
    BOOST_TEST(csm_test::parse_strict<model::detail_field>(R"({"name":"Notes","type":{"name":"TEXT"},"values":null})")
                   .values.empty());

    const model::detail_field built{std::nullopt, "Region", {type_name::known::select}, {"EU", "US"}, std::nullopt};
    BOOST_TEST(json::serialize(built) == R"({"name":"Region","type":{"name":"SELECT"},"values":["EU","US"]})");

    using csm::errc;
    // Ids read from JSON numbers too (the server may send them so), and are written as strings.
    const auto numeric = csm_test::parse_strict<model::detail_field>(R"({"id":321,"name":"A","type":{"name":"TEXT"}})");
    BOOST_TEST((numeric.id == std::optional<csm::detail_field_id>(csm::detail_field_id{"321"})));
    BOOST_TEST(json::serialize(numeric) == R"({"id":"321","name":"A","type":{"name":"TEXT"},"values":[]})");
    csm_test::expect_parse_error<model::detail_field>(R"({"id":true,"name":"A","type":{"name":"TEXT"}})",
                                                      errc::type_mismatch, "/id", "a string or an integer");
    csm_test::expect_parse_error<model::detail_field>(R"({"name":"A","type":{"name":"TEXT"},"values":"EU"})",
                                                      errc::type_mismatch, "/values", "an array");
    csm_test::expect_parse_error<model::detail_field>(R"({"name":"A","type":{"name":"TEXT"},"values":[null]})",
                                                      errc::type_mismatch, "/values/0", "a string");
    csm_test::expect_parse_error<model::detail_field>(R"({"name":"A","type":{"name":"TEXT"},"configuration":[]})",
                                                      errc::type_mismatch, "/configuration", "an object");
    csm_test::expect_parse_error<model::detail_field>(R"({"id":"1","type":{"name":"TEXT"}})", errc::missing_member,
                                                      "/name", "a string");
}

// ---- set values and its response (O8, C7, E7) ----------------------------------------------------------------

BOOST_AUTO_TEST_CASE(set_values_request) {
    const model::set_detail_values_request req{{"EU"}};
    BOOST_TEST(json::serialize(req) == R"({"values":["EU"]})");
    const std::string body =
        csm_test::curl_body(csm_test::read_fixture("seeds/rest-organization/o8.set_detail_value.curl"));
    BOOST_TEST(csm_test::json(json::serialize(req)) == csm_test::json(body));
    BOOST_TEST((csm_test::parse_strict<model::set_detail_values_request>(body) == req));
    // Always sent, even empty.
    BOOST_TEST(json::serialize(model::set_detail_values_request{}) == R"({"values":[]})");
    csm_test::expect_parse_error<model::set_detail_values_request>("{}", csm::errc::missing_member, "/values",
                                                                   "an array");
}

BOOST_AUTO_TEST_CASE(update_detail_field_response_seeds) {
    const model::update_detail_field_response region{csm::detail_field_id{"321"}, "Region", region_select, {"EU"}};
    BOOST_TEST((csm_test::round_trip<model::update_detail_field_response>(
                    csm_test::read_fixture("seeds/rest-organization/o8.set_detail_value.response.json")) == region));
    BOOST_TEST((csm_test::round_trip<model::update_detail_field_response>(csm_test::read_fixture(
                    "seeds/rest-customer/c7.set_customer_detail_value.response.json")) == region));
    const auto e7 = csm_test::round_trip<model::update_detail_field_response>(
        csm_test::read_fixture("rest/entitlement/e7.set_detail_value.response.json"));
    BOOST_TEST((e7.id == std::optional<csm::detail_field_id>(csm::detail_field_id{"654"})));
    BOOST_TEST(e7.name == "Support Level");
    BOOST_TEST((e7.values == strings{"Enterprise"}));

    BOOST_TEST(json::serialize(region) ==
               R"({"id":"321","name":"Region","type":{"name":"SELECT","options":["AU","EU","US"]},"values":["EU"]})");
    // values: default_if_missing; id: optional (the docs do not confirm it), absent or null alike; a number
    // reads as its decimal text.
    const auto no_values =
        csm_test::parse_strict<model::update_detail_field_response>(R"({"id":"1","name":"A","type":{"name":"TEXT"}})");
    BOOST_TEST(no_values.values.empty());
    BOOST_TEST(!csm_test::parse_strict<model::update_detail_field_response>(
                    R"({"name":"A","type":{"name":"TEXT"},"values":[]})")
                    .id.has_value());
    BOOST_TEST(
        !csm_test::parse_strict<model::update_detail_field_response>(R"({"id":null,"name":"A","type":{"name":"TEXT"}})")
             .id.has_value());
    const auto numeric =
        csm_test::parse_strict<model::update_detail_field_response>(R"({"id":321,"name":"A","type":{"name":"TEXT"}})");
    BOOST_TEST((numeric.id == std::optional<csm::detail_field_id>(csm::detail_field_id{"321"})));
    BOOST_TEST(json::serialize(numeric) == R"({"id":"321","name":"A","type":{"name":"TEXT"},"values":[]})");
    csm_test::expect_parse_error<model::update_detail_field_response>(
        R"({"id":1.5,"name":"A","type":{"name":"TEXT"}})", csm::errc::type_mismatch, "/id", "a string or an integer");
    csm_test::expect_parse_error<model::update_detail_field_response>(
        R"({"id":"1","name":"A","type":{"name":"TEXT"},"configuration":{"position":1}})", csm::errc::unknown_member,
        "/configuration", "only documented members (strict mode)", json::read_options::strict());
}

// ---- the profile value shapes --------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(profile_detail_value_shape) {
    const std::string text = R"({"name":"Region","value":{"type":"SELECT","text":["EU"]}})";
    const auto v = csm_test::parse_strict<model::profile_detail_value>(text);
    BOOST_TEST(v.name == "Region");
    BOOST_TEST((v.value->type == type_name::known::select));
    BOOST_TEST((v.value->text == strings{"EU"}));
    BOOST_TEST(json::serialize(v) == text);
    BOOST_TEST((v == model::profile_detail_value{
                         "Region", model::profile_detail_value_content{type_name::known::select, {"EU"}}}));

    // The profile examples (O13, C14): the same value in the documents.
    const boost::json::value o13 = csm_test::fixture_json("seeds/rest-organization/o13.get_profile.response.json");
    const auto from_doc =
        json::from_value<model::profile_detail_value>(o13.at("details").at(0), json::read_options::strict());
    BOOST_TEST_REQUIRE(from_doc.has_value());
    BOOST_TEST((*from_doc == v));

    // text reads as empty when missing or null, and is always written.
    const auto empty =
        csm_test::parse_strict<model::profile_detail_value>(R"({"name":"Notes","value":{"type":"TEXT"}})");
    BOOST_TEST(empty.value->text.empty());
    BOOST_TEST(json::serialize(empty) == R"({"name":"Notes","value":{"type":"TEXT","text":[]}})");
    BOOST_TEST(
        csm_test::parse_strict<model::profile_detail_value>(R"({"name":"N","value":{"type":"TEXT","text":null}})")
            .value->text.empty());

    using csm::errc;
    // value: the docs do not confirm it is always there, so a detail without one still reads (absent or null).
    BOOST_TEST(!csm_test::parse_strict<model::profile_detail_value>(R"({"name":"Region"})").value.has_value());
    BOOST_TEST(
        !csm_test::parse_strict<model::profile_detail_value>(R"({"name":"Region","value":null})").value.has_value());
    BOOST_TEST(json::serialize(model::profile_detail_value{"Region", std::nullopt}) == R"({"name":"Region"})");
    csm_test::expect_parse_error<model::profile_detail_value>(R"({"name":"Region","value":{"text":["EU"]}})",
                                                              errc::missing_member, "/value/type", "a string");
    csm_test::expect_parse_error<model::profile_detail_value>(R"({"name":"Region","value":{"type":1}})",
                                                              errc::type_mismatch, "/value/type", "a string");
    // text is an array even for SELECT.
    csm_test::expect_parse_error<model::profile_detail_value>(
        R"({"name":"Region","value":{"type":"SELECT","text":"EU"}})", errc::type_mismatch, "/value/text", "an array");
    // The classic key `values` is not this shape's: strict reading refuses it.
    csm_test::expect_parse_error<model::profile_detail_value>(
        R"({"name":"Region","values":["EU"]})", errc::unknown_member, "/values",
        "only documented members (strict mode)", json::read_options::strict());
}

BOOST_AUTO_TEST_CASE(profile_detail_value_request_shape) {
    const model::profile_detail_value_request req{"Region", {"EU"}};
    BOOST_TEST(json::serialize(req) == R"({"name":"Region","values":["EU"]})");
    const boost::json::value o14 =
        csm_test::json(csm_test::curl_body(csm_test::read_fixture("seeds/rest-organization/o14.create_profile.curl")));
    const auto from_doc =
        json::from_value<model::profile_detail_value_request>(o14.at("details").at(0), json::read_options::strict());
    BOOST_TEST_REQUIRE(from_doc.has_value());
    BOOST_TEST((*from_doc == req));
    BOOST_TEST(json::serialize(model::profile_detail_value_request{"Region", {}}) ==
               R"({"name":"Region","values":[]})");
    // values is required here (a request shape: no default_if_missing).
    csm_test::expect_parse_error<model::profile_detail_value_request>(R"({"name":"Region"})", csm::errc::missing_member,
                                                                      "/values", "an array");
}

// ---- bulk detail-value operations (B2, B6) --------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(bulk_operations_from_the_b6_example) {
    using op = model::detail_value_operation_type;
    const boost::json::value b6 = csm_test::json(
        csm_test::curl_body(csm_test::read_fixture("rest/organization_bulk/b6.update_detail_values.curl")));
    const auto first = json::from_value<std::vector<model::bulk_detail_value_operation>>(
        b6.at("organizations").at(0).at("operations"), json::read_options::strict());
    BOOST_TEST_REQUIRE(first.has_value());
    BOOST_TEST_REQUIRE(first->size() == 2u);
    BOOST_TEST(((*first)[0] == model::bulk_detail_value_operation{op::known::update, {"Region", strings{"Asia"}}}));
    BOOST_TEST(((*first)[1] ==
                model::bulk_detail_value_operation{op::known::patch, {"Customer Segment", strings{"Enterprise"}}}));
    BOOST_TEST(json::serialize(*first) ==
               R"([{"operationType":"UPDATE","payload":{"name":"Region","values":["Asia"]}},)"
               R"({"operationType":"PATCH","payload":{"name":"Customer Segment","values":["Enterprise"]}}])");

    const auto second = json::from_value<std::vector<model::bulk_detail_value_operation>>(
        b6.at("organizations").at(1).at("operations"), json::read_options::strict());
    BOOST_TEST_REQUIRE(second.has_value());
    BOOST_TEST_REQUIRE(second->size() == 1u);
    BOOST_TEST(((*second)[0].operation_type == op::known::delete_));
    BOOST_TEST(!(*second)[0].payload.values.has_value());
    BOOST_TEST(json::serialize((*second)[0]) == R"({"operationType":"DELETE","payload":{"name":"Region"}})");
}

BOOST_AUTO_TEST_CASE(bulk_operation_tolerances_and_errors) {
    const auto upsert = json::parse<model::bulk_detail_value_operation>(
        R"({"operationType":"UPSERT","payload":{"name":"Region","values":[]}})");
    BOOST_TEST_REQUIRE(upsert.has_value());
    BOOST_TEST(!upsert->operation_type.is_known());
    BOOST_TEST(upsert->operation_type.str() == "UPSERT");
    BOOST_TEST(json::serialize(*upsert) == R"({"operationType":"UPSERT","payload":{"name":"Region","values":[]}})");

    using csm::errc;
    using bulk = model::bulk_detail_value_operation;
    csm_test::expect_parse_error<bulk>(R"({"operationType":"UPSERT","payload":{"name":"R"}})", errc::unknown_value,
                                       "/operationType", "one of UPDATE, PATCH, DELETE (strict mode)",
                                       json::read_options::strict());
    csm_test::expect_parse_error<bulk>(R"({"payload":{"name":"R"}})", errc::missing_member, "/operationType",
                                       "a string");
    csm_test::expect_parse_error<bulk>(R"({"operation_type":"DELETE","payload":{"name":"R"}})", errc::missing_member,
                                       "/operationType", "a string");
    csm_test::expect_parse_error<bulk>(R"({"operationType":"DELETE"})", errc::missing_member, "/payload", "an object");
    csm_test::expect_parse_error<bulk>(R"({"operationType":"DELETE","payload":{}})", errc::missing_member,
                                       "/payload/name", "a string");
    csm_test::expect_parse_error<bulk>(R"({"operationType":"UPDATE","payload":{"name":"R","values":[1]}})",
                                       errc::type_mismatch, "/payload/values/0", "a string");
}

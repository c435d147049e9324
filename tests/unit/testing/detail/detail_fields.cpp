// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/testing/detail/detail_fields.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.testing.detail.detail_fields
#include <boost/test/unit_test.hpp>

#include "sim_test.hpp"

#include <csm/rest/customer.hpp>
#include <csm/rest/entitlement.hpp>
#include <csm/rest/send.hpp>
#include <csm/rest/organization.hpp>

#include <boost/json/parse.hpp>

#include <string>
#include <vector>

using namespace csm::rest;
using boost::json::parse;
using csm_test::fixture_json;

namespace {

model::create_detail_field_request field(std::string name, std::string type, std::vector<std::string> options = {}) {
    model::create_detail_field_request r{std::move(name), {model::detail_field_type_name(type), {}}};
    if (!options.empty()) r.type.options = std::move(options);
    return r;
}

} // namespace

// The docs' entitlement examples (tests/fixtures/rest/entitlement, E1–E4) against the simulator: the same bodies
// go in, the same JSON comes out.
BOOST_FIXTURE_TEST_CASE(definitions_follow_the_documented_examples, sim_test::fixture) {
    const http_response created = curl("rest/entitlement/e2.create_detail_field.curl");
    BOOST_TEST(created.status == 201);
    BOOST_TEST(parse(created.body) == fixture_json("rest/entitlement/e2.create_detail_field.response.json"));
    BOOST_TEST(call(entitlement::create_detail_field{field("Renewal Date", "DATE")}).status == 201);

    const http_response listed = curl("rest/entitlement/e1.get_detail_fields.curl");
    BOOST_TEST(listed.status == 200);
    BOOST_TEST(parse(listed.body) == fixture_json("rest/entitlement/e1.get_detail_fields.response.json"));

    const http_response edited =
        curl("rest/entitlement/e3.edit_detail_field.curl", {{"{fieldName}", "Support%20Level"}});
    BOOST_TEST(edited.status == 200);
    BOOST_TEST(parse(edited.body) == fixture_json("rest/entitlement/e3.edit_detail_field.response.json"));

    BOOST_TEST(curl("rest/entitlement/e4.delete_detail_field.curl", {{"{fieldName}", "Renewal%20Date"}}).status == 204);
    BOOST_TEST(call(entitlement::get_detail_fields{}).body ==
               R"({"results":[{"name":"Support Tier","type":{"name":"SELECT","options":)"
               R"(["Standard","Premium","Enterprise","Strategic"]},"configuration":{"position":1}}]})");
    BOOST_TEST(call(entitlement::delete_detail_field{detail_field_name("Renewal Date")}).status == 404);
}

BOOST_FIXTURE_TEST_CASE(fifty_fields_per_kind_then_the_documented_400, sim_test::fixture) {
    for (int i = 1; i <= 50; ++i)
        BOOST_REQUIRE(call(customer::create_detail_field{field("F" + std::to_string(i), "TEXT")}).status == 201);
    const http_response over = call(customer::create_detail_field{field("F51", "TEXT")});
    BOOST_TEST(over.status == 400);
    BOOST_TEST(over.body ==
               R"j({"errorMessages":["/body: expected at most 50 detail fields of this kind )j"
               R"j((limit_exceeded)"],"errors":{"/body":"expected at most 50 detail fields of this kind"}})j");
    // Another kind has its own 50; a deleted field frees a place.
    BOOST_TEST(call(organization::create_detail_field{field("F51", "TEXT")}).status == 201);
    BOOST_TEST(call(customer::delete_detail_field{detail_field_name("F7")}).status == 204);
    BOOST_TEST(call(customer::create_detail_field{field("F51", "TEXT")}).status == 201);
    auto list = csm::rest::send(http, customer::get_detail_fields{}, base);
    BOOST_REQUIRE(list);
    BOOST_TEST(list->results.size() == 50u);
    BOOST_TEST(list->results.back().name == "F51");
    BOOST_TEST(*list->results.back().configuration->position == 51);
}

BOOST_FIXTURE_TEST_CASE(definitions_are_checked, sim_test::fixture) {
    BOOST_REQUIRE(call(organization::create_detail_field{field("Region", "SELECT", {"AU", "EU"})}).status == 201);
    // Names are unique ignoring case and surrounding blanks, as the bulk definitions say.
    BOOST_TEST(sim_test::errors_of(call(organization::create_detail_field{field(" region ", "TEXT")})) ==
               parse(R"({"/body/name":"expected a name no other detail field has"})"));
    // Bodies the client would refuse to build are sent raw: the simulator checks them too.
    const organization::create_detail_field any{field("X", "TEXT")};
    BOOST_TEST(sim_test::errors_of(call_with_body(any, R"({"name":" ","type":{"name":"TEXT"}})")) ==
               parse(R"({"/body/name":"expected a non-empty name"})"));
    BOOST_TEST(sim_test::errors_of(call(organization::create_detail_field{field("Tier", "SELECT")})) ==
               parse(R"({"/body/type/options":"expected at least one option for this field type"})"));
    BOOST_TEST(sim_test::errors_of(call(organization::create_detail_field{field("Note", "TEXT", {"a"})})) ==
               parse(R"({"/body/type/options":"expected no options for this field type"})"));
    std::string many = R"({"name":"Big","type":{"name":"SELECT","options":["o")";
    for (int i = 1; i < 51; ++i) many += R"(,"o")";
    BOOST_TEST(sim_test::errors_of(call_with_body(any, many + "]}}")) ==
               parse(R"({"/body/type/options":"expected at most 50 items"})"));
    BOOST_TEST(sim_test::errors_of(call_with_body(any, R"({"name":"X"})")).as_object().contains("/body/type"));
    // Editing: rename into another field's name is refused; options only for select fields.
    BOOST_REQUIRE(call(organization::create_detail_field{field("Note", "TEXT")}).status == 201);
    BOOST_TEST(sim_test::errors_of(call(organization::edit_detail_field{detail_field_name("Note"), {"REGION", {}}})) ==
               parse(R"({"/body/name":"expected a name no other detail field has"})"));
    BOOST_TEST(
        sim_test::errors_of(call(organization::edit_detail_field{detail_field_name("Note"), {"Note", {{"a"}}}})) ==
        parse(R"({"/body/options":"expected no options for this field type"})"));
    BOOST_TEST(call(organization::edit_detail_field{detail_field_name("Nope"), {"Nope", {}}}).status == 404);
}

BOOST_FIXTURE_TEST_CASE(values_are_checked_against_type_and_options, sim_test::fixture) {
    BOOST_REQUIRE(call(organization::create_detail_field{field("Region", "SELECT", {"AU", "EU", "US"})}).status == 201);
    BOOST_REQUIRE(call(organization::create_detail_field{field("Channels", "MULTISELECT", {"Mail", "Phone"})}).status ==
                  201);
    BOOST_REQUIRE(call(organization::create_detail_field{field("Renewal", "DATE")}).status == 201);
    BOOST_REQUIRE(call(organization::create_detail_field{field("Contact", "EMAIL")}).status == 201);
    BOOST_REQUIRE(call(organization::create_detail_field{field("Phone", "PHONE")}).status == 201);
    BOOST_REQUIRE(call(organization::create_detail_field{field("Seats", "NUMBER")}).status == 201);
    BOOST_REQUIRE(call(organization::create_detail_field{field("Site", "URL")}).status == 201);
    BOOST_REQUIRE(call(organization::create_organization{{"Atlassian"}}).status == 201);
    const csm::organization_id org("1");
    auto set = [&](std::string name, std::vector<std::string> values) {
        return call(organization::set_detail_value{org, detail_field_name(std::move(name)), {std::move(values)}});
    };

    const http_response region = set("Region", {"EU"});
    BOOST_TEST(region.status == 200);
    BOOST_TEST(region.body ==
               R"({"id":"1","name":"Region","type":{"name":"SELECT","options":["AU","EU","US"]},"values":["EU"]})");
    BOOST_TEST(set("Channels", {"Mail", "Phone"}).status == 200);
    BOOST_TEST(set("Renewal", {"2026-12-31"}).status == 200);
    BOOST_TEST(set("Contact", {"ops@example.com"}).status == 200);
    BOOST_TEST(set("Phone", {"+61 422 333 111"}).status == 200);
    BOOST_TEST(set("Seats", {"-12.5"}).status == 200);
    BOOST_TEST(set("Site", {"https://example.com"}).status == 200);

    auto err = [&](std::string name, std::vector<std::string> values) {
        return sim_test::errors_of(set(name, values));
    };
    BOOST_TEST(err("Region", {"APAC"}) == parse(R"({"/body/values/0":"expected one of the field's options"})"));
    BOOST_TEST(err("Region", {"AU", "EU"}) ==
               parse(R"({"/body/values":"expected at most one value for this field type"})"));
    BOOST_TEST(err("Channels", {"Mail", "Fax"}) ==
               parse(R"({"/body/values/1":"expected one of the field's options"})"));
    BOOST_TEST(err("Renewal", {"31/12/2026"}) == parse(R"({"/body/values/0":"expected a date YYYY-MM-DD"})"));
    BOOST_TEST(err("Contact", {"ops.example.com"}) == parse(R"({"/body/values/0":"expected an email address"})"));
    BOOST_TEST(err("Phone", {"call me"}) == parse(R"({"/body/values/0":"expected a phone number"})"));
    BOOST_TEST(err("Seats", {"12a"}) == parse(R"({"/body/values/0":"expected a number"})"));
    BOOST_TEST(err("Site", {"example.com"}) == parse(R"({"/body/values/0":"expected an http or https URL"})"));
    BOOST_TEST(err("Nope", {"x"}) == parse(R"({"/query/fieldName":"expected the name of an existing detail field"})"));
    BOOST_TEST(set("Region", {"EU"}).status == 200); // a refused value changed nothing
    BOOST_TEST(
        call(organization::set_detail_value{csm::organization_id("9"), detail_field_name("Region"), {{"EU"}}}).status ==
        404);

    // O5 shows the values in display order, with the field's id and configuration; [] clears a value.
    BOOST_TEST(set("Channels", {}).status == 200);
    BOOST_TEST(call(organization::delete_detail_field{detail_field_name("Renewal")}).status == 204);
    const http_response got = call(organization::get_organization{org});
    BOOST_TEST(got.body == R"({"id":"1","name":"Atlassian","details":[)"
                           R"({"id":"1","name":"Region","type":{"name":"SELECT","options":["AU","EU","US"]},)"
                           R"("values":["EU"],"configuration":{"position":1}},)"
                           R"({"id":"4","name":"Contact","type":{"name":"EMAIL"},"values":["ops@example.com"],)"
                           R"("configuration":{"position":4}},)"
                           R"({"id":"5","name":"Phone","type":{"name":"PHONE"},"values":["+61 422 333 111"],)"
                           R"("configuration":{"position":5}},)"
                           R"({"id":"6","name":"Seats","type":{"name":"NUMBER"},"values":["-12.5"],)"
                           R"("configuration":{"position":6}},)"
                           R"({"id":"7","name":"Site","type":{"name":"URL"},"values":["https://example.com"],)"
                           R"("configuration":{"position":7}}]})");
}

BOOST_FIXTURE_TEST_CASE(customer_values_read_back_through_get_customer, sim_test::fixture) {
    BOOST_REQUIRE(call(customer::create_detail_field{field("Tier", "SELECT", {"Free", "Premium"})}).status == 201);
    BOOST_REQUIRE(call(customer::create_account{{.display_name = "Ann", .email = "ann@example.com"}}).status == 201);
    const csm::customer_id ann("qm:1");
    BOOST_TEST(call(customer::set_detail_value{ann, detail_field_name("Tier"), {{"Premium"}}}).status == 200);
    BOOST_TEST(sim_test::errors_of(call(customer::set_detail_value{ann, detail_field_name("Tier"), {{"Gold"}}})) ==
               parse(R"({"/body/values/0":"expected one of the field's options"})"));
    BOOST_TEST(call(customer::get_customer{ann}).body ==
               R"({"id":"qm:1","name":"Ann","details":[{"id":"1","name":"Tier","type":{"name":"SELECT",)"
               R"("options":["Free","Premium"]},"values":["Premium"],"configuration":{"position":1}}],)"
               R"("organizations":[]})");
    // Renaming a field keeps its values; deleting the customer forgets them.
    BOOST_TEST(call(customer::edit_detail_field{detail_field_name("Tier"), {"Plan", {}}}).status == 200);
    auto got = csm::rest::send(http, customer::get_customer{ann}, base);
    BOOST_REQUIRE(got);
    BOOST_REQUIRE(got->details.size() == 1u);
    BOOST_TEST(got->details[0].name == "Plan");
    BOOST_TEST(call(customer::delete_account{ann}).status == 204);
    BOOST_TEST(call(customer::get_customer{ann}).status == 404);
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/entitlement.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.entitlement
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/response.hpp>

#include <csm_test/fixtures.hpp>
#include <csm_test/hostile_ids.hpp>
#include <csm_test/rest.hpp>

#include <boost/url/url_view.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rest = csm::rest;
namespace ent = csm::rest::entitlement;
namespace model = csm::rest::model;

namespace {

const std::string dir = "rest/entitlement/";
const std::string entitlement_uuid = "7f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8";
const std::string product_uuid = "3858a61a-d337-42e6-993e-e13e1c366d4f";

std::string fixture(const std::string& name) { return csm_test::read_fixture(dir + name); }

template <class E>
typename E::response round_trip(const std::string& name) {
    return csm_test::check_response_round_trip<E>(fixture(name));
}

/// An E8 request for organization 123 (optionally with start and limit).
ent::list_entitlements list_request(std::optional<std::int32_t> start = {}, std::optional<std::int32_t> limit = {}) {
    return ent::list_entitlements{.entity_type = model::entitled_entity_type::known::organization,
                                  .entity_id = "123",
                                  .start = start,
                                  .limit = limit};
}

/// An E8 page of `n` copies of the fixture's entitlement.
ent::entitlement_page page_of(std::size_t n) {
    const auto one = csm::json::parse<ent::entitlement_page>(fixture("e8.list_entitlements.bare_array.response.json"));
    BOOST_TEST_REQUIRE(one.has_value());
    ent::entitlement_page page;
    page.results.assign(n, one->results.at(0));
    return page;
}

} // namespace

// ---- metadata ----------------------------------------------------------------------------------------

// E8's page is not a described struct itself: its own codec reads both envelope forms.
static_assert(!csm::json::described_struct<ent::entitlement_page>);

BOOST_AUTO_TEST_CASE(metadata_is_the_reference_rows) {
    BOOST_TEST(ent::get_detail_fields::info.docs.id == "E1");
    BOOST_TEST(ent::create_detail_field::info.docs.id == "E2");
    BOOST_TEST(ent::edit_detail_field::info.docs.id == "E3");
    BOOST_TEST(ent::delete_detail_field::info.docs.id == "E4");
    BOOST_TEST(ent::get_entitlement::info.docs.id == "E5");
    BOOST_TEST(ent::delete_entitlement::info.docs.id == "E6");
    BOOST_TEST(ent::set_detail_value::info.docs.id == "E7");
    BOOST_TEST(ent::list_entitlements::info.docs.id == "E8");
    BOOST_TEST(csm_test::scopes_of(ent::get_detail_fields::info) ==
                   csm_test::scope_names{"read:entitlement.detail-field:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(ent::create_detail_field::info) ==
                   csm_test::scope_names{"write:entitlement.detail-field:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(ent::edit_detail_field::info) ==
                   csm_test::scope_names{"write:entitlement.detail-field:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(ent::delete_detail_field::info) ==
                   csm_test::scope_names{"delete:entitlement.detail-field:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(ent::get_entitlement::info) ==
                   csm_test::scope_names{"read:entitlement:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(ent::delete_entitlement::info) ==
                   csm_test::scope_names{"delete:entitlement:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(ent::set_detail_value::info) ==
                   csm_test::scope_names{"write:entitlement.detail:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(ent::list_entitlements::info) ==
                   csm_test::scope_names{"read:entitlement:jira-service-management"},
               boost::test_tools::per_element());
    // Only E8 was ever marked experimental.
    BOOST_TEST(ent::list_entitlements::info.experimental);
    BOOST_TEST(!ent::get_detail_fields::info.experimental);
    BOOST_TEST(!ent::create_detail_field::info.experimental);
    BOOST_TEST(!ent::edit_detail_field::info.experimental);
    BOOST_TEST(!ent::delete_detail_field::info.experimental);
    BOOST_TEST(!ent::get_entitlement::info.experimental);
    BOOST_TEST(!ent::delete_entitlement::info.experimental);
    BOOST_TEST(!ent::set_detail_value::info.experimental);
    BOOST_TEST(ent::list_entitlements::info.path == "/entitlements");
}

// ---- built requests ------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(e1_get_detail_fields_request) {
    csm_test::check_request_matches_curl(csm_test::build_ok(ent::get_detail_fields{}),
                                         fixture("e1.get_detail_fields.curl"));
}

BOOST_AUTO_TEST_CASE(e2_create_detail_field_request) {
    const ent::create_detail_field ep{
        .body = {.name = "Support Level",
                 .type = {.name = model::detail_field_type_name::known::select,
                          .options = std::vector<std::string>{"Standard", "Premium", "Enterprise"}}}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), fixture("e2.create_detail_field.curl"));
}

BOOST_AUTO_TEST_CASE(e3_edit_detail_field_request) {
    const ent::edit_detail_field ep{
        rest::detail_field_name{"Support Level"},
        {.name = "Support Tier",
         .options = std::vector<std::string>{"Standard", "Premium", "Enterprise", "Strategic"}}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), fixture("e3.edit_detail_field.curl"),
                                         {{"{fieldName}", "Support%20Level"}});
}

BOOST_AUTO_TEST_CASE(e4_delete_detail_field_request) {
    const auto req = csm_test::build_ok(ent::delete_detail_field{rest::detail_field_name{"Support Level"}});
    csm_test::check_request_matches_curl(req, fixture("e4.delete_detail_field.curl"),
                                         {{"{fieldName}", "Support%20Level"}});
    BOOST_TEST(req.headers.empty());
}

BOOST_AUTO_TEST_CASE(e5_get_entitlement_request) {
    csm_test::check_request_matches_curl(
        csm_test::build_ok(ent::get_entitlement{csm::entitlement_id{entitlement_uuid}}),
        fixture("e5.get_entitlement.curl"), {{"{entitlementId}", entitlement_uuid}});
}

BOOST_AUTO_TEST_CASE(e6_delete_entitlement_request) {
    const auto req = csm_test::build_ok(ent::delete_entitlement{csm::entitlement_id{entitlement_uuid}});
    csm_test::check_request_matches_curl(req, fixture("e6.delete_entitlement.curl"),
                                         {{"{entitlementId}", entitlement_uuid}});
    BOOST_TEST(req.headers.empty());
}

BOOST_AUTO_TEST_CASE(e7_set_detail_value_request) {
    const ent::set_detail_value ep{
        csm::entitlement_id{entitlement_uuid}, rest::detail_field_name{"Support Level"}, {.values = {"Enterprise"}}};
    csm_test::check_request_matches_curl(csm_test::build_ok(ep), fixture("e7.set_detail_value.curl"),
                                         {{"{entitlementId}", entitlement_uuid}});
}

BOOST_AUTO_TEST_CASE(e8_list_entitlements_request) {
    ent::list_entitlements ep = list_request(25, 25);
    ep.product_id = csm::product_id{product_uuid};
    const auto req = csm_test::build_ok(ep);
    csm_test::check_request_matches_curl(req, fixture("e8.list_entitlements.curl"));
}

BOOST_AUTO_TEST_CASE(e8_minimal_request_and_opt_out_of_the_experimental_header) {
    const ent::list_entitlements ep{.entity_type = model::entitled_entity_type::known::customer,
                                    .entity_id = "qm:a/b?c"};
    const auto req = csm_test::build_ok(ep);
    BOOST_TEST(std::string(req.url.buffer()) == "https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1/"
                                                "entitlements?entityType=CUSTOMER&entityId=qm%3Aa%2Fb%3Fc");
    BOOST_TEST(req.headers.size() == 2u);
    const auto quiet = csm_test::build_ok(ep, {.experimental_opt_in = false});
    BOOST_TEST_REQUIRE(quiet.headers.size() == 1u);
    BOOST_TEST(quiet.headers[0].name == "Accept");
    // An entity type the library does not know is sent as written.
    const ent::list_entitlements other{.entity_type = model::entitled_entity_type{"TEAM"}, .entity_id = "7"};
    BOOST_TEST(std::string(csm_test::build_ok(other).url.encoded_query()) == "entityType=TEAM&entityId=7");
}

// ---- client-side checks ------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(detail_field_names_must_not_be_blank) {
    const model::detail_field_type text{.name = model::detail_field_type_name::known::text, .options = {}};
    for (const std::string_view blank : {"", " ", "\t \n"}) {
        const csm::error created =
            csm_test::build_error(ent::create_detail_field{.body = {.name = std::string(blank), .type = text}});
        csm_test::check_error(created, csm::errc::invalid_value, "/body/name", "a non-empty name");
        const csm::error edited = csm_test::build_error(ent::edit_detail_field{
            rest::detail_field_name{"Support Level"}, {.name = std::string(blank), .options = {}}});
        BOOST_TEST((edited == created));
    }
    const csm::error value = csm_test::build_error(
        ent::set_detail_value{csm::entitlement_id{entitlement_uuid}, rest::detail_field_name{" "}, {.values = {"x"}}});
    csm_test::check_error(value, csm::errc::invalid_value, "/query/fieldName", "a non-empty name");
}

BOOST_AUTO_TEST_CASE(at_most_50_options) {
    std::vector<std::string> options;
    for (int i = 0; i < 50; ++i) options.push_back("option " + std::to_string(i));
    ent::create_detail_field create{
        .body = {.name = "Tier",
                 .type = {.name = model::detail_field_type_name::known::multiselect, .options = options}}};
    ent::edit_detail_field edit{rest::detail_field_name{"Tier"}, {.name = "Tier", .options = options}};
    BOOST_TEST(csm_test::build_ok(create).body.has_value());
    BOOST_TEST(csm_test::build_ok(edit).body.has_value());
    create.body.type.options->push_back("option 50");
    edit.body.options->push_back("option 50");
    csm_test::check_error(csm_test::build_error(create), csm::errc::limit_exceeded, "/body/type/options",
                          "at most 50 items");
    csm_test::check_error(csm_test::build_error(edit), csm::errc::limit_exceeded, "/body/options", "at most 50 items");
}

BOOST_AUTO_TEST_CASE(e8_limits_are_checked_before_building) {
    for (const std::int32_t bad : {0, -1, 26, 50, INT32_MAX, INT32_MIN}) {
        csm_test::check_error(csm_test::build_error(list_request({}, bad)), csm::errc::invalid_value, "/query/limit",
                              "a page size from 1 to 25");
    }
    BOOST_TEST(std::string(csm_test::build_ok(list_request({}, 1)).url.encoded_query()) ==
               "entityType=ORGANIZATION&entityId=123&limit=1");
    BOOST_TEST(std::string(csm_test::build_ok(list_request(0, 25)).url.encoded_query()) ==
               "entityType=ORGANIZATION&entityId=123&start=0&limit=25");
    csm_test::check_error(csm_test::build_error(list_request(-1)), csm::errc::invalid_value, "/query/start",
                          "a non-negative offset");

    ent::list_entitlements no_id = list_request();
    no_id.entity_id = " ";
    csm_test::check_error(csm_test::build_error(no_id), csm::errc::invalid_value, "/query/entityId",
                          "a non-empty entity id");
    ent::list_entitlements no_type = list_request();
    no_type.entity_type = model::entitled_entity_type{""};
    csm_test::check_error(csm_test::build_error(no_type), csm::errc::invalid_value, "/query/entityType",
                          "a non-empty entity type");
}

BOOST_AUTO_TEST_CASE(hostile_ids_never_change_the_endpoint) {
    const std::string root = "https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1/entitlement/";
    for (const auto& [text, segment] : csm_test::hostile_segments) {
        const csm::entitlement_id id{text};
        const std::string encoded = root + std::string(segment);
        BOOST_TEST(std::string(csm_test::build_ok(ent::get_entitlement{id}).url.buffer()) == encoded);
        BOOST_TEST(std::string(csm_test::build_ok(ent::delete_entitlement{id}).url.buffer()) == encoded);
        const auto set =
            csm_test::build_ok(ent::set_detail_value{id, rest::detail_field_name{"Region"}, {.values = {}}});
        BOOST_TEST(std::string(set.url.buffer()) == encoded + "/details?fieldName=Region");
        // The same text as a field name: a path segment (E3, E4) or a query value (E7).
        const rest::detail_field_name name{text};
        BOOST_TEST(std::string(csm_test::build_ok(ent::delete_detail_field{name}).url.buffer()) ==
                   root + "details/" + std::string(segment));
        const auto edit = csm_test::build_ok(ent::edit_detail_field{name, {.name = "n", .options = {}}});
        BOOST_TEST(std::string(edit.url.buffer()) == root + "details/" + std::string(segment));
        const auto by_name = csm_test::build_ok(ent::set_detail_value{csm::entitlement_id{"e"}, name, {.values = {}}});
        const boost::urls::url_view view(by_name.url);
        BOOST_TEST(view.params().size() == 1u);
        BOOST_TEST((*view.params().find("fieldName")).value == text);
        BOOST_TEST(!view.has_fragment());
    }
    for (const std::string_view bad : csm_test::unsafe_segments) {
        const csm::entitlement_id id{bad};
        for (const csm::error& e :
             {csm_test::build_error(ent::get_entitlement{id}), csm_test::build_error(ent::delete_entitlement{id}),
              csm_test::build_error(ent::set_detail_value{id, rest::detail_field_name{"R"}, {.values = {}}})})
            csm_test::check_error(e, csm::errc::unsafe_value, "/path/entitlementId", rest::path_segment_expected);
        const rest::detail_field_name name{bad};
        for (const csm::error& e : {csm_test::build_error(ent::delete_detail_field{name}),
                                    csm_test::build_error(ent::edit_detail_field{name, {.name = "n", .options = {}}})})
            csm_test::check_error(e, csm::errc::unsafe_value, "/path/fieldName", rest::path_segment_expected);
    }
}

// ---- responses ---------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(e1_to_e3_responses_round_trip) {
    const auto defs = round_trip<ent::get_detail_fields>("e1.get_detail_fields.response.json");
    BOOST_TEST_REQUIRE(defs.results.size() == 2u);
    BOOST_TEST(defs.results[0].name == "Support Level");
    BOOST_TEST((defs.results[0].type.name == model::detail_field_type_name::known::select));
    BOOST_TEST((defs.results[0].type.options == std::vector<std::string>{"Standard", "Premium", "Enterprise"}));
    BOOST_TEST((defs.results[0].configuration->position == std::optional<std::int64_t>(1)));
    BOOST_TEST((defs.results[1].type.name == model::detail_field_type_name::known::date));
    BOOST_TEST(!defs.results[1].type.options.has_value());

    const auto created = round_trip<ent::create_detail_field>("e2.create_detail_field.response.json");
    BOOST_TEST(created.name == "Support Level");
    BOOST_TEST(created.type.options->size() == 3u);
    const auto edited = round_trip<ent::edit_detail_field>("e3.edit_detail_field.response.json");
    BOOST_TEST(edited.name == "Support Tier");
    BOOST_TEST(edited.type.options->back() == "Strategic");
}

BOOST_AUTO_TEST_CASE(e5_response_round_trips) {
    const auto e = round_trip<ent::get_entitlement>("e5.get_entitlement.response.json");
    BOOST_TEST(e.id == csm::entitlement_id{entitlement_uuid});
    BOOST_TEST(e.product.id == csm::product_id{product_uuid});
    BOOST_TEST(e.product.name == "Acme Widget");
    BOOST_TEST(e.entitled_entity.id == csm::entitled_entity_id{"123"});
    BOOST_TEST((e.entitled_entity.type == model::entitled_entity_type::known::organization));
    BOOST_TEST_REQUIRE(e.details.size() == 1u);
    BOOST_TEST((e.details[0].id == std::optional<csm::detail_field_id>(csm::detail_field_id{"654"})));
    BOOST_TEST((e.details[0].values == std::vector<std::string>{"Premium"}));
}

BOOST_AUTO_TEST_CASE(e7_response_round_trips) {
    const auto r = round_trip<ent::set_detail_value>("e7.set_detail_value.response.json");
    BOOST_TEST((r.id == std::optional<csm::detail_field_id>(csm::detail_field_id{"654"})));
    BOOST_TEST(r.name == "Support Level");
    BOOST_TEST((r.values == std::vector<std::string>{"Enterprise"}));
}

BOOST_AUTO_TEST_CASE(deletes_answer_no_content) {
    BOOST_TEST(rest::parse_response<ent::delete_entitlement>(204, {}, "").has_value());
    BOOST_TEST(rest::parse_response<ent::delete_detail_field>(200, {}, "").has_value());
    const auto denied = rest::parse_response<ent::delete_entitlement>(403, {}, R"({"message":"no"})");
    BOOST_TEST_REQUIRE(!denied.has_value());
    BOOST_TEST((denied.error().kind == rest::api_error_kind::forbidden));
}

BOOST_AUTO_TEST_CASE(e8_envelope_keeps_unknown_keys) {
    // Not strict: the envelope is a guess, so keys it does not know (here `_links`) are kept, not refused.
    const std::string text = fixture("e8.list_entitlements.response.json");
    const auto page = rest::parse_response<ent::list_entitlements>(200, {}, text);
    BOOST_TEST_REQUIRE(page.has_value());
    BOOST_TEST(!page->bare_array);
    BOOST_TEST_REQUIRE(page->results.size() == 1u);
    BOOST_TEST(page->results[0].id == csm::entitlement_id{entitlement_uuid});
    BOOST_TEST(page->results[0].details.at(0).configuration.has_value());
    BOOST_TEST(!page->results[0].details.at(0).configuration->position.has_value());
    BOOST_TEST((page->start == std::optional<std::int64_t>(25)));
    BOOST_TEST((page->limit == std::optional<std::int64_t>(25)));
    BOOST_TEST((page->total == std::optional<std::int64_t>(26)));
    BOOST_TEST((page->is_last == std::optional<bool>(true)));
    BOOST_TEST(page->unknown_members.size() == 1u);
    BOOST_TEST(page->unknown_members.members.contains("_links"));
    BOOST_TEST(csm_test::json(csm::json::serialize(*page)) == csm_test::json(text));
    BOOST_TEST(csm::json::to_value(*page) == csm_test::json(text));
}

BOOST_AUTO_TEST_CASE(e8_bare_array_round_trips_as_an_array) {
    const auto page = round_trip<ent::list_entitlements>("e8.list_entitlements.bare_array.response.json");
    BOOST_TEST(page.bare_array);
    BOOST_TEST_REQUIRE(page.results.size() == 1u);
    BOOST_TEST((page.results[0].entitled_entity.type == model::entitled_entity_type::known::customer));
    BOOST_TEST(page.results[0].details.empty());
    BOOST_TEST(!page.start.has_value());
    BOOST_TEST(!page.is_last.has_value());
    BOOST_TEST(csm::json::serialize(page).front() == '[');
    BOOST_TEST(csm::json::to_value(page).is_array());
}

BOOST_AUTO_TEST_CASE(e8_jira_style_values_are_read_as_results) {
    const auto page = rest::parse_response<ent::list_entitlements>(
        200, {}, fixture("e8.list_entitlements.jira_paging.response.json"));
    BOOST_TEST_REQUIRE(page.has_value());
    BOOST_TEST(page->results.size() == 1u);
    BOOST_TEST(page->unknown_members.size() == 2u); // startAt and maxResults, kept verbatim
    BOOST_TEST(page->unknown_members.members.at("maxResults").as_int64() == 25);
}

BOOST_AUTO_TEST_CASE(e8_malformed_pages_are_errors_with_pointers) {
    const auto scalar = rest::parse_response<ent::list_entitlements>(200, {}, "42");
    BOOST_TEST_REQUIRE(!scalar.has_value());
    BOOST_TEST((scalar.error().kind == rest::api_error_kind::malformed_response));
    BOOST_TEST((scalar.error().decode_error->code == csm::errc::type_mismatch));
    BOOST_TEST(scalar.error().decode_error->expected == "an object or an array");
    const auto bad_item = rest::parse_response<ent::list_entitlements>(200, {}, R"([{"id":"x"}])");
    BOOST_TEST_REQUIRE(!bad_item.has_value());
    BOOST_TEST(bad_item.error().decode_error->pointer == "/0/product");
    const auto bad_envelope = rest::parse_response<ent::list_entitlements>(200, {}, R"({"results":[],"total":"many"})");
    BOOST_TEST_REQUIRE(!bad_envelope.has_value());
    BOOST_TEST(bad_envelope.error().decode_error->pointer == "/total");
    const auto empty = rest::parse_response<ent::list_entitlements>(200, {}, "{}");
    BOOST_TEST_REQUIRE(empty.has_value());
    BOOST_TEST(empty->results.empty());
}

// ---- offset paging -----------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(next_page_advances_start_by_the_results_received) {
    ent::list_entitlements first = list_request({}, 10);
    first.product_id = csm::product_id{product_uuid};
    const auto next = ent::next_page(first, page_of(10));
    BOOST_TEST_REQUIRE(next.has_value());
    BOOST_TEST((next->start == std::optional<std::int32_t>(10)));
    BOOST_TEST((next->limit == std::optional<std::int32_t>(10)));
    BOOST_TEST((next->product_id == first.product_id));
    BOOST_TEST(next->entity_id == "123");
    const auto third = ent::next_page(*next, page_of(10));
    BOOST_TEST_REQUIRE(third.has_value());
    BOOST_TEST((third->start == std::optional<std::int32_t>(20)));
    // Without a limit the page size is the server default, 25.
    BOOST_TEST((ent::next_page(list_request(), page_of(25))->start == std::optional<std::int32_t>(25)));
    // A server that sends more than asked for (the docs also say "a max of 50") is followed by what it sent.
    BOOST_TEST((ent::next_page(list_request(5), page_of(50))->start == std::optional<std::int32_t>(55)));
}

BOOST_AUTO_TEST_CASE(next_page_stops_on_empty_or_short_pages) {
    BOOST_TEST(!ent::next_page(list_request(), page_of(0)).has_value());
    BOOST_TEST(!ent::next_page(list_request(), page_of(24)).has_value());
    BOOST_TEST(!ent::next_page(list_request(0, 10), page_of(9)).has_value());
    BOOST_TEST(!ent::next_page(list_request(100, 10), page_of(1)).has_value());
}

BOOST_AUTO_TEST_CASE(next_page_follows_is_last_and_total_when_present) {
    ent::entitlement_page full = page_of(10);
    full.is_last = true;
    BOOST_TEST(!ent::next_page(list_request(0, 10), full).has_value());
    ent::entitlement_page short_not_last = page_of(3);
    short_not_last.is_last = false; // the server says there is more: believed over the page size
    BOOST_TEST((ent::next_page(list_request(0, 10), short_not_last)->start == std::optional<std::int32_t>(3)));
    ent::entitlement_page counted = page_of(10);
    counted.total = 20;
    BOOST_TEST((ent::next_page(list_request(0, 10), counted)->start == std::optional<std::int32_t>(10)));
    BOOST_TEST(!ent::next_page(list_request(10, 10), counted).has_value());
    // The fixture: start 25, one result, total 26, isLast true.
    const auto page =
        rest::parse_response<ent::list_entitlements>(200, {}, fixture("e8.list_entitlements.response.json"));
    BOOST_TEST_REQUIRE(page.has_value());
    BOOST_TEST(!ent::next_page(list_request(25, 25), *page).has_value());
}

BOOST_AUTO_TEST_CASE(next_page_never_overflows_start) {
    BOOST_TEST(!ent::next_page(list_request(INT32_MAX - 5, 10), page_of(10)).has_value());
    BOOST_TEST((ent::next_page(list_request(INT32_MAX - 10, 10), page_of(10))->start ==
                std::optional<std::int32_t>(INT32_MAX)));
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/pages.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.pages
#include <boost/test/unit_test.hpp>

#include <csm/rest/customer.hpp>
#include <csm/rest/entitlement.hpp>
#include <csm/rest/product.hpp>

#include <csm/json/fields.hpp>
#include <csm/json/member_key.hpp>
#include <csm/rest/templates.hpp> // this test's own endpoint in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm_test/rest.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace rest = csm::rest;

namespace {

const std::string api = "/jsm/csm/cloudid/CLOUD/api/v1";

/// A fake transport: answers with the canned responses in order and records every request line it got.
struct fake_transport {
    explicit fake_transport(std::vector<rest::http_response> canned = {}) : answers(std::move(canned)) {}
    std::vector<rest::http_response> answers;
    std::vector<std::string> requests;
    std::vector<std::string> bodies;
    std::size_t next = 0;
    rest::http_response operator()(const rest::http_request& r) {
        requests.push_back(std::string(rest::to_string(r.method)) + " " + r.target());
        bodies.push_back(r.body.value_or(""));
        if (next == answers.size()) return {500, {}, "no more answers"};
        return answers[next++];
    }
};

rest::http_response ok(std::string body) { return {200, {}, std::move(body)}; }

std::string product(int i) {
    return R"({"id":"p)" + std::to_string(i) + R"(","name":"P)" + std::to_string(i) + R"("})";
}

std::string entitlement(int i) {
    return R"({"id":"e)" + std::to_string(i) +
           R"(","product":{"id":"p","name":"P"},"entitledEntity":{"id":"1","type":"ORGANIZATION"}})";
}

rest::customer::search_customers_by_detail_field search() {
    return {.max_results = 2, .body = {.detail_fields = {{"Region", "EU"}}}};
}

/// A page of our own whose list is renamed (json_fields), and its endpoint: page_items names the member, the
/// key it is read under is the codec's.
struct renamed_page {
    std::vector<std::string> entries{};
    std::optional<std::int32_t> next{};
    static constexpr csm::json::field_rule json_fields[] = {csm::json::rename("entries", "page/entries")};
};
BOOST_DESCRIBE_STRUCT(renamed_page, (), (entries, next))

struct list_renamed {
    std::optional<std::int32_t> start = {};
    static constexpr rest::endpoint_info info{.name = "test.list_renamed", .path = "/renamed", .docs = {.id = "T1"}};
    using response = renamed_page;
    static constexpr auto page_items = &renamed_page::entries;
};
BOOST_DESCRIBE_STRUCT(list_renamed, (), (start))

std::optional<list_renamed> next_page(const list_renamed&, const renamed_page& page) {
    if (!page.next) return std::nullopt;
    return list_renamed{.start = page.next};
}

} // namespace

static_assert(rest::paged_endpoint<list_renamed>);
static_assert(csm::json::member_pointer_key_v<list_renamed::page_items> == "page/entries");
static_assert(rest::paged_endpoint<rest::customer::search_customers_by_detail_field>);
static_assert(rest::paged_endpoint<rest::product::list_products>);
static_assert(rest::paged_endpoint<rest::entitlement::list_entitlements>);
static_assert(!rest::paged_endpoint<rest::product::get_product>);
static_assert(std::is_same_v<rest::page_item_t<rest::product::list_products>, csm::rest::model::product>);

// ---- page number and isLast (C6) ---------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(page_and_is_last_runs_to_the_end) {
    fake_transport http{
        {ok(R"({"page":0,"maxResults":2,"isLast":false,"customers":[{"id":"qm:1","name":"A"},{"id":"qm:2","name":"B"}]})"),
         ok(R"({"page":1,"maxResults":2,"isLast":false,"customers":[]})"),
         ok(R"({"page":2,"maxResults":2,"isLast":true,"customers":[{"id":"qm:3","name":"C"}]})")}};
    auto range = rest::all_items(http, search(), csm_test::atlassian_base());
    std::vector<std::string> ids;
    for (const auto& hit : range) ids.emplace_back(hit.id.view());
    BOOST_TEST(ids == (std::vector<std::string>{"qm:1", "qm:2", "qm:3"}), boost::test_tools::per_element());
    BOOST_TEST(!range.error().has_value());
    BOOST_TEST(range.pages() == 3u);
    // An empty page in the middle is skipped, not taken for the end, because isLast says otherwise.
    BOOST_TEST(http.requests ==
                   (std::vector<std::string>{"POST " + api + "/customer/search-by-detail-field?maxResults=2",
                                             "POST " + api + "/customer/search-by-detail-field?page=1&maxResults=2",
                                             "POST " + api + "/customer/search-by-detail-field?page=2&maxResults=2"}),
               boost::test_tools::per_element());
    for (const std::string& body : http.bodies)
        BOOST_TEST(body == R"({"detailFields":[{"name":"Region","value":"EU"}]})");
}

BOOST_AUTO_TEST_CASE(page_and_is_last_stops_on_the_first_error) {
    fake_transport http{{ok(R"({"page":0,"isLast":false,"customers":[{"id":"qm:1","name":"A"}]})"),
                         {429, {{"Retry-After", "30"}}, R"({"errorMessages":["slow down"]})"},
                         ok(R"({"page":2,"isLast":true,"customers":[{"id":"qm:9","name":"Z"}]})")}};
    auto range = rest::all_items(http, search(), csm_test::atlassian_base());
    std::vector<std::string> ids;
    for (auto& hit : range) ids.emplace_back(hit.id.view());
    BOOST_TEST(ids == (std::vector<std::string>{"qm:1"}), boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(range.error().has_value());
    BOOST_TEST_REQUIRE(range.error()->api() != nullptr);
    BOOST_TEST((range.error()->api()->kind == rest::api_error_kind::rate_limited));
    BOOST_TEST(http.requests.size() == 2u); // nothing after the error
    BOOST_TEST(http.requests[1] == "POST " + api + "/customer/search-by-detail-field?page=1&maxResults=2");
}

BOOST_AUTO_TEST_CASE(a_request_that_cannot_be_built_sends_nothing) {
    fake_transport http;
    auto range = rest::all_items(http, rest::customer::search_customers_by_detail_field{}, csm_test::atlassian_base());
    BOOST_TEST((range.begin() == range.end()));
    BOOST_TEST_REQUIRE(range.error().has_value());
    BOOST_TEST(range.error()->build_error()->pointer == "/body/detailFields");
    BOOST_TEST(http.requests.empty());
}

// ---- cursor (P1) -------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(cursor_runs_to_the_end) {
    fake_transport http{{ok(R"({"results":[)" + product(1) + "," + product(2) + R"(],"nextPageCursor":"c2"})"),
                         ok(R"({"results":[)" + product(3) + R"(],"nextPageCursor":"c3"})"),
                         ok(R"({"results":[)" + product(4) + R"(],"nextPageCursor":null})")}};
    std::vector<std::string> names;
    auto range = rest::all_items(http, rest::product::list_products{.limit = 2}, csm_test::atlassian_base());
    for (const csm::rest::model::product& p : range) names.push_back(p.name);
    BOOST_TEST(names == (std::vector<std::string>{"P1", "P2", "P3", "P4"}), boost::test_tools::per_element());
    BOOST_TEST(!range.error().has_value());
    BOOST_TEST(http.requests == (std::vector<std::string>{"GET " + api + "/product?limit=2",
                                                          "GET " + api + "/product?limit=2&cursor=c2",
                                                          "GET " + api + "/product?limit=2&cursor=c3"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(cursor_stops_on_a_malformed_page) {
    fake_transport http{{ok(R"({"results":[)" + product(1) + R"(],"nextPageCursor":"c2"})"),
                         ok(R"({"results":[{"name":"no id"}],"nextPageCursor":"c3"})")}};
    auto range = rest::all_items(http, rest::product::list_products{}, csm_test::atlassian_base());
    std::size_t n = 0;
    for (auto it = range.begin(); it != range.end(); ++it) ++n;
    BOOST_TEST(n == 1u);
    BOOST_TEST_REQUIRE(range.error().has_value());
    BOOST_TEST((range.error()->api()->kind == rest::api_error_kind::malformed_response));
    BOOST_TEST(range.error()->api()->decode_error->pointer == "/results/0/id");
    BOOST_TEST(http.requests ==
                   (std::vector<std::string>{"GET " + api + "/product", "GET " + api + "/product?cursor=c2"}),
               boost::test_tools::per_element());
}

// ---- offset: start and limit (E8) --------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(start_and_limit_run_to_the_end) {
    const rest::entitlement::list_entitlements first{
        .entity_type = csm::rest::model::entitled_entity_type::known::organization, .entity_id = "1", .limit = 2};
    fake_transport http{{ok("[" + entitlement(1) + "," + entitlement(2) + "]"),
                         ok(R"({"results":[)" + entitlement(3) + "," + entitlement(4) + R"(],"total":5})"),
                         ok("[" + entitlement(5) + "]")}};
    auto range = rest::all_items(http, first, csm_test::atlassian_base());
    std::vector<std::string> ids;
    for (const auto& e : range) ids.emplace_back(e.id.view());
    BOOST_TEST(ids == (std::vector<std::string>{"e1", "e2", "e3", "e4", "e5"}), boost::test_tools::per_element());
    BOOST_TEST(!range.error().has_value());
    const std::string list = "GET " + api + "/entitlements?entityType=ORGANIZATION&entityId=1";
    BOOST_TEST(http.requests ==
                   (std::vector<std::string>{list + "&limit=2", list + "&start=2&limit=2", list + "&start=4&limit=2"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(start_and_limit_stop_on_a_transport_failure) {
    const rest::entitlement::list_entitlements first{
        .entity_type = csm::rest::model::entitled_entity_type::known::customer, .entity_id = "qm:1", .limit = 1};
    int calls = 0;
    auto http = [&](const rest::http_request&) -> rest::transport_result {
        if (++calls == 1) return rest::http_response{200, {}, "[" + entitlement(1) + "]"};
        return rest::transport_failure{rest::transport_failure_kind::timed_out, true, "timed out"};
    };
    auto range = rest::all_items(http, first, csm_test::atlassian_base());
    std::size_t n = 0;
    for (auto& e : range) n += e.id.view() == "e1" ? 1 : 100;
    BOOST_TEST(n == 1u);
    BOOST_TEST(calls == 2);
    BOOST_TEST_REQUIRE(range.error().has_value());
    BOOST_TEST((range.error()->transport()->kind == rest::transport_failure_kind::timed_out));
}

// ---- collect_items -----------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(collect_up_to_a_maximum_requests_no_page_beyond_it) {
    const auto pages = [] {
        return fake_transport{{ok(R"({"results":[)" + product(1) + "," + product(2) + R"(],"nextPageCursor":"c2"})"),
                               ok(R"({"results":[)" + product(3) + "," + product(4) + R"(],"nextPageCursor":""})")}};
    };
    fake_transport two = pages();
    const auto first_page = rest::collect_items(two, rest::product::list_products{}, csm_test::atlassian_base(), 2);
    BOOST_TEST(first_page.items.size() == 2u);
    BOOST_TEST(!first_page.complete); // a next page exists
    BOOST_TEST(!first_page.error.has_value());
    BOOST_TEST(two.requests.size() == 1u);

    fake_transport three = pages();
    const auto partial = rest::collect_items(three, rest::product::list_products{}, csm_test::atlassian_base(), 3);
    BOOST_TEST(partial.items.size() == 3u);
    BOOST_TEST(partial.items[2].name == "P3");
    BOOST_TEST(!partial.complete);
    BOOST_TEST(partial.pages == 2u);

    fake_transport all = pages();
    const auto everything = rest::collect_items(all, rest::product::list_products{}, csm_test::atlassian_base(), 100);
    BOOST_TEST(everything.items.size() == 4u);
    BOOST_TEST(everything.complete);
    BOOST_TEST(all.requests.size() == 2u);

    fake_transport exact = pages();
    const auto four = rest::collect_items(exact, rest::product::list_products{}, csm_test::atlassian_base(), 4);
    BOOST_TEST(four.complete); // the fourth item is the last: nothing more to ask for
    BOOST_TEST(exact.requests.size() == 2u);

    fake_transport none = pages();
    BOOST_TEST(rest::collect_items(none, rest::product::list_products{}, csm_test::atlassian_base(), 0).items.empty());
    BOOST_TEST(none.requests.empty());
}

BOOST_AUTO_TEST_CASE(collect_keeps_the_items_before_an_error) {
    fake_transport http{{ok(R"({"results":[)" + product(1) + R"(],"nextPageCursor":"c2"})"), {503, {}, ""}}};
    const auto got = rest::collect_items(http, rest::product::list_products{}, csm_test::atlassian_base(), 10);
    BOOST_TEST(got.items.size() == 1u);
    BOOST_TEST(!got.complete);
    BOOST_TEST_REQUIRE(got.error.has_value());
    BOOST_TEST(got.error->api()->status == 503);
}

// ---- a list named by page_items, under a renamed key -------------------------------------------------------

BOOST_AUTO_TEST_CASE(items_are_read_under_the_codecs_key_of_the_named_member) {
    // The derived key "entries" is not the list's key any more: its items are not items.
    fake_transport http{
        {ok(R"({"page/entries":["a","b"],"entries":["x"],"next":2})"), ok(R"({"page/entries":["c"]})")}};
    const auto got = rest::collect_items(http, list_renamed{}, csm_test::atlassian_base(), 10);
    BOOST_TEST(got.items == (std::vector<std::string>{"a", "b", "c"}), boost::test_tools::per_element());
    BOOST_TEST(got.complete);
    BOOST_TEST(http.requests ==
                   (std::vector<std::string>{"GET " + api + "/renamed", "GET " + api + "/renamed?start=2"}),
               boost::test_tools::per_element());
}

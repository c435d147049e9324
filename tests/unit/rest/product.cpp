// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/product.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.product
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/response.hpp>

#include <csm_test/fixtures.hpp>
#include <csm_test/hostile_ids.hpp>
#include <csm_test/rest.hpp>

#include <boost/url/url_view.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rest = csm::rest;
namespace product = csm::rest::product;

namespace {

const std::string dir = "rest/product/";
const std::string product_uuid = "3858a61a-d337-42e6-993e-e13e1c366d4f";

/// The fixture parses (strictly) into E's response and serializes back to the same JSON.
template <class E>
typename E::response round_trip(const std::string& fixture) {
    return csm_test::check_response_round_trip<E>(csm_test::read_fixture(dir + fixture));
}

} // namespace

// ---- metadata ----------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(metadata_is_the_reference_rows) {
    BOOST_TEST(product::list_products::info.docs.id == "P1");
    BOOST_TEST(product::list_products::info.name == "product.list");
    BOOST_TEST(product::list_products::info.path == "/product");
    BOOST_TEST(csm_test::scopes_of(product::list_products::info) ==
                   csm_test::scope_names{"read:product:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(product::create_product::info) ==
                   csm_test::scope_names{"write:product:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(product::get_product::info) ==
                   csm_test::scope_names{"read:product:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(product::rename_product::info) ==
                   csm_test::scope_names{"write:product:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(csm_test::scopes_of(product::delete_product::info) ==
                   csm_test::scope_names{"delete:product:jira-service-management"},
               boost::test_tools::per_element());
    BOOST_TEST(product::delete_product::info.docs.permission == "Administer Jira global permission");
    BOOST_TEST(product::get_product::info.docs.permission == "Jira Service Management agent");
    // No product endpoint was ever marked experimental.
    BOOST_TEST(!product::list_products::info.experimental);
    BOOST_TEST(!product::create_product::info.experimental);
    BOOST_TEST(!product::get_product::info.experimental);
    BOOST_TEST(!product::rename_product::info.experimental);
    BOOST_TEST(!product::delete_product::info.experimental);
    BOOST_TEST((product::delete_product::info.method == rest::http_method::delete_));
    BOOST_TEST((product::rename_product::info.method == rest::http_method::put));
}

// ---- built requests ------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(p1_list_products_request) {
    const auto req = csm_test::build_ok(product::list_products{.limit = 50, .cursor = "eyJvZmZzZXQiOjUwfQ"});
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(dir + "p1.list_products.curl"));
    BOOST_TEST(req.endpoint_name == "product.list");
}

BOOST_AUTO_TEST_CASE(p1_first_page_sends_no_query) {
    const auto req = csm_test::build_ok(product::list_products{});
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(dir + "p1.list_products.first_page.curl"));
    BOOST_TEST(!req.url.has_query());
}

BOOST_AUTO_TEST_CASE(p1_cursor_is_percent_encoded) {
    // Cursors are opaque (often base64 with '=' padding, '+' and '/'): none of it may leak into the query syntax.
    const auto req = csm_test::build_ok(product::list_products{.cursor = "a+b/c==&limit=1#x y"});
    BOOST_TEST(
        std::string(req.url.buffer()) ==
        "https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1/product?cursor=a%2Bb%2Fc%3D%3D%26limit%3D1%23x%20y");
    const boost::urls::url_view view(req.url);
    BOOST_TEST(view.params().size() == 1u);
    BOOST_TEST((*view.params().find("cursor")).value == "a+b/c==&limit=1#x y");
}

BOOST_AUTO_TEST_CASE(p1_limit_outside_1_to_100_is_refused) {
    for (const std::int32_t bad : {0, -1, 101, 1000, INT32_MIN, INT32_MAX}) {
        csm_test::check_error(csm_test::build_error(product::list_products{.limit = bad}), csm::errc::invalid_value,
                              "/query/limit", "a page size from 1 to 100");
    }
    BOOST_TEST(std::string(csm_test::build_ok(product::list_products{.limit = 1}).url.encoded_query()) == "limit=1");
    BOOST_TEST(std::string(csm_test::build_ok(product::list_products{.limit = 100}).url.encoded_query()) ==
               "limit=100");
}

BOOST_AUTO_TEST_CASE(p2_create_product_request) {
    const auto req = csm_test::build_ok(product::create_product{.body = {.name = "Acme Widget"}});
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(dir + "p2.create_product.curl"));
    BOOST_TEST(*req.body == R"({"name":"Acme Widget"})");
}

BOOST_AUTO_TEST_CASE(p3_get_product_request) {
    const auto req = csm_test::build_ok(product::get_product{csm::product_id{product_uuid}});
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(dir + "p3.get_product.curl"),
                                         {{"{productId}", product_uuid}});
    BOOST_TEST(!req.body.has_value());
}

BOOST_AUTO_TEST_CASE(p4_rename_product_request) {
    const auto req =
        csm_test::build_ok(product::rename_product{csm::product_id{product_uuid}, {.name = "Acme Widget Pro"}});
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(dir + "p4.rename_product.curl"),
                                         {{"{productId}", product_uuid}});
}

BOOST_AUTO_TEST_CASE(p5_delete_product_request) {
    const auto req = csm_test::build_ok(product::delete_product{csm::product_id{product_uuid}});
    csm_test::check_request_matches_curl(req, csm_test::read_fixture(dir + "p5.delete_product.curl"),
                                         {{"{productId}", product_uuid}});
    BOOST_TEST(req.headers.empty()); // no body, no response body: neither Accept nor Content-Type
}

BOOST_AUTO_TEST_CASE(empty_names_are_refused) {
    const csm::error created = csm_test::build_error(product::create_product{.body = {.name = ""}});
    csm_test::check_error(created, csm::errc::invalid_value, "/body/name", "a non-empty name");
    const csm::error renamed =
        csm_test::build_error(product::rename_product{csm::product_id{product_uuid}, {.name = ""}});
    BOOST_TEST((renamed == created));
    // Blank is empty too (the server trims names).
    BOOST_TEST((csm_test::build_error(product::create_product{.body = {.name = " \t\n"}}) == created));
}

BOOST_AUTO_TEST_CASE(hostile_product_ids_never_change_the_endpoint) {
    const std::string root = "https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1/product/";
    for (const auto& [id, segment] : csm_test::hostile_segments) {
        const csm::product_id pid{id};
        for (const auto& req :
             {csm_test::build_ok(product::get_product{pid}), csm_test::build_ok(product::delete_product{pid}),
              csm_test::build_ok(product::rename_product{pid, {.name = "n"}})}) {
            BOOST_TEST(std::string(req.url.buffer()) == root + std::string(segment));
            BOOST_TEST(boost::urls::url_view(req.url).segments().size() == 8u);
        }
    }
    for (const std::string_view bad : csm_test::unsafe_segments) {
        const csm::product_id pid{bad};
        for (const csm::error& e :
             {csm_test::build_error(product::get_product{pid}), csm_test::build_error(product::delete_product{pid}),
              csm_test::build_error(product::rename_product{pid, {.name = "n"}})})
            csm_test::check_error(e, csm::errc::unsafe_value, "/path/productId", rest::path_segment_expected);
    }
}

// ---- responses ---------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(p1_response_round_trips) {
    const auto page = round_trip<product::list_products>("p1.list_products.response.json");
    BOOST_TEST_REQUIRE(page.results.size() == 2u);
    BOOST_TEST(page.results[0].id == csm::product_id{product_uuid});
    BOOST_TEST(page.results[0].name == "Acme Widget");
    BOOST_TEST(page.results[1].id == csm::product_id{"5b1d4f2e-8c3a-4e6f-9a7b-2c1d0e9f8a7b"});
    BOOST_TEST(page.results[1].name == "Acme Gadget");
    BOOST_TEST_REQUIRE(page.next_page_cursor.has_value());
    BOOST_TEST(*page.next_page_cursor == "eyJvZmZzZXQiOjEwMH0");
}

BOOST_AUTO_TEST_CASE(p1_last_page_keeps_its_null_cursor) {
    const auto page = round_trip<product::list_products>("p1.list_products.last_page.response.json");
    BOOST_TEST_REQUIRE(page.results.size() == 1u);
    BOOST_TEST(page.results[0].name == "Acme Sprocket");
    BOOST_TEST(page.next_page_cursor.is_null());
    BOOST_TEST(
        csm::json::serialize(page) ==
        R"({"results":[{"id":"9c8b7a6f-5e4d-4c3b-8a2f-1e0d9c8b7a6f","name":"Acme Sprocket"}],"nextPageCursor":null})");
}

BOOST_AUTO_TEST_CASE(p1_tolerates_missing_results_and_cursor) {
    auto page = csm::json::parse<product::paginated_products>("{}");
    BOOST_TEST_REQUIRE(page.has_value());
    BOOST_TEST(page->results.empty());
    BOOST_TEST(page->next_page_cursor.is_absent());
    BOOST_TEST(csm::json::serialize(*page) == R"({"results":[]})");
}

BOOST_AUTO_TEST_CASE(p1_product_without_id_is_an_error_with_a_pointer) {
    auto page = csm::json::parse<product::paginated_products>(R"({"results":[{"name":"x"}]})");
    BOOST_TEST_REQUIRE(!page.has_value());
    BOOST_TEST(page.error().pointer == "/results/0/id");
    BOOST_TEST((page.error().code == csm::errc::missing_member));
}

BOOST_AUTO_TEST_CASE(p2_p3_p4_responses_round_trip) {
    const auto created = round_trip<product::create_product>("p2.create_product.response.json");
    BOOST_TEST(created.id == csm::product_id{product_uuid});
    BOOST_TEST(created.name == "Acme Widget");
    const auto got = round_trip<product::get_product>("p3.get_product.response.json");
    BOOST_TEST((got == created));
    const auto renamed = round_trip<product::rename_product>("p4.rename_product.response.json");
    BOOST_TEST(renamed.id == csm::product_id{product_uuid});
    BOOST_TEST(renamed.name == "Acme Widget Pro");
}

BOOST_AUTO_TEST_CASE(p5_delete_answers_no_content) {
    BOOST_TEST(rest::parse_response<product::delete_product>(204, {}, "").has_value());
    BOOST_TEST(rest::parse_response<product::delete_product>(200, {}, "{}").has_value());
    const auto missing = rest::parse_response<product::delete_product>(404, {}, R"({"errorMessages":["No product"]})");
    BOOST_TEST_REQUIRE(!missing.has_value());
    BOOST_TEST(missing.error().status == 404);
    BOOST_TEST((missing.error().kind == rest::api_error_kind::not_found));
}

// ---- cursor paging -----------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(next_page_carries_the_cursor_and_keeps_the_limit) {
    const product::list_products first{.limit = 50};
    const auto page = round_trip<product::list_products>("p1.list_products.response.json");
    const auto next = product::next_page(first, page);
    BOOST_TEST_REQUIRE(next.has_value());
    BOOST_TEST((next->limit == std::optional<std::int32_t>(50)));
    BOOST_TEST((next->cursor == std::optional<std::string>("eyJvZmZzZXQiOjEwMH0")));
    BOOST_TEST(std::string(csm_test::build_ok(*next).url.encoded_query()) == "limit=50&cursor=eyJvZmZzZXQiOjEwMH0");
}

BOOST_AUTO_TEST_CASE(next_page_stops_on_absent_null_or_empty_cursor) {
    const product::list_products request{.limit = 10, .cursor = "abc"};
    product::paginated_products page;
    BOOST_TEST(!product::next_page(request, page).has_value()); // absent
    page.next_page_cursor = nullptr;
    BOOST_TEST(!product::next_page(request, page).has_value()); // null
    page.next_page_cursor = std::string();
    BOOST_TEST(!product::next_page(request, page).has_value()); // ""
    page.next_page_cursor = std::string("abc");
    BOOST_TEST(!product::next_page(request, page).has_value()); // the same cursor again: no endless loop
    page.next_page_cursor = std::string("abd");
    BOOST_TEST(product::next_page(request, page).has_value());
    const auto last = round_trip<product::list_products>("p1.list_products.last_page.response.json");
    BOOST_TEST(!product::next_page(request, last).has_value());
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The end-to-end cases, compiled once per transport. The including file defines BOOST_TEST_MODULE, includes
// its transport and defines, before including this file:
//
//     namespace e2e { struct transport_factory {
//         template <class Settings>   // e2e::transport_settings
//         static SomeTransport make(const Settings&);   // SomeTransport returns csm::rest::transport_result
//     }; }
//
// Every case runs its own test server on 127.0.0.1 (port 0) through csm::rest (send, or build_request +
// transport + parse_response). Loopback only; every wait is bounded.
#ifndef CSM_E2E_CASES_HPP
#define CSM_E2E_CASES_HPP

#include <csm_examples/transport_common.hpp>
#include <csm_test/fixtures.hpp>
#include <csm_test_server/server.hpp>

#include <csm/rest/build.hpp>
#include <csm/rest/customer.hpp>
#include <csm/rest/entitlement.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/organization_bulk.hpp>
#include <csm/rest/product.hpp>
#include <csm/rest/response.hpp>
#include <csm/rest/retry.hpp>
#include <csm/rest/send.hpp>
#include <csm/rest/task.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/test/unit_test.hpp>
#include <boost/url/url.hpp>

#include <algorithm>
#include <chrono>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace e2e {

using namespace std::chrono_literals;
namespace rest = csm::rest;

/// The test token: the server answers 401 unless a request carries exactly `Bearer <token>`.
inline constexpr std::string_view token = "e2e-secret-token-7f3a";

struct transport_settings {
    std::chrono::milliseconds timeout{5'000};
    std::chrono::milliseconds connect_timeout{2'000};
    std::string authorization = csm_examples::bearer_authorization(token);
    csm_examples::verbose_hook verbose{};
};

inline const std::vector<csm_test_server::route>& routes() {
    static const std::vector<csm_test_server::route> table =
        csm_test_server::load_routes(CSM_FIXTURES_DIR "/e2e/routes.json", CSM_FIXTURES_DIR);
    return table;
}

/// A base under the server: `<server>[prefix]/jsm/csm/cloudid/CLOUD/api/v1`, the api.atlassian.com layout.
inline rest::api_base base_for(const csm_test_server::test_server& server, std::string_view prefix = "",
                               std::string_view scheme = "http") {
    const std::string url = std::string(scheme) + "://127.0.0.1:" + std::to_string(server.port()) +
                            std::string(prefix) + "/jsm/csm/cloudid/CLOUD/api/v1";
    auto base = rest::api_base::custom(url);
    BOOST_TEST_REQUIRE(base.has_value());
    return *base;
}

struct server_fixture {
    csm_test_server::test_server server{csm_test_server::server_options{
        .routes = routes(),
        .authorization = csm_examples::bearer_authorization(token),
        .lifetime = std::chrono::milliseconds(90'000), // a stuck case cannot keep the server alive
        .hang_limit = std::chrono::milliseconds(10'000),
    }};
    rest::api_base base = base_for(server);

    static auto http(const transport_settings& settings = {}) { return transport_factory::make(settings); }

    /// The requests the server saw were all what the docs specify.
    void check_no_mismatch() const {
        for (const std::string& m : server.mismatches()) BOOST_ERROR("server mismatch: " << m);
    }

    /// The request lines ("METHOD target", as the server received them) in arrival order.
    std::vector<std::string> targets() const {
        std::vector<std::string> out;
        for (const auto& r : server.requests()) out.push_back(r.request.method + " " + r.request.target);
        return out;
    }

    /// The server received exactly these request lines, in this order.
    void check_targets(const std::vector<std::string>& expected) const {
        BOOST_TEST(targets() == expected, boost::test_tools::per_element());
    }

    /// The only request the server received.
    csm_test_server::recorded_request only_request() const {
        const auto log = server.requests();
        BOOST_TEST_REQUIRE(log.size() == 1u);
        return log.front();
    }
};

/// The api_error of a call that must fail with one.
template <class Result>
rest::api_error api_error_of(const Result& result) {
    BOOST_TEST_REQUIRE(!result.has_value());
    const rest::api_error* e = result.error().api();
    BOOST_TEST_REQUIRE(e != nullptr);
    return *e;
}

/// The failure of a transport call that must fail; its message never holds the token.
inline rest::transport_failure failure_of(const rest::transport_result& result) {
    BOOST_TEST_REQUIRE(!result.has_value());
    BOOST_TEST(result.error().message().find(token) == std::string::npos);
    return result.error();
}

/// The transport failure of a send() that must end in one.
template <class T>
rest::transport_failure failure_of(const csm::result<T, rest::call_error>& result) {
    BOOST_TEST_REQUIRE(!result.has_value());
    const rest::transport_failure* failure = result.error().transport();
    BOOST_REQUIRE_MESSAGE(failure != nullptr, result.error().message());
    BOOST_TEST(result.error().message().find(token) == std::string::npos);
    return *failure;
}

/// Sends `request`, hands each page to `on_page` and continues with `next(request, page)` until it gives
/// nothing. Returns the number of pages; at most 10 (the server has two).
template <rest::endpoint E, class Transport, class Next, class OnPage>
int follow_pages(Transport& http, E request, const rest::api_base& base, Next next, OnPage on_page) {
    for (int pages = 1; pages <= 10; ++pages) {
        auto result = rest::send(http, request, base);
        BOOST_REQUIRE_MESSAGE(result.has_value(), (result ? std::string() : result.error().message()));
        on_page(*result);
        auto following = next(request, *result);
        if (!following) return pages;
        request = std::move(*following);
    }
    return -1;
}

/// The path of the base that server_fixture uses.
inline const std::string api = "/jsm/csm/cloudid/CLOUD/api/v1";

/// Sends a request the server must refuse as a mismatch: 400, X-Test-Mismatch, the route's request line
/// echoed in X-Csm-Test-Route. Returns the one error message (never holding the token).
template <class Transport>
std::string mismatch_message(Transport& http, const rest::http_request& request) {
    const rest::transport_result response = http(request);
    BOOST_REQUIRE_MESSAGE(response.has_value(), (response ? std::string() : response.error().message()));
    BOOST_TEST(response->status == 400);
    const auto* flag = response->find_header("X-Test-Mismatch");
    BOOST_TEST_REQUIRE(flag != nullptr);
    BOOST_TEST(flag->value == "true");
    const auto* line = response->find_header("X-Csm-Test-Route");
    BOOST_TEST_REQUIRE(line != nullptr);
    BOOST_TEST(line->value == std::string(rest::to_string(request.method)) + " " + request.target());
    BOOST_TEST(response->body.find(token) == std::string::npos);
    const boost::json::value body = boost::json::parse(response->body);
    const auto& messages = body.at("errorMessages").as_array();
    BOOST_TEST_REQUIRE(messages.size() == 1u);
    return std::string(messages[0].as_string());
}

/// A route's documented request, replayed: the method, the path with each placeholder as the value the route
/// requires (`example-<name>` where any is accepted), the route's query, its headers (Idempotency-Key: a fixed valid UUID,
/// X-ExperimentalApi: opt-in where the example sends them) and its body.
inline rest::http_request replay_of(const csm_test_server::route& r, const csm_test_server::test_server& server) {
    const auto& e = r.expect;
    std::string path;
    for (std::size_t i = 0; i < e.path.size();) {
        if (e.path[i] == '{') {
            const std::size_t close = e.path.find('}', i);
            const std::string name = e.path.substr(i + 1, close - i - 1);
            const auto value = e.path_values.find(name);
            path += value != e.path_values.end() ? value->second : "example-" + name;
            i = close + 1;
        } else {
            path.push_back(e.path[i++]);
        }
    }
    rest::http_request request;
    request.method = e.method == "GET"    ? rest::http_method::get
                     : e.method == "POST" ? rest::http_method::post
                     : e.method == "PUT"  ? rest::http_method::put
                                          : rest::http_method::delete_;
    BOOST_TEST_REQUIRE(std::string(rest::to_string(request.method)) == e.method);
    std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + path;
    if (e.query && !e.query->empty()) url += "?" + *e.query;
    request.url = boost::urls::url(url);
    request.headers = e.headers;
    if (e.idempotency_key) request.headers.push_back({"Idempotency-Key", "c748a424-1db8-47f9-8288-713cdb0407b5"});
    if (e.experimental) request.headers.push_back({"X-ExperimentalApi", "opt-in"});
    if (e.body) request.body = boost::json::serialize(*e.body);
    return request;
}

inline rest::organization::get_organization get_organization_123() { return {csm::organization_id("123")}; }

/// B5 with the body of e2e/b5.create_detail_field_definitions.curl (the route's documented request).
inline rest::organization_bulk::create_detail_field_definitions bulk_definitions(rest::idempotency_key key) {
    namespace model = rest::model;
    return {std::move(key),
            {.detail_fields = {
                 {.name = "Account Manager", .type = {.name = model::detail_field_type_name::known::text}},
                 {.name = "Customer Tier",
                  .type = {.name = model::detail_field_type_name::known::select,
                           .options = std::vector<std::string>{"Free", "Standard", "Premium", "Enterprise"}}},
             }}};
}

/// build_request(get_organization_123()), for cases that change it before sending.
inline rest::http_request get_organization_123_request(const rest::api_base& base) {
    auto request = rest::build_request(get_organization_123(), base);
    BOOST_TEST_REQUIRE(request.has_value());
    return std::move(*request);
}

} // namespace e2e

BOOST_FIXTURE_TEST_SUITE(resources, e2e::server_fixture)

BOOST_AUTO_TEST_CASE(organization_get) {
    auto http = e2e::server_fixture::http();
    auto result = e2e::rest::send(http, e2e::get_organization_123(), base);
    BOOST_REQUIRE_MESSAGE(result.has_value(), (result ? std::string() : result.error().message()));
    BOOST_TEST(result->id.view() == "123");
    BOOST_TEST(result->name == "Atlassian");
    BOOST_TEST(!result->details.empty());

    const auto seen = only_request();
    BOOST_TEST(seen.route == "o5.get_organization");
    BOOST_TEST(seen.request.target == "/jsm/csm/cloudid/CLOUD/api/v1/organization/123");
    const auto* auth = seen.request.find_header("Authorization");
    BOOST_TEST_REQUIRE(auth != nullptr);
    BOOST_TEST(auth->value == "Bearer " + std::string(e2e::token));
    check_no_mismatch();
    check_targets({"GET " + e2e::api + "/organization/123"});
}

BOOST_AUTO_TEST_CASE(organization_update_experimental) {
    auto http = e2e::server_fixture::http();
    e2e::rest::organization::update_organization update{csm::organization_id("123"), {.name = "Atlassian"}};
    auto result = e2e::rest::send(http, update, base);
    BOOST_REQUIRE_MESSAGE(result.has_value(), (result ? std::string() : result.error().message()));
    BOOST_TEST(only_request().request.find_header("X-ExperimentalApi") != nullptr);
    check_no_mismatch();
    check_targets({"PUT " + e2e::api + "/organization/123"});
}

BOOST_AUTO_TEST_CASE(organization_delete_detail_field_no_content) {
    auto http = e2e::server_fixture::http();
    auto result = e2e::rest::send(
        http, e2e::rest::organization::delete_detail_field{e2e::rest::detail_field_name("Region")}, base);
    BOOST_REQUIRE_MESSAGE(result.has_value(), (result ? std::string() : result.error().message()));
    const auto seen = only_request();
    BOOST_TEST(seen.status == 204);
    BOOST_TEST(seen.request.method == "DELETE");
    check_no_mismatch();
    check_targets({"DELETE " + e2e::api + "/organization/details/Region"});
}

BOOST_AUTO_TEST_CASE(every_method_carries_exactly_its_headers_on_the_wire) {
    // What arrives is what build_request made plus what a transport owns (Authorization, Host, User-Agent,
    // Content-Length): no Content-Type without a body (libcurl adds a form one to empty POST fields), no
    // Accept: */*, no Expect.
    auto lower = [](std::string text) {
        for (char& c : text)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return text;
    };
    auto http = e2e::server_fixture::http();
    auto check = [&](const auto& ep, std::string_view method) {
        BOOST_TEST_CONTEXT(method << " " << std::decay_t<decltype(ep)>::info.name) {
            const std::size_t before = server.requests().size();
            auto request = e2e::rest::build_request(ep, base);
            BOOST_TEST_REQUIRE(request.has_value());
            const e2e::rest::transport_result response = http(*request);
            BOOST_REQUIRE_MESSAGE(response.has_value(), (response ? std::string() : response.error().message()));
            BOOST_TEST(response->status / 100 == 2);
            const auto log = server.requests();
            BOOST_TEST_REQUIRE(log.size() == before + 1);
            const auto& seen = log.back().request;
            BOOST_TEST(seen.method == method);
            BOOST_TEST(seen.target == request->target());
            std::vector<std::string> expected{"authorization", "host", "user-agent"};
            for (const auto& h : request->headers) {
                expected.push_back(lower(h.name));
                const auto* got = seen.find_header(h.name);
                BOOST_TEST_REQUIRE(got != nullptr, h.name);
                BOOST_TEST(got->value == h.value);
            }
            std::vector<std::string> names;
            for (const auto& h : seen.headers)
                if (!e2e::rest::header_name_equals(h.name, "Content-Length")) names.push_back(lower(h.name));
            std::sort(expected.begin(), expected.end());
            std::sort(names.begin(), names.end());
            BOOST_TEST(names == expected, boost::test_tools::per_element());
            const auto* length = seen.find_header("Content-Length");
            if (request->body) {
                BOOST_TEST_REQUIRE(length != nullptr);
                BOOST_TEST(length->value == std::to_string(request->body->size()));
                BOOST_TEST(seen.find_header("Content-Type")->value == "application/json");
            } else {
                BOOST_TEST((length == nullptr || length->value == "0"));
                BOOST_TEST(seen.find_header("Content-Type") == nullptr);
                BOOST_TEST(seen.body.empty());
            }
        }
    };
    check(e2e::get_organization_123(), "GET");
    check(e2e::rest::organization::update_organization{csm::organization_id("123"), {.name = "Atlassian"}}, "PUT");
    check(e2e::rest::product::create_product{.body = {.name = "Acme Widget"}}, "POST");
    check(e2e::rest::organization::delete_detail_field{e2e::rest::detail_field_name("Region")}, "DELETE");
    check(e2e::rest::organization::delete_organization{csm::organization_id("123")}, "DELETE");
    check_no_mismatch();
    check_targets({"GET " + e2e::api + "/organization/123", "PUT " + e2e::api + "/organization/123",
                   "POST " + e2e::api + "/product", "DELETE " + e2e::api + "/organization/details/Region",
                   "DELETE " + e2e::api + "/organization/123"});
}

BOOST_AUTO_TEST_CASE(customer_get) {
    auto http = e2e::server_fixture::http();
    auto result = e2e::rest::send(
        http, e2e::rest::customer::get_customer{csm::customer_id("2a927c94-363f-4977-a0d6-9477d535f329")}, base);
    BOOST_REQUIRE_MESSAGE(result.has_value(), (result ? std::string() : result.error().message()));
    BOOST_TEST(result->name == "John Doe");
    check_no_mismatch();
    check_targets({"GET " + e2e::api + "/customer/2a927c94-363f-4977-a0d6-9477d535f329"});
}

BOOST_AUTO_TEST_CASE(customer_search_followed_to_the_last_page) {
    auto http = e2e::server_fixture::http();
    e2e::rest::customer::search_customers_by_detail_field request{
        .max_results = 1, .body = {.detail_fields = {{.name = "Region", .value = "EU"}}}};
    std::vector<std::string> names;
    const int pages = e2e::follow_pages(http, request, base, e2e::rest::customer::next_page, [&](const auto& page) {
        for (const auto& hit : page.customers) names.push_back(hit.name);
    });
    BOOST_TEST(pages == 2);
    BOOST_TEST(names == (std::vector<std::string>{"John Doe", "Jane Roe"}), boost::test_tools::per_element());
    const auto log = server.requests();
    BOOST_TEST_REQUIRE(log.size() == 2u);
    BOOST_TEST(log[0].route == "c6.search.page1");
    BOOST_TEST(log[1].route == "c6.search.page2");
    check_no_mismatch();
    check_targets({"POST " + e2e::api + "/customer/search-by-detail-field?maxResults=1",
                   "POST " + e2e::api + "/customer/search-by-detail-field?page=2&maxResults=1"});
}

BOOST_AUTO_TEST_CASE(product_create) {
    auto http = e2e::server_fixture::http();
    auto result = e2e::rest::send(http, e2e::rest::product::create_product{.body = {.name = "Acme Widget"}}, base);
    BOOST_REQUIRE_MESSAGE(result.has_value(), (result ? std::string() : result.error().message()));
    BOOST_TEST(result->name == "Acme Widget");
    check_no_mismatch();
    check_targets({"POST " + e2e::api + "/product"});
}

BOOST_AUTO_TEST_CASE(product_list_followed_by_cursor) {
    auto http = e2e::server_fixture::http();
    std::size_t products = 0;
    const int pages = e2e::follow_pages(http, e2e::rest::product::list_products{}, base, e2e::rest::product::next_page,
                                        [&](const auto& page) { products += page.results.size(); });
    BOOST_TEST(pages == 2);
    BOOST_TEST(products == 3u);
    check_no_mismatch();
    check_targets({"GET " + e2e::api + "/product", "GET " + e2e::api + "/product?cursor=eyJvZmZzZXQiOjEwMH0"});
}

BOOST_AUTO_TEST_CASE(entitlement_get) {
    auto http = e2e::server_fixture::http();
    auto result = e2e::rest::send(
        http, e2e::rest::entitlement::get_entitlement{csm::entitlement_id("7f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8")},
        base);
    BOOST_REQUIRE_MESSAGE(result.has_value(), (result ? std::string() : result.error().message()));
    BOOST_TEST(result->product.name == "Acme Widget");
    check_no_mismatch();
    check_targets({"GET " + e2e::api + "/entitlement/7f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8"});
}

BOOST_AUTO_TEST_CASE(task_status) {
    auto http = e2e::server_fixture::http();
    auto result = e2e::rest::send(
        http, e2e::rest::task::get_task_status{csm::task_id("3858a61a-d337-42e6-993e-e13e1c366d4f")}, base);
    BOOST_REQUIRE_MESSAGE(result.has_value(), (result ? std::string() : result.error().message()));
    BOOST_TEST(result->status.str() == "IN_PROGRESS");
    check_no_mismatch();
    check_targets({"GET " + e2e::api + "/tasks/3858a61a-d337-42e6-993e-e13e1c366d4f"});
}

BOOST_AUTO_TEST_CASE(bulk_with_idempotency_key_then_task_status) {
    auto http = e2e::server_fixture::http();
    const auto key = e2e::rest::idempotency_key::generate_uuid_v4();
    const auto bulk = e2e::bulk_definitions(key);
    auto submitted = e2e::rest::send(http, bulk, base);
    BOOST_REQUIRE_MESSAGE(submitted.has_value(), (submitted ? std::string() : submitted.error().message()));
    const auto seen = only_request();
    const auto* sent_key = seen.request.find_header("Idempotency-Key");
    BOOST_TEST_REQUIRE(sent_key != nullptr);
    BOOST_TEST(sent_key->value == key.str());

    auto poll = e2e::rest::task::status_request(*submitted);
    BOOST_TEST_REQUIRE(poll.has_value());
    auto status = e2e::rest::send(http, *poll, base);
    BOOST_REQUIRE_MESSAGE(status.has_value(), (status ? std::string() : status.error().message()));
    BOOST_TEST((submitted->id == std::optional<csm::task_id>(status->id)));
    check_no_mismatch();
    check_targets({"POST " + e2e::api + "/organization/details/definitions/bulk",
                   "GET " + e2e::api + "/tasks/3858a61a-d337-42e6-993e-e13e1c366d4f"});
}

BOOST_AUTO_TEST_CASE(server_rejects_a_body_other_than_documented) {
    auto http = e2e::server_fixture::http();
    e2e::rest::organization::update_organization update{csm::organization_id("123"), {.name = "Not in the docs"}};
    const auto e = e2e::api_error_of(e2e::rest::send(http, update, base));
    BOOST_TEST(e.status == 400);
    BOOST_TEST(server.mismatches().size() == 1u);
    check_targets({"PUT " + e2e::api + "/organization/123"});
}

BOOST_AUTO_TEST_SUITE_END()

// What the test server itself decides: its unknown-route 404, its 412, its Authorization check. The service's
// errors (404 of a deleted resource, 429 with Retry-After, 500, 503, truncated and non-JSON bodies, a reset
// connection, a slow answer, 401, 403) are in serve_journey and serve_faults, against `csm serve`
// (serve_cases.hpp).
BOOST_FIXTURE_TEST_SUITE(errors, e2e::server_fixture)

BOOST_AUTO_TEST_CASE(unknown_route_is_404_no_route) {
    auto http = e2e::server_fixture::http();
    const auto e =
        e2e::api_error_of(e2e::rest::send(http, e2e::get_organization_123(), e2e::base_for(server, "/nowhere")));
    BOOST_TEST(e.status == 404);
    BOOST_TEST(e.messages == std::vector<std::string>{"no route"}, boost::test_tools::per_element());
    check_targets({"GET /nowhere" + e2e::api + "/organization/123"});
}

BOOST_AUTO_TEST_CASE(precondition_failed_when_opt_in_is_switched_off) {
    auto http = e2e::server_fixture::http();
    e2e::rest::organization::update_organization update{csm::organization_id("123"), {.name = "Atlassian"}};
    const auto e = e2e::api_error_of(e2e::rest::send(http, update, base, {.experimental_opt_in = false}));
    BOOST_TEST(e.status == 412);
    BOOST_TEST(e.kind == e2e::rest::api_error_kind::precondition_failed);
    BOOST_TEST(only_request().request.find_header("X-ExperimentalApi") == nullptr);
    check_targets({"PUT " + e2e::api + "/organization/123"});
}

BOOST_AUTO_TEST_CASE(unauthenticated_without_credentials) {
    auto http = e2e::server_fixture::http({.authorization = ""});
    const auto e = e2e::api_error_of(e2e::rest::send(http, e2e::get_organization_123(), base));
    BOOST_TEST(e.kind == e2e::rest::api_error_kind::unauthenticated);
    BOOST_TEST(only_request().request.find_header("Authorization") == nullptr);
    check_targets({"GET " + e2e::api + "/organization/123"});
}

BOOST_AUTO_TEST_CASE(verbose_trace_redacts_the_token) {
    std::vector<std::string> lines;
    auto http = e2e::server_fixture::http({.verbose = [&lines](std::string_view line) { lines.emplace_back(line); }});
    auto result = e2e::rest::send(http, e2e::get_organization_123(), base);
    BOOST_TEST_REQUIRE(result.has_value());
    BOOST_TEST(std::count(lines.begin(), lines.end(), "> Authorization: <redacted>") == 1);
    BOOST_TEST(std::count(lines.begin(), lines.end(), "< HTTP 200") == 1);
    for (const std::string& line : lines) BOOST_TEST(line.find(e2e::token) == std::string::npos);
    check_targets({"GET " + e2e::api + "/organization/123"});
}

BOOST_AUTO_TEST_CASE(tls_handshake_with_a_plain_http_server_fails_as_tls) {
    auto http = e2e::server_fixture::http();
    const auto https = e2e::base_for(server, "", "https");
    const auto failure = e2e::failure_of(e2e::rest::send(http, e2e::get_organization_123(), https));
    BOOST_TEST(failure.kind == e2e::rest::transport_failure_kind::tls);
    BOOST_TEST(!failure.request_sent);
    check_targets({}); // a TLS ClientHello is no HTTP request: nothing is logged
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(strict_server, e2e::server_fixture)

// Each case changes one thing in a request the server otherwise accepts, and expects the 400 that names it.

BOOST_AUTO_TEST_CASE(wrong_query_is_a_mismatch) {
    auto http = e2e::server_fixture::http();
    auto request = e2e::get_organization_123_request(base);
    request.url.set_encoded_query("limit=5");
    BOOST_TEST(e2e::mismatch_message(http, request) ==
               R"(csm_test_server: o5.get_organization: query is "limit=5", expected "" (in any order))");
    check_targets({"GET " + e2e::api + "/organization/123?limit=5"});
}

BOOST_AUTO_TEST_CASE(wrong_id_in_the_path_is_a_mismatch) {
    auto http = e2e::server_fixture::http();
    auto request =
        e2e::rest::build_request(e2e::rest::organization::get_organization{csm::organization_id("456")}, base);
    BOOST_TEST_REQUIRE(request.has_value());
    BOOST_TEST(e2e::mismatch_message(http, *request) ==
               R"(csm_test_server: o5.get_organization: path segment {organizationId} is "456", expected "123")");
    check_targets({"GET " + e2e::api + "/organization/456"});
}

BOOST_AUTO_TEST_CASE(wrong_header_value_is_a_mismatch) {
    auto http = e2e::server_fixture::http();
    auto request = e2e::get_organization_123_request(base);
    for (auto& h : request.headers)
        if (e2e::rest::header_name_equals(h.name, "Accept")) h.value = "text/plain";
    BOOST_TEST(e2e::mismatch_message(http, request) ==
               R"(csm_test_server: o5.get_organization: header Accept is "text/plain", expected "application/json")");
    check_targets({"GET " + e2e::api + "/organization/123"});
}

BOOST_AUTO_TEST_CASE(experimental_header_where_the_docs_send_none_is_a_mismatch) {
    auto http = e2e::server_fixture::http();
    auto request = e2e::get_organization_123_request(base);
    request.headers.push_back({"X-ExperimentalApi", "opt-in"});
    BOOST_TEST(e2e::mismatch_message(http, request) ==
               "csm_test_server: o5.get_organization: unexpected header X-ExperimentalApi");
    check_targets({"GET " + e2e::api + "/organization/123"});
}

BOOST_AUTO_TEST_CASE(missing_idempotency_key_is_a_mismatch) {
    auto http = e2e::server_fixture::http();
    auto request =
        e2e::rest::build_request(e2e::bulk_definitions(e2e::rest::idempotency_key::generate_uuid_v4()), base);
    BOOST_TEST_REQUIRE(request.has_value());
    std::erase_if(request->headers,
                  [](const auto& h) { return e2e::rest::header_name_equals(h.name, "Idempotency-Key"); });
    BOOST_TEST(e2e::mismatch_message(http, *request) ==
               "csm_test_server: b5.create_detail_field_definitions: missing header Idempotency-Key");
    check_targets({"POST " + e2e::api + "/organization/details/definitions/bulk"});
}

BOOST_AUTO_TEST_CASE(body_on_a_get_is_a_mismatch) {
    auto http = e2e::server_fixture::http();
    auto request = e2e::get_organization_123_request(base);
    request.headers.push_back({"Content-Type", "application/json"});
    request.body = R"({"name":"Atlassian"})";
    BOOST_TEST(e2e::mismatch_message(http, request) ==
               "csm_test_server: o5.get_organization: unexpected request body on GET");
    check_targets({"GET " + e2e::api + "/organization/123"});
}

BOOST_AUTO_TEST_CASE(every_route_answers_its_documented_request) {
    // Each route's example replayed once: 2xx, the route itself took it, the canned body came back.
    auto http = e2e::server_fixture::http();
    std::set<std::string> names;
    for (const auto& r : e2e::routes()) BOOST_TEST(names.insert(r.name).second, "route name not unique: " << r.name);
    for (const auto& r : e2e::routes()) {
        BOOST_TEST_CONTEXT("route " << r.name) {
            const std::size_t before = server.requests().size();
            const auto request = e2e::replay_of(r, server);
            const e2e::rest::transport_result response = http(request);
            BOOST_REQUIRE_MESSAGE(response.has_value(), (response ? std::string() : response.error().message()));
            BOOST_TEST(response->status == r.respond.status);
            BOOST_TEST(response->status / 100 == 2);
            BOOST_TEST(response->body == r.respond.body);
            const auto* line = response->find_header("X-Csm-Test-Route");
            BOOST_TEST_REQUIRE(line != nullptr);
            BOOST_TEST(line->value == r.expect.method + " " + request.target());
            const auto log = server.requests();
            BOOST_TEST_REQUIRE(log.size() == before + 1);
            BOOST_TEST(log.back().route == r.name);
            BOOST_TEST(log.back().request.method + " " + log.back().request.target == line->value);
        }
    }
    check_no_mismatch();
    // No route left out: every name in the table took a request with a 2xx answer.
    std::set<std::string> hit;
    for (const auto& seen : server.requests())
        if (seen.status / 100 == 2) hit.insert(seen.route);
    for (const auto& name : names) BOOST_TEST(hit.count(name) == 1u, "route never hit: " << name);
    BOOST_TEST(hit.size() == e2e::routes().size());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(connection_refused_on_a_closed_port) {
    std::uint16_t port = 0;
    {
        csm_test_server::test_server closed({}); // bound, then closed: nothing listens on the port any more
        port = closed.port();
    }
    auto base = e2e::rest::api_base::custom("http://127.0.0.1:" + std::to_string(port) + "/api/v1");
    BOOST_TEST_REQUIRE(base.has_value());
    auto http = e2e::server_fixture::http({.timeout = std::chrono::milliseconds(3'000)});
    const auto failure = e2e::failure_of(e2e::rest::send(http, e2e::get_organization_123(), *base));
    BOOST_TEST(failure.kind == e2e::rest::transport_failure_kind::connection_failed);
    BOOST_TEST(!failure.request_sent);
    // Nothing was sent: the advice is to retry, even for a request that may not be repeated.
    BOOST_TEST(e2e::rest::advise_retry(failure, e2e::rest::repeatable::no, 1, [] { return 0.5; }).retry);
}

// The same transport against `csm serve`: state, faults and tokens (serve_cases.hpp), when the tool is built.
#ifdef CSM_E2E_CSM_EXE
#include "serve_cases.hpp"
#endif

#endif

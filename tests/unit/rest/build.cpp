// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/build.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.build
#include <boost/test/unit_test.hpp>

#include <csm/rest/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/ids.hpp>
#include <csm/rest/idempotency_key.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>

#include <optional>
#include <string>
#include <vector>

// Test endpoints, copied from the convention so that this test does not depend on the resource headers.
namespace test_api {

using namespace csm::rest;

struct organization {
    std::string id;
    std::string name;
    friend bool operator==(const organization&, const organization&) = default;
};
BOOST_DESCRIBE_STRUCT(organization, (), (id, name))

struct name_request {
    std::string name;
};
BOOST_DESCRIBE_STRUCT(name_request, (), (name))

struct set_detail_values_request {
    std::vector<std::string> values;
};
BOOST_DESCRIBE_STRUCT(set_detail_values_request, (), (values))

struct get_organization {
    csm::organization_id organization_id;
    static constexpr endpoint_info info{
        .name = "organization.get",
        .path = "/organization/{organizationId}",
        .scopes = {"read:organization:jira-service-management", "read:organization.detail:jira-service-management"},
        .docs = {.id = "O5",
                 .permission = "Jira Service Management agent",
                 .summary = "Returns an organization, including its details."}};
    using response = organization;
};
BOOST_DESCRIBE_STRUCT(get_organization, (), (organization_id))

struct update_organization {
    csm::organization_id organization_id;
    name_request body;
    static constexpr endpoint_info info{
        .name = "organization.update",
        .method = http_method::put,
        .path = "/organization/{organizationId}",
        .scopes = {"write:organization:jira-service-management"},
        .experimental = true,
        .docs = {.id = "O6",
                 .permission = "Customer Service Management or Jira Service Management user",
                 .summary = "Updates an organization's name."}};
    using response = organization;
};
BOOST_DESCRIBE_STRUCT(update_organization, (), (organization_id, body))

struct set_organization_detail_value {
    csm::organization_id organization_id;
    std::string field_name;
    set_detail_values_request body;
    static constexpr endpoint_info info{
        .name = "organization.set_detail_value",
        .method = http_method::put,
        .path = "/organization/{organizationId}/details",
        .scopes = {"write:organization.detail:jira-service-management"},
        .docs = {.id = "O8", .permission = "Jira Service Management agent", .summary = "Sets a detail value."}};
    using response = organization;
};
BOOST_DESCRIBE_STRUCT(set_organization_detail_value, (), (organization_id, field_name, body))

struct delete_detail_field {
    detail_field_name field_name;
    static constexpr endpoint_info info{
        .name = "organization.detail_field.delete",
        .method = http_method::delete_,
        .path = "/organization/details/{fieldName}",
        .scopes = {"delete:organization.detail-field:jira-service-management"},
        .docs = {.id = "O4", .permission = "Administer Jira global permission", .summary = "Deletes a detail field."}};
    using response = no_content;
};
BOOST_DESCRIBE_STRUCT(delete_detail_field, (), (field_name))

struct search_request {
    std::vector<std::string> detail_fields;
};
BOOST_DESCRIBE_STRUCT(search_request, (), (detail_fields))

enum class sort_known { asc, desc };
struct sort_traits {
    using known = sort_known;
    static constexpr std::string_view names[] = {"ASC", "DESC"};
};
using sort_order = csm::open_enum<sort_traits>;

// Query parameters of every supported kind, with the optional ones in the middle.
struct search_customers {
    std::optional<int> page;
    std::optional<std::int64_t> max_results;
    std::optional<csm::product_id> product;
    std::optional<sort_order> sort;
    std::optional<bool> expand_all;
    search_request body;
    static constexpr endpoint_info info{
        .name = "customer.search_by_detail_field",
        .method = http_method::post,
        .path = "/customer/search-by-detail-field",
        .scopes = {"read:customer:jira-service-management"},
        .docs = {.id = "C6", .permission = "Jira Service Management agent", .summary = "Search."}};
    using response = organization;

    std::optional<csm::error> validate() const {
        if (body.detail_fields.empty())
            return csm::error{csm::errc::invalid_value, "/body/detailFields", "at least one detail field"};
        if (max_results && *max_results > 100)
            return csm::error{csm::errc::limit_exceeded, "/query/maxResults", "at most 100"};
        return std::nullopt;
    }
};
BOOST_DESCRIBE_STRUCT(search_customers, (), (page, max_results, product, sort, expand_all, body))

struct bulk_request {
    std::vector<std::string> detail_fields;
};
BOOST_DESCRIBE_STRUCT(bulk_request, (), (detail_fields))

struct task_ref {
    std::string id;
    std::string status_url;
};
BOOST_DESCRIBE_STRUCT(task_ref, (), (id, status_url))

struct bulk_definitions {
    idempotency_key key;
    bulk_request body;
    static constexpr endpoint_info info{.name = "bulk.customer_detail_definitions",
                                        .method = http_method::post,
                                        .path = "/customer/details/definitions/bulk",
                                        .scopes = {"write:customer.detail-field:jira-service-management"},
                                        .experimental = true,
                                        .bulk = true,
                                        .docs = {.id = "B1",
                                                 .permission = "Administer Jira global permission",
                                                 .limits = "at most 50",
                                                 .summary = "Creates detail fields in bulk."}};
    using response = task_ref;
};
BOOST_DESCRIBE_STRUCT(bulk_definitions, (), (key, body))

struct get_customer_experiences {
    csm::customer_id customer_id;
    static constexpr endpoint_info info{.name = "customer.experiences",
                                        .path = "/customer/{customerId}/customer-experiences",
                                        .scopes = {"read:customer:jira-service-management"},
                                        .experimental = true,
                                        .docs = {.id = "C17",
                                                 .permission = "Customer Service Management agent",
                                                 .summary = "Customer experiences.",
                                                 .scopes_inferred = true}};
    using response = organization;
};
BOOST_DESCRIBE_STRUCT(get_customer_experiences, (), (customer_id))

} // namespace test_api

using namespace csm::rest;
using namespace test_api;

namespace {

const std::string root = "https://api.atlassian.com/jsm/csm/cloudid/0f8b-cloud/api/v1";

api_base base() { return api_base::atlassian(csm::cloud_id("0f8b-cloud")).value(); }

http_request must_build(const auto& ep, const api_base& b = base(), const build_options& o = {}) {
    auto r = build_request(ep, b, o);
    BOOST_TEST_REQUIRE(r.has_value(), (r.has_value() ? std::string() : r.error().message()));
    return std::move(*r);
}

using headers = std::vector<http_header>;

} // namespace

static_assert(endpoint<get_organization>);
static_assert(endpoint<set_organization_detail_value>);
static_assert(!endpoint<name_request>);
static_assert(!endpoint<int>);
static_assert(check_endpoint<search_customers>());

BOOST_AUTO_TEST_CASE(get_organization_matches_the_curl_example) {
    const http_request req = must_build(get_organization{csm::organization_id("123")});
    BOOST_TEST(req.method == http_method::get);
    BOOST_TEST(to_string(req.method) == "GET");
    BOOST_TEST(req.url.buffer() == root + "/organization/123");
    BOOST_TEST((req.headers == headers{{"Accept", "application/json"}}));
    BOOST_TEST(!req.body);
    BOOST_TEST(req.endpoint_name == "organization.get");
    BOOST_TEST(req.target() == "/jsm/csm/cloudid/0f8b-cloud/api/v1/organization/123");
}

BOOST_AUTO_TEST_CASE(experimental_endpoint_with_a_body) {
    const http_request req = must_build(update_organization{csm::organization_id("123"), {"Atlassian"}});
    BOOST_TEST(req.method == http_method::put);
    BOOST_TEST(req.url.buffer() == root + "/organization/123");
    BOOST_TEST((req.headers == headers{{"Accept", "application/json"},
                                       {"X-ExperimentalApi", "opt-in"},
                                       {"Content-Type", "application/json"}}));
    BOOST_TEST(req.body.value() == R"({"name":"Atlassian"})");

    build_options off;
    off.experimental_opt_in = false;
    const http_request plain = must_build(update_organization{csm::organization_id("123"), {"Atlassian"}}, base(), off);
    BOOST_TEST((plain.headers == headers{{"Accept", "application/json"}, {"Content-Type", "application/json"}}));
}

BOOST_AUTO_TEST_CASE(query_parameter_and_body) {
    const http_request req = must_build(set_organization_detail_value{csm::organization_id("123"), "Region", {{"EU"}}});
    BOOST_TEST(req.url.buffer() == root + "/organization/123/details?fieldName=Region");
    BOOST_TEST((req.headers == headers{{"Accept", "application/json"}, {"Content-Type", "application/json"}}));
    BOOST_TEST(boost::json::parse(req.body.value()) == boost::json::parse(R"({"values":["EU"]})"));
    BOOST_TEST(req.target() == "/jsm/csm/cloudid/0f8b-cloud/api/v1/organization/123/details?fieldName=Region");
}

BOOST_AUTO_TEST_CASE(query_values_are_percent_encoded) {
    const http_request req =
        must_build(set_organization_detail_value{csm::organization_id("123"), "Account Manager & co=+1#x/ü", {{"EU"}}});
    BOOST_TEST(req.url.buffer() ==
               root + "/organization/123/details?fieldName=Account%20Manager%20%26%20co%3D%2B1%23x%2F%C3%BC");
    const boost::urls::url_view view = req.url;
    BOOST_TEST(view.params().size() == 1u);
    BOOST_TEST((*view.params().begin()).value == "Account Manager & co=+1#x/ü");
    BOOST_TEST(!req.url.has_fragment());
}

BOOST_AUTO_TEST_CASE(delete_sends_no_accept_and_no_body) {
    const http_request req = must_build(delete_detail_field{detail_field_name("Account Manager")});
    BOOST_TEST(to_string(req.method) == "DELETE");
    BOOST_TEST(req.url.buffer() == root + "/organization/details/Account%20Manager");
    BOOST_TEST(req.headers.empty());
    BOOST_TEST(!req.body);
}

BOOST_AUTO_TEST_CASE(optional_query_parameters) {
    search_customers none{std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, {{"Region"}}};
    BOOST_TEST(must_build(none).url.buffer() == root + "/customer/search-by-detail-field");
    BOOST_TEST(!must_build(none).url.has_query());

    search_customers all{2, 50, csm::product_id("p 1"), sort_order(sort_known::desc), true, {{"Region"}}};
    const http_request req = must_build(all);
    BOOST_TEST(req.url.buffer() ==
               root + "/customer/search-by-detail-field?page=2&maxResults=50&product=p%201&sort=DESC&expandAll=true");
    BOOST_TEST(boost::json::parse(req.body.value()) == boost::json::parse(R"({"detailFields":["Region"]})"));

    search_customers some{std::nullopt, 25, std::nullopt, sort_order("SHUFFLE"), std::nullopt, {{"Region"}}};
    BOOST_TEST(must_build(some).url.buffer() == root + "/customer/search-by-detail-field?maxResults=25&sort=SHUFFLE");
}

BOOST_AUTO_TEST_CASE(validate_runs_first) {
    search_customers empty{std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, {}};
    auto r = build_request(empty, base());
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(r.error().pointer == "/body/detailFields");
    BOOST_TEST((r.error().code == csm::errc::invalid_value));

    search_customers big{std::nullopt, 500, std::nullopt, std::nullopt, std::nullopt, {{"Region"}}};
    auto r2 = build_request(big, base());
    BOOST_TEST_REQUIRE(r2.has_error());
    BOOST_TEST((r2.error().code == csm::errc::limit_exceeded));

    // The base can no longer be unusable (api_base::atlassian checks the cloud id): validate() still decides.
    auto r3 = build_request(empty, base());
    BOOST_TEST_REQUIRE(r3.has_error());
    BOOST_TEST(r3.error().pointer == "/body/detailFields");
}

BOOST_AUTO_TEST_CASE(bulk_endpoint_sends_the_idempotency_key_last) {
    const auto key = idempotency_key::parse("c748a424-1db8-47f9-8288-713cdb0407b5").value();
    const http_request req = must_build(bulk_definitions{key, {{"Region"}}});
    BOOST_TEST(to_string(req.method) == "POST");
    BOOST_TEST(req.url.buffer() == root + "/customer/details/definitions/bulk");
    BOOST_TEST((req.headers == headers{{"Accept", "application/json"},
                                       {"X-ExperimentalApi", "opt-in"},
                                       {"Content-Type", "application/json"},
                                       {"Idempotency-Key", "c748a424-1db8-47f9-8288-713cdb0407b5"}}));
    BOOST_TEST(req.find_header("idempotency-key")->value == "c748a424-1db8-47f9-8288-713cdb0407b5");
    BOOST_TEST(req.body.value() == R"({"detailFields":["Region"]})");
}

BOOST_AUTO_TEST_CASE(experimental_without_body) {
    const http_request req = must_build(get_customer_experiences{csm::customer_id("qm:1a2b:3c4d")});
    BOOST_TEST(req.url.buffer() == root + "/customer/qm:1a2b:3c4d/customer-experiences");
    BOOST_TEST((req.headers == headers{{"Accept", "application/json"}, {"X-ExperimentalApi", "opt-in"}}));
}

BOOST_AUTO_TEST_CASE(custom_accept_header) {
    build_options o;
    o.accept = "application/json; charset=utf-8";
    BOOST_TEST((must_build(get_organization{csm::organization_id("1")}, base(), o).headers ==
                headers{{"Accept", "application/json; charset=utf-8"}}));
    o.accept.clear();
    BOOST_TEST(must_build(get_organization{csm::organization_id("1")}, base(), o).headers.empty());
}

BOOST_AUTO_TEST_CASE(forge_and_custom_bases) {
    const http_request forge = must_build(get_organization{csm::organization_id("123")}, api_base::forge());
    BOOST_TEST(forge.url.buffer() == "/jsm/csm/api/v1/organization/123");
    BOOST_TEST(!forge.url.has_scheme());
    BOOST_TEST(forge.target() == "/jsm/csm/api/v1/organization/123");

    const api_base local = api_base::custom("http://127.0.0.1:8080/").value();
    BOOST_TEST(must_build(get_organization{csm::organization_id("123")}, local).url.buffer() ==
               "http://127.0.0.1:8080/organization/123");

    const api_base proxy = api_base::custom("https://proxy.example/csm/api/v1").value();
    const http_request req =
        must_build(set_organization_detail_value{csm::organization_id("7"), "Region", {{"EU"}}}, proxy);
    BOOST_TEST(req.url.buffer() == "https://proxy.example/csm/api/v1/organization/7/details?fieldName=Region");
    BOOST_TEST(req.target() == "/csm/api/v1/organization/7/details?fieldName=Region");
}

BOOST_AUTO_TEST_CASE(unsafe_path_parameters_are_refused) {
    auto r = build_request(get_organization{csm::organization_id("..")}, base());
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST((r.error().code == csm::errc::unsafe_value));
    BOOST_TEST(r.error().pointer == "/path/organizationId");
    BOOST_TEST(r.error().expected == "a non-empty id without control characters that is not '.' or '..'");

    auto f = build_request(delete_detail_field{detail_field_name("")}, base());
    BOOST_TEST_REQUIRE(f.has_error());
    BOOST_TEST(f.error().pointer == "/path/fieldName");

    // An unsafe cloud id fails where the base is made, before any request.
    auto c = api_base::atlassian(csm::cloud_id("a\nb"));
    BOOST_TEST_REQUIRE(c.has_error());
    BOOST_TEST(c.error().pointer == "/path/cloudId");
    BOOST_TEST((c.error().code == csm::errc::unsafe_value));
}

BOOST_AUTO_TEST_CASE(long_urls_are_written_exactly) {
    // build_request writes the URL on the stack up to 1 KiB and in a string beyond: both give the same text.
    for (const std::size_t n : {1u, 300u, 1000u, 1100u, 5000u}) {
        const std::string id(n, '7');
        const std::string field(n, '/'); // each '/' becomes %2F: three times as long
        std::string encoded;
        for (std::size_t i = 0; i < n; ++i) encoded += "%2F";
        const http_request req = must_build(set_organization_detail_value{csm::organization_id(id), field, {{"EU"}}});
        BOOST_TEST(req.url.buffer() == root + "/organization/" + id + "/details?fieldName=" + encoded, "n = " << n);
    }
}

BOOST_AUTO_TEST_CASE(long_header_values_are_kept_whole) {
    // Header text longer than header_text::inline_capacity goes to the heap; nothing is cut.
    build_options o;
    o.accept = std::string(100, 'a') + "/json";
    BOOST_TEST((must_build(get_organization{csm::organization_id("1")}, base(), o).headers ==
                headers{{"Accept", std::string(100, 'a') + "/json"}}));
}

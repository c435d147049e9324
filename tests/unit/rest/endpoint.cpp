// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/endpoint.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.endpoint
#include <boost/test/unit_test.hpp>

#include <csm/rest/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/ids.hpp>
#include <csm/rest/idempotency_key.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

using namespace csm::rest;

namespace test_api {

struct values_request {
    std::vector<std::string> values;
};
BOOST_DESCRIBE_STRUCT(values_request, (), (values))

struct set_detail_value {
    csm::organization_id organization_id;
    std::string field_name;
    std::optional<int> max_results;
    values_request body;
    static constexpr endpoint_info info{.name = "organization.set_detail_value",
                                        .method = http_method::put,
                                        .path = "/organization/{organizationId}/details",
                                        .scopes = {"write:organization.detail:jira-service-management"},
                                        .docs = {.id = "O8"}};
    using response = no_content;
};
BOOST_DESCRIBE_STRUCT(set_detail_value, (), (organization_id, field_name, max_results, body))

struct edit_detail_field {
    detail_field_name field_name;
    static constexpr endpoint_info info{.name = "organization.detail_field.edit",
                                        .method = http_method::put,
                                        .path = "/organization/details/{fieldName}",
                                        .docs = {.id = "O3"}};
    using response = no_content;
};
BOOST_DESCRIBE_STRUCT(edit_detail_field, (), (field_name))

struct bulk {
    idempotency_key key;
    std::optional<idempotency_key> other_key;
    std::vector<values_request> body;
    static constexpr endpoint_info info{
        .name = "bulk.test", .method = http_method::post, .path = "/bulk", .bulk = true, .docs = {.id = "B9"}};
    using response = no_content;
};
BOOST_DESCRIBE_STRUCT(bulk, (), (key, other_key, body))

} // namespace test_api

using namespace test_api;

template <class E, std::size_t I>
using parameter_at = boost::mp11::mp_at_c<parameters_of<E>, I>;

// Roles, decided at compile time from the member's JSON key; keys and JSON Pointers.
static_assert(parameter_at<set_detail_value, 0>::role == parameter_role::path);
static_assert(parameter_at<set_detail_value, 1>::role == parameter_role::query);
static_assert(parameter_at<set_detail_value, 2>::role == parameter_role::query);
static_assert(parameter_at<set_detail_value, 3>::role == parameter_role::body);
static_assert(parameter_at<edit_detail_field, 0>::role == parameter_role::path);
static_assert(parameter_at<bulk, 0>::role == parameter_role::header);
static_assert(parameter_at<bulk, 1>::role == parameter_role::header);
static_assert(parameter_at<bulk, 2>::role == parameter_role::body);
static_assert(parameter_at<set_detail_value, 0>::key == "organizationId");
static_assert(parameter_at<set_detail_value, 0>::pointer == "/path/organizationId");
static_assert(parameter_at<set_detail_value, 2>::key == "maxResults");
static_assert(parameter_at<set_detail_value, 2>::pointer == "/query/maxResults");
static_assert(std::is_same_v<parameter_at<set_detail_value, 2>::type, std::optional<int>>);
static_assert(parameter_at<bulk, 0>::pointer == "/header/Idempotency-Key");
static_assert(parameter_at<bulk, 2>::pointer == "/body" && parameter_at<bulk, 2>::name == "body");
static_assert(std::is_same_v<response_of<bulk>, typename bulk::response>);

static_assert(endpoint<set_detail_value>);
static_assert(endpoint<bulk>);
static_assert(!endpoint<values_request>);
static_assert(check_endpoint<set_detail_value>());
static_assert(check_endpoint<edit_detail_field>());
static_assert(check_endpoint<bulk>());
static_assert(has_body_v<bulk> && !has_body_v<edit_detail_field>);

// Path templates.
static_assert(is_path_template("/organization/{organizationId}/details"));
static_assert(is_path_template("/customer/search-by-detail-field"));
static_assert(!is_path_template("organization"));
static_assert(!is_path_template(""));
static_assert(!is_path_template("/organization/{organizationId"));
static_assert(!is_path_template("/organization/{}"));
static_assert(!is_path_template("/organization/x{id}"));
static_assert(!is_path_template("/organization/{id}x"));
static_assert(!is_path_template("/organization/{{id}}"));
static_assert(!is_path_template("/organization?x=1"));
static_assert(!is_path_template("/organization#x"));
static_assert(!is_path_template("/a b"));

// Ids are strong: no default, no implicit conversions, no mixing kinds.
static_assert(!std::is_default_constructible_v<detail_field_name>);
static_assert(!std::is_convertible_v<std::string, detail_field_name>);
static_assert(!std::is_constructible_v<csm::organization_id, csm::customer_id>);
static_assert(
    !std::is_constructible_v<set_detail_value, csm::customer_id, std::string, std::optional<int>, values_request>);
static_assert(std::is_aggregate_v<set_detail_value>);

// scope_list: fixed capacity, constexpr.
constexpr scope_list two{"a", "b"};
static_assert(two.size() == 2 && two[0] == "a" && two[1] == "b" && two.contains("b") && !two.contains("c"));
static_assert(scope_list{}.empty());
static_assert(scope_list{"a"} == scope_list{"a"} && !(scope_list{"a"} == scope_list{"b"}));
static_assert(set_detail_value::info.scopes.size() == 1);
static_assert(!set_detail_value::info.experimental && !set_detail_value::info.bulk);
static_assert(bulk::info.bulk);
static_assert(edit_detail_field::info.docs.permission.empty() && edit_detail_field::info.scopes.empty());

BOOST_AUTO_TEST_CASE(no_content_is_an_empty_described_struct) {
    BOOST_TEST((no_content{} == no_content{}));
    static_assert(boost::describe::has_describe_members<no_content>::value);
    static_assert(std::is_empty_v<no_content>);
}

BOOST_AUTO_TEST_CASE(endpoint_info_reads_at_run_time_too) {
    const endpoint_info& info = set_detail_value::info;
    BOOST_TEST(info.docs.id == "O8");
    BOOST_TEST(info.name == "organization.set_detail_value");
    BOOST_TEST(to_string(info.method) == "PUT");
    std::vector<std::string_view> scopes(info.scopes.begin(), info.scopes.end());
    BOOST_TEST(scopes.size() == 1u);
    BOOST_TEST(scopes[0] == "write:organization.detail:jira-service-management");
}

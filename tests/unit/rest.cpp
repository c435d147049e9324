// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest.hpp> // first: the umbrella alone must be enough

#define BOOST_TEST_MODULE csm.rest
#include <boost/test/unit_test.hpp>

#include <string>
#include <type_traits>
#include <vector>

namespace rest = csm::rest;

// One name from every header the umbrella promises.
static_assert(rest::endpoint<rest::organization::get_organization>);
static_assert(rest::endpoint<rest::organization_bulk::manage_profiles>);
static_assert(rest::endpoint<rest::customer::get_profile>);
static_assert(rest::endpoint<rest::customer_bulk::manage_profiles>);
static_assert(rest::endpoint<rest::product::list_products>);
static_assert(rest::endpoint<rest::entitlement::list_entitlements>);
static_assert(rest::endpoint<rest::task::get_task_status>);
static_assert(rest::endpoint_count == 60);
static_assert(rest::required_scopes<rest::task::get_task_status, rest::product::get_product>.size() == 2);
static_assert(rest::to_string(rest::http_method::delete_) == "DELETE");
static_assert(rest::is_safe_path_segment("123") && !rest::is_safe_path_segment(".."));
static_assert(rest::to_string(rest::transport_failure_kind::timed_out) == "timed_out");
static_assert(rest::repeatability(rest::http_method::post, false, false) == rest::repeatable::no);
static_assert(std::is_class_v<rest::rate_limit_pacer> && std::is_class_v<rest::retry_options>);

BOOST_AUTO_TEST_CASE(a_whole_call_through_the_umbrella) {
    std::vector<rest::http_request> sent;
    auto transport = [&](const rest::http_request& request) {
        sent.push_back(request);
        return rest::http_response{200, {}, R"({"id":"3858a61a-d337-42e6-993e-e13e1c366d4f","name":"Acme Widget"})"};
    };
    const auto base = rest::api_base::atlassian(csm::cloud_id{"CLOUD"}).value();
    const auto product = rest::send(transport, rest::product::get_product{csm::product_id{"p/1"}}, base);
    BOOST_TEST_REQUIRE(product.has_value());
    BOOST_TEST(product->name == "Acme Widget");
    BOOST_TEST_REQUIRE(sent.size() == 1u);
    BOOST_TEST(std::string(sent[0].url.buffer()) ==
               "https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1/product/p%2F1");
    BOOST_TEST(sent[0].endpoint_name == "product.get");
    BOOST_TEST(rest::find_endpoint(sent[0].endpoint_name)->docs.id == "P3");
}

BOOST_AUTO_TEST_CASE(bulk_submission_to_task_status) {
    const auto key = rest::idempotency_key::generate_uuid_v4();
    BOOST_TEST(key.view().size() == 36u);
    const csm::rest::model::task_submit_response submitted{csm::task_id{"t-1"}, "/api/v1/tasks/t-1"};
    const auto poll = rest::task::status_request(submitted);
    BOOST_TEST_REQUIRE(poll.has_value());
    const auto request = rest::build_request(*poll, rest::api_base::forge());
    BOOST_TEST_REQUIRE(request.has_value());
    BOOST_TEST(request->target() == "/jsm/csm/api/v1/tasks/t-1");
    const auto error = rest::parse_response<rest::task::get_task_status>(429, {{"Retry-After", "7"}}, "");
    BOOST_TEST_REQUIRE(!error.has_value());
    BOOST_TEST((error.error().kind == rest::api_error_kind::rate_limited));
}

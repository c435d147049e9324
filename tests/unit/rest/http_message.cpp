// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/http_message.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.http_message
#include <boost/test/unit_test.hpp>

#include <vector>

using namespace csm::rest;

static_assert(header_name_equals("Retry-After", "retry-after"));
static_assert(header_name_equals("X-EXPERIMENTALAPI", "X-ExperimentalApi"));
static_assert(!header_name_equals("Accept", "Accept-Encoding"));
static_assert(!header_name_equals("a", "b"));

BOOST_AUTO_TEST_CASE(case_insensitive_lookup) {
    http_response r{429, {{"content-type", "application/json"}, {"RETRY-AFTER", "120"}, {"Retry-After", "5"}}, ""};
    BOOST_TEST_REQUIRE(r.find_header("Retry-After") != nullptr);
    BOOST_TEST(r.find_header("Retry-After")->value == "120"); // the first one wins
    BOOST_TEST(r.find_header("Content-Type")->value == "application/json");
    BOOST_TEST(r.find_header("Accept") == nullptr);
    BOOST_TEST(find_header(r.headers, "retry-after")->name == "RETRY-AFTER");
}

BOOST_AUTO_TEST_CASE(find_header_on_a_plain_vector) {
    std::vector<http_header> headers;
    BOOST_TEST(find_header(headers, "Accept") == nullptr);
    headers.push_back({"Accept", "application/json"});
    BOOST_TEST_REQUIRE(find_header(headers, "ACCEPT") != nullptr);
    BOOST_TEST(find_header(headers, "ACCEPT")->value == "application/json");
    BOOST_TEST((headers[0] == http_header{"Accept", "application/json"}));
    BOOST_TEST((headers[0] != http_header{"accept", "application/json"})); // == keeps the spelling
}

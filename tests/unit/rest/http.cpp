// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/http.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.http
#include <boost/test/unit_test.hpp>

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

BOOST_AUTO_TEST_CASE(request_target) {
    http_request req;
    req.url = boost::urls::url("https://api.atlassian.com/jsm/csm/cloudid/c/api/v1/organization/1/details?fieldName=A%20B");
    BOOST_TEST(req.target() == "/jsm/csm/cloudid/c/api/v1/organization/1/details?fieldName=A%20B");
    req.url = boost::urls::url("http://127.0.0.1:8080");
    BOOST_TEST(req.target() == "/");
    req.url = boost::urls::url("/jsm/csm/api/v1/organization");
    BOOST_TEST(req.target() == "/jsm/csm/api/v1/organization");
    req.headers.push_back({"Accept", "application/json"});
    BOOST_TEST(req.find_header("accept")->value == "application/json");
    BOOST_TEST(!req.body);
}

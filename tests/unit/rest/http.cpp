// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/http.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.http
#include <boost/test/unit_test.hpp>

using namespace csm::rest;

// http_header, header_name_equals, find_header and http_response live in http_message.hpp and are tested in
// http_message.cpp; http.hpp includes that header, so code that names them through http.hpp keeps compiling.
static_assert(header_name_equals("Retry-After", "retry-after"));

BOOST_AUTO_TEST_CASE(http_hpp_still_provides_http_response) {
    http_response r{200, {{"Content-Type", "application/json"}}, "{}"};
    BOOST_TEST(r.find_header("content-type")->value == "application/json");
}

BOOST_AUTO_TEST_CASE(request_target) {
    http_request req;
    req.url =
        boost::urls::url("https://api.atlassian.com/jsm/csm/cloudid/c/api/v1/organization/1/details?fieldName=A%20B");
    BOOST_TEST(req.target() == "/jsm/csm/cloudid/c/api/v1/organization/1/details?fieldName=A%20B");
    req.url = boost::urls::url("http://127.0.0.1:8080");
    BOOST_TEST(req.target() == "/");
    req.url = boost::urls::url("/jsm/csm/api/v1/organization");
    BOOST_TEST(req.target() == "/jsm/csm/api/v1/organization");
    req.headers.push_back({"Accept", "application/json"});
    BOOST_TEST(req.find_header("accept")->value == "application/json");
    BOOST_TEST(!req.body);
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/http_method.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.http_method
#include <boost/test/unit_test.hpp>

#include <sstream>

using csm::rest::http_method;

static_assert(to_string(http_method::get) == "GET");
static_assert(to_string(http_method::post) == "POST");
static_assert(to_string(http_method::put) == "PUT");
static_assert(to_string(http_method::delete_) == "DELETE");

BOOST_AUTO_TEST_CASE(streams_the_wire_name) {
    std::ostringstream os;
    os << http_method::delete_ << ' ' << http_method::get;
    BOOST_TEST(os.str() == "DELETE GET");
}

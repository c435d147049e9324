// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/auth.hpp> // first: the umbrella alone must be enough

#define BOOST_TEST_MODULE csm.auth
#include <boost/test/unit_test.hpp>

#include <string>
#include <type_traits>

namespace auth = csm::auth;

// One name from every header the umbrella promises.
static_assert(std::is_class_v<auth::access_token> && std::is_class_v<auth::oauth_server>);
static_assert(std::is_class_v<auth::authorization_request> && std::is_class_v<auth::token_set>);
static_assert(std::is_class_v<auth::site> && std::is_class_v<auth::oauth_error>);
static_assert(auth::offline_access == "offline_access");

BOOST_AUTO_TEST_CASE(a_header_through_the_umbrella) {
    BOOST_TEST(auth::bearer(auth::access_token("t"))->value == "Bearer t");
    BOOST_TEST(!auth::read_callback("/cb?code=c&state=s", "s")->empty());
}

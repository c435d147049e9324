// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/auth/secret.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.auth.secret
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>
#include <type_traits>

using namespace csm::auth;

// No implicit way in or out: a string does not become a secret, a secret does not become a string.
static_assert(!std::is_convertible_v<std::string, access_token>);
static_assert(!std::is_convertible_v<access_token, std::string>);
static_assert(!std::is_convertible_v<access_token, std::string_view>);
// Kinds do not mix.
static_assert(!std::is_convertible_v<access_token, refresh_token>);
static_assert(!std::is_constructible_v<client_secret, access_token>);

BOOST_AUTO_TEST_CASE(prints_redacted) {
    const access_token token("eyJhbGciOi.secret-part");
    std::ostringstream os;
    os << token << '|' << refresh_token("r-123") << '|' << client_secret("") << '|' << api_token("ATATT3x");
    BOOST_TEST(os.str() == "<redacted>|<redacted>|<redacted>|<redacted>");
}

BOOST_AUTO_TEST_CASE(reveal_gives_the_text_back) {
    const authorization_code code("c0de");
    BOOST_TEST(code.reveal() == "c0de");
    BOOST_TEST(!code.empty());
    BOOST_TEST(access_token("").empty());
    BOOST_TEST((access_token("a") == access_token("a")));
    BOOST_TEST(!(access_token("a") == access_token("b")));
}

// Boost.Test prints values of failed comparisons through operator<<: a failing check shows no secret.
BOOST_AUTO_TEST_CASE(boost_test_printing_is_redacted) {
    std::ostringstream os;
    boost::test_tools::tt_detail::print_log_value<access_token>()(os, access_token("leak-me"));
    BOOST_TEST(os.str() == "<redacted>");
}

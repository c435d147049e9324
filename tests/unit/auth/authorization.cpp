// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/auth/authorization.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.auth.authorization
#include <boost/test/unit_test.hpp>

#include <string>

using namespace csm::auth;

BOOST_AUTO_TEST_CASE(bearer_header) {
    auto h = bearer(access_token("eyJ0eXAi.abc-123"));
    BOOST_TEST_REQUIRE(h.has_value());
    BOOST_TEST(h->name == "Authorization");
    BOOST_TEST(h->value == "Bearer eyJ0eXAi.abc-123");
}

// RFC 4648 test vectors for the padding cases, then the classic Basic example.
BOOST_AUTO_TEST_CASE(basic_header_is_base64_of_email_colon_token) {
    BOOST_TEST(basic("a", api_token("b"))->value == "Basic YTpi");       // "a:b"
    BOOST_TEST(basic("ab", api_token("c"))->value == "Basic YWI6Yw==");  // "ab:c"
    BOOST_TEST(basic("ab", api_token("cd"))->value == "Basic YWI6Y2Q="); // "ab:cd"
    BOOST_TEST(basic("Aladdin", api_token("open sesame"))->value == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    BOOST_TEST(basic("me@example.com", api_token("ATATT3xFfGF0"))->value ==
               "Basic bWVAZXhhbXBsZS5jb206QVRBVFQzeEZmR0Yw");
    BOOST_TEST(basic("a", api_token("b"))->name == "Authorization");
}

BOOST_AUTO_TEST_CASE(hostile_credentials_are_refused_without_quoting_them) {
    auto crlf = bearer(access_token("tok\r\nX-Injected: 1"));
    BOOST_TEST_REQUIRE(!crlf.has_value());
    BOOST_TEST(crlf.error().message() ==
               "/access_token: expected a non-empty token without control characters (unsafe_value)");
    BOOST_TEST(!bearer(access_token("")).has_value());
    BOOST_TEST(basic("a:b", api_token("t")).error().pointer == "/email");
    BOOST_TEST(basic("", api_token("t")).error().pointer == "/email");
    BOOST_TEST(basic("a\nb", api_token("t")).error().pointer == "/email");
    BOOST_TEST(basic("a", api_token("t\n")).error().pointer == "/api_token");
    BOOST_TEST((basic("a", api_token("")).error().code == csm::errc::unsafe_value));
    BOOST_TEST(crlf.error().message().find("Injected") == std::string::npos);
}

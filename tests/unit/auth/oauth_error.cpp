// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/auth/oauth_error.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.auth.oauth_error
#include <boost/test/unit_test.hpp>

#include <string>

using namespace csm::auth;
using csm::rest::http_response;

BOOST_AUTO_TEST_CASE(oauth_error_body) {
    const oauth_error e = oauth_error::from_response(
        http_response{403, {}, R"({"error":"invalid_grant","error_description":"Unknown or invalid refresh token."})"});
    BOOST_TEST((e.kind == oauth_error_kind::oauth));
    BOOST_TEST(e.status == 403);
    BOOST_TEST(e.error == "invalid_grant");
    BOOST_TEST(e.description == "Unknown or invalid refresh token.");
    BOOST_TEST(e.message() == "oauth error invalid_grant (HTTP 403): Unknown or invalid refresh token.");
}

BOOST_AUTO_TEST_CASE(without_description) {
    const oauth_error e = oauth_error::from_response(http_response{401, {}, R"({"error":"access_denied"})"});
    BOOST_TEST(e.message() == "oauth error access_denied (HTTP 401)");
}

BOOST_AUTO_TEST_CASE(not_an_oauth_body) {
    for (const char* body : {"", "not json", "[]", R"({"error":5})", R"({"message":"Unauthorized"})",
                             "{\"error\":\"a\\nb\"}", R"({"error":""})"}) {
        const oauth_error e = oauth_error::from_response(http_response{500, {}, body});
        BOOST_TEST((e.kind == oauth_error_kind::http_status), body);
        BOOST_TEST(e.error.empty());
        BOOST_TEST(e.message() == "unexpected answer (HTTP 500)");
    }
}

BOOST_AUTO_TEST_CASE(unprintable_description_is_dropped) {
    const oauth_error e = oauth_error::from_response(
        http_response{400, {}, "{\"error\":\"invalid_request\",\"error_description\":\"\\u001b[2J\"}"});
    BOOST_TEST(e.error == "invalid_request");
    BOOST_TEST(e.description.empty());
}

BOOST_AUTO_TEST_CASE(malformed) {
    const oauth_error e =
        oauth_error::malformed(200, csm::error{csm::errc::missing_member, "/access_token", "a string"});
    BOOST_TEST(e.message() == "malformed response: /access_token: expected a string (missing_member) (HTTP 200)");
    BOOST_TEST(to_string(oauth_error_kind::callback) == "callback");
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/auth/token.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.auth.token
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <string>
#include <vector>

using namespace csm::auth;
namespace rest = csm::rest;
using namespace std::chrono_literals;

namespace {

const clock::time_point t0 = clock::time_point(std::chrono::seconds(1'800'000'000));

code_exchange exchange() {
    return {"aBcD1234", client_secret("s3cr3t"), authorization_code("c0de"), "https://app.example.com/callback"};
}

csm::error malformed(std::string body, int status = 200) {
    auto t = read_token_response(rest::http_response{status, {}, std::move(body)}, t0);
    BOOST_TEST_REQUIRE(!t.has_value());
    BOOST_TEST_REQUIRE((t.error().kind == oauth_error_kind::malformed_response));
    BOOST_TEST(t.error().status == status);
    BOOST_TEST_REQUIRE(t.error().decode_error.has_value());
    return *t.error().decode_error;
}

} // namespace

BOOST_AUTO_TEST_CASE(code_exchange_request) {
    auto req = token_request(exchange());
    BOOST_TEST_REQUIRE(req.has_value());
    BOOST_TEST((req->method == rest::http_method::post));
    BOOST_TEST(req->url.buffer() == "https://auth.atlassian.com/oauth/token");
    const std::vector<rest::http_header> headers{{"Content-Type", "application/json"}};
    BOOST_TEST((req->headers == headers));
    BOOST_TEST(*req->body == R"({"grant_type":"authorization_code","client_id":"aBcD1234","client_secret":"s3cr3t",)"
                             R"("code":"c0de","redirect_uri":"https://app.example.com/callback"})");
    BOOST_TEST(req->endpoint_name == "oauth.token.authorization_code");
}

BOOST_AUTO_TEST_CASE(refresh_request_on_a_custom_server) {
    auto server = oauth_server::custom("http://127.0.0.1:9000", "http://127.0.0.1:9000");
    auto req = token_request(token_refresh{"aBcD1234", client_secret("s3cr3t"), refresh_token("r-1")}, *server);
    BOOST_TEST_REQUIRE(req.has_value());
    BOOST_TEST(req->url.buffer() == "http://127.0.0.1:9000/oauth/token");
    BOOST_TEST(req->target() == "/oauth/token");
    BOOST_TEST(
        *req->body ==
        R"({"grant_type":"refresh_token","client_id":"aBcD1234","client_secret":"s3cr3t","refresh_token":"r-1"})");
    BOOST_TEST(req->endpoint_name == "oauth.token.refresh_token");
}

// Secrets with quotes, backslashes or control characters are JSON-escaped, never able to add a member.
BOOST_AUTO_TEST_CASE(hostile_values_are_escaped) {
    code_exchange x = exchange();
    x.code = authorization_code("c\",\"grant_type\":\"x\\\n");
    auto req = token_request(x);
    BOOST_TEST_REQUIRE(req.has_value());
    BOOST_TEST(req->body->find(R"("code":"c\",\"grant_type\":\"x\\\n")") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_token_requests) {
    const auto pointer_of = [](const auto& x) {
        auto r = token_request(x);
        BOOST_TEST_REQUIRE(!r.has_value());
        return r.error().pointer;
    };
    code_exchange x = exchange();
    x.client_id = "";
    BOOST_TEST(pointer_of(x) == "/client_id");
    x = exchange();
    x.secret = client_secret("");
    BOOST_TEST(pointer_of(x) == "/client_secret");
    x = exchange();
    x.code = authorization_code("");
    BOOST_TEST(pointer_of(x) == "/code");
    x = exchange();
    x.redirect_uri = "https://app.example.com/cb\r\nHost: evil";
    BOOST_TEST(pointer_of(x) == "/redirect_uri");
    BOOST_TEST(pointer_of(token_refresh{"id", client_secret("s"), refresh_token("")}) == "/refresh_token");
    BOOST_TEST(pointer_of(token_refresh{"i d", client_secret("s"), refresh_token("r")}) == "/client_id");
}

BOOST_AUTO_TEST_CASE(token_response_with_refresh_token) {
    auto t = read_token_response(
        rest::http_response{200,
                            {{"Content-Type", "application/json"}},
                            R"({"access_token":"at-1","expires_in":3600,"token_type":"Bearer",)"
                            R"("refresh_token":"rt-1","scope":"read:product:jira-service-management offline_access"})"},
        t0);
    BOOST_TEST_REQUIRE(t.has_value());
    BOOST_TEST(t->access.reveal() == "at-1");
    BOOST_TEST_REQUIRE(t->refresh.has_value());
    BOOST_TEST(t->refresh->reveal() == "rt-1");
    BOOST_TEST((t->expires_at == t0 + 3600s));
    BOOST_TEST(t->scope == "read:product:jira-service-management offline_access");
    BOOST_TEST(t->token_type == "Bearer");
    BOOST_TEST(!t->expired(t0));
    BOOST_TEST(!t->expired(t0 + 3539s));
    BOOST_TEST(t->expired(t0 + 3540s)); // within the default 60 s leeway
    BOOST_TEST(!t->expired(t0 + 3599s, 0s));
    BOOST_TEST(t->expired(t0 + 3600s, 0s));
}

// The docs' minimal answer: access_token, expires_in, scope (no refresh token without offline_access).
BOOST_AUTO_TEST_CASE(minimal_token_response) {
    auto t =
        read_token_response(rest::http_response{200, {}, R"({"access_token":"a","expires_in":1,"extra":[1]})"}, t0);
    BOOST_TEST_REQUIRE(t.has_value());
    BOOST_TEST(!t->refresh.has_value());
    BOOST_TEST(t->scope.empty());
    BOOST_TEST(t->token_type.empty());
    BOOST_TEST((t->expires_at == t0 + 1s));
}

BOOST_AUTO_TEST_CASE(refresh_rotates) {
    auto rotated = read_token_response(
        rest::http_response{200, {}, R"({"access_token":"at-2","expires_in":3600,"refresh_token":"rt-2"})"}, t0);
    BOOST_TEST_REQUIRE(rotated.has_value());
    BOOST_TEST(rotated->refresh->reveal() == "rt-2"); // the new one replaces the old
    BOOST_TEST(rotated->access.reveal() == "at-2");
    // No refresh token in the answer: the one sent was disabled by the refresh, so the set holds none (and the
    // next refresh asks for a new authorization instead of sending a dead token).
    auto none = read_token_response(rest::http_response{200, {}, R"({"access_token":"at-3","expires_in":60})"}, t0);
    BOOST_TEST_REQUIRE(none.has_value());
    BOOST_TEST(!none->refresh.has_value());
    auto failed = read_token_response(
        rest::http_response{
            403, {}, R"({"error":"invalid_grant","error_description":"Unknown or invalid refresh token."})"},
        t0);
    BOOST_TEST_REQUIRE(!failed.has_value());
    BOOST_TEST(failed.error().message() == "oauth error invalid_grant (HTTP 403): Unknown or invalid refresh token.");
}

BOOST_AUTO_TEST_CASE(malformed_token_responses) {
    BOOST_TEST(malformed(R"({"access_token":"a","expires_in":36)").message() ==
               "(root): expected valid UTF-8 JSON text (stopped at byte 35) (syntax_error)");
    BOOST_TEST(malformed("[]").message() == "(root): expected a JSON object (type_mismatch)");
    BOOST_TEST(malformed(R"({"expires_in":3600})").message() ==
               "/access_token: expected a non-empty string (missing_member)");
    BOOST_TEST(malformed(R"({"access_token":5,"expires_in":3600})").pointer == "/access_token");
    BOOST_TEST(malformed(R"({"access_token":"","expires_in":3600})").pointer == "/access_token");
    BOOST_TEST(malformed(R"({"access_token":"a"})").message() ==
               "/expires_in: expected a number of seconds from 1 to 31536000 (missing_member)");
    BOOST_TEST((malformed(R"({"access_token":"a","expires_in":"3600"})").code == csm::errc::type_mismatch));
    BOOST_TEST((malformed(R"({"access_token":"a","expires_in":36.5})").code == csm::errc::type_mismatch));
    BOOST_TEST((malformed(R"({"access_token":"a","expires_in":0})").code == csm::errc::out_of_range));
    BOOST_TEST((malformed(R"({"access_token":"a","expires_in":-5})").code == csm::errc::out_of_range));
    BOOST_TEST(
        (malformed(R"({"access_token":"a","expires_in":18446744073709551615})").code == csm::errc::out_of_range));
    BOOST_TEST(malformed(R"({"access_token":"a","expires_in":1,"refresh_token":7})").pointer == "/refresh_token");
    BOOST_TEST(malformed(R"({"access_token":"a","expires_in":1,"refresh_token":""})").pointer == "/refresh_token");
    BOOST_TEST(malformed(R"({"access_token":"a","expires_in":1,"scope":[]})").pointer == "/scope");
    BOOST_TEST(malformed(R"({"access_token":"a","expires_in":1,"token_type":"mac"})").message() ==
               "/token_type: expected \"Bearer\" (any case) (invalid_value)");
    BOOST_TEST(malformed("", 204).pointer == "");
}

// A malformed answer may hold a token; the error never does.
BOOST_AUTO_TEST_CASE(errors_never_carry_the_body) {
    auto t = read_token_response(rest::http_response{200, {}, R"({"access_token":"SECRET-AT","expires_in":"x"})"}, t0);
    BOOST_TEST_REQUIRE(!t.has_value());
    BOOST_TEST(t.error().message().find("SECRET") == std::string::npos);
    auto e = read_token_response(rest::http_response{400, {}, R"({"access_token":"SECRET-AT"})"}, t0);
    BOOST_TEST(e.error().message() == "unexpected answer (HTTP 400)");
}

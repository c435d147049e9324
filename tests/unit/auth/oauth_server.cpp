// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/auth/oauth_server.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.auth.oauth_server
#include <boost/test/unit_test.hpp>

using csm::auth::oauth_server;

BOOST_AUTO_TEST_CASE(atlassian_urls) {
    const oauth_server s = oauth_server::atlassian();
    BOOST_TEST(s.authorize_url() == "https://auth.atlassian.com/authorize");
    BOOST_TEST(s.token_url() == "https://auth.atlassian.com/oauth/token");
    BOOST_TEST(s.accessible_resources_url() == "https://api.atlassian.com/oauth/token/accessible-resources");
}

BOOST_AUTO_TEST_CASE(custom_roots) {
    auto s = oauth_server::custom("http://127.0.0.1:8080/auth/", "http://127.0.0.1:8080");
    BOOST_TEST_REQUIRE(s.has_value());
    BOOST_TEST(s->authorize_url() == "http://127.0.0.1:8080/auth/authorize");
    BOOST_TEST(s->token_url() == "http://127.0.0.1:8080/auth/oauth/token");
    BOOST_TEST(s->accessible_resources_url() == "http://127.0.0.1:8080/oauth/token/accessible-resources");
}

BOOST_AUTO_TEST_CASE(bad_roots) {
    for (const char* bad : {"", "/relative", "ftp://host", "http://user:pw@host", "http://host/?q=1", "http://host/#f",
                            "http://host/../x", "http:// space"}) {
        auto s = oauth_server::custom(bad, "http://127.0.0.1");
        BOOST_TEST_REQUIRE(!s.has_value(), bad);
        BOOST_TEST(s.error().pointer == "/auth_root");
        BOOST_TEST((s.error().code == csm::errc::invalid_value));
    }
    BOOST_TEST(oauth_server::custom("http://127.0.0.1", "nope").error().pointer == "/api_root");
}

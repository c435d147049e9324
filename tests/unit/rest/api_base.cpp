// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/api_base.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.api_base
#include <boost/test/unit_test.hpp>

#include <string>

using csm::rest::api_base;

BOOST_AUTO_TEST_CASE(atlassian_base) {
    const api_base b = api_base::atlassian(csm::cloud_id("a436116f-02ce-4520-8fbb-7301462a1674")).value();
    BOOST_TEST((b.which() == api_base::kind::atlassian));
    BOOST_TEST(b.str() == "https://api.atlassian.com/jsm/csm/cloudid/a436116f-02ce-4520-8fbb-7301462a1674/api/v1");
    BOOST_TEST(b.origin() == "https://api.atlassian.com");
    BOOST_TEST(b.encoded_path() == "/jsm/csm/cloudid/a436116f-02ce-4520-8fbb-7301462a1674/api/v1");
    BOOST_TEST(!b.is_relative());
}

BOOST_AUTO_TEST_CASE(atlassian_base_encodes_and_checks_the_cloud_id) {
    BOOST_TEST(api_base::atlassian(csm::cloud_id("a/b")).value().encoded_path() == "/jsm/csm/cloudid/a%2Fb/api/v1");
    // An unsafe cloud id fails here, not later in build_request: no api_base in an unusable state exists.
    for (const char* bad : {"", ".", "..", "a\r\nb"}) {
        const auto b = api_base::atlassian(csm::cloud_id(bad));
        BOOST_TEST_REQUIRE(b.has_error());
        BOOST_TEST(b.error().pointer == "/path/cloudId");
        BOOST_TEST((b.error().code == csm::errc::unsafe_value));
        BOOST_TEST(b.error().expected == "a non-empty id without control characters that is not '.' or '..'");
        BOOST_CHECK_THROW(b.value(), csm::exception);
    }
}

BOOST_AUTO_TEST_CASE(forge_base) {
    const api_base b = api_base::forge();
    BOOST_TEST((b.which() == api_base::kind::forge));
    BOOST_TEST(b.is_relative());
    BOOST_TEST(b.str() == "/jsm/csm/api/v1");
}

BOOST_AUTO_TEST_CASE(custom_bases) {
    struct {
        const char* input;
        const char* str;
    } const good[] = {
        {"http://127.0.0.1:8080", "http://127.0.0.1:8080"},
        {"http://127.0.0.1:8080/", "http://127.0.0.1:8080"},
        {"https://proxy.example/csm/api/v1/", "https://proxy.example/csm/api/v1"},
        {"HTTPS://proxy.example/x", "https://proxy.example/x"},
        {"http://[::1]:9000/api", "http://[::1]:9000/api"},
        {"/jsm/csm/api/v1", "/jsm/csm/api/v1"},
        {"/", ""},
        {"https://proxy.example/a%20b", "https://proxy.example/a%20b"},
    };
    for (const auto& g : good) {
        auto b = api_base::custom(g.input);
        BOOST_TEST_REQUIRE(b.has_value(), g.input);
        BOOST_TEST(b->str() == g.str);
        BOOST_TEST((b->which() == api_base::kind::custom));
    }
    for (const char* bad : {"", "ftp://example.com/", "https://", "https://user:pw@example.com/", "relative/path",
                            "https://example.com/?x=1", "https://example.com/#f", "//example.com/x",
                            "https://example.com/a/../b", "/a/./b", "mailto:x@example.com", "http://exa mple.com"}) {
        auto b = api_base::custom(bad);
        BOOST_TEST_REQUIRE(b.has_error(), bad);
        BOOST_TEST((b.error().code == csm::errc::invalid_value));
        BOOST_TEST(b.error().pointer == "");
    }
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/json/parse_value.hpp>

#define BOOST_TEST_MODULE csm.json.parse_value
#include <boost/test/unit_test.hpp>

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/serialize.hpp>

#include <string>

// The pinned options in detail; tests/unit/json/parse.cpp checks that parse<T> reports the same errors.

BOOST_AUTO_TEST_CASE(a_document_becomes_a_value) {
    const auto v = csm::json::parse_value(R"( {"a":[1,"x",null,true,2.5]} )");
    BOOST_TEST_REQUIRE(v.has_value());
    BOOST_TEST(boost::json::serialize(*v) == R"({"a":[1,"x",null,true,2.5E0]})");
}

BOOST_AUTO_TEST_CASE(the_value_lives_in_the_given_memory_resource) {
    boost::json::monotonic_resource arena;
    const auto v = csm::json::parse_value(R"({"k":"v"})", &arena);
    BOOST_TEST_REQUIRE(v.has_value());
    BOOST_TEST(v->storage().get() == static_cast<boost::json::memory_resource*>(&arena));
}

BOOST_AUTO_TEST_CASE(errors_give_the_offset_and_never_the_text) {
    const auto e = csm::json::parse_value(R"({"secret-value" 1})");
    BOOST_TEST_REQUIRE(e.has_error());
    BOOST_TEST(csm::to_string(e.error().code) == "syntax_error");
    BOOST_TEST(e.error().pointer == "");
    BOOST_TEST(e.error().expected == "valid UTF-8 JSON text (stopped at byte 16)");
    BOOST_TEST(e.error().message().find("secret") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(options_do_not_depend_on_the_boost_version) {
    BOOST_TEST(csm::json::parse_value("[1] /* c */").has_error()); // no comments
    BOOST_TEST(csm::json::parse_value("[1,]").has_error());        // no trailing commas
    BOOST_TEST(csm::json::parse_value("[\"\xFF\"]").has_error());  // UTF-8 required
    BOOST_TEST(csm::json::parse_value(std::string(64, '[') + std::string(64, ']')).has_value());
    BOOST_TEST(csm::json::parse_value(std::string(65, '[') + std::string(65, ']')).has_error()); // depth <= 64
    BOOST_TEST(csm::json::parse_value("1 2").error().expected == "valid UTF-8 JSON text (stopped at byte 2)");
}

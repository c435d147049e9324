// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/error.hpp>

#define BOOST_TEST_MODULE csm.error
#include <boost/test/unit_test.hpp>

#include <set>
#include <stdexcept>
#include <string>
#include <type_traits>

static_assert(csm::to_string(csm::errc::syntax_error) == "syntax_error");
static_assert(std::is_base_of_v<std::runtime_error, csm::exception>);

BOOST_AUTO_TEST_CASE(category_names_are_stable_and_distinct) {
    const std::pair<csm::errc, std::string_view> names[] = {
        {csm::errc::syntax_error, "syntax_error"},     {csm::errc::type_mismatch, "type_mismatch"},
        {csm::errc::missing_member, "missing_member"}, {csm::errc::unknown_member, "unknown_member"},
        {csm::errc::unknown_value, "unknown_value"},   {csm::errc::invalid_value, "invalid_value"},
        {csm::errc::out_of_range, "out_of_range"},     {csm::errc::too_long, "too_long"},
        {csm::errc::limit_exceeded, "limit_exceeded"}, {csm::errc::unsafe_value, "unsafe_value"},
    };
    std::set<std::string_view> seen;
    for (const auto& [code, name] : names) {
        BOOST_TEST(csm::to_string(code) == name);
        seen.insert(csm::to_string(code));
    }
    BOOST_TEST(seen.size() == std::size(names));
    BOOST_TEST(csm::to_string(static_cast<csm::errc>(200)) == "unknown");
}

BOOST_AUTO_TEST_CASE(message_names_pointer_expectation_and_category) {
    const csm::error e{csm::errc::type_mismatch, "/objects/3/id", "a string"};
    BOOST_TEST(e.message() == "/objects/3/id: expected a string (type_mismatch)");
    const csm::error root{csm::errc::syntax_error, "", "valid UTF-8 JSON text (stopped at byte 4)"};
    BOOST_TEST(root.message() == "(root): expected valid UTF-8 JSON text (stopped at byte 4) (syntax_error)");
}

BOOST_AUTO_TEST_CASE(default_and_equality) {
    const csm::error d;
    BOOST_TEST(csm::to_string(d.code) == "invalid_value");
    BOOST_TEST(d.pointer.empty());
    BOOST_TEST(d.expected.empty());
    const csm::error a{csm::errc::too_long, "/name", "at most 255"};
    csm::error b = a;
    BOOST_TEST((a == b));
    b.pointer = "/other";
    BOOST_TEST(!(a == b));
}

BOOST_AUTO_TEST_CASE(exception_carries_the_error) {
    const csm::error e{csm::errc::missing_member, "/id", "an id string"};
    try {
        throw csm::exception(e);
    } catch (const std::runtime_error& ex) {
        BOOST_TEST(std::string(ex.what()) == "/id: expected an id string (missing_member)");
        const auto* typed = dynamic_cast<const csm::exception*>(&ex);
        BOOST_TEST_REQUIRE(typed != nullptr);
        BOOST_TEST((typed->error() == e));
    }
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/json/parse.hpp>

#define BOOST_TEST_MODULE csm.json.parse
#include <boost/test/unit_test.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

namespace pm {
struct doc {
    std::string text;
};
BOOST_DESCRIBE_STRUCT(doc, (), (text))
} // namespace pm

namespace {
void expect_syntax_error(std::string_view text, std::string_view expected) {
    BOOST_TEST_CONTEXT("input: " << text) {
        const auto v = csm::json::parse_value(text);
        BOOST_TEST_REQUIRE(v.has_error());
        BOOST_TEST(csm::to_string(v.error().code) == "syntax_error");
        BOOST_TEST(v.error().pointer == "");
        BOOST_TEST(v.error().expected == expected);
        const auto d = csm::json::parse<pm::doc>(text);
        BOOST_TEST_REQUIRE(d.has_error());
        BOOST_TEST((d.error() == v.error()));
    }
}
std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }
} // namespace

BOOST_AUTO_TEST_CASE(well_formed_text) {
    BOOST_TEST(csm::json::parse<pm::doc>(R"({"text":"a"})").value().text == "a");
    BOOST_TEST(csm::json::parse<pm::doc>(" \t\r\n{\"text\":\"a\"} \n").value().text == "a");
    BOOST_TEST(csm::json::parse_value("[1,2]").value() == boost::json::value({1, 2}));
    BOOST_TEST(csm::json::parse<pm::doc>("{\"text\":\"\xE2\x82\xAC\"}").value().text == "\xE2\x82\xAC");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_rejected) {
    expect_syntax_error("{\"text\":\"\xFF\"}", "valid UTF-8 JSON text (stopped at byte 9)");
    expect_syntax_error("{\"text\":\"\xC3\"}", "valid UTF-8 JSON text (stopped at byte 9)");       // truncated
    expect_syntax_error("{\"text\":\"\xC0\xAF\"}", "valid UTF-8 JSON text (stopped at byte 9)");   // overlong '/'
    expect_syntax_error("{\"text\":\"\xED\xA0\x80\"}", "valid UTF-8 JSON text (stopped at byte 9)"); // surrogate
    expect_syntax_error("{\"t\xFF\":\"x\"}", "valid UTF-8 JSON text (stopped at byte 3)");          // in a key
}

BOOST_AUTO_TEST_CASE(non_standard_json_is_rejected) {
    expect_syntax_error(R"({"text":"a"} // comment)", "valid UTF-8 JSON text (stopped at byte 13)");
    expect_syntax_error(R"(/* c */ {"text":"a"})", "valid UTF-8 JSON text (stopped at byte 0)");
    expect_syntax_error(R"({"text":"a",})", "valid UTF-8 JSON text (stopped at byte 12)");
    expect_syntax_error(R"([1,2,])", "valid UTF-8 JSON text (stopped at byte 5)");
    expect_syntax_error(R"({'text':'a'})", "valid UTF-8 JSON text (stopped at byte 1)");
    expect_syntax_error(R"([NaN])", "valid UTF-8 JSON text (stopped at byte 1)");
    expect_syntax_error(R"([01])", "valid UTF-8 JSON text (stopped at byte 2)");
}

BOOST_AUTO_TEST_CASE(trailing_garbage_and_truncation) {
    expect_syntax_error(R"({"text":"a"} x)", "valid UTF-8 JSON text (stopped at byte 13)");
    expect_syntax_error(R"({"text":"a"}{})", "valid UTF-8 JSON text (stopped at byte 12)");
    expect_syntax_error(R"({"text":"a")", "valid UTF-8 JSON text (stopped at byte 11)");
    expect_syntax_error("", "valid UTF-8 JSON text (stopped at byte 0)");
    expect_syntax_error("   ", "valid UTF-8 JSON text (stopped at byte 3)");
}

BOOST_AUTO_TEST_CASE(nesting_is_limited_to_64) {
    BOOST_TEST(csm::json::parse_value(nested(64)).has_value());
    expect_syntax_error(nested(65), "valid UTF-8 JSON text (stopped at byte 64)");
    expect_syntax_error(nested(100000), "valid UTF-8 JSON text (stopped at byte 64)");
}

BOOST_AUTO_TEST_CASE(syntax_errors_never_quote_the_text) {
    const auto r = csm::json::parse<pm::doc>(R"({"text":"SECRET-VALUE-77" oops})");
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(r.error().message().find("SECRET") == std::string::npos);
    BOOST_TEST(r.error().message() == "(root): expected valid UTF-8 JSON text (stopped at byte 26) (syntax_error)");
}

BOOST_AUTO_TEST_CASE(model_errors_after_a_good_parse) {
    const auto r = csm::json::parse<pm::doc>(R"({"text":1})");
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST((r.error() == csm::error{csm::errc::type_mismatch, "/text", "a string"}));
    const auto s = csm::json::parse<pm::doc>(R"({"text":"a","x":1})", csm::json::read_options::strict());
    BOOST_TEST((s.error() == csm::error{csm::errc::unknown_member, "/x", "only documented members (strict mode)"}));
}

BOOST_AUTO_TEST_CASE(throwing_form) {
    BOOST_TEST(csm::json::parse_or_throw<pm::doc>(R"({"text":"a"})").text == "a");
    const auto missing_text = [](const csm::exception& e) {
        return e.error() == csm::error{csm::errc::missing_member, "/text", "a string"} &&
               std::string(e.what()) == "/text: expected a string (missing_member)";
    };
    BOOST_CHECK_EXCEPTION((void)csm::json::parse_or_throw<pm::doc>("{}"), csm::exception, missing_text);
    BOOST_CHECK_THROW((void)csm::json::parse_or_throw<pm::doc>("{"), csm::exception);
    BOOST_CHECK_THROW((void)csm::json::parse_or_throw<pm::doc>(R"({"text":"a","x":1})", csm::json::read_options::strict()),
                      csm::exception);
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/json/serialize.hpp>

#define BOOST_TEST_MODULE csm.json.serialize
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sm {
struct row {
    std::string label;
    std::optional<double> amount;
    std::vector<std::int64_t> counts;
    std::map<std::string, bool> flags;
};
BOOST_DESCRIBE_STRUCT(row, (), (label, amount, counts, flags))
} // namespace sm

BOOST_AUTO_TEST_CASE(compact_text_in_declaration_order) {
    const sm::row r{"a", 2.5, {1, -2}, {{"y", false}, {"x", true}}};
    BOOST_TEST(csm::json::serialize(r) == R"({"label":"a","amount":2.5,"counts":[1,-2],"flags":{"x":true,"y":false}})");
    BOOST_TEST(csm::json::serialize(sm::row{"", {}, {}, {}}) == R"({"label":"","counts":[],"flags":{}})");
}

BOOST_AUTO_TEST_CASE(serialize_to_appends) {
    std::string out = "prefix:";
    csm::json::serialize_to(out, std::vector<int>{1, 2});
    csm::json::serialize_to(out, std::string("s"));
    BOOST_TEST(out == R"(prefix:[1,2]"s")");
}

BOOST_AUTO_TEST_CASE(string_escapes) {
    BOOST_TEST(csm::json::serialize(std::string("q\"b\\s/")) == R"("q\"b\\s/")");
    BOOST_TEST(csm::json::serialize(std::string("\n\r\t\b\f")) == R"("\n\r\t\b\f")");
    BOOST_TEST(csm::json::serialize(std::string("\x01\x1f\x7f", 3)) == "\"\\u0001\\u001f\x7f\"");
    BOOST_TEST(csm::json::serialize(std::string("\0", 1)) == R"("\u0000")");
    BOOST_TEST(csm::json::serialize(std::string("\xE2\x82\xAC")) == "\"\xE2\x82\xAC\""); // UTF-8 passes through
}

BOOST_AUTO_TEST_CASE(integers) {
    BOOST_TEST(csm::json::serialize(std::numeric_limits<std::int64_t>::min()) == "-9223372036854775808");
    BOOST_TEST(csm::json::serialize(std::numeric_limits<std::uint64_t>::max()) == "18446744073709551615");
    BOOST_TEST(csm::json::serialize(std::int32_t{0}) == "0");
    BOOST_TEST(csm::json::serialize(false) == "false");
}

BOOST_AUTO_TEST_CASE(doubles_always_look_like_doubles) {
    const std::pair<double, std::string_view> cases[] = {
        {0.0, "0.0"},
        {-0.0, "-0.0"},
        {1.0, "1.0"},
        {1000000.0, "1000000.0"},
        {0.1, "0.1"},
        {-2.5, "-2.5"},
        {1e-5, "0.00001"},
        {1e-7, "1e-07"},
        {1e15, "1000000000000000.0"},
        {1e16, "1e+16"},
        {123456789.125, "123456789.125"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
    };
    for (const auto& [d, text] : cases) {
        BOOST_TEST(csm::json::serialize(d) == text);
        BOOST_TEST(boost::json::parse(csm::json::serialize(d)).is_double());
        BOOST_TEST(boost::json::parse(csm::json::serialize(d)).get_double() == d);
    }
    BOOST_TEST(csm::json::serialize(1.5f) == "1.5");
}

BOOST_AUTO_TEST_CASE(non_finite_doubles_are_null) {
    BOOST_TEST(csm::json::serialize(std::numeric_limits<double>::quiet_NaN()) == "null");
    BOOST_TEST(csm::json::serialize(std::numeric_limits<double>::infinity()) == "null");
    BOOST_TEST(csm::json::serialize(std::vector<double>{1.0, -std::numeric_limits<double>::infinity()}) ==
               "[1.0,null]");
}

BOOST_AUTO_TEST_CASE(optionals_outside_structs_are_null) {
    BOOST_TEST(csm::json::serialize(std::vector<std::optional<int>>{1, {}, 3}) == "[1,null,3]");
    BOOST_TEST(csm::json::serialize(std::map<std::string, std::optional<int>>{{"a", {}}}) == R"({"a":null})");
}

BOOST_AUTO_TEST_CASE(escapes_at_every_position) {
    // String escaping scans eight bytes at a time (detail::first_to_escape): every character that needs an
    // escape is found wherever it sits, and the bytes around it (UTF-8 included) pass unchanged.
    const auto naive = [](std::string_view s) {
        std::string out = "\"";
        for (const char c : s) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"') out += "\\\"";
            else if (c == '\\') out += "\\\\";
            else if (c == '\n') out += "\\n";
            else if (c == '\r') out += "\\r";
            else if (c == '\t') out += "\\t";
            else if (c == '\b') out += "\\b";
            else if (c == '\f') out += "\\f";
            else if (u < 0x20)
                out += "\\u00" + std::string(1, "0123456789abcdef"[u >> 4]) + "0123456789abcdef"[u & 0xF];
            else out += c;
        }
        return out + "\"";
    };
    const std::string fillers[] = {"a", "\xC3\xBC", " ", "~", "\x7F", "!", "#", "[", "]"};
    for (const std::string& filler : fillers) {
        for (std::size_t len = 0; len <= 20; ++len) {
            std::string base;
            while (base.size() < len) base += filler;
            BOOST_TEST(csm::json::serialize(base) == naive(base));
            for (std::size_t at = 0; at < base.size(); ++at) {
                for (int c = 0; c < 0x20; ++c) {
                    std::string s = base;
                    s[at] = static_cast<char>(c);
                    BOOST_TEST_REQUIRE(csm::json::serialize(s) == naive(s));
                }
                for (const char c : {'"', '\\'}) {
                    std::string s = base;
                    s[at] = c;
                    BOOST_TEST_REQUIRE(csm::json::serialize(s) == naive(s));
                    s.back() = c; // two of them
                    BOOST_TEST_REQUIRE(csm::json::serialize(s) == naive(s));
                }
            }
        }
    }
}

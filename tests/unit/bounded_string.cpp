// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/bounded_string.hpp>

#define BOOST_TEST_MODULE csm.bounded_string
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/error.hpp>
#include <csm/json.hpp>

#include <boost/describe/class.hpp>

#include <sstream>
#include <string>
#include <type_traits>
#include <unordered_set>

using name255 = csm::bounded_string<255>;

// The check must be visible: no implicit construction from text; widening from a shorter bound is fine.
static_assert(!std::is_convertible_v<std::string, name255>);
static_assert(!std::is_convertible_v<const char*, name255>);
static_assert(std::is_constructible_v<name255, std::string>);
static_assert(std::is_convertible_v<csm::bounded_string<10>, name255>);
static_assert(!std::is_constructible_v<csm::bounded_string<10>, name255>);
static_assert(std::is_convertible_v<name255, std::string_view>);
static_assert(std::is_nothrow_default_constructible_v<name255>);

// The shape the JSON codec treats as a string.
static_assert(name255::max_length == 255);
static_assert(name255::json_expected == "a string of at most 255 UTF-16 code units");
static_assert(csm::bounded_string<1>::json_expected == "a string of at most 1 UTF-16 code unit");
static_assert(csm::bounded_string<0>::json_expected == "a string of at most 0 UTF-16 code units");
static_assert(csm::bounded_string<32767>::json_expected == "a string of at most 32767 UTF-16 code units");
static_assert(std::is_same_v<decltype(name255::parse(std::string_view{})), csm::result<name255>>);
static_assert(noexcept(std::declval<const name255&>().view()));

// utf16_length is usable at compile time.
static_assert(csm::utf16_length("") == 0u);
static_assert(csm::utf16_length("abc") == 3u);
static_assert(csm::utf16_length("\xC3\xA9") == 1u);         // é U+00E9
static_assert(csm::utf16_length("\xE2\x82\xAC") == 1u);     // € U+20AC
static_assert(csm::utf16_length("\xF0\x9F\x98\x80") == 2u); // 😀 U+1F600, a surrogate pair
static_assert(!csm::utf16_length("\x80").has_value());

// A described struct with a bounded member, as the REST and graph models use it.
namespace codec_test {
struct named {
    csm::bounded_string<255> name;
    friend bool operator==(const named&, const named&) = default;
};
BOOST_DESCRIBE_STRUCT(named, (), (name))
} // namespace codec_test

namespace {

std::string repeat(std::string_view piece, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(ascii_up_to_the_bound_is_accepted) {
    BOOST_TEST(name255::parse("").has_value());
    const auto result = name255::parse(std::string(255, 'a'));
    BOOST_REQUIRE(result.has_value());
    BOOST_TEST(result->size_utf16() == 255u);
    BOOST_TEST(result->size_bytes() == 255u);
    BOOST_TEST(result->view() == std::string(255, 'a'));
}

BOOST_AUTO_TEST_CASE(one_past_the_bound_is_too_long) {
    const auto result = name255::parse(std::string(256, 'a'));
    BOOST_REQUIRE(result.has_error());
    BOOST_TEST((result.error().code == csm::errc::too_long));
    BOOST_TEST(result.error().pointer.empty());
    BOOST_TEST(result.error().expected == "a string of at most 255 UTF-16 code units");
}

BOOST_AUTO_TEST_CASE(length_counts_utf16_code_units_not_bytes) {
    // 255 'é' are 510 bytes but 255 UTF-16 code units.
    const auto accents = name255::parse(repeat("\xC3\xA9", 255));
    BOOST_REQUIRE(accents.has_value());
    BOOST_TEST(accents->size_utf16() == 255u);
    BOOST_TEST(accents->size_bytes() == 510u);
    BOOST_TEST((name255::parse(repeat("\xC3\xA9", 256)).error().code == csm::errc::too_long));

    // 3-byte characters count 1.
    BOOST_TEST(name255::parse(repeat("\xE2\x82\xAC", 255)).has_value());

    // An emoji above U+FFFF counts 2: 127 of them plus one ASCII letter make 255, one more letter 256.
    const std::string emoji = "\xF0\x9F\x98\x80";
    BOOST_TEST((csm::utf16_length(emoji) == 2u));
    BOOST_TEST(name255::parse(repeat(emoji, 127) + "a").has_value());
    BOOST_TEST((name255::parse(repeat(emoji, 127) + "ab").error().code == csm::errc::too_long));
    BOOST_TEST((name255::parse(repeat(emoji, 128)).error().code == csm::errc::too_long));
    BOOST_TEST((csm::bounded_string<1>::parse(emoji).error().code == csm::errc::too_long));
    BOOST_TEST(csm::bounded_string<2>::parse(emoji).has_value());
}

BOOST_AUTO_TEST_CASE(boundary_code_points_are_accepted) {
    for (std::string_view text : {std::string_view("\0", 1), std::string_view("\x7F"), std::string_view("\xC2\x80"),
                                  std::string_view("\xDF\xBF"), std::string_view("\xE0\xA0\x80"),
                                  std::string_view("\xED\x9F\xBF"),      // U+D7FF, just below the surrogates
                                  std::string_view("\xEE\x80\x80"),      // U+E000, just above them
                                  std::string_view("\xEF\xBF\xBF"),      // U+FFFF
                                  std::string_view("\xF0\x90\x80\x80"),  // U+10000
                                  std::string_view("\xF4\x8F\xBF\xBF")}) // U+10FFFF
    {
        BOOST_TEST_CONTEXT(text.size() << " bytes") {
            BOOST_TEST(csm::utf16_length(text).has_value());
            BOOST_TEST(name255::parse(text).has_value());
        }
    }
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_rejected) {
    for (std::string_view text : {
             std::string_view("\x80"),                     // lone continuation byte
             std::string_view("a\xBF"),                    // continuation byte after ASCII
             std::string_view("\xC0\xAF"),                 // overlong '/'
             std::string_view("\xC1\xBF"),                 // overlong
             std::string_view("\xE0\x80\xAF"),             // overlong 3-byte
             std::string_view("\xF0\x80\x80\xAF"),         // overlong 4-byte
             std::string_view("\xED\xA0\x80"),             // U+D800, a surrogate encoded in UTF-8
             std::string_view("\xED\xBF\xBF"),             // U+DFFF
             std::string_view("\xED\xA0\xBD\xED\xB8\x80"), // a CESU-8 surrogate pair
             std::string_view("\xF4\x90\x80\x80"),         // above U+10FFFF
             std::string_view("\xF5\x80\x80\x80"),         // invalid lead byte
             std::string_view("\xFF"),                     // invalid byte
             std::string_view("\xC3"),                     // truncated 2-byte sequence
             std::string_view("\xE2\x82"),                 // truncated 3-byte sequence
             std::string_view("\xF0\x9F\x98"),             // truncated 4-byte sequence
             std::string_view("\xE2\x82"
                              "a"),            // sequence interrupted by ASCII
             std::string_view("\xC3\xA9\xC3"), // truncated at the end after a valid character
         }) {
        BOOST_TEST_CONTEXT(text.size() << " bytes") {
            BOOST_TEST(!csm::utf16_length(text).has_value());
            const auto result = name255::parse(text);
            BOOST_REQUIRE(result.has_error());
            BOOST_TEST((result.error().code == csm::errc::invalid_value));
            BOOST_TEST(result.error().pointer.empty());
            BOOST_TEST(!result.error().expected.empty());
        }
    }
}

BOOST_AUTO_TEST_CASE(errors_never_echo_the_input) {
    const std::string secret = "customer-secret-" + std::string(300, 'x');
    const auto too_long = name255::parse(secret);
    BOOST_REQUIRE(too_long.has_error());
    BOOST_TEST(too_long.error().message().find("customer-secret") == std::string::npos);

    const auto invalid = name255::parse("customer-secret\xFF");
    BOOST_REQUIRE(invalid.has_error());
    BOOST_TEST(invalid.error().message().find("customer-secret") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(throwing_constructor_checks_the_bound) {
    BOOST_TEST(name255(std::string(255, 'a')).size_utf16() == 255u);
    try {
        name255 too_long(std::string(256, 'a'));
        BOOST_FAIL("expected csm::exception");
    } catch (const csm::exception& e) {
        BOOST_TEST((e.error().code == csm::errc::too_long));
        BOOST_TEST(e.error().expected == name255::json_expected);
    }
    try {
        name255 invalid(std::string("\xC0\xAF"));
        BOOST_FAIL("expected csm::exception");
    } catch (const csm::exception& e) {
        BOOST_TEST((e.error().code == csm::errc::invalid_value));
    }
}

BOOST_AUTO_TEST_CASE(default_is_empty_and_widening_keeps_the_text) {
    const name255 empty;
    BOOST_TEST(empty.empty());
    BOOST_TEST(empty.view().empty());
    BOOST_TEST(empty.size_utf16() == 0u);

    const csm::bounded_string<3> short_text("abc");
    const name255 wide = short_text;
    BOOST_TEST(wide == "abc");
    BOOST_TEST(csm::bounded_string<0>::parse("").has_value());
    BOOST_TEST((csm::bounded_string<0>::parse("a").error().code == csm::errc::too_long));
}

BOOST_AUTO_TEST_CASE(accessors_and_comparisons) {
    name255 a("alpha");
    const name255 b("beta");
    BOOST_TEST(a.str() == "alpha");
    BOOST_TEST(a.view() == "alpha");
    const std::string_view converted = a;
    BOOST_TEST(converted == "alpha");

    BOOST_TEST((a == name255("alpha")));
    BOOST_TEST((a != b));
    BOOST_TEST((a < b));
    BOOST_TEST(((b <=> a) == std::strong_ordering::greater));
    BOOST_TEST((a == std::string_view("alpha")));
    BOOST_TEST((a == "alpha"));
    BOOST_TEST(("alpha" == a));
    BOOST_TEST((a == std::string("alpha")));
    BOOST_TEST((a != "beta"));
    BOOST_TEST((a < std::string_view("beta")));
    BOOST_TEST((std::string_view("beta") > a));

    const std::string moved = std::move(a).str();
    BOOST_TEST(moved == "alpha");
}

BOOST_AUTO_TEST_CASE(streams_and_hashes) {
    std::ostringstream out;
    out << name255("h\xC3\xA9llo");
    BOOST_TEST(out.str() == "h\xC3\xA9llo");

    std::unordered_set<name255> set{name255("x"), name255("y"), name255("x")};
    BOOST_TEST(set.size() == 2u);
    BOOST_TEST(std::hash<name255>{}(name255("x")) == std::hash<std::string_view>{}("x"));
}

BOOST_AUTO_TEST_CASE(codec_reads_up_to_the_bound_and_writes_it_back_exactly) {
    const std::string text = R"({"name":")" + repeat("\xC3\xA9", 200) + std::string(55, 'a') + R"("})";
    const csm::result<codec_test::named> parsed = csm::json::parse<codec_test::named>(text);
    BOOST_REQUIRE_MESSAGE(parsed.has_value(), (parsed ? std::string() : parsed.error().message()));
    BOOST_TEST(parsed->name.size_utf16() == 255u);
    BOOST_TEST(parsed->name.view() == repeat("\xC3\xA9", 200) + std::string(55, 'a'));
    BOOST_TEST(csm::json::serialize(*parsed) == text);

    const std::string ascii = R"({"name":")" + std::string(255, 'a') + R"("})";
    const csm::result<codec_test::named> plain = csm::json::parse<codec_test::named>(ascii);
    BOOST_REQUIRE(plain.has_value());
    BOOST_TEST(csm::json::serialize(*plain) == ascii);
}

BOOST_AUTO_TEST_CASE(codec_reports_one_past_the_bound_at_its_pointer_without_the_value) {
    const std::string value = "customer-secret-" + std::string(256 - 16, 'x');
    BOOST_REQUIRE(value.size() == 256u);
    const csm::result<codec_test::named> parsed = csm::json::parse<codec_test::named>(R"({"name":")" + value + R"("})");
    BOOST_REQUIRE(parsed.has_error());
    BOOST_TEST(csm::to_string(parsed.error().code) == csm::to_string(csm::errc::too_long));
    BOOST_TEST(parsed.error().pointer == "/name");
    BOOST_TEST(parsed.error().expected == "a string of at most 255 UTF-16 code units");
    BOOST_TEST(parsed.error().message().find("customer-secret") == std::string::npos);
    BOOST_TEST(parsed.error().message().find(value) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(codec_rejects_a_value_that_is_not_a_string) {
    for (std::string_view text : {R"({"name":42})", R"({"name":true})", R"({"name":["a"]})", R"({"name":{"a":1}})"}) {
        BOOST_TEST_CONTEXT(text) {
            const csm::result<codec_test::named> parsed = csm::json::parse<codec_test::named>(text);
            BOOST_REQUIRE(parsed.has_error());
            BOOST_TEST(csm::to_string(parsed.error().code) == csm::to_string(csm::errc::type_mismatch));
            BOOST_TEST(parsed.error().pointer == "/name");
            BOOST_TEST(parsed.error().expected == "a string of at most 255 UTF-16 code units");
        }
    }
}

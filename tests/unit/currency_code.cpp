// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/currency_code.hpp>

#define BOOST_TEST_MODULE csm.currency_code
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>
#include <unordered_set>

using namespace csm::literals;

// The checked literal and constructor work in constant expressions.
static_assert("JPY"_currency.minor_unit_digits() == 0);
static_assert("USD"_currency.numeric_code() == 840);
static_assert("USD"_currency.view() == "USD");
static_assert(!"XAU"_currency.minor_unit_digits().has_value());
static_assert(csm::currency_code{"EUR"} == "EUR"_currency);
static_assert("EUR"_currency < "USD"_currency);

// Not default constructible; no implicit or run-time construction from text (parse() is the way).
static_assert(!std::is_default_constructible_v<csm::currency_code>);
static_assert(!std::is_constructible_v<csm::currency_code, std::string_view>);
static_assert(!std::is_constructible_v<csm::currency_code, std::string>);
static_assert(!std::is_convertible_v<const char (&)[4], csm::currency_code>);
static_assert(std::is_trivially_copyable_v<csm::currency_code>);

// The shape the JSON codec treats as a string.
static_assert(std::is_same_v<decltype(csm::currency_code::parse(std::string_view{})), csm::result<csm::currency_code>>);
static_assert(csm::currency_code::json_expected == "an ISO 4217 alphabetic currency code");
static_assert(std::is_same_v<decltype(std::declval<const csm::currency_code&>().view()), std::string_view>);
static_assert(noexcept(std::declval<const csm::currency_code&>().view()));
static_assert(csm::currency_code::json_placeholder() == "XXX"_currency);

namespace {

csm::currency_code parsed(std::string_view text) { return csm::currency_code::parse(text).value(); }

} // namespace

BOOST_AUTO_TEST_CASE(known_codes_have_their_numeric_code_and_minor_units) {
    struct row {
        std::string_view code;
        int numeric;
        std::optional<int> minor;
    };
    const row rows[] = {
        {"USD", 840, 2},
        {"EUR", 978, 2},
        {"JPY", 392, 0},
        {"BHD", 48, 3},
        {"CLF", 990, 4},
        {"UYW", 927, 4},
        {"GBP", 826, 2},
        {"KWD", 414, 3},
        {"XCG", 532, 2},
        {"ZWG", 924, 2},
        {"VED", 926, 2},
        {"VES", 928, 2},
        {"SLE", 925, 2},
        {"XAU", 959, std::nullopt},
        {"XDR", 960, std::nullopt},
        {"XXX", 999, std::nullopt},
        {"XTS", 963, std::nullopt},
    };
    for (const row& r : rows) {
        BOOST_TEST_CONTEXT(r.code) {
            const auto code = parsed(r.code);
            BOOST_TEST(code.view() == r.code);
            BOOST_TEST(code.numeric_code() == r.numeric);
            BOOST_TEST((code.minor_unit_digits() == r.minor));
        }
    }
}

BOOST_AUTO_TEST_CASE(the_docs_example_parses) {
    const auto result = csm::currency_code::parse("USD");
    BOOST_REQUIRE(result.has_value());
    BOOST_TEST(*result == "USD"_currency);
    BOOST_TEST(result->view() == "USD");
}

BOOST_AUTO_TEST_CASE(fund_and_metal_codes_of_list_one_are_accepted) {
    for (std::string_view text : {"XAG", "XAU", "XPD", "XPT", "XDR", "XSU", "XUA", "XBA", "XBB", "XBC", "XBD",
                                  "XTS", "XXX", "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW"}) {
        BOOST_TEST_CONTEXT(text) { BOOST_TEST(csm::currency_code::parse(text).has_value()); }
    }
    BOOST_TEST((parsed("UYI").minor_unit_digits() == 0));
    BOOST_TEST(!parsed("XSU").minor_unit_digits().has_value());
}

BOOST_AUTO_TEST_CASE(rejects_unknown_lower_case_wrong_length_and_withdrawn_codes) {
    for (std::string_view text : {"USX", "usd", "Usd", "US", "USDD", "", " USD", "USD ", "HRK", "SLL", "ANG", "CUC",
                                  "ZWL", "VEF", "LTL", "DEM", "840"}) {
        BOOST_TEST_CONTEXT('"' << text << '"') {
            const auto result = csm::currency_code::parse(text);
            BOOST_REQUIRE(result.has_error());
            BOOST_TEST((result.error().code == csm::errc::invalid_value));
            BOOST_TEST(result.error().pointer.empty());
            BOOST_TEST(result.error().expected == csm::currency_code::json_expected);
        }
    }
    BOOST_TEST(!csm::currency_code::parse(std::string_view("USD\0", 4)).has_value());
}

BOOST_AUTO_TEST_CASE(errors_never_echo_the_input) {
    for (std::string_view text : {"QQQ", "secret-customer-value", "usd"}) {
        const auto result = csm::currency_code::parse(text);
        BOOST_REQUIRE(result.has_error());
        BOOST_TEST(result.error().message().find(text) == std::string::npos);
        BOOST_TEST(result.error().expected.find(text) == std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(value_on_an_error_throws_csm_exception) {
    try {
        (void)csm::currency_code::parse("USX").value();
        BOOST_FAIL("expected csm::exception");
    } catch (const csm::exception& e) {
        BOOST_TEST((e.error().code == csm::errc::invalid_value));
        BOOST_TEST(std::string_view(e.what()).find("USX") == std::string_view::npos);
    }
}

BOOST_AUTO_TEST_CASE(table_is_sorted_unique_and_well_formed) {
    const auto all = csm::currency_code::all();
    BOOST_TEST(all.size() > 150u);
    BOOST_TEST(std::is_sorted(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.code < b.code; }));
    BOOST_TEST((std::adjacent_find(all.begin(), all.end(),
                                   [](const auto& a, const auto& b) { return a.code == b.code; }) == all.end()));
    std::set<int> numerics;
    for (const auto& e : all) {
        BOOST_TEST_CONTEXT(e.code) {
            BOOST_TEST(e.code.size() == 3u);
            BOOST_TEST(std::all_of(e.code.begin(), e.code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
            BOOST_TEST(numerics.insert(e.numeric_code).second); // numeric codes are unique too
            BOOST_TEST((!e.minor_unit_digits || (*e.minor_unit_digits >= 0 && *e.minor_unit_digits <= 4)));
            // Every row round-trips through parse().
            const auto code = parsed(e.code);
            BOOST_TEST(code.view() == e.code);
            BOOST_TEST(code.numeric_code() == e.numeric_code);
            BOOST_TEST((code.minor_unit_digits() == e.minor_unit_digits));
        }
    }
}

BOOST_AUTO_TEST_CASE(comparison_order_follows_the_letters) {
    BOOST_TEST(("EUR"_currency == parsed("EUR")));
    BOOST_TEST(("EUR"_currency != "USD"_currency));
    BOOST_TEST(("CHF"_currency < "EUR"_currency));
    BOOST_TEST((("USD"_currency <=> "USD"_currency) == std::strong_ordering::equal));
    BOOST_TEST((("XAU"_currency <=> "AUD"_currency) == std::strong_ordering::greater));
}

BOOST_AUTO_TEST_CASE(view_points_into_the_object) {
    const auto code = parsed("GBP");
    const auto view = code.view();
    const auto* first = reinterpret_cast<const char*>(&code);
    BOOST_TEST((view.data() >= first && view.data() + view.size() <= first + sizeof code));
}

BOOST_AUTO_TEST_CASE(streams_and_hashes) {
    std::ostringstream out;
    out << "JPY"_currency;
    BOOST_TEST(out.str() == "JPY");
    std::unordered_set<csm::currency_code> set{"USD"_currency, "EUR"_currency, parsed("USD")};
    BOOST_TEST(set.size() == 2u);
    BOOST_TEST(std::hash<csm::currency_code>{}("USD"_currency) == std::hash<csm::currency_code>{}(parsed("USD")));
}

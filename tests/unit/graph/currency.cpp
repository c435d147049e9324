#include <csm/graph/currency.hpp>

#define BOOST_TEST_MODULE csm.graph.currency
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

#include <string>
#include <type_traits>

using csm::graph::any_currency_code;
using namespace csm::literals;

static_assert(!std::is_default_constructible_v<any_currency_code>);
static_assert(std::is_convertible_v<csm::currency_code, any_currency_code>); // "EUR"_currency assigns
static_assert(!std::is_constructible_v<any_currency_code, std::string_view>);
static_assert(any_currency_code("EUR"_currency).view() == "EUR");

BOOST_AUTO_TEST_CASE(well_formed_codes_read_whether_or_not_the_table_has_them) {
    const auto hrk = any_currency_code::parse("HRK"); // withdrawn in 2023
    BOOST_REQUIRE(hrk.has_value());
    BOOST_TEST(hrk->view() == "HRK");
    BOOST_TEST(!hrk->is_known());
    BOOST_TEST(!hrk->known().has_value());
    const auto usd = any_currency_code::parse("USD").value();
    BOOST_TEST(usd.is_known());
    BOOST_TEST((usd.known() == "USD"_currency));
    BOOST_TEST((usd == "USD"_currency));
    BOOST_TEST((usd != any_currency_code(*hrk)));
}

BOOST_AUTO_TEST_CASE(malformed_codes_are_rejected_without_echoing_them) {
    for (const char* bad : {"", "US", "USDX", "usd", "U$D", "12A"}) {
        const auto r = any_currency_code::parse(bad);
        BOOST_REQUIRE(!r);
        BOOST_TEST(csm::to_string(r.error().code) == "invalid_value");
        BOOST_TEST(r.error().expected == std::string(any_currency_code::json_expected));
    }
}

BOOST_AUTO_TEST_CASE(json_round_trip) {
    const auto code = csm::json::parse<any_currency_code>(R"("HRK")");
    BOOST_REQUIRE(code.has_value());
    BOOST_TEST(csm::json::serialize(*code) == R"("HRK")");
    const auto bad = csm::json::parse<any_currency_code>(R"("hrk")");
    BOOST_REQUIRE(!bad);
    BOOST_TEST(bad.error().message() ==
               "(root): expected three upper-case letters (an ISO 4217 alphabetic code) (invalid_value)");
}

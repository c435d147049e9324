// Errors carry a JSON Pointer, what was expected and a category; never the offending value.
#include <csm/json.hpp>

#include <cassert>
#include <cstdint>
#include <string>
#include <vector>

namespace example {
struct amount {
    std::string currency_code;
    std::int32_t value;
};
BOOST_DESCRIBE_STRUCT(amount, (), (currency_code, value))

struct statement {
    std::vector<amount> lines;
};
BOOST_DESCRIBE_STRUCT(statement, (), (lines))
} // namespace example

int main() {
    const std::string text = R"({"lines":[{"currencyCode":"USD","value":1},{"currencyCode":"EUR","value":3000000000}]})";

    // The non-throwing API: a csm::result.
    const csm::result<example::statement> r = csm::json::parse<example::statement>(text);
    assert(!r);
    assert(r.error().code == csm::errc::out_of_range);
    assert(r.error().pointer == "/lines/1/value");
    assert(r.error().message() == "/lines/1/value: expected an integer in the signed 32-bit range (out_of_range)");

    // The throwing API: csm::exception carries the same error.
    try {
        (void)csm::json::parse_or_throw<example::statement>(text);
        assert(false);
    } catch (const csm::exception& e) {
        assert(e.error() == r.error());
    }

    // Text that is not JSON (here: invalid UTF-8) is a syntax error at the root, with a byte offset.
    const auto bad = csm::json::parse<example::statement>("{\"lines\":\"\xFF\"}");
    assert(bad.error().code == csm::errc::syntax_error && bad.error().pointer.empty());
    assert(bad.error().expected == "valid UTF-8 JSON text (stopped at byte 10)");
}

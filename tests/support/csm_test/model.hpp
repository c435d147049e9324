// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// Test support for model tests: strict parsing, JSON round trips and exact error checks. Include after
// <boost/test/unit_test.hpp>. Not a public header.
#ifndef CSM_TEST_MODEL_HPP
#define CSM_TEST_MODEL_HPP

#include <csm/error.hpp>
#include <csm/json/options.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

#include <csm_test/fixtures.hpp>
#include <csm_test/rest.hpp>

#include <string>
#include <string_view>

namespace csm_test {

/// The body of a documented curl example.
inline std::string curl_body(const std::string& curl) { return parse_curl(curl).data.value(); }

/// Parses in strict mode (unknown keys and enum values are errors); fails the test case otherwise.
template <class T>
T parse_strict(std::string_view text) {
    auto r = csm::json::parse<T>(text, csm::json::read_options::strict());
    if (!r) BOOST_FAIL(r.error().message());
    return *std::move(r);
}

/// Parses strictly and checks that writing the value again gives equal JSON.
template <class T>
T round_trip(const std::string& text) {
    T v = parse_strict<T>(text);
    BOOST_TEST(json(csm::json::serialize(v)) == json(text));
    return v;
}

/// Equal as written, not only equal: compares the JSON both values serialize to, so that instants must agree
/// in their text (offset, fraction digits), where their == compares only the moment they denote.
template <class T>
bool same_json(const T& a, const T& b) {
    return json(csm::json::serialize(a)) == json(csm::json::serialize(b));
}

/// Parsing text as T fails with exactly this category, pointer and expectation.
template <class T>
void expect_parse_error(std::string_view text, csm::errc code, std::string_view pointer, std::string_view expected,
                        csm::json::read_options options = {}) {
    const auto r = csm::json::parse<T>(text, options);
    BOOST_TEST_REQUIRE(!r.has_value());
    check_error(r.error(), code, pointer, expected);
}

} // namespace csm_test

#endif

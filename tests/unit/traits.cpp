// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/traits.hpp>

#define BOOST_TEST_MODULE csm.traits
#include <boost/test/unit_test.hpp>

#include <csm/ids.hpp>
#include <csm/instant.hpp>

#include <optional>
#include <string>
#include <type_traits>

namespace {
struct viewed {
    std::string_view view() const { return "v"; }
};
struct printed {
    std::string to_string() const { return "p"; }
};
} // namespace

static_assert(csm::text_like<viewed>);
static_assert(csm::text_like<printed>);
static_assert(csm::text_like<csm::organization_id>);
static_assert(csm::text_like<csm::instant>);
static_assert(!csm::text_like<std::string>); // a plain string is a string, not a strong text type
static_assert(!csm::text_like<int>);
static_assert(std::is_same_v<decltype(csm::text_of(viewed{})), std::string_view>);
static_assert(std::is_same_v<decltype(csm::text_of(printed{})), std::string>);

static_assert(csm::is_optional_v<std::optional<int>>);
static_assert(!csm::is_optional_v<int>);
static_assert(!csm::is_optional_v<std::string>);

static_assert(std::is_same_v<csm::unwrap_optional_t<std::optional<int>>, int>);
static_assert(std::is_same_v<csm::unwrap_optional_t<int>, int>);
static_assert(std::is_same_v<csm::unwrap_optional_t<std::optional<std::optional<int>>>, std::optional<int>>);

static_assert(csm::is_basic_id_v<csm::organization_id>);
static_assert(csm::is_basic_id_v<csm::customer_id>);
static_assert(!csm::is_basic_id_v<std::optional<csm::organization_id>>);
static_assert(!csm::is_basic_id_v<std::string>);

BOOST_AUTO_TEST_CASE(text_of_gives_the_text) {
    BOOST_TEST(csm::text_of(viewed{}) == "v");
    BOOST_TEST(csm::text_of(printed{}) == "p");
    BOOST_TEST(csm::text_of(csm::organization_id("42")) == "42");
    BOOST_TEST(csm::text_of(csm::instant::parse("2024-01-01T00:00:00Z").value()) == "2024-01-01T00:00:00Z");
}

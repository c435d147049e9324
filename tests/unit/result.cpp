// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/result.hpp>

#define BOOST_TEST_MODULE csm.result
#include <boost/test/unit_test.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

static_assert(std::is_same_v<csm::result<int>::value_type, int>);
static_assert(std::is_same_v<csm::result<int>::error_type, csm::error>);
static_assert(!std::is_convertible_v<csm::result<int>, bool>); // explicit operator bool only
static_assert(std::is_constructible_v<bool, csm::result<int>>);

namespace {
struct code_error {
    int code;
};
struct described_error {
    std::string message() const { return "described"; }
};

csm::result<int> half(int v) {
    if (v % 2 != 0) return csm::error{csm::errc::invalid_value, "/v", "an even number"};
    return v / 2;
}
} // namespace

BOOST_AUTO_TEST_CASE(value_access) {
    csm::result<int> r = half(8);
    BOOST_TEST(r.has_value());
    BOOST_TEST(!r.has_error());
    BOOST_TEST(static_cast<bool>(r));
    BOOST_TEST(r.value() == 4);
    BOOST_TEST(*r == 4);
    r.value() = 5;
    BOOST_TEST(*r == 5);

    csm::result<std::string> s = std::string("abc");
    BOOST_TEST(s->size() == 3u);
    const std::string moved = std::move(s).value();
    BOOST_TEST(moved == "abc");
}

BOOST_AUTO_TEST_CASE(error_access) {
    const csm::result<int> r = half(3);
    BOOST_TEST(!r.has_value());
    BOOST_TEST(r.has_error());
    BOOST_TEST(!r);
    BOOST_TEST(r.error().pointer == "/v");
    BOOST_TEST(r.error().expected == "an even number");
    BOOST_TEST(csm::to_string(r.error().code) == "invalid_value");
}

BOOST_AUTO_TEST_CASE(value_throws_csm_exception_carrying_the_error) {
    const csm::result<int> r = half(3);
    try {
        (void)r.value();
        BOOST_FAIL("value() did not throw");
    } catch (const csm::exception& e) {
        BOOST_TEST((e.error() == r.error()));
        BOOST_TEST(std::string(e.what()) == "/v: expected an even number (invalid_value)");
    }
    csm::result<int> m = half(1);
    BOOST_CHECK_THROW((void)std::move(m).value(), csm::exception);
}

BOOST_AUTO_TEST_CASE(other_error_types_throw_bad_result_access) {
    const csm::result<int, code_error> r = code_error{7};
    BOOST_TEST(r.error().code == 7);
    try {
        (void)r.value();
        BOOST_FAIL("value() did not throw");
    } catch (const csm::bad_result_access<code_error>& e) {
        BOOST_TEST(e.error().code == 7);
        BOOST_TEST(std::string(e.what()) == "csm::result holds an error");
    }
    const csm::result<int, described_error> d = described_error{};
    BOOST_CHECK_EXCEPTION((void)d.value(), csm::bad_result_access<described_error>,
                          [](const auto& e) { return std::string(e.what()) == "described"; });
}

BOOST_AUTO_TEST_CASE(move_only_values) {
    csm::result<std::unique_ptr<int>> r = std::make_unique<int>(3);
    std::unique_ptr<int> p = std::move(r).value();
    BOOST_TEST(*p == 3);
}

// result keeps std::variant's copy and move rules (it used to hold one).
static_assert(!std::is_copy_constructible_v<csm::result<std::unique_ptr<int>>>);
static_assert(std::is_nothrow_move_constructible_v<csm::result<std::string>>);
static_assert(std::is_nothrow_move_assignable_v<csm::result<std::string>>);
static_assert(!std::is_nothrow_copy_constructible_v<csm::result<std::string>>);

BOOST_AUTO_TEST_CASE(copies_and_assignments_between_value_and_error) {
    csm::result<std::string> v = std::string(40, 'v'); // longer than the small-string buffer
    csm::result<std::string> e = csm::error{csm::errc::too_long, "/x", "shorter text"};
    csm::result<std::string> c = v;
    BOOST_TEST(*c == std::string(40, 'v'));
    c = e;
    BOOST_TEST_REQUIRE(c.has_error());
    BOOST_TEST(c.error().pointer == "/x");
    c = std::move(v);
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST(*c == std::string(40, 'v'));
    const csm::result<std::string>& same = c;
    c = same; // self-assignment keeps the value
    BOOST_TEST(*c == std::string(40, 'v'));
    csm::result<std::string> m = std::move(e);
    BOOST_TEST(m.error().expected == "shorter text");
}

namespace {
struct throws_on_copy {
    static inline bool armed = false;
    throws_on_copy() = default;
    throws_on_copy(const throws_on_copy&) {
        if (armed) throw std::runtime_error("copy");
    }
    throws_on_copy& operator=(const throws_on_copy&) = default;
};
} // namespace

BOOST_AUTO_TEST_CASE(a_throwing_switch_leaves_neither_value_nor_error) {
    csm::result<throws_on_copy> r = csm::error{};
    const csm::result<throws_on_copy> v = throws_on_copy{};
    throws_on_copy::armed = true;
    BOOST_CHECK_THROW(r = v, std::runtime_error);
    throws_on_copy::armed = false;
    BOOST_TEST(!r.has_value());
    BOOST_TEST(!r.has_error()); // as std::variant's valueless_by_exception
    BOOST_CHECK_THROW((void)r.value(), std::logic_error);
    r = v; // and it can be assigned again
    BOOST_TEST(r.has_value());
}

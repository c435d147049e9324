// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/result.hpp>

#define BOOST_TEST_MODULE csm.result
#include <boost/test/unit_test.hpp>

#include <memory>
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

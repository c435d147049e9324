// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/tri_state.hpp>

#define BOOST_TEST_MODULE csm.tri_state
#include <boost/test/unit_test.hpp>

#include <optional>
#include <stdexcept>
#include <string>

static_assert(csm::is_tri_state_v<csm::tri_state<int>>);
static_assert(!csm::is_tri_state_v<std::optional<int>>);
static_assert(!csm::is_tri_state_v<int>);

using text = csm::tri_state<std::string>;

BOOST_AUTO_TEST_CASE(three_states) {
    const text absent;
    BOOST_TEST(absent.is_absent());
    BOOST_TEST(!absent.is_null());
    BOOST_TEST(!absent.has_value());
    BOOST_TEST((absent.get_state() == text::state::absent));

    const text null = nullptr;
    BOOST_TEST(null.is_null());
    BOOST_TEST(!null.is_absent());
    BOOST_TEST((null.get_state() == text::state::null));
    BOOST_TEST((text::null() == null));

    const text value = std::string("v");
    BOOST_TEST(value.has_value());
    BOOST_TEST((value.get_state() == text::state::value));
    BOOST_TEST(value.value() == "v");
    BOOST_TEST(*value == "v");
    BOOST_TEST(value->size() == 1u);

    BOOST_TEST(!(absent == null));
    BOOST_TEST(!(null == value));
    BOOST_TEST(!(absent == value));
    BOOST_TEST((value == text(std::string("v"))));
    BOOST_TEST(!(value == text(std::string("w"))));
}

BOOST_AUTO_TEST_CASE(transitions) {
    csm::tri_state<int> t = 5;
    *t += 1;
    BOOST_TEST(t.value() == 6);
    t.set_null();
    BOOST_TEST(t.is_null());
    BOOST_CHECK_THROW((void)t.value(), std::bad_optional_access);
    t = 7;
    BOOST_TEST(t.value() == 7);
    t.reset();
    BOOST_TEST(t.is_absent());
    BOOST_TEST((t == csm::tri_state<int>{}));
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/basic_id.hpp>

#define BOOST_TEST_MODULE csm.basic_id
#include <boost/test/unit_test.hpp>

#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

namespace {
struct widget_tag {};
struct gadget_tag {
    static constexpr bool json_accepts_number = true;
};
using widget_id = csm::basic_id<widget_tag>;
using gadget_id = csm::basic_id<gadget_tag>;
} // namespace

// A forgotten id does not compile; text becomes an id only when asked to; kinds do not mix.
static_assert(!std::is_default_constructible_v<widget_id>);
static_assert(std::is_constructible_v<widget_id, std::string>);
static_assert(std::is_constructible_v<widget_id, std::string_view>);
static_assert(std::is_constructible_v<widget_id, const char*>);
static_assert(!std::is_convertible_v<std::string, widget_id>);
static_assert(!std::is_convertible_v<std::string_view, widget_id>);
static_assert(!std::is_convertible_v<const char*, widget_id>);
static_assert(!std::is_constructible_v<widget_id, gadget_id>);
static_assert(!std::is_convertible_v<gadget_id, widget_id>);
static_assert(!std::is_assignable_v<widget_id&, gadget_id>);
static_assert(!std::is_assignable_v<widget_id&, std::string>);
static_assert(!std::is_convertible_v<widget_id, std::string>);
static_assert(std::is_nothrow_move_constructible_v<widget_id>);
static_assert(std::is_same_v<widget_id::tag_type, widget_tag>);

// The codec's view of it.
static_assert(widget_id::json_expected == "an id string");
static_assert(!widget_id::json_accepts_number);
static_assert(gadget_id::json_accepts_number);

BOOST_AUTO_TEST_CASE(text_access) {
    const widget_id a("w-1");
    BOOST_TEST(a.view() == "w-1");
    BOOST_TEST(a.str() == "w-1");
    BOOST_TEST(!a.empty());
    BOOST_TEST(widget_id(std::string()).empty());
    BOOST_TEST(widget_id(std::string_view("sv")).str() == "sv");
    BOOST_TEST(widget_id(std::string("s")).str() == "s");
}

BOOST_AUTO_TEST_CASE(parse_accepts_any_text) {
    const csm::result<widget_id> r = widget_id::parse("any text / with ~ symbols");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->str() == "any text / with ~ symbols");
    BOOST_TEST(widget_id::parse("").has_value());
}

BOOST_AUTO_TEST_CASE(comparison_ordering_hash_printing) {
    const widget_id a("a"), b("b"), a2(std::string("a"));
    BOOST_TEST((a == a2));
    BOOST_TEST((a != b));
    BOOST_TEST((a < b));
    BOOST_TEST(((b <=> a) == std::strong_ordering::greater));
    BOOST_TEST((std::hash<widget_id>{}(a) == std::hash<std::string_view>{}("a")));

    std::unordered_map<widget_id, int> counts;
    ++counts[a];
    ++counts[a2];
    ++counts[b];
    BOOST_TEST(counts.size() == 2u);
    BOOST_TEST(counts.at(widget_id("a")) == 2);

    std::map<widget_id, int> ordered{{b, 2}, {a, 1}};
    BOOST_TEST(ordered.begin()->first.str() == "a");

    std::ostringstream os;
    os << a << '|' << b;
    BOOST_TEST(os.str() == "a|b");
}

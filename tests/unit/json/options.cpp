// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/json/options.hpp>

#define BOOST_TEST_MODULE csm.json.options
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/json/parse.hpp>
#include <csm/open_enum.hpp>

#include <boost/describe/class.hpp>

#include <string>

static_assert(!csm::json::read_options{}.reject_unknown_members);
static_assert(!csm::json::read_options{}.reject_unknown_enum_values);
static_assert(csm::json::read_options::strict().reject_unknown_members);
static_assert(csm::json::read_options::strict().reject_unknown_enum_values);
static_assert(!csm::json::read_options::tolerant().reject_unknown_members);
static_assert(!csm::json::read_options::tolerant().reject_unknown_enum_values);

namespace om {
struct color_traits {
    enum class known { red, green };
    static constexpr std::string_view names[] = {"RED", "GREEN"};
};
using color = csm::open_enum<color_traits>;

struct paint {
    color shade;
    friend bool operator==(const paint&, const paint&) = default;
};
BOOST_DESCRIBE_STRUCT(paint, (), (shade))
} // namespace om

BOOST_AUTO_TEST_CASE(the_default_is_tolerant) {
    const auto r = csm::json::parse<om::paint>(R"({"shade":"BLUE","gloss":true})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->shade.str() == "BLUE");
    BOOST_TEST(csm::json::parse<om::paint>(R"({"shade":"BLUE","gloss":true})", csm::json::read_options::tolerant())
                   .has_value());
}

BOOST_AUTO_TEST_CASE(each_switch_alone) {
    csm::json::read_options members_only;
    members_only.reject_unknown_members = true;
    const auto m = csm::json::parse<om::paint>(R"({"shade":"BLUE","gloss":true})", members_only);
    BOOST_TEST_REQUIRE(m.has_error());
    BOOST_TEST(csm::to_string(m.error().code) == "unknown_member");
    BOOST_TEST(m.error().pointer == "/gloss");
    BOOST_TEST(csm::json::parse<om::paint>(R"({"shade":"BLUE"})", members_only).has_value());

    csm::json::read_options values_only;
    values_only.reject_unknown_enum_values = true;
    const auto v = csm::json::parse<om::paint>(R"({"shade":"BLUE","gloss":true})", values_only);
    BOOST_TEST_REQUIRE(v.has_error());
    BOOST_TEST(csm::to_string(v.error().code) == "unknown_value");
    BOOST_TEST(v.error().pointer == "/shade");
    BOOST_TEST(v.error().expected == "one of RED, GREEN (strict mode)");
    BOOST_TEST(csm::json::parse<om::paint>(R"({"shade":"RED","gloss":true})", values_only).has_value());
}

BOOST_AUTO_TEST_CASE(strict_rejects_both) {
    const auto strict = csm::json::read_options::strict();
    BOOST_TEST(csm::json::parse<om::paint>(R"({"shade":"GREEN"})", strict).has_value());
    // Members are read before unknown keys are looked at: the enum error comes first.
    BOOST_TEST(csm::json::parse<om::paint>(R"({"gloss":true,"shade":"BLUE"})", strict).error().pointer == "/shade");
    BOOST_TEST(csm::json::parse<om::paint>(R"({"gloss":true,"shade":"RED"})", strict).error().pointer == "/gloss");
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/json/fields.hpp>

#define BOOST_TEST_MODULE csm.json.fields
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

// The rules are plain constexpr data.
constexpr csm::json::field_rule renamed = csm::json::rename("block", "atlassian:customer-org");
static_assert(renamed.what == csm::json::field_rule::kind::rename);
static_assert(renamed.member == "block" && renamed.key == "atlassian:customer-org");
constexpr csm::json::field_rule aliased = csm::json::alias("last_updated_at", "lastUpdated");
static_assert(aliased.what == csm::json::field_rule::kind::alias);
static_assert(aliased.member == "last_updated_at" && aliased.key == "lastUpdated");
constexpr csm::json::field_rule defaulted = csm::json::default_if_missing("values");
static_assert(defaulted.what == csm::json::field_rule::kind::default_if_missing);
static_assert(defaulted.member == "values" && defaulted.key.empty());

namespace fm {

// Derived keys: snake_case → camelCase; a trailing underscore (C++ keywords) is dropped.
struct derived_keys {
    int display_name;
    int customer_org_life_time_value;
    int id;
    int class_;
    int namespace_;
    int ipv4_address;
    int a_b_c;
};
BOOST_DESCRIBE_STRUCT(derived_keys, (),
                      (display_name, customer_org_life_time_value, id, class_, namespace_, ipv4_address, a_b_c))

// Keys that cannot be derived: ':' and '-', a leading capital, an 'X-' header-like key, '/' and '~'.
struct renamed_keys {
    int block;
    int request_id;
    int type;
    int path_like;
    static constexpr csm::json::field_rule json_fields[] = {
        csm::json::rename("block", "atlassian:customer-org"),
        csm::json::rename("request_id", "X-ExperimentalApi"),
        csm::json::rename("type", "Type"),
        csm::json::rename("path_like", "a/b~c"),
    };
};
BOOST_DESCRIBE_STRUCT(renamed_keys, (), (block, request_id, type, path_like))

struct with_defaults {
    std::string name;
    std::vector<int> values;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("values")};
};
BOOST_DESCRIBE_STRUCT(with_defaults, (), (name, values))

} // namespace fm

BOOST_AUTO_TEST_CASE(derived_wire_names) {
    const fm::derived_keys d{1, 2, 3, 4, 5, 6, 7};
    BOOST_TEST(
        csm::json::serialize(d) ==
        R"({"displayName":1,"customerOrgLifeTimeValue":2,"id":3,"class":4,"namespace":5,"ipv4Address":6,"aBC":7})");
    const auto back = csm::json::parse<fm::derived_keys>(csm::json::serialize(d));
    BOOST_TEST_REQUIRE(back.has_value());
    BOOST_TEST(back->class_ == 4);
    BOOST_TEST(back->a_b_c == 7);
    // The snake_case spelling is not the key.
    BOOST_TEST(
        csm::json::parse<fm::derived_keys>(
            R"({"display_name":1,"customerOrgLifeTimeValue":2,"id":3,"class":4,"namespace":5,"ipv4Address":6,"aBC":7})")
            .error()
            .pointer == "/displayName");
}

BOOST_AUTO_TEST_CASE(renamed_wire_names) {
    const fm::renamed_keys r{1, 2, 3, 4};
    const std::string text = R"({"atlassian:customer-org":1,"X-ExperimentalApi":2,"Type":3,"a/b~c":4})";
    BOOST_TEST(csm::json::serialize(r) == text);
    const auto back = csm::json::parse<fm::renamed_keys>(text);
    BOOST_TEST_REQUIRE(back.has_value());
    BOOST_TEST(back->path_like == 4);
    // A missing renamed key is reported under its wire name, escaped as RFC 6901 says.
    const auto missing =
        csm::json::parse<fm::renamed_keys>(R"({"atlassian:customer-org":1,"X-ExperimentalApi":2,"Type":3})");
    BOOST_TEST_REQUIRE(missing.has_error());
    BOOST_TEST(missing.error().pointer == "/a~1b~0c");
    BOOST_TEST(csm::to_string(missing.error().code) == "missing_member");
}

BOOST_AUTO_TEST_CASE(default_if_missing_reads_absent_or_null_as_empty) {
    BOOST_TEST(csm::json::parse<fm::with_defaults>(R"({"name":"n"})").value().values.empty());
    BOOST_TEST(csm::json::parse<fm::with_defaults>(R"({"name":"n","values":null})").value().values.empty());
    BOOST_TEST(csm::json::parse<fm::with_defaults>(R"({"name":"n","values":[1]})").value().values.size() == 1u);
    // ... and is always written.
    BOOST_TEST(csm::json::serialize(fm::with_defaults{"n", {}}) == R"({"name":"n","values":[]})");
    BOOST_TEST(csm::json::parse<fm::with_defaults>(R"({"values":[]})").error().pointer == "/name");
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/json/unknown_fields.hpp>

#define BOOST_TEST_MODULE csm.json.unknown_fields
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>

#include <optional>
#include <string>
#include <vector>

namespace uf {

struct plain {
    std::string name;
};
BOOST_DESCRIBE_STRUCT(plain, (), (name))

struct keeper {
    std::string name;
    std::optional<int> size;
    csm::json::unknown_fields extra;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::alias("size", "count")};
    friend bool operator==(const keeper&, const keeper&) = default;
};
BOOST_DESCRIBE_STRUCT(keeper, (), (name, size, extra))

struct outer {
    std::vector<keeper> items;
    csm::json::unknown_fields rest;
};
BOOST_DESCRIBE_STRUCT(outer, (), (items, rest))

} // namespace uf

BOOST_AUTO_TEST_CASE(members) {
    csm::json::unknown_fields u;
    BOOST_TEST(u.empty());
    u.members["k"] = 1;
    BOOST_TEST(u.size() == 1u);
    csm::json::unknown_fields v;
    BOOST_TEST(!(u == v));
    v.members["k"] = 1;
    BOOST_TEST((u == v));
}

BOOST_AUTO_TEST_CASE(ignored_without_a_member) {
    const auto r = csm::json::parse<uf::plain>(R"({"future":{"deep":[1]},"name":"n"})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(csm::json::serialize(*r) == R"({"name":"n"})");
}

BOOST_AUTO_TEST_CASE(kept_and_written_back_losslessly) {
    const std::string text = R"({"name":"n","size":2,"future":{"deep":[1,null,"x"]},"flag":true})";
    const auto r = csm::json::parse<uf::keeper>(text);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->extra.size() == 2u);
    BOOST_TEST(r->extra.members.at("flag") == boost::json::value(true));
    BOOST_TEST(csm::json::serialize(*r) == text);
    BOOST_TEST(csm::json::to_value(*r) == boost::json::parse(text));

    // Known members come first on write, kept keys after them in the order they were read.
    const auto moved = csm::json::parse<uf::keeper>(R"({"z":1,"name":"n","a":2})");
    BOOST_TEST(csm::json::serialize(moved.value()) == R"({"name":"n","z":1,"a":2})");
}

BOOST_AUTO_TEST_CASE(nested_structs_keep_their_own) {
    const std::string text = R"({"items":[{"name":"a","x":1},{"name":"b"}],"next":"cursor"})";
    const auto r = csm::json::parse<uf::outer>(text);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->items[0].extra.size() == 1u);
    BOOST_TEST(r->items[1].extra.empty());
    BOOST_TEST(r->rest.members.at("next") == boost::json::value("cursor"));
    BOOST_TEST(csm::json::serialize(*r) == text);
}

BOOST_AUTO_TEST_CASE(a_kept_key_that_a_member_writes_is_skipped) {
    uf::keeper k{"n", 3, {}};
    k.extra.members["name"] = "stale"; // canonical key of a member
    k.extra.members["count"] = 9;      // alias of a member
    k.extra.members["other"] = "kept";
    BOOST_TEST(csm::json::serialize(k) == R"({"name":"n","size":3,"other":"kept"})");
    BOOST_TEST(csm::json::to_value(k) == boost::json::parse(R"({"name":"n","size":3,"other":"kept"})"));
    // Even when the member itself is absent, its keys are never taken from the kept copy.
    k.size.reset();
    BOOST_TEST(csm::json::serialize(k) == R"({"name":"n","other":"kept"})");
}

BOOST_AUTO_TEST_CASE(aliases_are_known_keys_not_kept) {
    const auto r = csm::json::parse<uf::keeper>(R"({"name":"n","count":4})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(*r->size == 4);
    BOOST_TEST(r->extra.empty());
    BOOST_TEST(csm::json::serialize(*r) == R"({"name":"n","size":4})");
}

BOOST_AUTO_TEST_CASE(strict_mode_rejects_instead_of_keeping) {
    const auto strict = csm::json::read_options::strict();
    const auto r = csm::json::parse<uf::outer>(R"({"items":[{"name":"a"},{"name":"b","a/b~c":1}]})", strict);
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(csm::to_string(r.error().code) == "unknown_member");
    BOOST_TEST(r.error().pointer == "/items/1/a~1b~0c");
    BOOST_TEST(r.error().expected == "only documented members (strict mode)");
    BOOST_TEST(csm::json::parse<uf::outer>(R"({"items":[{"name":"a","count":1}]})", strict).has_value());
}

BOOST_AUTO_TEST_CASE(reading_again_replaces_kept_keys) {
    auto v = csm::json::from_value<uf::keeper>(boost::json::parse(R"({"name":"n","old":1})")).value();
    BOOST_TEST(v.extra.members.contains("old"));
    v = csm::json::from_value<uf::keeper>(boost::json::parse(R"({"name":"n","new":1})")).value();
    BOOST_TEST(!v.extra.members.contains("old"));
    BOOST_TEST(v.extra.members.contains("new"));
}

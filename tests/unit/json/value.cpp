// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/json/value.hpp>

#define BOOST_TEST_MODULE csm.json.value
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/ids.hpp>
#include <csm/json/serialize.hpp>
#include <csm/tri_state.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>

#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vm {
struct item {
    csm::product_id product;
    std::optional<double> price;
    csm::tri_state<std::string> note;
    friend bool operator==(const item&, const item&) = default;
};
BOOST_DESCRIBE_STRUCT(item, (), (product, price, note))

struct order {
    csm::customer_id customer;
    std::vector<item> items;
    std::map<std::string, std::string> labels;
    boost::json::value raw;
    std::uint64_t big;
    std::int64_t negative;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::rename("raw", "x-raw")};
    friend bool operator==(const order&, const order&) = default;
};
BOOST_DESCRIBE_STRUCT(order, (), (customer, items, labels, raw, big, negative))

order sample() {
    return order{csm::customer_id("qm:1"),
                 {item{csm::product_id("p1"), 1000000.0, csm::tri_state<std::string>::null()},
                  item{csm::product_id("p2"), {}, std::string("n")},
                  item{csm::product_id("p3"), std::numeric_limits<double>::quiet_NaN(), {}}},
                 {{"k", "v"}},
                 boost::json::parse(R"({"a":[1,2.5,"s",null,{}]})"),
                 std::numeric_limits<std::uint64_t>::max(),
                 -42};
}
} // namespace vm

BOOST_AUTO_TEST_CASE(to_value_equals_parse_of_serialize) {
    const vm::order o = vm::sample();
    const boost::json::value direct = csm::json::to_value(o);
    BOOST_TEST(direct == boost::json::parse(csm::json::serialize(o)));
    BOOST_TEST(direct.at("items").at(0).at("price").is_double());
    BOOST_TEST(direct.at("items").at(0).at("note").is_null());
    BOOST_TEST(!direct.at("items").at(1).as_object().contains("price"));
    BOOST_TEST(direct.at("items").at(2).at("price").is_null()); // NaN
    BOOST_TEST(direct.at("big").is_uint64());
    BOOST_TEST(direct.at("x-raw").at("a").at(1).is_double());
}

BOOST_AUTO_TEST_CASE(to_value_uses_the_given_storage) {
    boost::json::monotonic_resource arena;
    const boost::json::value v = csm::json::to_value(vm::sample(), &arena);
    BOOST_TEST((v.storage().get() == &arena));
    BOOST_TEST((v.at("items").storage().get() == &arena));
    BOOST_TEST(v == csm::json::to_value(vm::sample()));
}

BOOST_AUTO_TEST_CASE(from_value_round_trip) {
    vm::order o = vm::sample();
    o.items.pop_back(); // NaN != NaN
    const auto back = csm::json::from_value<vm::order>(csm::json::to_value(o));
    BOOST_TEST_REQUIRE(back.has_value(), (back ? std::string() : back.error().message()));
    BOOST_TEST((*back == o));
    BOOST_TEST((csm::json::from_value_or_throw<vm::order>(csm::json::to_value(o)) == o));
}

BOOST_AUTO_TEST_CASE(from_value_errors) {
    boost::json::value v = csm::json::to_value(vm::sample());
    v.at("items").at(1).as_object()["price"] = "cheap";
    const auto r = csm::json::from_value<vm::order>(v);
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST((r.error() == csm::error{csm::errc::type_mismatch, "/items/1/price", "a number"}));
    BOOST_CHECK_THROW((void)csm::json::from_value_or_throw<vm::order>(v), csm::exception);

    v.at("items").at(1).at("price") = 1;
    v.as_object().erase("x-raw");
    BOOST_TEST((csm::json::from_value<vm::order>(v).error() ==
                csm::error{csm::errc::missing_member, "/x-raw", "a JSON value"}));
    v.as_object()["x-raw"] = nullptr; // a raw member holds null like any other JSON value
    BOOST_TEST(csm::json::from_value<vm::order>(v).value().raw.is_null());
}

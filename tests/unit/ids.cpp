// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/ids.hpp>

#define BOOST_TEST_MODULE csm.ids
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

#include <sstream>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

// No default construction, no implicit conversion from text, no conversion between kinds.
static_assert(!std::is_default_constructible_v<csm::organization_id>);
static_assert(!std::is_default_constructible_v<csm::customer_id>);
static_assert(!std::is_convertible_v<std::string, csm::customer_id>);
static_assert(!std::is_convertible_v<const char*, csm::organization_id>);
static_assert(!std::is_constructible_v<csm::organization_id, csm::customer_id>);
static_assert(!std::is_constructible_v<csm::customer_id, csm::organization_id>);
static_assert(!std::is_convertible_v<csm::product_id, csm::entitlement_id>);
static_assert(!std::is_assignable_v<csm::organization_id&, csm::customer_id>);

// Every kind is its own type.
static_assert(!std::is_same_v<csm::cloud_id, csm::organization_id>);
static_assert(!std::is_same_v<csm::customer_id, csm::account_id>);
static_assert(!std::is_same_v<csm::external_user_id, csm::external_group_id>);
static_assert(!std::is_same_v<csm::graph_object_id, csm::connection_id>);
static_assert(!std::is_same_v<csm::detail_field_id, csm::task_id>);
static_assert(!std::is_same_v<csm::help_center_id, csm::product_id>);

// Every REST id kind accepts JSON numbers (the docs send organization ids so, and a server may send any id
// so); the cloud id and the Teamwork Graph ids do not.
static_assert(csm::organization_id::json_accepts_number);
static_assert(csm::customer_id::json_accepts_number);
static_assert(csm::product_id::json_accepts_number);
static_assert(csm::entitlement_id::json_accepts_number);
static_assert(csm::entitled_entity_id::json_accepts_number);
static_assert(csm::detail_field_id::json_accepts_number);
static_assert(csm::task_id::json_accepts_number);
static_assert(csm::help_center_id::json_accepts_number);
static_assert(csm::issue_id_or_key::json_accepts_number);
static_assert(!csm::cloud_id::json_accepts_number);
static_assert(!csm::graph_object_id::json_accepts_number);

BOOST_AUTO_TEST_CASE(hashable_and_printable) {
    std::unordered_map<csm::organization_id, std::string> names;
    names.emplace(csm::organization_id("123"), "Acme");
    BOOST_TEST(names.at(csm::organization_id("123")) == "Acme");
    std::unordered_set<csm::customer_id> customers{csm::customer_id("qm:a"), csm::customer_id("qm:a")};
    BOOST_TEST(customers.size() == 1u);
    std::ostringstream os;
    os << csm::customer_id("qm:a") << ' ' << csm::organization_id("123");
    BOOST_TEST(os.str() == "qm:a 123");
}

BOOST_AUTO_TEST_CASE(organization_id_reads_from_a_json_number) {
    BOOST_TEST(csm::json::parse<csm::organization_id>("123").value() == csm::organization_id("123"));
    BOOST_TEST(csm::json::parse<csm::organization_id>(R"("123")").value() == csm::organization_id("123"));
    // Written back as a string: an id is a string in JSON.
    BOOST_TEST(csm::json::serialize(csm::json::parse<csm::organization_id>("123").value()) == R"("123")");
    const auto bad = csm::json::parse<csm::organization_id>("12.5");
    BOOST_TEST_REQUIRE(bad.has_error());
    BOOST_TEST(bad.error().expected == "a string or an integer");
}

template <class Id>
void reads_from_a_json_number() {
    BOOST_TEST(csm::json::parse<Id>("321").value() == Id("321"));
    BOOST_TEST(csm::json::parse<Id>("18446744073709551615").value() == Id("18446744073709551615"));
    BOOST_TEST(csm::json::parse<Id>("-7").value() == Id("-7"));
    BOOST_TEST(csm::json::serialize(csm::json::parse<Id>("321").value()) == R"("321")");
    const auto bad = csm::json::parse<Id>("true");
    BOOST_TEST_REQUIRE(bad.has_error());
    BOOST_TEST(csm::to_string(bad.error().code) == "type_mismatch");
    BOOST_TEST(bad.error().expected == "a string or an integer");
}

BOOST_AUTO_TEST_CASE(every_rest_id_reads_from_a_json_number) {
    reads_from_a_json_number<csm::customer_id>();
    reads_from_a_json_number<csm::product_id>();
    reads_from_a_json_number<csm::entitlement_id>();
    reads_from_a_json_number<csm::entitled_entity_id>();
    reads_from_a_json_number<csm::detail_field_id>();
    reads_from_a_json_number<csm::task_id>();
    reads_from_a_json_number<csm::help_center_id>();
    reads_from_a_json_number<csm::issue_id_or_key>();
    BOOST_TEST(csm::json::parse<csm::customer_id>(R"("qm:5d2c7a0e-1f5c")").value().str() == "qm:5d2c7a0e-1f5c");
}

BOOST_AUTO_TEST_CASE(cloud_id_does_not) {
    const auto r = csm::json::parse<csm::cloud_id>("123");
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(csm::to_string(r.error().code) == "type_mismatch");
    BOOST_TEST(r.error().pointer == "");
    BOOST_TEST(r.error().expected == "an id string");
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/json/templates.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.json.templates
#include <boost/test/unit_test.hpp>

#include <csm/ids.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

// A type of the user's own: in compiled mode the entry headers only declare the codec's templates, and this
// header gives their definitions for it (docs/install.md, "Header-only or compiled").
namespace mine {
struct ticket {
    csm::organization_id organization;
    std::optional<std::string> note;
    std::vector<int> tags;
    friend bool operator==(const ticket&, const ticket&) = default;
};
BOOST_DESCRIBE_STRUCT(ticket, (), (organization, note, tags))
} // namespace mine

BOOST_AUTO_TEST_CASE(own_types_read_and_write) {
    const mine::ticket t{csm::organization_id("7"), std::string("hi"), {1, 2}};
    const std::string text = csm::json::serialize(t);
    BOOST_TEST(text == R"({"organization":"7","note":"hi","tags":[1,2]})");
    const auto back = csm::json::parse<mine::ticket>(text);
    BOOST_TEST_REQUIRE(back.has_value());
    BOOST_TEST((*back == t));
    BOOST_TEST(csm::json::parse_one_pass<mine::ticket>(text).has_value());
    const auto from_dom = csm::json::from_value<mine::ticket>(csm::json::to_value(t));
    BOOST_TEST_REQUIRE(from_dom.has_value());
    BOOST_TEST((*from_dom == t));
    std::string appended = "x";
    csm::json::serialize_to(appended, t.tags);
    BOOST_TEST(appended == "x[1,2]");
    const auto missing = csm::json::parse<mine::ticket>(R"({"tags":[]})");
    BOOST_TEST_REQUIRE(!missing.has_value());
    BOOST_TEST(missing.error().pointer == "/organization");
}

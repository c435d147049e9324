#include <csm/graph/any_object.hpp>

#define BOOST_TEST_MODULE csm.graph.any_object
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>
#include <csm_test/fixtures.hpp>

#include <vector>

using namespace csm::graph;

BOOST_AUTO_TEST_CASE(mixed_objects_are_recognised_by_their_type_block) {
    const boost::json::value doc = csm_test::fixture_json("graph/mixed-envelope.json");
    const auto objects = csm::json::from_value<std::vector<any_object>>(doc.at("objects")).value();
    BOOST_REQUIRE(objects.size() == 4u);
    BOOST_TEST(objects[0].get_if<customer_org>() != nullptr);
    BOOST_TEST(objects[1].get_if<customer_org_category>() != nullptr);
    BOOST_TEST(objects[2].get_if<organisation>() != nullptr);
    BOOST_REQUIRE(objects[3].get_if<unknown_object>() != nullptr);
    BOOST_TEST(objects[0].object_type() == "atlassian:customer-org");
    BOOST_TEST(objects[1].object_type() == "atlassian:customer-org-category");
    BOOST_TEST(objects[2].object_type() == "atlassian:organisation");
    BOOST_TEST(objects[3].object_type() == "atlassian:document");
    BOOST_TEST(objects[0].common()->id.view() == "org-1");
    BOOST_TEST(objects[2].common()->display_name.value() == "Headquarters");
    BOOST_TEST(objects[3].common() == nullptr);
    // Every object, the unknown one included, writes back what was read.
    BOOST_TEST(csm_test::json(csm::json::serialize(objects)) == doc.at("objects"));
    BOOST_TEST(csm::json::to_value(objects) == doc.at("objects"));
}

BOOST_AUTO_TEST_CASE(object_without_type_block_is_unknown_with_empty_type) {
    const any_object o = csm::json::parse<any_object>(R"({"id":"x","atlassian:nothing":"not an object"})").value();
    BOOST_REQUIRE(o.get_if<unknown_object>() != nullptr);
    BOOST_TEST(o.object_type().empty());
    BOOST_TEST(csm::json::serialize(o) == R"({"id":"x","atlassian:nothing":"not an object"})");
}

BOOST_AUTO_TEST_CASE(legacy_type_id_is_kept_as_unknown) {
    // docs/decisions.md#customer-org-type-id: atlassian:customer-organization is not the official id.
    const any_object o = csm::json::parse<any_object>(R"({"id":"x","atlassian:customer-organization":{}})").value();
    BOOST_TEST(o.object_type() == "atlassian:customer-organization");
}

BOOST_AUTO_TEST_CASE(two_known_type_blocks_are_an_error) {
    const auto r = csm::json::parse<any_object>(R"({"atlassian:customer-org":{},"atlassian:organisation":{}})");
    BOOST_REQUIRE(!r);
    BOOST_TEST(r.error().pointer == "");
    BOOST_TEST(csm::to_string(r.error().code) == "invalid_value");
}

BOOST_AUTO_TEST_CASE(errors_inside_a_known_type_point_into_it) {
    const auto r = csm::json::parse<std::vector<any_object>>(R"([{"atlassian:organisation":{},"id":1}])");
    BOOST_REQUIRE(!r);
    BOOST_TEST(r.error().pointer == "/0/id");
    const auto scalar = csm::json::parse<any_object>("[]");
    BOOST_REQUIRE(!scalar);
    BOOST_TEST(csm::to_string(scalar.error().code) == "type_mismatch");
}

BOOST_AUTO_TEST_CASE(constructed_from_each_type) {
    unknown_object u;
    u.type = "atlassian:deal";
    u.json["atlassian:deal"] = boost::json::object();
    const any_object a = u;
    BOOST_TEST(csm::json::serialize(a) == R"({"atlassian:deal":{}})");
    BOOST_TEST((a == any_object(u)));
}

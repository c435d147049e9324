#include <csm/graph/association.hpp>

#define BOOST_TEST_MODULE csm.graph.association
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm_test/fixtures.hpp>

using namespace csm::graph;

BOOST_AUTO_TEST_CASE(array_form_round_trips) {
    const std::string text = R"([{"associationType":"issueIdOrKeys","values":["SUP-1","SUP-2"]}])";
    const association_list a = csm::json::parse<association_list>(text).value();
    BOOST_TEST((a.form == association_form::array));
    BOOST_TEST(a.size() == 1u);
    BOOST_TEST(a[0].values.size() == 2u);
    BOOST_TEST(csm::json::serialize(a) == text);
    BOOST_TEST(csm::json::to_value(a) == csm_test::json(text));
}

BOOST_AUTO_TEST_CASE(set_form_round_trips) {
    // docs/decisions.md#associations-form: the connector tutorial's form.
    const std::string text = R"({"set":[{"associationType":"issueIdOrKeys","values":["Test"]}]})";
    const association_list a = csm::json::parse<association_list>(text).value();
    BOOST_TEST((a.form == association_form::set));
    BOOST_TEST(a[0].association_type == "issueIdOrKeys");
    BOOST_TEST(csm::json::serialize(a) == text);
    BOOST_TEST(csm::json::to_value(a) == csm_test::json(text));
}

BOOST_AUTO_TEST_CASE(write_form_is_selectable) {
    association_list a{association{"issueIdOrKeys", {"A-1"}, {}}};
    BOOST_TEST(csm::json::serialize(a) == R"([{"associationType":"issueIdOrKeys","values":["A-1"]}])");
    a.form = association_form::set;
    BOOST_TEST(csm::json::serialize(a) == R"({"set":[{"associationType":"issueIdOrKeys","values":["A-1"]}]})");
}

BOOST_AUTO_TEST_CASE(other_keys_of_the_object_form_are_kept) {
    const std::string text = R"({"set":[],"remove":[{"associationType":"issueIdOrKeys","values":["OLD-1"]}]})";
    const association_list a = csm::json::parse<association_list>(text).value();
    BOOST_TEST(a.empty());
    BOOST_TEST(a.other_keys.size() == 1u);
    BOOST_TEST(csm::json::serialize(a) == text);
    BOOST_TEST(csm::json::to_value(a) == csm_test::json(text));
    const association_list no_set = csm::json::parse<association_list>(R"({"set":null})").value();
    BOOST_TEST(no_set.empty());
    BOOST_TEST(csm::json::serialize(no_set) == R"({"set":[]})");
}

BOOST_AUTO_TEST_CASE(unknown_keys_of_an_association_are_kept) {
    const std::string text = R"([{"associationType":"serviceIdOrKeys","values":[],"note":{"x":1}}])";
    BOOST_TEST(csm::json::serialize(csm::json::parse<association_list>(text).value()) == text);
}

BOOST_AUTO_TEST_CASE(errors_have_pointers) {
    const auto in_set = csm::json::parse<association_list>(R"({"set":[{"values":[]}]})");
    BOOST_REQUIRE(!in_set);
    BOOST_TEST(in_set.error().pointer == "/set/0/associationType");
    const auto in_array = csm::json::parse<association_list>(R"([{"associationType":"x","values":[1]}])");
    BOOST_REQUIRE(!in_array);
    BOOST_TEST(in_array.error().pointer == "/0/values/0");
    const auto scalar = csm::json::parse<association_list>("true");
    BOOST_REQUIRE(!scalar);
    BOOST_TEST(csm::to_string(scalar.error().code) == "type_mismatch");
}

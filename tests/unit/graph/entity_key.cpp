#include <csm/graph/entity_key.hpp>

#define BOOST_TEST_MODULE csm.graph.entity_key
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm_test/fixtures.hpp>

using csm::graph::entity_key;

BOOST_AUTO_TEST_CASE(generic_form) {
    const entity_key k = entity_key::of_entity("atlassian:organisation", "org-0");
    BOOST_TEST(csm::json::serialize(k) == R"({"type":"atlassian:organisation","value":{"entityId":"org-0"}})");
    BOOST_TEST(*k.entity_id() == "org-0");
    const entity_key read =
        csm::json::parse<entity_key>(
            R"({"type":"atlassian:organisation","value":{"entityId":"id of the parent org of this org"}})")
            .value();
    BOOST_TEST(*read.entity_id() == "id of the parent org of this org");
}

BOOST_AUTO_TEST_CASE(other_forms_are_kept_raw) {
    const std::string composed =
        R"({"type":"atlassian:commit","value":{"repositoryId":"a-repository-id","commitHash":"a-commit-hash"}})";
    const entity_key k = csm::json::parse<entity_key>(composed).value();
    BOOST_TEST(!k.entity_id().has_value());
    BOOST_TEST(csm::json::to_value(k) == csm_test::json(composed));
    const entity_key scalar = csm::json::parse<entity_key>(R"({"type":"x","value":"plain"})").value();
    BOOST_TEST(!scalar.entity_id().has_value());
    const entity_key numeric = csm::json::parse<entity_key>(R"({"type":"x","value":{"entityId":5}})").value();
    BOOST_TEST(!numeric.entity_id().has_value());
}

BOOST_AUTO_TEST_CASE(type_and_value_are_required) {
    const auto no_value = csm::json::parse<entity_key>(R"({"type":"atlassian:document"})");
    BOOST_REQUIRE(!no_value);
    BOOST_TEST(no_value.error().pointer == "/value");
    BOOST_TEST(csm::to_string(no_value.error().code) == "missing_member");
    // A raw JSON member reads `null` as null (validate() reports it as required).
    const auto null_value = csm::json::parse<entity_key>(R"({"type":"atlassian:document","value":null})");
    BOOST_REQUIRE(null_value.has_value());
    BOOST_TEST(null_value->value.is_null());
    const auto no_type = csm::json::parse<entity_key>(R"({"value":{}})");
    BOOST_REQUIRE(!no_type);
    BOOST_TEST(no_type.error().pointer == "/type");
}

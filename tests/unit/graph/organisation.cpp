#include <csm/graph/organisation.hpp>

#define BOOST_TEST_MODULE csm.graph.organisation
#include <boost/test/unit_test.hpp>

#include <csm/graph/envelope.hpp>
#include <csm/graph/validate.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>
#include <csm_test/fixtures.hpp>

using namespace csm::graph;

BOOST_AUTO_TEST_CASE(seed_example_parses_and_writes_canonically) {
    const auto envelope =
        csm::json::parse<set_objects_request>(csm_test::read_fixture("seeds/graph-organisation.json")).value();
    BOOST_REQUIRE(envelope.objects.size() == 1u);
    const organisation* o = envelope.objects[0].get_if<organisation>();
    BOOST_REQUIRE(o != nullptr);
    BOOST_TEST(*o->schema_version == "2.0");
    BOOST_TEST(*o->parent_key->entity_id() == "id of the parent org of this org");
    BOOST_TEST(o->parent_key->type == "atlassian:organisation");
    BOOST_TEST(!o->block.custom_and_sensitive_data.has_value());
    BOOST_TEST((*o->permissions[0].action == permission_action::known::read));
    BOOST_TEST(csm_test::json(csm::json::serialize(envelope)) ==
               csm_test::fixture_json("graph/canonical/organisation.json"));
}

BOOST_AUTO_TEST_CASE(seed_example_validation) {
    const auto envelope =
        csm::json::parse<set_objects_request>(csm_test::read_fixture("seeds/graph-organisation.json")).value();
    const auto problems = validate(envelope);
    BOOST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0].brief() == "/connectionId: recommended (warning)");
    BOOST_TEST(validate(*envelope.objects[0].get_if<organisation>()).empty());
}

BOOST_AUTO_TEST_CASE(hierarchy_through_parent_key) {
    organisation child{{.schema_version = "1.0",
                        .id = csm::graph_object_id("org-2"),
                        .display_name = "Subsidiary",
                        .url = "https://hr.example.com/orgs/2",
                        .created_at = csm::instant::parse("2024-01-01T00:00:00Z").value(),
                        .last_updated_at = csm::instant::parse("2024-01-01T00:00:00Z").value(),
                        .parent_key = entity_key::of_entity(std::string(organisation::object_type), "org-1"),
                        .permissions = {permission::of(principal::everyone())}},
                       {.custom_and_sensitive_data = "cost centre 42"}};
    BOOST_TEST(
        csm::json::serialize(child) ==
        R"({"schemaVersion":"1.0","id":"org-2","updateSequenceNumber":0,"displayName":"Subsidiary",)"
        R"("url":"https://hr.example.com/orgs/2","createdAt":"2024-01-01T00:00:00Z","lastUpdatedAt":"2024-01-01T00:00:00Z",)"
        R"("parentKey":{"type":"atlassian:organisation","value":{"entityId":"org-1"}},)"
        R"("permissions":[{"accessControls":[{"principals":[{"type":"EVERYONE"}]}]}],)"
        R"("atlassian:organisation":{"customAndSensitiveData":"cost centre 42"}})");
    BOOST_TEST(validate(child).empty());
}

BOOST_AUTO_TEST_CASE(legacy_user_shape_of_the_old_page) {
    // docs/decisions.md#organisation-page: only the old page exists; its createdBy/lastUpdatedBy carry accountId and ari.
    const organisation o =
        csm::json::parse<organisation>(
            R"({"schemaVersion":"2.0","id":"org-1","updateSequenceNumber":2,"displayName":"d","url":"https://x.example",)"
            R"("createdAt":"2024-04-16T09:01:32+00:00","createdBy":{"accountId":"a","ari":"ari:cloud:identity::user/a"},)"
            R"("lastUpdatedAt":"2024-07-09T14:27:37.000Z","permissions":[],"atlassian:organisation":{}})")
            .value();
    BOOST_TEST(*o.created_by->ari == "ari:cloud:identity::user/a");
    BOOST_TEST(csm::json::serialize(*o.created_by) == R"({"accountId":"a"})");
}

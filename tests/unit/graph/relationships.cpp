#include <csm/graph/relationships.hpp>

#define BOOST_TEST_MODULE csm.graph.relationships
#include <boost/test/unit_test.hpp>

#include <csm_test/graph_operations.hpp>

#include <string>
#include <vector>

using namespace csm::graph;
using csm_test::briefs;
using csm_test::read_exact;
using list = std::vector<std::string>;

BOOST_AUTO_TEST_CASE(set_relationships_fixture_round_trips_and_is_valid) {
    const auto r = read_exact<set_relationships_request>("set-relationships.json");
    BOOST_TEST(r.relationships[0].from.entity_id().value_or("") == "acme-corp");
    BOOST_TEST(r.relationships[0].to.type == "atlassian:customer-org-category");
    BOOST_TEST(validate(r).empty());
}

BOOST_AUTO_TEST_CASE(set_relationships_validation) {
    set_relationships_request r;
    BOOST_TEST(briefs(validate(r)) == list({"/relationships: non_empty", "/connectionId: required"}),
               boost::test_tools::per_element());
    r.connection_id.emplace("c");
    r.relationships.push_back(relationship{.from = entity_key{"", boost::json::value()},
                                           .to = entity_key::of_entity("atlassian:customer-org", "o"),
                                           .type = "",
                                           .update_sequence_number = -1,
                                           .updated_at = "yesterday"});
    BOOST_TEST(briefs(validate(r)) ==
                   list({"/relationships/0/from/type: required", "/relationships/0/from/value: required",
                         "/relationships/0/type: required", "/relationships/0/updateSequenceNumber: non_negative",
                         "/relationships/0/updatedAt: instant"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(response_lists_relationships_by_type) {
    const auto response = read_exact<bulk_relationships_response>("set-relationships-response.json");
    BOOST_TEST(*response.success);
    const auto& stored = response.results->at("customer-org-has-category");
    BOOST_TEST(stored.size() == 1u);
    BOOST_TEST(stored[0].update_sequence_number.value_or(0) == 1);
}

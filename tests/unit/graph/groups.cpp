#include <csm/graph/groups.hpp>

#define BOOST_TEST_MODULE csm.graph.groups
#include <boost/test/unit_test.hpp>

#include <csm_test/graph_operations.hpp>

#include <string>
#include <vector>

using namespace csm::graph;
using csm_test::briefs;
using csm_test::read_exact;
using list = std::vector<std::string>;

BOOST_AUTO_TEST_CASE(set_groups_fixture_round_trips_and_is_valid) {
    const auto r = read_exact<set_groups_request>("set-groups.json");
    BOOST_TEST(r.groups[0].external_id.view() == "crm-team-emea");
    BOOST_TEST(r.groups[0].members->size() == 2u);
    BOOST_TEST(r.groups[0].members->at(0).update_sequence_number.value_or(0) == 1);
    BOOST_TEST(validate(r).empty());
}

BOOST_AUTO_TEST_CASE(set_groups_validation) {
    set_groups_request r;
    r.connection_id.emplace("c");
    BOOST_TEST(briefs(validate(r)) == list{"/groups: non_empty"}, boost::test_tools::per_element());
    for (int i = 0; i < 101; ++i)
        r.groups.push_back(group_payload{.external_id = csm::external_group_id("g-" + std::to_string(i))});
    r.groups[2].external_id = csm::external_group_id("g-0");
    r.groups[4].members = std::vector<group_member_entry>{group_member_entry{.external_id = "", .type = ""}};
    BOOST_TEST(briefs(validate(r)) ==
                   list({"/groups: max_items", "/groups/4/members/0/externalId: required",
                         "/groups/4/members/0/type: required", "/groups/2/externalId: duplicate_id"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(get_and_delete_groups) {
    const auto got = read_exact<get_group_response>("get-group-response.json");
    BOOST_TEST(got.group->meta->resource_type.value_or("") == "Group");
    const auto deleted = read_exact<delete_groups_response>("delete-groups-response.json");
    BOOST_TEST(deleted.results->at(0).status_code.value_or(0) == 200);
    BOOST_TEST(briefs(validate(get_group_by_external_id_request{
                   csm::external_group_id(""), csm::connection_id("c")})) == list{"/externalId: required"},
               boost::test_tools::per_element());
    delete_groups_by_external_id_request del{{csm::external_group_id("g"), csm::external_group_id("")}, std::nullopt};
    BOOST_TEST(briefs(validate(del)) == list({"/externalIds/1: required", "/connectionId: recommended (warning)"}),
               boost::test_tools::per_element());
}

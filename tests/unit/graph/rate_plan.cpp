#include <csm/graph/rate_plan.hpp>

#define BOOST_TEST_MODULE csm.graph.rate_plan
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <vector>

using namespace csm::graph;
using std::chrono::milliseconds;

namespace {

std::vector<long long> offsets(const std::vector<planned_send>& plan) {
    std::vector<long long> out;
    for (const planned_send& p : plan) out.push_back(p.offset.count());
    return out;
}
std::vector<long long> delays(const std::vector<planned_send>& plan) {
    std::vector<long long> out;
    for (const planned_send& p : plan) out.push_back(p.delay.count());
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(limits_per_operation_type) {
    BOOST_TEST(objects_per_minute(std::nullopt) == 1500u);
    BOOST_TEST(objects_per_minute(operation_type(operation_type::known::normal)) == 1500u);
    BOOST_TEST(objects_per_minute(operation_type(operation_type::known::backfill)) == 50000u);
    BOOST_TEST(objects_per_minute(operation_type("OTHER")) == 1500u);
}

BOOST_AUTO_TEST_CASE(even_pacing_at_1500_per_minute) {
    // 100 objects cost 100 × 60,000 ms / 1,500 = 4,000 ms.
    const std::vector<std::size_t> sizes{100, 100, 50, 1};
    const auto plan = plan_sends(sizes, objects_per_minute_normal).value();
    BOOST_TEST(offsets(plan) == std::vector<long long>({0, 4000, 8000, 10000}), boost::test_tools::per_element());
    BOOST_TEST(delays(plan) == std::vector<long long>({0, 4000, 4000, 2000}), boost::test_tools::per_element());
    BOOST_TEST(plan[2].batch == 2u);
    BOOST_TEST(plan[2].objects == 50u);
}

BOOST_AUTO_TEST_CASE(even_pacing_at_50000_per_minute) {
    // 100 objects cost 120 ms; 7 objects cost ceil(8.4) = 9 ms.
    const std::vector<std::size_t> sizes{100, 7, 100};
    const auto plan = plan_sends(sizes, objects_per_minute_backfill).value();
    BOOST_TEST(offsets(plan) == std::vector<long long>({0, 120, 129}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(burst_pacing_uses_the_sliding_window) {
    // 20 × 100 objects at 1,500/min: 15 sends at once, the rest when the first ones leave the window.
    const std::vector<std::size_t> sizes(20, 100);
    const auto plan = plan_sends(sizes, objects_per_minute_normal, pacing::burst).value();
    std::vector<long long> expected(15, 0);
    expected.insert(expected.end(), 5, 60000);
    BOOST_TEST(offsets(plan) == expected, boost::test_tools::per_element());
    BOOST_TEST(plan[15].delay.count() == 60000);
    BOOST_TEST(plan[16].delay.count() == 0);
}

BOOST_AUTO_TEST_CASE(no_window_ever_exceeds_the_limit) {
    // Uneven sizes, both pacings: count objects in every window that starts at a send.
    const std::vector<std::size_t> sizes{100, 37,  100, 99,  1,   100, 64,  100, 100, 100, 100, 100, 100,
                                         100, 100, 100, 100, 13,  100, 100, 100, 100, 100, 100, 100, 100,
                                         100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100};
    for (pacing p : {pacing::burst, pacing::even}) {
        const auto plan = plan_sends(sizes, 1500, p).value();
        for (std::size_t i = 0; i < plan.size(); ++i) {
            std::size_t in_window = 0;
            for (const planned_send& s : plan)
                if (s.offset >= plan[i].offset && s.offset < plan[i].offset + std::chrono::minutes(1))
                    in_window += s.objects;
            BOOST_TEST(in_window <= 1500u);
        }
        for (std::size_t i = 1; i < plan.size(); ++i) BOOST_TEST(plan[i].offset >= plan[i - 1].offset);
    }
}

BOOST_AUTO_TEST_CASE(planning_envelopes_uses_their_operation_type) {
    std::vector<set_objects_request> batches(3);
    for (auto& b : batches) b.objects.resize(100, any_object(unknown_object{}));
    BOOST_TEST(offsets(plan_sends(batches).value()) == std::vector<long long>({0, 4000, 8000}),
               boost::test_tools::per_element());
    for (auto& b : batches) b.operation_type = operation_type::known::backfill;
    // BACKFILL envelopes are planned at the normal limit unless the caller says the BACKFILL limit applies:
    // whether the server honours operationType is not documented.
    BOOST_TEST(offsets(plan_sends(batches).value()) == std::vector<long long>({0, 4000, 8000}),
               boost::test_tools::per_element());
    const plan_options backfill{.backfill = backfill_limit::applies};
    BOOST_TEST(offsets(plan_sends(batches, backfill).value()) == std::vector<long long>({0, 120, 240}),
               boost::test_tools::per_element());
    batches[1].operation_type.reset(); // the lowest limit applies to all
    BOOST_TEST(offsets(plan_sends(batches, backfill).value()) == std::vector<long long>({0, 4000, 8000}),
               boost::test_tools::per_element());
    BOOST_TEST(plan_sends(std::vector<set_objects_request>{}).value().empty());
}

BOOST_AUTO_TEST_CASE(planner_is_incremental_and_never_goes_back) {
    rate_planner planner(1500, pacing::burst);
    BOOST_TEST(planner.reserve(1000, milliseconds(5000)).value().count() == 5000);
    BOOST_TEST(planner.reserve(500, milliseconds(6000)).value().count() == 6000);
    // The window is full until the first send leaves it at 65,000 ms.
    BOOST_TEST(planner.reserve(100, milliseconds(7000)).value().count() == 65000);
    // Time asked for earlier than the last send: sends stay in order.
    BOOST_TEST(planner.reserve(100, milliseconds(0)).value().count() == 65000);
    BOOST_TEST(planner.reserve(0, milliseconds(70000)).value().count() == 70000);
    BOOST_TEST(planner.spacing(100).count() == 4000);
    BOOST_TEST(planner.limit() == 1500u);
}

BOOST_AUTO_TEST_CASE(send_larger_than_the_limit) {
    rate_planner planner(50);
    const auto r = planner.reserve(51, milliseconds(0));
    BOOST_REQUIRE(!r);
    BOOST_TEST(csm::to_string(r.error().code) == "limit_exceeded");
    const std::vector<std::size_t> sizes{10, 60};
    const auto plan = plan_sends(sizes, 50);
    BOOST_REQUIRE(!plan);
    BOOST_TEST(plan.error().pointer == "/1");
}

BOOST_AUTO_TEST_CASE(every_operation_has_its_documented_limit) {
    // https://developer.atlassian.com/platform/teamwork-graph/rate-limits
    BOOST_TEST((limits_of(graph_operation::set_objects) == operation_limits{"setObjects", 100, 1500, "objects"}));
    BOOST_TEST(*limits_of(graph_operation::set_objects, backfill_limit::applies).per_minute == 50000u);
    BOOST_TEST(*limits_of(graph_operation::get_object_by_external_id).per_minute == 1500u);
    BOOST_TEST(*limits_of(graph_operation::delete_objects_by_properties).per_minute == 1500u);
    BOOST_TEST((limits_of(graph_operation::delete_objects_by_external_id) ==
                operation_limits{"deleteObjectsByExternalId", 100, 500, "externalIds"}));
    BOOST_TEST((limits_of(graph_operation::set_users) == operation_limits{"setUsers", 100, 5000, "users"}));
    BOOST_TEST(*limits_of(graph_operation::get_user_by_external_id).per_minute == 10000u);
    BOOST_TEST(*limits_of(graph_operation::delete_users_by_external_id).per_minute == 1000u);
    BOOST_TEST((limits_of(graph_operation::map_users) == operation_limits{"mapUsers", 100, 5000, "mappings"}));
    BOOST_TEST((limits_of(graph_operation::set_groups) == operation_limits{"setGroups", 100, 1000, "groups"}));
    BOOST_TEST(*limits_of(graph_operation::get_group_by_external_id).per_minute == 1000u);
    BOOST_TEST(*limits_of(graph_operation::delete_groups_by_external_id).per_minute == 1000u);
    BOOST_TEST(!limits_of(graph_operation::set_relationships).per_minute.has_value());
}

BOOST_AUTO_TEST_CASE(planning_other_operations) {
    // 500 ids a minute: 100 ids wait 12 s under even pacing.
    std::vector<delete_objects_by_external_id_request> deletes(
        3, delete_objects_by_external_id_request{"atlassian:customer-org", {}, {}});
    for (auto& d : deletes) d.external_ids.assign(100, csm::graph_object_id("o"));
    BOOST_TEST(offsets(plan_sends(deletes).value()) == std::vector<long long>({0, 12000, 24000}),
               boost::test_tools::per_element());
    // setGroups: 1,000 groups a minute, 100 groups every 6 s.
    std::vector<set_groups_request> groups(2);
    for (auto& g : groups) g.groups.assign(100, group_payload{.external_id = csm::external_group_id("g")});
    BOOST_TEST(offsets(plan_sends(groups).value()) == std::vector<long long>({0, 6000}),
               boost::test_tools::per_element());
    // getUserByExternalId: one per request, 10,000 a minute: 6 ms apart.
    std::vector<get_user_by_external_id_request> gets(3,
                                                      get_user_by_external_id_request{csm::external_user_id("u"), {}});
    BOOST_TEST(offsets(plan_sends(gets).value()) == std::vector<long long>({0, 6, 12}),
               boost::test_tools::per_element());
    // setRelationships documents no limit: the caller must give one.
    std::vector<set_relationships_request> rels(2);
    BOOST_TEST(!plan_sends(rels));
    BOOST_TEST(plan_sends(rels, {.per_minute = 600}).value().size() == 2u);
}

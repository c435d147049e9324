// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// End-to-end without a socket: examples/forge_bridge's C++ side (forge_bridge.hpp) against
// csm::testing::graph_simulator, which stands for the bridge's web trigger and Teamwork Graph behind it. The
// sender's schedule runs on the simulator's clock, so a minute of sends takes no time. Checks that what the
// planner schedules is accepted whole, that sending too fast meets the documented limit (429, where the
// sender stops and says where to resume), and that the deletes remove what was stored.
#include "forge_bridge.hpp"

#include <csm_test/fixtures.hpp>

#include <csm/testing/graph_simulator.hpp>

#define BOOST_TEST_MODULE e2e.forge_bridge_simulated
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <string>
#include <vector>

namespace {

namespace graph = csm::graph;
namespace bridge = csm_examples::forge_bridge;
using clock_type = csm::testing::graph_simulator::clock;

constexpr std::string_view trigger = "https://example.invalid/x1/XUBR5WnG2Hk2V52APDdGaRSDm";
const clock_type::time_point t0 = clock_type::time_point(std::chrono::hours(480'000));

/// The bridge's web trigger with Teamwork Graph behind it, and a transport to it that adds the secret.
struct simulated_bridge {
    csm::testing::graph_simulator graph{{.secret = "bridge-secret-5d1e"}};
    csm::rest::transport_result operator()(const csm::rest::http_request& req) {
        csm::rest::http_request r = req;
        r.headers.push_back({"Authorization", "Bearer bridge-secret-5d1e"});
        return graph(r);
    }
    /// The sender's wait: moves the simulated clock to the planned offset.
    auto waiter() {
        return [this](std::chrono::milliseconds offset) { graph.set_now(t0 + offset); };
    }
};

/// An envelope of `count` customer orgs (the current fixture with ids org-0 …), one connection.
graph::set_objects_request envelope(std::size_t count) {
    const auto org = csm::json::parse<graph::any_object>(csm_test::read_fixture("graph/customer-org-current.json"));
    BOOST_TEST_REQUIRE(org.has_value());
    graph::set_objects_request e;
    e.connection_id = csm::connection_id("crm-connection-1");
    for (std::size_t i = 0; i < count; ++i) {
        graph::customer_org o = *org->get_if<graph::customer_org>();
        o.id = csm::graph_object_id("org-" + std::to_string(i));
        e.objects.emplace_back(std::move(o));
    }
    return e;
}

std::size_t accepted(const bridge::send_report<graph::bulk_object_response>& report) {
    std::size_t n = 0;
    for (const auto& s : report.sent) n += s.response ? s.response->accepted_count() : 0;
    return n;
}

} // namespace

BOOST_AUTO_TEST_CASE(planned_sends_are_all_accepted_and_stored) {
    simulated_bridge b;
    const auto batches = graph::make_batches<graph::set_objects_request>(envelope(1'600));
    BOOST_TEST_REQUIRE(batches.has_value());
    BOOST_TEST(batches->size() == 16u);
    const auto plan = graph::plan_sends(*batches);
    BOOST_TEST_REQUIRE(plan.has_value());
    const auto report = bridge::send_set_objects(trigger, *batches, *plan, b, b.waiter());
    BOOST_TEST(report.complete());
    BOOST_TEST(report.sent.size() == 16u);
    BOOST_TEST(accepted(report) == 1'600u);
    BOOST_TEST(b.graph.object_count() == 1'600u);
    // Even pacing at 1,500 objects a minute: 4 s after each 100.
    BOOST_TEST(report.sent.back().offset.count() == 60'000);

    // Deleting them all, split and planned as the example does (500 ids a minute).
    graph::delete_objects_by_external_id_request all{
        "atlassian:customer-org", {}, csm::connection_id("crm-connection-1")};
    for (std::size_t i = 0; i < 1'600; ++i) all.external_ids.emplace_back("org-" + std::to_string(i));
    const auto parts = bridge::split_deletes(all);
    const auto delete_plan = bridge::plan_deletes(parts);
    BOOST_TEST_REQUIRE(delete_plan.has_value());
    const auto deleted = bridge::send_deletes(trigger, parts, *delete_plan, b, b.waiter());
    BOOST_TEST(deleted.complete());
    BOOST_TEST(b.graph.object_count() == 0u);
}

BOOST_AUTO_TEST_CASE(sending_without_the_plan_meets_the_limit_and_resumes_after_retry_after) {
    simulated_bridge b;
    const auto batches = graph::make_batches<graph::set_objects_request>(envelope(1'600));
    BOOST_TEST_REQUIRE(batches.has_value());
    // All at offset 0: the 16th batch exceeds 1,500 objects in a minute.
    std::vector<graph::planned_send> at_once;
    for (std::size_t i = 0; i < batches->size(); ++i) at_once.push_back({i, 100, {}, {}});
    const auto report = bridge::send_set_objects(trigger, *batches, at_once, b, b.waiter());
    BOOST_TEST(!report.complete());
    BOOST_TEST(report.sent.size() == 16u);
    BOOST_TEST(report.sent.back().status == 429);
    BOOST_TEST(*report.stopped == "the bridge answered HTTP 429");
    BOOST_TEST(b.graph.object_count() == 1'500u);

    // Resume from the batch it stopped at, a minute later (what Retry-After says).
    std::vector<graph::planned_send> rest{{15, 100, std::chrono::minutes(1), {}}};
    const auto resumed = bridge::send_set_objects(trigger, *batches, rest, b, b.waiter());
    BOOST_TEST(resumed.complete());
    BOOST_TEST(b.graph.object_count() == 1'600u);
}

#include <csm/graph.hpp>

#define BOOST_TEST_MODULE csm.graph
#include <boost/test/unit_test.hpp>

#include <csm/csm.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm_test/fixtures.hpp>

// The umbrella header is self-contained and enough for the whole ingestion flow.
BOOST_AUTO_TEST_CASE(parse_validate_batch_plan) {
    const auto request =
        csm::json::parse<csm::graph::set_objects_request>(csm_test::read_fixture("graph/mixed-envelope.json")).value();
    BOOST_TEST(!csm::graph::has_errors(csm::graph::validate(request)));
    const auto batches = csm::graph::make_batches(request, {.max_objects = 3}).value();
    BOOST_TEST(batches.size() == 2u);
    const auto plan = csm::graph::plan_sends(batches).value();
    BOOST_TEST(plan[1].offset.count() == 120); // BACKFILL envelopes, planned at 1,500 a minute unless told otherwise
    const auto backfill = csm::graph::plan_sends(batches, {.backfill = csm::graph::backfill_limit::applies}).value();
    BOOST_TEST(backfill[1].offset.count() == 4); // 3 objects cost ceil(3 × 60,000 / 50,000) = ceil(3.6) ms
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/graph/objects.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.graph.objects
#include <boost/test/unit_test.hpp>

#include <csm_test/fixtures.hpp>

#include <string>

// The objects header alone builds, serializes and reads an envelope: no validation, batching or rate planning
// is needed for that.
BOOST_AUTO_TEST_CASE(build_serialize_and_read_an_envelope) {
    const csm::instant at = csm::instant::parse("2024-01-01T00:00:00Z").value();
    csm::graph::customer_org_category category{
        {.schema_version = "2.0",
         .id = csm::graph_object_id("cat-1"),
         .update_sequence_number = 3,
         .display_name = "Enterprise",
         .url = "https://crm.example.com/c/1",
         .created_at = at,
         .last_updated_at = at,
         .permissions = {csm::graph::permission::of(csm::graph::principal::everyone())}},
        {}};
    csm::graph::set_objects_request envelope;
    envelope.connection_id.emplace("c-1");
    envelope.objects.push_back(category);
    const std::string text = csm::json::serialize(envelope);
    const auto back = csm::json::parse<csm::graph::set_objects_request>(text);
    BOOST_TEST_REQUIRE(back.has_value());
    BOOST_TEST(csm::json::serialize(*back) == text);
    BOOST_TEST(back->objects.size() == 1u);
    BOOST_TEST(back->objects[0].get_if<csm::graph::customer_org_category>() != nullptr);
    BOOST_TEST(text.find(R"("atlassian:customer-org-category":{)") != std::string::npos);
}

#include <csm/graph/customer_org_category.hpp>

#define BOOST_TEST_MODULE csm.graph.customer_org_category
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
        csm::json::parse<set_objects_request>(csm_test::read_fixture("seeds/graph-customer-org-category.json")).value();
    BOOST_REQUIRE(envelope.objects.size() == 1u);
    const customer_org_category* c = envelope.objects[0].get_if<customer_org_category>();
    BOOST_REQUIRE(c != nullptr);
    BOOST_TEST(*c->block.key == "category key");
    BOOST_TEST(*c->block.category_type == "category type");
    BOOST_TEST(c->last_updated_by->external_id->view() == "external-id-2");
    BOOST_TEST(!envelope.operation_type.has_value());
    BOOST_TEST(csm_test::json(csm::json::serialize(envelope)) ==
               csm_test::fixture_json("graph/canonical/customer-org-category.json"));
    BOOST_TEST(csm::json::to_value(envelope) == csm_test::fixture_json("graph/canonical/customer-org-category.json"));
}

BOOST_AUTO_TEST_CASE(seed_example_validation) {
    const auto envelope =
        csm::json::parse<set_objects_request>(csm_test::read_fixture("seeds/graph-customer-org-category.json")).value();
    std::vector<std::string> found;
    for (const problem& p : validate(envelope)) found.push_back(p.brief());
    const std::vector<std::string> expected{"/connectionId: recommended (warning)",
                                            "/objects/0/schemaVersion: required"};
    BOOST_TEST(found == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(block_round_trips_and_keeps_unknown_keys) {
    const std::string text = R"({"key":"k","categoryType":"t","rank":3})";
    const auto block = csm::json::parse<customer_org_category_block>(text).value();
    BOOST_TEST(block.unknown_members.size() == 1u);
    BOOST_TEST(csm::json::serialize(block) == text);
    BOOST_TEST(csm::json::serialize(customer_org_category_block{}) == "{}");
}

BOOST_AUTO_TEST_CASE(length_limits_count_utf16_code_units) {
    customer_org_category c{{.schema_version = "1.0",
                             .id = csm::graph_object_id("cat-1"),
                             .display_name = "Enterprise",
                             .url = "https://crm.example.com/categories/1",
                             .created_at = csm::instant::parse("2024-01-01T00:00:00Z").value(),
                             .last_updated_at = csm::instant::parse("2024-01-01T00:00:00Z").value(),
                             .permissions = {permission::of(principal::atlassian_workspace())}},
                            {}};
    c.block.key = std::string(255, 'k');
    std::string emoji_127;
    for (int i = 0; i < 127; ++i) emoji_127 += "😀"; // 254 UTF-16 code units
    c.block.category_type = emoji_127 + "é";        // 255
    BOOST_TEST(validate(c).empty());
    c.block.key = std::string(256, 'k');
    c.block.category_type = emoji_127 + "😀"; // 256
    std::vector<std::string> found;
    for (const problem& p : validate(c)) found.push_back(p.brief());
    const std::vector<std::string> expected{"/atlassian:customer-org-category/key: max_length",
                                            "/atlassian:customer-org-category/categoryType: max_length"};
    BOOST_TEST(found == expected, boost::test_tools::per_element());
}

#include <csm/graph/object.hpp>

#define BOOST_TEST_MODULE csm.graph.object
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm_test/fixtures.hpp>
#include <csm_test/model.hpp>

using namespace csm::graph;

namespace {
const std::string minimal =
    R"({"id":"o-1","updateSequenceNumber":9223372036854775807,"url":"https://x.example",)"
    R"("createdAt":"2024-04-16T09:31:32+00:00","lastUpdatedAt":"2024-07-09T14:27:37.000Z","permissions":[]})";
}

BOOST_AUTO_TEST_CASE(minimal_object_round_trips_in_declaration_order) {
    const object_common o = csm::json::parse<object_common>(minimal).value();
    BOOST_TEST(o.update_sequence_number == INT64_MAX);
    BOOST_TEST(!o.schema_version.has_value());
    BOOST_TEST(!o.display_name.has_value());
    BOOST_TEST(csm::json::serialize(o) == minimal);
}

BOOST_AUTO_TEST_CASE(schema_version_is_1_0_when_built_and_absent_when_read_without_one) {
    const object_common built{.id = csm::graph_object_id("o-1"),
                              .created_at = csm::instant::parse("2024-01-01T00:00:00Z").value(),
                              .last_updated_at = csm::instant::parse("2024-01-01T00:00:00Z").value()};
    BOOST_TEST(built.schema_version.value_or("") == "1.0");
    BOOST_TEST(csm::json::serialize(built).starts_with(R"({"schemaVersion":"1.0","id":"o-1",)"));
    const object_common read = csm::json::parse<object_common>(minimal).value();
    BOOST_TEST(!read.schema_version.has_value());
    const object_common two = csm::json::parse<object_common>(R"({"schemaVersion":"2.0",)" + minimal.substr(1)).value();
    BOOST_TEST(two.schema_version.value_or("") == "2.0");
}

BOOST_AUTO_TEST_CASE(last_updated_is_an_alias) {
    // docs/decisions.md#last-updated-alias: the customer-org example writes lastUpdated.
    const object_common o = csm::json::parse<object_common>(
                                R"({"id":"o","updateSequenceNumber":1,"url":"u","createdAt":"2024-01-01T00:00:00Z",)"
                                R"("lastUpdated":"2024-01-02T00:00:00+00:00","permissions":[]})")
                                .value();
    BOOST_TEST(o.last_updated_at.to_string() == "2024-01-02T00:00:00+00:00");
    BOOST_TEST(csm::json::serialize(o).find("\"lastUpdatedAt\":\"2024-01-02T00:00:00+00:00\"") != std::string::npos);
    BOOST_TEST(csm::json::serialize(o).find("\"lastUpdated\":") == std::string::npos);
    // Both present: the canonical key wins and the alias is not kept as an unknown key.
    const object_common both =
        csm::json::parse<object_common>(
            R"({"id":"o","updateSequenceNumber":1,"url":"u","createdAt":"2024-01-01T00:00:00Z",)"
            R"("lastUpdated":"2020-01-01T00:00:00Z","lastUpdatedAt":"2024-01-03T00:00:00Z","permissions":[]})")
            .value();
    BOOST_TEST(both.last_updated_at.to_string() == "2024-01-03T00:00:00Z");
    BOOST_TEST(both.unknown_members.empty());
}

BOOST_AUTO_TEST_CASE(unknown_keys_are_kept_and_written_after_known_ones) {
    const std::string text =
        R"({"id":"o-1","updateSequenceNumber":1,"url":"u","createdAt":"2024-01-01T00:00:00Z",)"
        R"("lastUpdatedAt":"2024-01-01T00:00:00Z","permissions":[],"providerMetadata":{"product":"crm"}})";
    const object_common o = csm::json::parse<object_common>(text).value();
    BOOST_TEST(o.unknown_members.size() == 1u);
    BOOST_TEST(csm::json::serialize(o) == text);
}

BOOST_AUTO_TEST_CASE(documented_required_members_fail_parsing) {
    struct missing_case {
        const char* text;
        const char* pointer;
    };
    const missing_case cases[] = {
        {R"({"updateSequenceNumber":1,"url":"u","createdAt":"2024-01-01T00:00:00Z","lastUpdatedAt":"2024-01-01T00:00:00Z","permissions":[]})",
         "/id"},
        {R"({"id":"o","url":"u","createdAt":"2024-01-01T00:00:00Z","lastUpdatedAt":"2024-01-01T00:00:00Z","permissions":[]})",
         "/updateSequenceNumber"},
        {R"({"id":"o","updateSequenceNumber":1,"createdAt":"2024-01-01T00:00:00Z","lastUpdatedAt":"2024-01-01T00:00:00Z","permissions":[]})",
         "/url"},
        {R"({"id":"o","updateSequenceNumber":1,"url":"u","lastUpdatedAt":"2024-01-01T00:00:00Z","permissions":[]})",
         "/createdAt"},
        {R"({"id":"o","updateSequenceNumber":1,"url":"u","createdAt":"2024-01-01T00:00:00Z","permissions":[]})",
         "/lastUpdatedAt"},
        {R"({"id":"o","updateSequenceNumber":1,"url":"u","createdAt":"2024-01-01T00:00:00Z","lastUpdatedAt":"2024-01-01T00:00:00Z"})",
         "/permissions"},
    };
    for (const missing_case& c : cases) {
        const auto r = csm::json::parse<object_common>(c.text);
        BOOST_REQUIRE(!r);
        BOOST_TEST(r.error().pointer == c.pointer);
        BOOST_TEST(csm::to_string(r.error().code) == "missing_member");
    }
    const auto bad_usn = csm::json::parse<object_common>(
        R"({"id":"o","updateSequenceNumber":"1","url":"u","createdAt":"2024-01-01T00:00:00Z","lastUpdatedAt":"2024-01-01T00:00:00Z","permissions":[]})");
    BOOST_REQUIRE(!bad_usn);
    BOOST_TEST(bad_usn.error().pointer == "/updateSequenceNumber");
    const auto bad_instant = csm::json::parse<object_common>(
        R"({"id":"o","updateSequenceNumber":1,"url":"u","createdAt":"2024-01-01 00:00:00","lastUpdatedAt":"2024-01-01T00:00:00Z","permissions":[]})");
    BOOST_REQUIRE(!bad_instant);
    BOOST_TEST(bad_instant.error().pointer == "/createdAt");
    BOOST_TEST(csm::to_string(bad_instant.error().code) == "invalid_value");
}

BOOST_AUTO_TEST_CASE(object_type_ids) {
    BOOST_TEST(object_types::customer_org == "atlassian:customer-org");
    BOOST_TEST(object_types::customer_org_category == "atlassian:customer-org-category");
    BOOST_TEST(object_types::organisation == "atlassian:organisation");
}

BOOST_AUTO_TEST_CASE(models_compare_instants_by_moment_and_same_json_by_text) {
    // docs/decisions.md#instant-equality: the same moments written differently give equal models; a round-trip
    // test that must keep the text compares the serialized JSON instead.
    const object_common written = csm::json::parse<object_common>(minimal).value();
    std::string other_text = minimal;
    other_text.replace(other_text.find("2024-04-16T09:31:32+00:00"), 25, "2024-04-16T10:31:32+01:00");
    const object_common rewritten = csm::json::parse<object_common>(other_text).value();
    BOOST_TEST((written == rewritten));
    BOOST_TEST(!csm_test::same_json(written, rewritten));
    BOOST_TEST(csm_test::same_json(written, csm::json::parse<object_common>(minimal).value()));
}

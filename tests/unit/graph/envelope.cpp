#include <csm/graph/envelope.hpp>

#define BOOST_TEST_MODULE csm.graph.envelope
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>
#include <csm_test/fixtures.hpp>

#include <optional>

using namespace csm::graph;

BOOST_AUTO_TEST_CASE(mixed_envelope_round_trips) {
    const std::string text = csm_test::read_fixture("graph/mixed-envelope.json");
    const set_objects_request r = csm::json::parse<set_objects_request>(text).value();
    BOOST_TEST(r.objects.size() == 4u);
    BOOST_TEST((*r.operation_type == operation_type::known::backfill));
    BOOST_TEST(r.connection_id->view() == "conn-1");
    BOOST_TEST(r.properties->at("pull-id") == "12334");
    BOOST_TEST(csm_test::json(csm::json::serialize(r)) == csm_test::json(text));
    BOOST_TEST((csm::json::parse<set_objects_request>(csm::json::serialize(r)).value() == r));
}

BOOST_AUTO_TEST_CASE(envelope_fields_are_written_only_when_set) {
    set_objects_request r;
    BOOST_TEST(csm::json::serialize(r) == R"({"objects":[]})");
    r.operation_type = operation_type::known::normal;
    r.connection_id.emplace("c-1");
    r.properties = std::map<std::string, std::string>{{"batch", "7"}};
    BOOST_TEST(csm::json::serialize(r) ==
               R"({"objects":[],"properties":{"batch":"7"},"operationType":"NORMAL","connectionId":"c-1"})");
}

BOOST_AUTO_TEST_CASE(operation_type_is_open) {
    const auto r =
        csm::json::parse<set_objects_request>(R"({"objects":[],"operationType":"INCREMENTAL","extra":true})").value();
    BOOST_TEST(!r.operation_type->is_known());
    BOOST_TEST(csm::json::serialize(r) == R"({"objects":[],"operationType":"INCREMENTAL","extra":true})");
    BOOST_TEST(!csm::json::parse<set_objects_request>(R"({"objects":[],"operationType":"INCREMENTAL"})",
                                                      csm::json::read_options::strict())
                    .has_value());
    const auto missing = csm::json::parse<set_objects_request>(R"({"operationType":"NORMAL"})");
    BOOST_REQUIRE(!missing);
    BOOST_TEST(missing.error().pointer == "/objects");
}

BOOST_AUTO_TEST_CASE(other_object_operation_requests) {
    const get_object_by_external_id_request get{"atlassian:customer-org", csm::graph_object_id("customer-org-1"),
                                                csm::connection_id("c-1")};
    BOOST_TEST(csm::json::serialize(get) ==
               R"({"objectType":"atlassian:customer-org","externalId":"customer-org-1","connectionId":"c-1"})");
    const delete_objects_by_external_id_request del{
        "atlassian:organisation", {csm::graph_object_id("org-1"), csm::graph_object_id("org-2")}, std::nullopt};
    BOOST_TEST(csm::json::serialize(del) ==
               R"({"objectType":"atlassian:organisation","externalIds":["org-1","org-2"]})");
    const delete_objects_by_properties_request by_props{
        {{"pull-id", "12334"}}, "atlassian:customer-org", csm::connection_id("c-1")};
    BOOST_TEST(csm::json::serialize(by_props) ==
               R"({"properties":{"pull-id":"12334"},"objectType":"atlassian:customer-org","connectionId":"c-1"})");
    BOOST_TEST(
        (csm::json::parse<delete_objects_by_properties_request>(csm::json::serialize(by_props)).value() == by_props));
    BOOST_TEST((csm::json::parse<get_object_by_external_id_request>(csm::json::serialize(get)).value() == get));
    BOOST_TEST((csm::json::parse<delete_objects_by_external_id_request>(csm::json::serialize(del)).value() == del));
}

BOOST_AUTO_TEST_CASE(bulk_response_accepted_or_valid_objects) {
    const auto accepted = csm::json::parse<bulk_object_response>(
                              R"({"success":true,"results":{"accepted":[{"id":"a"},{"id":"b"}],"rejected":[]}})")
                              .value();
    BOOST_TEST(*accepted.success);
    BOOST_TEST(accepted.accepted_count() == 2u);
    BOOST_TEST(accepted.rejected_count() == 0u);
    const auto valid = csm::json::parse<bulk_object_response>(
                           R"({"success":false,"error":"partial","results":{"validObjects":[{"id":"a"}],)"
                           R"("rejected":[{"key":{"id":"b"},"errors":[{"message":"bad url"}]}],"traceId":"t-1"}})")
                           .value();
    BOOST_TEST(!*valid.success);
    BOOST_TEST(*valid.error == "partial");
    BOOST_TEST(valid.accepted_count() == 1u);
    BOOST_TEST(valid.rejected_count() == 1u);
    BOOST_TEST(valid.results->rejected->at(0).at("errors").at(0).at("message").as_string() == "bad url");
    BOOST_TEST(valid.results->unknown_members.size() == 1u);
    // Both present: both kept and written back; the count is that of `accepted`.
    const std::string both_text = R"({"results":{"accepted":[{"id":"a"}],"validObjects":[{"id":"a"},{"id":"b"}]}})";
    const auto both = csm::json::parse<bulk_object_response>(both_text).value();
    BOOST_TEST(both.results->accepted->size() == 1u);
    BOOST_TEST(both.results->valid_objects->size() == 2u);
    BOOST_TEST(both.results->unknown_members.empty());
    BOOST_TEST(both.accepted_count() == 1u);
    BOOST_TEST(csm::json::serialize(both) == both_text);
    const auto empty = csm::json::parse<bulk_object_response>("{}").value();
    BOOST_TEST(!empty.success.has_value());
    BOOST_TEST(empty.accepted_count() == 0u);
}

BOOST_AUTO_TEST_CASE(get_and_delete_responses) {
    const auto got =
        csm::json::parse<get_object_response>(
            R"({"success":true,"object":{"id":"org-1","atlassian:organisation":{},"updateSequenceNumber":1,)"
            R"("url":"https://x.example","createdAt":"2024-01-01T00:00:00Z","lastUpdatedAt":"2024-01-01T00:00:00Z","permissions":[]}})")
            .value();
    BOOST_TEST(got.object->get_if<organisation>() != nullptr);
    const auto missing =
        csm::json::parse<get_object_response>(R"({"success":false,"error":"Object not found"})").value();
    BOOST_TEST(!missing.object.has_value());
    const auto deleted =
        csm::json::parse<delete_objects_response>(
            R"({"success":false,"error":"properties object cannot be empty","originalError":{"code":400}})")
            .value();
    BOOST_TEST(deleted.original_error->at("code").as_int64() == 400);
}

BOOST_AUTO_TEST_CASE(documented_limits) {
    BOOST_TEST(max_objects_per_request == 100u);
    BOOST_TEST(max_properties_per_request == 5u);
    BOOST_TEST(max_external_ids_per_delete == 100u);
    BOOST_TEST(max_principals_per_object == 500u);
    BOOST_TEST(max_block_string_length == 255u);
}

// parse<T> reads valid documents from parser events (csm/json/detail/stream_read.hpp) and falls back to the
// DOM reader otherwise: the fast path must accept what it should and give the DOM reader's value.
namespace {
csm::result<set_objects_request> dom_read(const std::string& text) {
    return csm::json::from_value<set_objects_request>(csm::json::parse_value(text).value());
}
bool streamed(const std::string& text, set_objects_request& out) {
    std::optional<set_objects_request> s = csm::json::parse_one_pass<set_objects_request>(text);
    if (s) out = std::move(*s);
    return s.has_value();
}
} // namespace

BOOST_AUTO_TEST_CASE(streaming_reader_matches_the_dom_reader) {
    for (const char* name :
         {"seeds/graph-customer-org.json", "seeds/graph-customer-org-category.json", "seeds/graph-organisation.json"}) {
        BOOST_TEST_CONTEXT(name) {
            const std::string text = csm_test::read_fixture(name);
            set_objects_request s;
            BOOST_TEST(streamed(text, s));
            BOOST_TEST((s == dom_read(text).value()));
            BOOST_TEST((csm::json::parse<set_objects_request>(text).value() == s));
        }
    }
    for (const char* name : {"graph/customer-org-legacy.json", "graph/customer-org-tutorial-associations.json",
                             "graph/customer-org-current.json"}) {
        BOOST_TEST_CONTEXT(name) {
            const std::string text = csm_test::read_fixture(name);
            const std::optional<any_object> one_pass = csm::json::parse_one_pass<any_object>(text);
            const bool ok = one_pass.has_value();
            const any_object& s = one_pass ? *one_pass : any_object(unknown_object{});
            const auto dom = csm::json::from_value<any_object>(csm::json::parse_value(text).value());
            BOOST_TEST(ok == dom.has_value()); // customer-org-current.json has three type blocks: an error
            if (ok) BOOST_TEST((s == dom.value()));
        }
    }
    // An object of an unknown type is kept whole as raw JSON: only the DOM reader can do that.
    const std::string mixed = csm_test::read_fixture("graph/mixed-envelope.json");
    set_objects_request s;
    BOOST_TEST(!streamed(mixed, s));
    BOOST_TEST((csm::json::parse<set_objects_request>(mixed).value() == dom_read(mixed).value()));
}

BOOST_AUTO_TEST_CASE(streaming_reader_switches_type_after_common_members) {
    const std::string text =
        R"({"objects":[{"id":"c-1","updateSequenceNumber":2,"url":"https://x.example","createdAt":"2024-01-01T00:00:00Z",)"
        R"("lastUpdated":"2024-01-01T00:00:00Z","permissions":[],"extra":[1,{"a":null}],)"
        R"("atlassian:customer-org-category":{"key":"k","categoryType":"Tier"},"lastUpdatedAt":"2024-02-01T00:00:00Z"}]})";
    set_objects_request s;
    BOOST_TEST_REQUIRE(streamed(text, s));
    BOOST_TEST((s == dom_read(text).value()));
    const auto* category = s.objects.at(0).get_if<customer_org_category>();
    BOOST_TEST_REQUIRE(category != nullptr);
    BOOST_TEST(category->id.view() == "c-1");
    BOOST_TEST(category->unknown_members.members.at("extra") == boost::json::parse(R"([1,{"a":null}])"));
    BOOST_TEST(csm::instant::parse("2024-02-01T00:00:00Z").value() == category->last_updated_at);
}

BOOST_AUTO_TEST_CASE(truncated_envelope_at_every_byte_gives_the_syntax_error) {
    const std::string text = csm_test::read_fixture("seeds/graph-customer-org.json");
    for (std::size_t n = 0; n < text.size(); ++n) {
        const std::string_view prefix(text.data(), n);
        const auto got = csm::json::parse<set_objects_request>(prefix);
        const auto syntax = csm::json::parse_value(prefix);
        if (syntax) continue; // a prefix ending in whitespace after the document is still valid JSON
        BOOST_TEST_REQUIRE(got.has_error());
        BOOST_TEST((got.error() == syntax.error()), "at byte " << n);
    }
}

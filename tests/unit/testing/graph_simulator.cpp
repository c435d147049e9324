// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/testing/graph_simulator.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.testing.graph_simulator
#include <boost/test/unit_test.hpp>

#include <csm_test/fixtures.hpp>

#include <csm/graph/rate_plan.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/url/parse.hpp>

#include <chrono>
#include <string>
#include <vector>

using csm::testing::graph_simulator;
namespace graph = csm::graph;

namespace {

constexpr std::string_view secret = "bridge-secret-5d1e";
// A web trigger URL as `forge webtrigger create` prints it (the docs' example path).
constexpr std::string_view trigger = "https://example.invalid/x1/XUBR5WnG2Hk2V52APDdGaRSDm";

csm::rest::http_request call(std::string_view operation, std::string body, std::string_view token = secret) {
    csm::rest::http_request req;
    req.method = csm::rest::http_method::post;
    req.url = boost::urls::parse_absolute_uri(trigger).value();
    req.url.params().set("operation", operation);
    req.headers = {{"Authorization", "Bearer " + std::string(token)}, {"Content-Type", "application/json"}};
    req.body = std::move(body);
    return req;
}

std::string text(const boost::json::value& v) { return boost::json::serialize(v); }

/// The body of an answer as JSON, for comparing whole documents.
boost::json::value body(const csm::rest::http_response& r) { return boost::json::parse(r.body); }

/// An envelope of one copy of the current customer-org fixture (id acme-42) with this id and sequence number.
std::string envelope_of(std::string_view id, std::int64_t sequence, std::string_view extra = "") {
    boost::json::value object = csm_test::fixture_json("graph/customer-org-current.json");
    object.as_object()["id"] = id;
    object.as_object()["updateSequenceNumber"] = sequence;
    return R"({"objects":[)" + text(object) + R"(],"connectionId":"crm-connection-1")" + std::string(extra) + "}";
}

std::string get_object(std::string_view id, std::string_view connection = "crm-connection-1") {
    return R"({"objectType":"atlassian:customer-org","externalId":")" + std::string(id) + R"(","connectionId":")" +
           std::string(connection) + R"("})";
}

std::string delete_ids(std::size_t first, std::size_t count) {
    boost::json::array ids;
    for (std::size_t i = first; i < first + count; ++i) ids.push_back(boost::json::string("org-" + std::to_string(i)));
    return text(boost::json::object{
        {"objectType", "atlassian:customer-org"}, {"externalIds", ids}, {"connectionId", "crm-connection-1"}});
}

const graph_simulator::clock::time_point t0 = graph_simulator::clock::time_point(std::chrono::hours(480'000));

} // namespace

BOOST_AUTO_TEST_CASE(the_bridge_refuses_what_its_web_trigger_refuses) {
    graph_simulator sim({.secret = std::string(secret)});
    auto r = sim(call("setObjects", "{}", "wrong"));
    BOOST_TEST(r.status == 401);
    BOOST_TEST(r.body == R"({"bridgeError":"unauthorized","message":"missing or wrong Authorization"})");

    auto get = call("setObjects", "{}");
    get.method = csm::rest::http_method::get;
    BOOST_TEST(sim(get).status == 405);

    r = sim(call("setEverything", "{}"));
    BOOST_TEST(r.status == 400);
    BOOST_TEST(body(r).at("bridgeError") == "unknown_operation");

    auto no_operation = call("setObjects", "{}");
    no_operation.url.params().clear();
    BOOST_TEST(body(sim(no_operation)).at("bridgeError") == "operation_missing");

    auto form = call("setObjects", "{}");
    form.headers[1].value = "application/x-www-form-urlencoded";
    BOOST_TEST(sim(form).status == 415);

    r = sim(call("setObjects", R"({"objects":[)"));
    BOOST_TEST(r.status == 400);
    BOOST_TEST(body(r).at("bridgeError") == "invalid_json");
    BOOST_TEST(body(sim(call("setObjects", "[]"))).at("bridgeError") == "not_an_object");
    BOOST_TEST(sim.object_count() == 0u);
}

BOOST_AUTO_TEST_CASE(set_objects_stores_what_get_reads_back) {
    graph_simulator sim({.secret = std::string(secret)});
    const std::string envelope = envelope_of("acme-42", 1718000000123);
    auto r = sim(call("setObjects", envelope));
    BOOST_TEST(r.status == 200);
    BOOST_TEST(body(r) == csm_test::json(R"({"success":true,"results":{"accepted":[
        {"objectType":"atlassian:customer-org","id":"acme-42"}],"rejected":[]}})"));

    r = sim(call("getObjectByExternalId", get_object("acme-42")));
    BOOST_TEST(r.status == 200);
    // The object as the library writes what it read: the fixture itself, apart from the documented
    // normalisations the library applies (docs/json-mapping.md), so compared through the same model.
    const auto expected =
        csm::json::parse<graph::any_object>(csm_test::read_fixture("graph/customer-org-current.json"));
    BOOST_TEST_REQUIRE(expected.has_value());
    BOOST_TEST(body(r).at("success") == true);
    BOOST_TEST(body(r).at("object") == csm_test::json(csm::json::serialize(*expected)));
    BOOST_TEST(body(r).at("object").at("displayName") == "Acme Corporation");

    // Objects belong to their connection.
    r = sim(call("getObjectByExternalId", get_object("acme-42", "another-connection")));
    BOOST_TEST(r.body == R"({"success":false,"error":"object not found"})");
}

BOOST_AUTO_TEST_CASE(an_older_update_sequence_number_is_rejected_and_changes_nothing) {
    graph_simulator sim({.secret = std::string(secret)});
    BOOST_TEST(sim(call("setObjects", envelope_of("acme-42", 5))).status == 200);
    auto r = sim(call("setObjects", envelope_of("acme-42", 4)));
    BOOST_TEST(body(r) == csm_test::json(R"({"success":true,"results":{"accepted":[],"rejected":[
        {"objectType":"atlassian:customer-org","id":"acme-42",
         "error":"updateSequenceNumber is older than the stored object's"}]}})"));
    r = sim(call("getObjectByExternalId", get_object("acme-42")));
    BOOST_TEST(body(r).at("object").at("updateSequenceNumber") == 5);
    // The same number again is a repeat of the last write: accepted (last write wins, greater is newer).
    BOOST_TEST(
        body(sim(call("setObjects", envelope_of("acme-42", 5)))).at("results").at("accepted").as_array().size() == 1u);
}

BOOST_AUTO_TEST_CASE(deletes_by_id_and_by_property) {
    graph_simulator sim({.secret = std::string(secret)});
    BOOST_TEST(sim(call("setObjects", envelope_of("org-1", 1, R"(,"properties":{"region":"emea"})"))).status == 200);
    BOOST_TEST(sim(call("setObjects", envelope_of("org-2", 1, R"(,"properties":{"region":"emea"})"))).status == 200);
    BOOST_TEST(sim(call("setObjects", envelope_of("org-3", 1, R"(,"properties":{"region":"apac"})"))).status == 200);
    BOOST_TEST(sim.object_count() == 3u);

    auto r = sim(call(
        "deleteObjectsByProperties",
        R"({"properties":{"region":"emea"},"objectType":"atlassian:customer-org","connectionId":"crm-connection-1"})"));
    BOOST_TEST(r.body == R"({"success":true})");
    BOOST_TEST(sim.object_count() == 1u);
    BOOST_TEST(body(sim(call("getObjectByExternalId", get_object("org-3")))).at("success") == true);

    r = sim(call("deleteObjectsByExternalId", delete_ids(3, 1)));
    BOOST_TEST(r.body == R"({"success":true})");
    BOOST_TEST(sim.object_count() == 0u);
    BOOST_TEST(sim(call("getObjectByExternalId", get_object("org-3"))).body ==
               R"({"success":false,"error":"object not found"})");
}

BOOST_AUTO_TEST_CASE(payloads_are_read_and_validated_as_the_client_does_and_never_echoed) {
    graph_simulator sim({.secret = std::string(secret)});
    // The codec's error, with its pointer.
    auto r = sim(call("setObjects", R"({"objects":"acme-secret-name"})"));
    BOOST_TEST(r.status == 200);
    BOOST_TEST(r.body == R"({"success":false,"error":"/objects: expected an array"})");
    // validate()'s first error, in its brief form.
    boost::json::value object = csm_test::fixture_json("graph/customer-org-current.json");
    object.as_object().erase("displayName");
    r = sim(call("setObjects", R"({"objects":[)" + text(object) + "]}"));
    BOOST_TEST(r.body == R"({"success":false,"error":"/objects/0/displayName: required"})");
    BOOST_TEST(r.body.find("Acme") == std::string::npos);
    BOOST_TEST(sim.object_count() == 0u);
}

BOOST_AUTO_TEST_CASE(users_groups_mappings_and_relationships_are_stored_and_read_back) {
    graph_simulator sim({.secret = std::string(secret)});
    sim.set_now(t0);
    auto r = sim(call("setUsers", csm_test::read_fixture("graph/operations/set-users.json")));
    BOOST_TEST(body(r) == csm_test::json(R"({"success":true,"results":[{"externalId":"crm-user-17","id":"user-1"},
        {"externalId":"crm-user-18","id":"user-2"}]})"));
    r = sim(call("getUserByExternalId", R"({"externalId":"crm-user-17","connectionId":"crm-connection-1"})"));
    BOOST_TEST(body(r) == csm_test::json(R"({"success":true,"user":{"id":"user-1","displayName":"Jane Doe",
        "userName":"jdoe","nickname":"JD","name":{"formatted":"Jane Doe","familyName":"Doe","givenName":"Jane"},
        "emails":[{"value":"jane.doe@example.com","primary":true}],
        "extendedProfile":{"jobTitle":"Account manager","department":"Sales","organization":"Example Ltd",
        "location":"Berlin"}}})"));
    r = sim(call("deleteUsersByExternalId",
                 R"({"externalIds":["crm-user-18","crm-user-99"],"connectionId":"crm-connection-1"})"));
    BOOST_TEST(body(r) == csm_test::json(R"({"success":true,"results":[{"externalId":"crm-user-18","success":true},
        {"externalId":"crm-user-99","success":false,"error":"user not found"}]})"));
    BOOST_TEST(sim.user_count() == 1u);

    r = sim(call("setGroups", csm_test::read_fixture("graph/operations/set-groups.json")));
    BOOST_TEST(body(r) ==
               csm_test::json(R"({"success":true,"results":[{"externalId":"crm-team-emea","id":"group-3"}]})"));
    r = sim(call("getGroupByExternalId", R"({"externalId":"crm-team-emea","connectionId":"crm-connection-1"})"));
    BOOST_TEST(body(r) == csm_test::json(R"({"success":true,"group":{"id":"group-3","externalId":"crm-team-emea",
        "displayName":"EMEA account team","members":[
        {"externalId":"crm-user-17","type":"USER","updateSequenceNumber":1,"displayName":"Jane Doe"},
        {"externalId":"crm-user-18","type":"USER"}],
        "meta":{"created":"2024-10-04T00:00:00Z","lastModified":"2024-10-04T00:00:00Z","resourceType":"Group"}}})"));
    r = sim(call("deleteGroupsByExternalId", R"({"externalIds":["crm-team-emea"],"connectionId":"crm-connection-1"})"));
    BOOST_TEST(body(r) == csm_test::json(R"({"success":true,"results":[
        {"externalId":"crm-team-emea","statusCode":200,"message":"deleted"}]})"));
    BOOST_TEST(sim.group_count() == 0u);

    r = sim(call("mapUsers", csm_test::read_fixture("graph/operations/map-users-connection.json")));
    BOOST_TEST(r.body == R"({"success":true})");
    BOOST_TEST(sim.mapping_count() == 1u);

    r = sim(call("setRelationships", csm_test::read_fixture("graph/operations/set-relationships.json")));
    BOOST_TEST(body(r) == csm_test::json(R"({"success":true,"results":{"customer-org-has-category":[
        {"from":{"type":"atlassian:customer-org","value":{"entityId":"acme-corp"}},
         "to":{"type":"atlassian:customer-org-category","value":{"entityId":"tier-gold"}},
         "updateSequenceNumber":1,"createdAt":"2025-01-20T08:00:00Z","updatedAt":"2025-01-20T08:00:00Z"}]}})"));
    BOOST_TEST(sim.relationship_count() == 1u);
}

BOOST_AUTO_TEST_CASE(the_documented_per_minute_limit_answers_429_with_retry_after) {
    graph_simulator sim({.secret = std::string(secret)});
    sim.set_now(t0);
    // deleteObjectsByExternalId: 500 ids a minute (https://developer.atlassian.com/platform/teamwork-graph/rate-limits).
    for (std::size_t i = 0; i < 4; ++i)
        BOOST_TEST(sim(call("deleteObjectsByExternalId", delete_ids(i * 100, 100))).status == 200);
    sim.set_now(t0 + std::chrono::seconds(20));
    BOOST_TEST(sim(call("deleteObjectsByExternalId", delete_ids(400, 100))).status == 200);
    sim.set_now(t0 + std::chrono::milliseconds(30'500));
    auto r = sim(call("deleteObjectsByExternalId", delete_ids(500, 1)));
    BOOST_TEST(r.status == 429);
    BOOST_TEST(r.body == R"({"bridgeError":"rate_limited","message":"the operation's per-minute limit is reached"})");
    // The first 400 ids leave the window at t0 + 60 s: 29.5 s from now, rounded up.
    const csm::rest::http_header* retry = csm::rest::find_header(r.headers, "Retry-After");
    BOOST_TEST_REQUIRE(retry != nullptr);
    BOOST_TEST(retry->value == "30");
    sim.set_now(t0 + std::chrono::seconds(60));
    BOOST_TEST(sim(call("deleteObjectsByExternalId", delete_ids(500, 100))).status == 200);
    // Other operations have their own budgets.
    BOOST_TEST(sim(call("getObjectByExternalId", get_object("org-1"))).status == 200);
}

BOOST_AUTO_TEST_CASE(sends_planned_by_plan_sends_are_never_rate_limited) {
    graph_simulator sim({.secret = std::string(secret)});
    std::vector<graph::delete_objects_by_external_id_request> requests;
    for (std::size_t i = 0; i < 12; ++i)
        requests.push_back(
            csm::json::parse<graph::delete_objects_by_external_id_request>(delete_ids(i * 100, 100)).value());
    for (graph::pacing p : {graph::pacing::burst, graph::pacing::even}) {
        graph_simulator fresh({.secret = std::string(secret)});
        const auto plan = graph::plan_sends(requests, {.pacing = p});
        BOOST_TEST_REQUIRE(plan.has_value());
        for (const graph::planned_send& s : *plan) {
            fresh.set_now(t0 + s.offset);
            BOOST_TEST(fresh(call("deleteObjectsByExternalId", csm::json::serialize(requests[s.batch]))).status == 200);
        }
    }
    // All at once, the sixth is refused.
    sim.set_now(t0);
    for (std::size_t i = 0; i < 5; ++i)
        BOOST_TEST(sim(call("deleteObjectsByExternalId", csm::json::serialize(requests[i]))).status == 200);
    BOOST_TEST(sim(call("deleteObjectsByExternalId", csm::json::serialize(requests[5]))).status == 429);
}

BOOST_AUTO_TEST_CASE(limits_can_be_set_per_operation_and_backfill_counts_apart) {
    graph_simulator sim({.secret = std::string(secret), .per_minute = {{graph::graph_operation::set_objects, 2}}});
    sim.set_now(t0);
    BOOST_TEST(sim(call("setObjects", envelope_of("org-1", 1))).status == 200);
    BOOST_TEST(sim(call("setObjects", envelope_of("org-2", 1))).status == 200);
    BOOST_TEST(sim(call("setObjects", envelope_of("org-3", 1))).status == 429);
    // BACKFILL envelopes have their own window (50,000 a minute when documented; here also 2).
    BOOST_TEST(sim(call("setObjects", envelope_of("org-3", 1, R"(,"operationType":"BACKFILL")"))).status == 200);
    BOOST_TEST(sim.object_count() == 3u);
}

BOOST_AUTO_TEST_CASE(a_scripted_fault_answers_before_acting) {
    graph_simulator sim({.secret = std::string(secret)});
    csm::testing::fault_plan plan;
    plan.add({.kind = csm::testing::fault_kind::unavailable, .endpoint = "setObjects", .nth = 1});
    sim.set_faults(plan);
    BOOST_TEST(sim(call("setObjects", envelope_of("acme-42", 1))).status == 503);
    BOOST_TEST(sim.object_count() == 0u);
    BOOST_TEST(sim(call("setObjects", envelope_of("acme-42", 1))).status == 200);
    BOOST_TEST(sim.object_count() == 1u);
}

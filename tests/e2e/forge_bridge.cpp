// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// End-to-end: examples/forge_bridge's C++ side (forge_bridge.hpp) through the libcurl transport against the
// local test server standing in for the Forge web trigger. Checks the exact request bodies, the request lines,
// the Authorization, and the schedule (the offsets the sender waits for, and real waiting once).
#include "forge_bridge.hpp"

#include <curl_transport.hpp>

#include <csm_test_server/server.hpp>

#include <csm/graph/customer_org.hpp>

#define BOOST_TEST_MODULE e2e.forge_bridge
#include <boost/json/parse.hpp>
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace std::chrono_literals;
namespace graph = csm::graph;
namespace bridge = csm_examples::forge_bridge;
using ms = std::chrono::milliseconds;

constexpr std::string_view token = "bridge-secret-5d1e";
// The path of a web trigger URL as `forge webtrigger create` prints it (the docs' example).
constexpr std::string_view trigger_path = "/x1/XUBR5WnG2Hk2V52APDdGaRSDm";
constexpr std::string_view accepted = R"({"success":true,"results":{"accepted":[{"id":"acme"}],"rejected":[]}})";

csm_test_server::route trigger_route(std::string name, std::string path, std::string_view op, std::string answer) {
    csm_test_server::route r;
    r.name = std::move(name);
    r.expect.method = "POST";
    r.expect.path = std::move(path);
    r.expect.query = "operation=" + std::string(op);
    r.expect.headers = {{"Accept", "application/json"}, {"Content-Type", "application/json"}};
    r.expect.any_json_body = true;
    r.respond = {200, {{"Content-Type", "application/json"}}, std::move(answer)};
    return r;
}

/// The bridge's web trigger as the sender sees it: POST, operation in the query, the shared secret.
struct bridge_fixture {
    std::mutex mutex;
    std::vector<std::chrono::steady_clock::time_point> arrivals;
    csm_test_server::test_server server{csm_test_server::server_options{
        .routes = {trigger_route("set", std::string(trigger_path), bridge::operation::set_objects,
                                 std::string(accepted)),
                   trigger_route("delete", std::string(trigger_path), bridge::operation::delete_objects_by_external_id,
                                 R"({"success":true})"),
                   trigger_route("set.unsuccessful", "/x1/UNSUCCESSFUL", bridge::operation::set_objects,
                                 R"({"success":false,"error":"Rate limit exceeded"})")},
        .authorization = csm_examples::bearer_authorization(token),
        .lifetime = 90'000ms,
        .hang_limit = 10'000ms,
        .on_request =
            [this](const csm_test_server::recorded_request&) {
                const std::lock_guard lock(mutex);
                arrivals.push_back(std::chrono::steady_clock::now());
            },
    }};
    std::string trigger = server.base_url() + std::string(trigger_path);

    static csm_examples::curl_transport http(std::string_view secret = token) {
        return csm_examples::curl_transport({.timeout = 5'000ms,
                                             .connect_timeout = 2'000ms,
                                             .authorization = csm_examples::bearer_authorization(secret)});
    }

    std::vector<std::string> bodies() const {
        std::vector<std::string> out;
        for (const auto& r : server.requests()) out.push_back(r.request.body);
        return out;
    }
    std::vector<std::string> targets() const {
        std::vector<std::string> out;
        for (const auto& r : server.requests()) out.push_back(r.request.method + " " + r.request.target);
        return out;
    }
    void check_no_mismatch() const {
        for (const std::string& m : server.mismatches()) BOOST_ERROR("server mismatch: " << m);
    }
};

/// Records the offsets the sender waits for instead of waiting.
struct recording_waiter {
    std::vector<ms>* offsets;
    void operator()(ms offset) const { offsets->push_back(offset); }
};

/// One customer organization, written as csm::graph writes it (compact, canonical key order).
std::string object_text(int i) {
    const std::string n = std::to_string(i);
    return R"({"schemaVersion":"1.0","id":"acme-)" + n + R"(","updateSequenceNumber":)" + n +
           R"(,"displayName":"Acme )" + n + R"(","url":"https://crm.example.com/accounts/acme-)" + n +
           R"(","createdAt":"2026-01-02T03:04:05Z","lastUpdatedAt":"2026-01-02T03:04:05Z",)"
           R"("permissions":[{"accessControls":[{"principals":[{"type":"ATLASSIAN_WORKSPACE"}]}]}],)"
           R"("atlassian:customer-org":{"industry":"Manufacturing"}})";
}

/// The envelope text of objects first..last with the given tail (`,"operationType":…,"connectionId":…`).
std::string envelope_text(int first, int last, std::string_view tail) {
    std::string text = R"({"objects":[)";
    for (int i = first; i <= last; ++i) {
        if (i != first) text += ',';
        text += object_text(i);
    }
    return text + "]" + std::string(tail) + "}";
}

constexpr std::string_view connection_tail = R"(,"connectionId":"edc0ce33-2f67-4997-8c0f-c5f38923e33f")";

std::vector<graph::set_objects_request> batches_of(int objects, std::size_t per_batch, std::string_view tail) {
    auto request = csm::json::parse<graph::set_objects_request>(envelope_text(1, objects, tail));
    BOOST_TEST_REQUIRE(request.has_value(), (request ? "" : request.error().message()));
    auto batches = graph::make_batches(std::move(*request), {.max_objects = per_batch});
    BOOST_TEST_REQUIRE(batches.has_value());
    return std::move(*batches);
}

std::vector<std::string> repeated(std::string text, std::size_t n) { return std::vector<std::string>(n, text); }

std::string read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    BOOST_TEST_REQUIRE(static_cast<bool>(in), "cannot read " << path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(set_objects, bridge_fixture)

BOOST_AUTO_TEST_CASE(batches_reach_the_trigger_as_written_at_the_planned_offsets) {
    const auto batches = batches_of(5, 2, connection_tail);
    const auto plan = graph::plan_sends(batches).value(); // 1,500 objects a minute, even pacing: 80 ms per 2
    std::vector<ms> waited;
    auto http = bridge_fixture::http();
    const auto report = bridge::send_set_objects(trigger, batches, plan, http, recording_waiter{&waited});

    BOOST_TEST(report.complete());
    BOOST_TEST(waited == (std::vector<ms>{0ms, 80ms, 160ms}), boost::test_tools::per_element());
    // The first body is also the payload app/test/bridge.test.js hands to the JavaScript handler.
    BOOST_TEST(envelope_text(1, 2, connection_tail) + "\n" == read_file(CSM_FORGE_BRIDGE_FIRST_BATCH));
    BOOST_TEST(bodies() ==
                   (std::vector<std::string>{envelope_text(1, 2, connection_tail), envelope_text(3, 4, connection_tail),
                                             envelope_text(5, 5, connection_tail)}),
               boost::test_tools::per_element());
    BOOST_TEST(targets() == repeated("POST " + std::string(trigger_path) + "?operation=setObjects", 3),
               boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(report.sent.size() == 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        BOOST_TEST(report.sent[i].batch == i);
        BOOST_TEST(report.sent[i].offset == plan[i].offset);
        BOOST_TEST(report.sent[i].status == 200);
        BOOST_TEST_REQUIRE(report.sent[i].response.has_value());
        // The SDK's answer, as the bridge passed it on.
        BOOST_TEST(report.sent[i].response->accepted_count() == 1u);
        BOOST_TEST(report.sent[i].response->rejected_count() == 0u);
    }
    check_no_mismatch();
}

BOOST_AUTO_TEST_CASE(full_envelopes_normal_and_backfill) {
    // 250 objects: envelopes of 100, 100 and 50. NORMAL (1,500 a minute): 4 s per 100 objects; BACKFILL
    // (50,000 a minute, planned only because the caller says the BACKFILL limit applies): 120 ms per 100.
    for (const auto& [tail, expected] :
         {std::pair{std::string(connection_tail), std::vector<ms>{0ms, 4'000ms, 8'000ms}},
          std::pair{R"(,"operationType":"BACKFILL")" + std::string(connection_tail),
                    std::vector<ms>{0ms, 120ms, 240ms}}}) {
        const std::size_t before = server.requests().size();
        const auto batches = batches_of(250, 100, tail);
        std::vector<ms> waited;
        auto http = bridge_fixture::http();
        const auto report = bridge::send_set_objects(
            trigger, batches, graph::plan_sends(batches, {.backfill = graph::backfill_limit::applies}).value(), http,
            recording_waiter{&waited});
        BOOST_TEST(report.complete());
        BOOST_TEST(waited == expected, boost::test_tools::per_element());
        const auto got = bodies();
        BOOST_TEST_REQUIRE(got.size() == before + 3);
        BOOST_TEST(got[before] == envelope_text(1, 100, tail));
        BOOST_TEST(got[before + 1] == envelope_text(101, 200, tail));
        BOOST_TEST(got[before + 2] == envelope_text(201, 250, tail));
    }
    check_no_mismatch();
}

BOOST_AUTO_TEST_CASE(steady_waiter_really_waits) {
    // Three one-object envelopes at 1,500 a minute: offsets 0, 40 and 80 ms from the start.
    const auto batches = batches_of(3, 1, connection_tail);
    const auto plan = graph::plan_sends(batches).value();
    BOOST_TEST_REQUIRE(plan.size() == 3u);
    BOOST_TEST(plan[2].offset == 80ms);
    auto http = bridge_fixture::http();
    const auto start = std::chrono::steady_clock::now();
    const auto report = bridge::send_set_objects(trigger, batches, plan, http, bridge::steady_waiter{});
    BOOST_TEST(report.complete());
    const std::lock_guard lock(mutex);
    BOOST_TEST_REQUIRE(arrivals.size() == 3u);
    for (std::size_t i = 0; i < 3; ++i) BOOST_TEST((arrivals[i] - start >= plan[i].offset), "request " << i);
    check_no_mismatch();
}

BOOST_AUTO_TEST_CASE(an_http_error_stops_the_run) {
    // The scenario prefix turns the trigger's answer into a 429 (with Retry-After) after the request passed
    // its checks.
    const auto batches = batches_of(3, 1, connection_tail);
    std::vector<ms> waited;
    auto http = bridge_fixture::http();
    const auto report =
        bridge::send_set_objects(server.base_url() + "/scenario/429" + std::string(trigger_path), batches,
                                 graph::plan_sends(batches).value(), http, recording_waiter{&waited});
    BOOST_TEST(!report.complete());
    BOOST_TEST(report.stopped.value_or("") == "the bridge answered HTTP 429");
    BOOST_TEST_REQUIRE(report.sent.size() == 1u);
    BOOST_TEST(report.sent[0].status == 429);
    BOOST_TEST(!report.sent[0].response.has_value());
    BOOST_TEST(waited == std::vector<ms>{0ms}, boost::test_tools::per_element());
    BOOST_TEST(targets() ==
                   std::vector<std::string>{"POST /scenario/429" + std::string(trigger_path) + "?operation=setObjects"},
               boost::test_tools::per_element());
    check_no_mismatch();
}

BOOST_AUTO_TEST_CASE(success_false_stops_the_run) {
    const auto batches = batches_of(3, 1, connection_tail);
    std::vector<ms> waited;
    auto http = bridge_fixture::http();
    const auto report = bridge::send_set_objects(server.base_url() + "/x1/UNSUCCESSFUL", batches,
                                                 graph::plan_sends(batches).value(), http, recording_waiter{&waited});
    BOOST_TEST(report.stopped.value_or("") == "graph.setObjects answered success: false");
    BOOST_TEST_REQUIRE(report.sent.size() == 1u);
    BOOST_TEST(report.sent[0].status == 200);
    BOOST_TEST_REQUIRE(report.sent[0].response.has_value());
    BOOST_TEST(report.sent[0].response->error.value_or("") == "Rate limit exceeded");
    BOOST_TEST(bodies() == std::vector<std::string>{envelope_text(1, 1, connection_tail)},
               boost::test_tools::per_element());
    check_no_mismatch();
}

BOOST_AUTO_TEST_CASE(an_unreadable_answer_stops_the_run) {
    const auto batches = batches_of(2, 1, connection_tail);
    std::vector<ms> waited;
    auto http = bridge_fixture::http();
    const auto report =
        bridge::send_set_objects(server.base_url() + "/scenario/malformed" + std::string(trigger_path), batches,
                                 graph::plan_sends(batches).value(), http, recording_waiter{&waited});
    BOOST_TEST(report.stopped.value_or("").starts_with("the answer is not a setObjects response: "));
    BOOST_TEST(report.sent.size() == 1u);
    BOOST_TEST(server.requests().size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_wrong_secret_is_refused) {
    const auto batches = batches_of(2, 1, connection_tail);
    std::vector<ms> waited;
    auto http = bridge_fixture::http("not-the-secret");
    const auto report =
        bridge::send_set_objects(trigger, batches, graph::plan_sends(batches).value(), http, recording_waiter{&waited});
    BOOST_TEST(report.stopped.value_or("") == "the bridge answered HTTP 401");
    BOOST_TEST(report.sent.size() == 1u);
}

BOOST_AUTO_TEST_CASE(no_server_no_answer) {
    std::string closed;
    {
        csm_test_server::test_server gone{csm_test_server::server_options{}};
        closed = gone.base_url() + std::string(trigger_path);
    } // stopped: its port refuses connections now
    const auto batches = batches_of(2, 1, connection_tail);
    std::vector<ms> waited;
    auto http = bridge_fixture::http();
    const auto report =
        bridge::send_set_objects(closed, batches, graph::plan_sends(batches).value(), http, recording_waiter{&waited});
    BOOST_TEST(report.stopped.value_or("").starts_with("transport failure: connection_failed"),
               report.stopped.value_or(""));
    BOOST_TEST_REQUIRE(report.sent.size() == 1u);
    BOOST_TEST(report.sent[0].status == 0);
}

BOOST_AUTO_TEST_CASE(the_server_requires_a_json_body_on_the_trigger_route) {
    // The route takes any JSON body (any_json_body), but a JSON one.
    auto req = bridge::make_request(trigger, bridge::operation::set_objects, "not json").value();
    auto http = bridge_fixture::http();
    const auto res = http(req);
    BOOST_TEST_REQUIRE(res.has_value());
    BOOST_TEST(res->status == 400);
    const auto problems = server.mismatches();
    BOOST_TEST(problems == std::vector<std::string>{"set: request body is not JSON"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(delete_by_external_id, bridge_fixture)

BOOST_AUTO_TEST_CASE(ids_go_in_hundreds_at_500_a_minute) {
    graph::delete_objects_by_external_id_request request{.object_type = "atlassian:customer-org"};
    request.connection_id.emplace("edc0ce33-2f67-4997-8c0f-c5f38923e33f");
    for (int i = 1; i <= 250; ++i) request.external_ids.emplace_back("acme-" + std::to_string(i));
    const auto parts = bridge::split_deletes(request);
    const auto plan = bridge::plan_deletes(parts).value();
    std::vector<ms> waited;
    auto http = bridge_fixture::http();
    const auto report = bridge::send_deletes(trigger, parts, plan, http, recording_waiter{&waited});

    BOOST_TEST(report.complete());
    // 100 ids at 500 a minute: 12 s apart.
    BOOST_TEST(waited == (std::vector<ms>{0ms, 12'000ms, 24'000ms}), boost::test_tools::per_element());
    auto ids = [](int first, int last) {
        std::string text = R"({"objectType":"atlassian:customer-org","externalIds":[)";
        for (int i = first; i <= last; ++i) text += (i == first ? "\"" : ",\"") + ("acme-" + std::to_string(i)) + '"';
        return text + R"(],"connectionId":"edc0ce33-2f67-4997-8c0f-c5f38923e33f"})";
    };
    BOOST_TEST(bodies() == (std::vector<std::string>{ids(1, 100), ids(101, 200), ids(201, 250)}),
               boost::test_tools::per_element());
    BOOST_TEST(targets() == repeated("POST " + std::string(trigger_path) + "?operation=deleteObjectsByExternalId", 3),
               boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(report.sent.size() == 3u);
    BOOST_TEST(report.sent[2].response.value().success.value_or(false));
    check_no_mismatch();
}

BOOST_AUTO_TEST_SUITE_END()

#ifdef CSM_FORGE_BRIDGE_SEND
// The program (examples/forge_bridge/main.cpp) against the same server: token from the environment, output.
BOOST_FIXTURE_TEST_SUITE(program, bridge_fixture)

namespace {
struct run_result {
    int status = -1;
    std::string output;
};

run_result run_program(const std::string& trigger_url, const char* token_value) {
    if (token_value) ::setenv("CSM_BRIDGE_TOKEN", token_value, 1);
    else ::unsetenv("CSM_BRIDGE_TOKEN");
    const std::string command = std::string("'") + CSM_FORGE_BRIDGE_SEND + "' '" + trigger_url + "' set '" +
                                CSM_FORGE_BRIDGE_ENVELOPE + "' --batch-size 2 --pacing burst 2>&1";
    run_result r;
    FILE* pipe = ::popen(command.c_str(), "r");
    BOOST_TEST_REQUIRE(pipe != nullptr);
    char buffer[512];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) r.output.append(buffer, n);
    const int raw = ::pclose(pipe);
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    ::unsetenv("CSM_BRIDGE_TOKEN");
    return r;
}
} // namespace

BOOST_AUTO_TEST_CASE(sends_the_envelope_in_batches) {
    const run_result r = run_program(trigger, std::string(token).c_str());
    BOOST_TEST(r.status == 0);
    BOOST_TEST(r.output == "batch 1/3 at +0 ms: HTTP 200, 1 accepted, 0 rejected\n"
                           "batch 2/3 at +0 ms: HTTP 200, 1 accepted, 0 rejected\n"
                           "batch 3/3 at +0 ms: HTTP 200, 1 accepted, 0 rejected\n");
    BOOST_TEST(bodies() ==
                   (std::vector<std::string>{envelope_text(1, 2, connection_tail), envelope_text(3, 4, connection_tail),
                                             envelope_text(5, 5, connection_tail)}),
               boost::test_tools::per_element());
    check_no_mismatch();
}

BOOST_AUTO_TEST_CASE(without_the_token_it_stops_at_the_first_batch) {
    const run_result r = run_program(trigger, nullptr);
    BOOST_TEST(r.status == 2);
    BOOST_TEST(r.output == "note: CSM_BRIDGE_TOKEN is not set; the bridge refuses calls without it\n"
                           "batch 1/3 at +0 ms: HTTP 401\n"
                           "stopped: the bridge answered HTTP 401; resume from batch 1\n");
    BOOST_TEST(server.requests().size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
#endif

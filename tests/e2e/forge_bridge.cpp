// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// End-to-end: examples/forge_bridge's C++ side (forge_bridge.hpp) through the libcurl transport, and the
// program forge_bridge_send, against `csm serve --graph` (a child process, csm_test/serve_process.hpp): the
// Forge web trigger in front of csm::testing::graph_simulator. Checks what the graph stored (each object read
// back through the trigger, exactly as the sender wrote it), the request lines of the server's log, the
// Authorization, and the schedule (the offsets the sender waits for, and real waiting once).
#include "forge_bridge.hpp"

#include <curl_transport.hpp>

#include <csm_test/serve_process.hpp>

#include <csm/graph/customer_org.hpp>

#define BOOST_TEST_MODULE e2e.forge_bridge
#include <boost/json/parse.hpp>
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
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
constexpr std::string_view connection = "edc0ce33-2f67-4997-8c0f-c5f38923e33f";

std::string write_file(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    return path;
}

/// The bridge's web trigger as the sender sees it: POST, operation in the query, the shared secret; `faults`
/// (a --faults file's "faults" array) put on the trigger's operations.
struct bridge_fixture {
    explicit bridge_fixture(const std::string& faults = {})
        : files(std::string(CSM_E2E_WORK_DIR) + "/forge_bridge." + std::to_string(::getpid()) + "."),
          server(CSM_EXE, arguments(files, faults), files + "server.log") {}
    ~bridge_fixture() {
        server.stop();
        for (const char* f : {"graph.json", "faults.json", "server.log"}) std::remove((files + f).c_str());
    }

    static std::vector<std::string> arguments(const std::string& files, const std::string& faults) {
        std::vector<std::string> args{
            "--graph", write_file(files + "graph.json", R"({"path":")" + std::string(trigger_path) + R"(","secret":")" +
                                                            std::string(token) + R"("})")};
        if (!faults.empty()) {
            args.push_back("--faults");
            args.push_back(write_file(files + "faults.json", R"({"faults":)" + faults + "}"));
        }
        return args;
    }

    static csm_examples::curl_transport http(std::string_view secret = token) {
        return csm_examples::curl_transport({.timeout = 5'000ms,
                                             .connect_timeout = 2'000ms,
                                             .authorization = csm_examples::bearer_authorization(secret)});
    }

    /// The request lines the server logged ("POST /x1/…?operation=setObjects -> 200").
    std::vector<std::string> targets() const { return csm_test::serve_log_requests(files + "server.log"); }

    /// What the graph stored for customer organization `id`, read back through the trigger: the SDK's answer.
    std::string stored(const std::string& id) const {
        const std::string payload = R"({"objectType":"atlassian:customer-org","externalId":")" + id +
                                    R"(","connectionId":")" + std::string(connection) + R"("})";
        auto req = bridge::make_request(trigger, "getObjectByExternalId", payload).value();
        const auto res = http()(req);
        BOOST_TEST_REQUIRE(res.has_value());
        BOOST_TEST_REQUIRE(res->status == 200);
        return res->body;
    }

    std::string files;
    csm_test::serve_process server;
    std::string trigger = server.origin() + std::string(trigger_path);
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

/// The SDK's answer to getObjectByExternalId for object i as stored: exactly the object the sender wrote.
std::string stored_text(int i) { return R"({"success":true,"object":)" + object_text(i) + "}"; }
const std::string not_found = R"({"success":false,"error":"object not found"})";

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

/// The same trigger with a fault on setObjects (csm serve --faults, an "endpoint" that is a graph operation).
struct rate_limited_fixture : bridge_fixture {
    rate_limited_fixture() : bridge_fixture(R"([{"kind":"rate_limited","endpoint":"setObjects","nth":1}])") {}
};
struct not_json_fixture : bridge_fixture {
    not_json_fixture() : bridge_fixture(R"([{"kind":"not_json","endpoint":"setObjects","nth":1}])") {}
};

const std::string set_line = "POST " + std::string(trigger_path) + "?operation=setObjects -> ";

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
    BOOST_TEST(targets() == repeated(set_line + "200", 3), boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(report.sent.size() == 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        BOOST_TEST(report.sent[i].batch == i);
        BOOST_TEST(report.sent[i].offset == plan[i].offset);
        BOOST_TEST(report.sent[i].status == 200);
        BOOST_TEST_REQUIRE(report.sent[i].response.has_value());
        // The SDK's answer, as the bridge passed it on: every object of the batch accepted.
        BOOST_TEST(report.sent[i].response->accepted_count() == (i < 2 ? 2u : 1u));
        BOOST_TEST(report.sent[i].response->rejected_count() == 0u);
    }
    // What the graph stored: each object exactly as written, and nothing more.
    for (int i = 1; i <= 5; ++i) BOOST_TEST(stored("acme-" + std::to_string(i)) == stored_text(i));
    BOOST_TEST(stored("acme-6") == not_found);
}

BOOST_AUTO_TEST_CASE(full_envelopes_normal_and_backfill) {
    // 250 objects: envelopes of 100, 100 and 50. NORMAL (1,500 a minute): 4 s per 100 objects; BACKFILL
    // (50,000 a minute, planned only because the caller says the BACKFILL limit applies): 120 ms per 100.
    for (const auto& [tail, expected] :
         {std::pair{std::string(connection_tail), std::vector<ms>{0ms, 4'000ms, 8'000ms}},
          std::pair{R"(,"operationType":"BACKFILL")" + std::string(connection_tail),
                    std::vector<ms>{0ms, 120ms, 240ms}}}) {
        const std::size_t before = targets().size();
        const auto batches = batches_of(250, 100, tail);
        std::vector<ms> waited;
        auto http = bridge_fixture::http();
        const auto report = bridge::send_set_objects(
            trigger, batches, graph::plan_sends(batches, {.backfill = graph::backfill_limit::applies}).value(), http,
            recording_waiter{&waited});
        BOOST_TEST(report.complete());
        BOOST_TEST(waited == expected, boost::test_tools::per_element());
        BOOST_TEST_REQUIRE(report.sent.size() == 3u);
        BOOST_TEST(report.sent[0].response.value().accepted_count() == 100u);
        BOOST_TEST(report.sent[2].response.value().accepted_count() == 50u);
        BOOST_TEST(targets().size() == before + 3);
    }
    // Every object of every envelope stored as written (the second run's with the same numbers replaced them).
    for (int i : {1, 100, 101, 200, 201, 250}) BOOST_TEST(stored("acme-" + std::to_string(i)) == stored_text(i));
    BOOST_TEST(stored("acme-251") == not_found);
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
    // The last request cannot have left before its offset: the whole run took at least that long.
    BOOST_TEST((std::chrono::steady_clock::now() - start >= plan[2].offset));
    BOOST_TEST(report.complete());
    BOOST_TEST(targets() == repeated(set_line + "200", 3), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(success_false_stops_the_run) {
    // The first object has an empty displayName: the graph refuses the payload with success: false.
    std::string text = envelope_text(1, 3, connection_tail);
    text.replace(text.find("Acme 1"), 6, "");
    auto request = csm::json::parse<graph::set_objects_request>(text);
    BOOST_TEST_REQUIRE(request.has_value());
    const auto batches = graph::make_batches(std::move(*request), {.max_objects = 1}).value();
    std::vector<ms> waited;
    auto http = bridge_fixture::http();
    const auto report =
        bridge::send_set_objects(trigger, batches, graph::plan_sends(batches).value(), http, recording_waiter{&waited});
    BOOST_TEST(report.stopped.value_or("") == "graph.setObjects answered success: false");
    BOOST_TEST_REQUIRE(report.sent.size() == 1u);
    BOOST_TEST(report.sent[0].status == 200);
    BOOST_TEST_REQUIRE(report.sent[0].response.has_value());
    BOOST_TEST(report.sent[0].response->error.value_or("") == "/objects/0/displayName: required");
    BOOST_TEST(targets() == repeated(set_line + "200", 1), boost::test_tools::per_element());
    BOOST_TEST(stored("acme-1") == not_found);
    BOOST_TEST(stored("acme-2") == not_found); // the run stopped before it
}

BOOST_AUTO_TEST_CASE(a_wrong_secret_is_refused) {
    const auto batches = batches_of(2, 1, connection_tail);
    std::vector<ms> waited;
    auto http = bridge_fixture::http("not-the-secret");
    const auto report =
        bridge::send_set_objects(trigger, batches, graph::plan_sends(batches).value(), http, recording_waiter{&waited});
    BOOST_TEST(report.stopped.value_or("") == "the bridge answered HTTP 401");
    BOOST_TEST(report.sent.size() == 1u);
    BOOST_TEST(targets() == repeated(set_line + "401", 1), boost::test_tools::per_element());
    BOOST_TEST(stored("acme-1") == not_found);
}

BOOST_AUTO_TEST_CASE(no_server_no_answer) {
    std::string closed;
    {
        csm_test::serve_process gone(CSM_EXE, {});
        closed = gone.origin() + std::string(trigger_path);
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

BOOST_AUTO_TEST_CASE(the_trigger_requires_a_json_body) {
    auto req = bridge::make_request(trigger, bridge::operation::set_objects, "not json").value();
    auto http = bridge_fixture::http();
    const auto res = http(req);
    BOOST_TEST_REQUIRE(res.has_value());
    BOOST_TEST(res->status == 400);
    BOOST_TEST(res->body == R"({"bridgeError":"invalid_json","message":"the body is not JSON"})");
    BOOST_TEST(targets() == repeated(set_line + "400", 1), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_CASE(an_http_error_stops_the_run, rate_limited_fixture) {
    // A 429 fault on the first setObjects (answered before it acts).
    const auto batches = batches_of(3, 1, connection_tail);
    std::vector<ms> waited;
    auto http = bridge_fixture::http();
    const auto report =
        bridge::send_set_objects(trigger, batches, graph::plan_sends(batches).value(), http, recording_waiter{&waited});
    BOOST_TEST(!report.complete());
    BOOST_TEST(report.stopped.value_or("") == "the bridge answered HTTP 429");
    BOOST_TEST_REQUIRE(report.sent.size() == 1u);
    BOOST_TEST(report.sent[0].status == 429);
    BOOST_TEST(!report.sent[0].response.has_value());
    BOOST_TEST(waited == std::vector<ms>{0ms}, boost::test_tools::per_element());
    BOOST_TEST(targets() == repeated(set_line + "429", 1), boost::test_tools::per_element());
    BOOST_TEST(stored("acme-1") == not_found);
}

BOOST_FIXTURE_TEST_CASE(an_unreadable_answer_stops_the_run, not_json_fixture) {
    const auto batches = batches_of(2, 1, connection_tail);
    std::vector<ms> waited;
    auto http = bridge_fixture::http();
    const auto report =
        bridge::send_set_objects(trigger, batches, graph::plan_sends(batches).value(), http, recording_waiter{&waited});
    BOOST_TEST(report.stopped.value_or("").starts_with("the answer is not a setObjects response: "),
               report.stopped.value_or(""));
    BOOST_TEST(report.sent.size() == 1u);
    BOOST_TEST(targets() == repeated(set_line + "200", 1), boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_SUITE(delete_by_external_id, bridge_fixture)

BOOST_AUTO_TEST_CASE(ids_go_in_hundreds_at_500_a_minute) {
    const auto stored_batches = batches_of(3, 3, connection_tail);
    auto http = bridge_fixture::http();
    std::vector<ms> ignored;
    BOOST_TEST_REQUIRE(bridge::send_set_objects(trigger, stored_batches, graph::plan_sends(stored_batches).value(),
                                                http, recording_waiter{&ignored})
                           .complete());
    BOOST_TEST_REQUIRE(stored("acme-3") == stored_text(3));

    graph::delete_objects_by_external_id_request request{.object_type = "atlassian:customer-org"};
    request.connection_id.emplace(std::string(connection));
    for (int i = 1; i <= 250; ++i) request.external_ids.emplace_back("acme-" + std::to_string(i));
    const auto parts = bridge::split_deletes(request);
    const auto plan = bridge::plan_deletes(parts).value();
    std::vector<ms> waited;
    const auto report = bridge::send_deletes(trigger, parts, plan, http, recording_waiter{&waited});

    BOOST_TEST(report.complete());
    // 100 ids at 500 a minute: 12 s apart.
    BOOST_TEST(waited == (std::vector<ms>{0ms, 12'000ms, 24'000ms}), boost::test_tools::per_element());
    const std::string delete_line = "POST " + std::string(trigger_path) + "?operation=deleteObjectsByExternalId -> 200";
    const std::vector<std::string> expected{
        set_line + "200", "POST " + std::string(trigger_path) + "?operation=getObjectByExternalId -> 200", delete_line,
        delete_line, delete_line};
    BOOST_TEST(targets() == expected, boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(report.sent.size() == 3u);
    BOOST_TEST(report.sent[2].response.value().success.value_or(false));
    // The stored objects are gone.
    for (int i = 1; i <= 3; ++i) BOOST_TEST(stored("acme-" + std::to_string(i)) == not_found);
}

BOOST_AUTO_TEST_SUITE_END()

#ifdef CSM_FORGE_BRIDGE_SEND
// The program (examples/forge_bridge/main.cpp) against the same trigger: token from the environment, output.
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
    BOOST_TEST(r.output == "batch 1/3 at +0 ms: HTTP 200, 2 accepted, 0 rejected\n"
                           "batch 2/3 at +0 ms: HTTP 200, 2 accepted, 0 rejected\n"
                           "batch 3/3 at +0 ms: HTTP 200, 1 accepted, 0 rejected\n");
    BOOST_TEST(targets() == repeated(set_line + "200", 3), boost::test_tools::per_element());
    // The envelope's five objects, stored as written.
    for (int i = 1; i <= 5; ++i) BOOST_TEST(stored("acme-" + std::to_string(i)) == stored_text(i));
    BOOST_TEST(stored("acme-6") == not_found);
}

BOOST_AUTO_TEST_CASE(without_the_token_it_stops_at_the_first_batch) {
    const run_result r = run_program(trigger, nullptr);
    BOOST_TEST(r.status == 2);
    BOOST_TEST(r.output == "note: CSM_BRIDGE_TOKEN is not set; the bridge refuses calls without it\n"
                           "batch 1/3 at +0 ms: HTTP 401\n"
                           "stopped: the bridge answered HTTP 401; resume from batch 1\n");
    BOOST_TEST(targets() == repeated(set_line + "401", 1), boost::test_tools::per_element());
    BOOST_TEST(stored("acme-1") == not_found);
}

BOOST_AUTO_TEST_SUITE_END()
#endif

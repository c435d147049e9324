// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/send_with_retry.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.send_with_retry
#include <boost/test/unit_test.hpp>

#include <csm/ids.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/organization_bulk.hpp>
#include <csm/testing/fault_plan.hpp>
#include <csm/testing/simulator.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

using namespace csm::rest;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

const api_base base = api_base::custom("http://127.0.0.1:1/api").value();

/// Fake time: waiting only moves the clock, so every test runs in no real time.
struct fake_time {
    sys_time<milliseconds> now = sys_days(2026y / January / 22) + 12h;
    std::vector<milliseconds> waits;

    auto clock() {
        return [this] { return now; };
    }
    auto sleeper() {
        return [this](milliseconds d) {
            waits.push_back(d);
            now += d;
        };
    }
};

/// Answers from a script, one entry per call; records what it was sent and when.
struct scripted {
    std::vector<transport_result> answers;
    fake_time* time = nullptr;
    std::vector<http_request> seen;
    std::vector<sys_time<milliseconds>> sent_at;

    transport_result operator()(const http_request& req) {
        seen.push_back(req);
        sent_at.push_back(time->now);
        BOOST_REQUIRE(seen.size() <= answers.size());
        return answers[seen.size() - 1];
    }
};

http_response status(int code, std::vector<http_header> headers = {}, std::string body = "") {
    return http_response{code, std::move(headers), std::move(body)};
}

const auto middle = [] { return 0.5; }; // a jitter factor of exactly 1 on backoff; +15 % on Retry-After

const organization::create_organization create{{"Acme"}};
const organization::get_organization get{csm::organization_id("7")};
const char* const organization_json = R"({"id":"7","name":"Acme"})";
organization::get_organization get1() { return {csm::organization_id("1")}; }

} // namespace

BOOST_AUTO_TEST_CASE(organization_create_after_a_500_is_not_retried) {
    fake_time t;
    scripted s{{status(500), status(200, {}, R"({"id":"1","name":"Acme"})")}, &t, {}, {}};
    auto r = send_with_retry(s, create, base, t.clock(), t.sleeper(), middle);
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(r.error().api()->status == 500);
    BOOST_TEST(s.seen.size() == 1u);
    BOOST_TEST(t.waits.empty());
    // Opting in retries it.
    fake_time t2;
    scripted s2{{status(500), status(200, {}, R"({"id":"1","name":"Acme"})")}, &t2, {}, {}};
    retry_options o;
    o.policy.retry_unrepeatable = true;
    auto r2 = send_with_retry(s2, create, base, t2.clock(), t2.sleeper(), middle, o);
    BOOST_TEST_REQUIRE(r2.has_value());
    BOOST_TEST(r2->id.view() == "1");
    BOOST_TEST((t2.waits == std::vector<milliseconds>{500ms}));
}

BOOST_AUTO_TEST_CASE(a_bulk_call_with_an_idempotency_key_is_retried_with_the_same_key) {
    const organization_bulk::manage_organizations bulk{
        idempotency_key::parse("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9").value(), {}};
    fake_time t;
    scripted s{{status(500), status(502), status(200, {}, R"({"id":"42","statusUrl":"/task/42"})")}, &t, {}, {}};
    retry_options o;
    o.policy.max_attempts = 3;
    auto r = send_with_retry(s, bulk, base, t.clock(), t.sleeper(), middle, o);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->id->view() == "42");
    BOOST_TEST_REQUIRE(s.seen.size() == 3u);
    for (const http_request& req : s.seen)
        BOOST_TEST(req.find_header("Idempotency-Key")->value == "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
    BOOST_TEST((t.waits == std::vector<milliseconds>{500ms, 1000ms}));
}

BOOST_AUTO_TEST_CASE(attempts_are_limited_and_the_last_error_is_returned) {
    fake_time t;
    scripted s{{status(503), status(500), status(504, {}, R"({"message":"gateway"})")}, &t, {}, {}};
    auto r = send_with_retry(s, get, base, t.clock(), t.sleeper(), middle);
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(r.error().message() == "504 server_error: gateway");
    BOOST_TEST(s.seen.size() == 3u);
    BOOST_TEST((t.waits == std::vector<milliseconds>{500ms, 1000ms}));
    BOOST_TEST((s.sent_at[2] - s.sent_at[0] == 1500ms));
}

BOOST_AUTO_TEST_CASE(a_refused_connection_is_retried) {
    fake_time t;
    scripted s{{transport_failure{transport_failure_kind::connection_failed, false, "Connection refused"},
                status(200, {}, R"({"id":"1","name":"Acme"})")},
               &t,
               {},
               {}};
    auto r = send_with_retry(s, create, base, t.clock(), t.sleeper(), middle); // even a create: nothing was sent
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(s.seen.size() == 2u);
    BOOST_TEST((t.waits == std::vector<milliseconds>{500ms}));
}

BOOST_AUTO_TEST_CASE(a_timeout_after_sending_is_retried_only_when_repeatable) {
    const transport_failure late{transport_failure_kind::timed_out, true, "Operation timed out"};
    fake_time t;
    scripted s{{late, status(200, {}, R"({"id":"1","name":"Acme"})")}, &t, {}, {}};
    auto r = send_with_retry(s, create, base, t.clock(), t.sleeper(), middle);
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST((*r.error().transport() == late));
    BOOST_TEST(s.seen.size() == 1u);

    fake_time t2;
    scripted s2{{late, status(200, {}, organization_json)}, &t2, {}, {}};
    auto r2 = send_with_retry(s2, get, base, t2.clock(), t2.sleeper(), middle);
    BOOST_TEST_REQUIRE(r2.has_value());
    BOOST_TEST(r2->name == "Acme");
    BOOST_TEST(s2.seen.size() == 2u);
}

BOOST_AUTO_TEST_CASE(retry_after_longer_than_the_caller_waits_is_not_cut_short) {
    fake_time t;
    scripted s{{status(429, {{"Retry-After", "120"}}), status(200, {}, organization_json)}, &t, {}, {}};
    auto r = send_with_retry(s, get, base, t.clock(), t.sleeper(), middle);
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(s.seen.size() == 1u);
    BOOST_TEST(t.waits.empty());
    BOOST_TEST((advise_retry(r.error(), repeatable::yes, 1, floor<seconds>(t.now), middle) ==
                retry_advice{false, 0ms, retry_reason::wait_too_long, 120s}));
    // A caller who waits longer waits at least 120 s.
    fake_time t2;
    scripted s2{{status(429, {{"Retry-After", "120"}}), status(200, {}, organization_json)}, &t2, {}, {}};
    retry_options o;
    o.policy.max_delay = 5min;
    auto r2 = send_with_retry(s2, get, base, t2.clock(), t2.sleeper(), middle, o);
    BOOST_TEST_REQUIRE(r2.has_value());
    BOOST_TEST((t2.waits == std::vector<milliseconds>{138s})); // 120 s + 0.5 · 0.3 · 120 s
    BOOST_TEST((s2.sent_at[1] - s2.sent_at[0] >= 120s));
}

BOOST_AUTO_TEST_CASE(the_pacer_holds_the_next_request_until_reset) {
    fake_time t;
    rate_limit_pacer pacer;
    retry_options o;
    o.pacer = &pacer;
    scripted s{
        {status(200, {{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "2026-01-22T12:01Z"}}, organization_json),
         status(200, {}, organization_json)},
        &t,
        {},
        {}};
    BOOST_TEST_REQUIRE(send_with_retry(s, get, base, t.clock(), t.sleeper(), middle, o).has_value());
    BOOST_TEST(t.waits.empty());
    t.now += 10s;
    BOOST_TEST_REQUIRE(send_with_retry(s, get, base, t.clock(), t.sleeper(), middle, o).has_value());
    BOOST_TEST((t.waits == std::vector<milliseconds>{50s}));
    BOOST_TEST((s.sent_at[1] == sys_time<milliseconds>(sys_days(2026y / January / 22) + 12h + 1min)));
}

BOOST_AUTO_TEST_CASE(the_pacer_and_retry_after_agree) {
    // The 429's Retry-After is both the advice and the pacer's hold: one wait, not two.
    fake_time t;
    rate_limit_pacer pacer;
    retry_options o;
    o.pacer = &pacer;
    o.policy.jitter = 0;
    scripted s{{status(429, {{"Retry-After", "3"}}), status(200, {}, organization_json)}, &t, {}, {}};
    BOOST_TEST_REQUIRE(send_with_retry(s, get, base, t.clock(), t.sleeper(), middle, o).has_value());
    BOOST_TEST((t.waits == std::vector<milliseconds>{3s}));
}

BOOST_AUTO_TEST_CASE(a_request_that_is_not_built_is_not_sent) {
    fake_time t;
    scripted s{{status(200, {}, organization_json)}, &t, {}, {}};
    auto r = send_with_retry(s, organization::get_organization{csm::organization_id("..")}, base, t.clock(),
                             t.sleeper(), middle);
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(r.error().build_error() != nullptr);
    BOOST_TEST(s.seen.empty());
    BOOST_TEST((advise_retry(r.error(), repeatable::yes, 1, floor<seconds>(t.now), middle).reason ==
                retry_reason::not_transient));
}

BOOST_AUTO_TEST_CASE(a_plain_transport_and_the_system_clock_type_fit) {
    // An http_response-returning transport and a system_clock::now-like clock (nanoseconds) are accepted.
    fake_time t;
    int calls = 0;
    auto plain = [&](const http_request&) {
        ++calls;
        return http_response{200, {}, organization_json};
    };
    auto fine_clock = [&t] { return time_point<system_clock, nanoseconds>(t.now); };
    static_assert(retry_clock<decltype(fine_clock)>);
    static_assert(!retry_clock<decltype([] { return steady_clock::now(); })>);
    static_assert(retry_sleeper<decltype(t.sleeper())>);
    auto r = send_with_retry(plain, get, base, fine_clock, t.sleeper(), middle);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(calls == 1);
}

// ---- Against the in-process simulator (csm/testing/simulator.hpp) and its fault plan: the faults come from
// the plan instead of a script of answers, and the simulator keeps state, so a retry that acted twice shows.

namespace {

/// A simulator with one token of every scope, organization 1 "Acme" in it, and a transport that counts the
/// attempts and when each was made.
struct simulated {
    csm::testing::simulator sim;
    fake_time time;
    std::vector<sys_time<milliseconds>> sent_at;
    std::vector<int> statuses;
    const api_base site = api_base::atlassian(csm::cloud_id("cloud-a")).value();

    auto transport() {
        return [this](const http_request& req) {
            sent_at.push_back(time.now);
            http_response r = csm::testing::bearer_transport{&sim, "tok"}(req);
            statuses.push_back(r.status);
            return r;
        };
    }
    simulated() {
        std::vector<std::string> scopes;
        for (const endpoint_info& info : all_endpoint_infos())
            for (std::string_view s : info.scopes) scopes.emplace_back(s);
        sim.add_token("tok", {"cloud-a", scopes});
        BOOST_REQUIRE(send(transport(), create, site).has_value()); // before any fault plan
        sent_at.clear();
        statuses.clear();
    }
    template <class E>
    call_result<E> call(const E& ep, const retry_options& o = {}) {
        return send_with_retry(transport(), ep, site, time.clock(), time.sleeper(), middle, o);
    }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(simulator_the_third_call_to_organization_get_fails_with_503_and_is_retried_once, simulated) {
    csm::testing::fault_plan plan;
    plan.add({.kind = csm::testing::fault_kind::unavailable, .endpoint = "organization.get", .nth = 3});
    sim.set_faults(plan);
    for (int i = 0; i < 2; ++i) BOOST_TEST_REQUIRE(call(get1()).has_value());
    BOOST_TEST(statuses == (std::vector<int>{200, 200}));
    BOOST_TEST(time.waits.empty());
    auto third = call(get1());
    BOOST_TEST_REQUIRE(third.has_value());
    BOOST_TEST(third->name == "Acme");
    BOOST_TEST(statuses == (std::vector<int>{200, 200, 503, 200})); // the 3rd call, then the 4th succeeds
    BOOST_TEST((time.waits == std::vector<milliseconds>{500ms}));   // backoff_delay(1), jitter factor 1
    BOOST_TEST((sent_at[3] - sent_at[2] == 500ms));
}

BOOST_FIXTURE_TEST_CASE(simulator_429s_with_retry_after_are_waited_out_until_attempts_run_out, simulated) {
    csm::testing::fault_plan plan;
    for (std::uint64_t n : {1u, 2u, 3u})
        plan.add({.kind = csm::testing::fault_kind::rate_limited,
                  .endpoint = "organization.get",
                  .nth = n,
                  .retry_after = 2s});
    sim.set_faults(plan);
    auto r = call(get1());
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(r.error().message() == "429 rate_limited: Rate limited");
    BOOST_TEST(r.error().api()->retry_after.value().delay == 2s);
    BOOST_TEST(statuses == (std::vector<int>{429, 429, 429}));             // max_attempts 3
    BOOST_TEST((time.waits == std::vector<milliseconds>{2300ms, 2300ms})); // 2 s + 0.5 · 0.3 · 2 s, twice
    BOOST_TEST((sent_at[2] - sent_at[0] == 4600ms));
    // The 4th call is past the plan: answered.
    BOOST_TEST_REQUIRE(call(get1()).has_value());
    BOOST_TEST(statuses.size() == 4u);
    BOOST_TEST(time.waits.size() == 2u);
}

BOOST_FIXTURE_TEST_CASE(simulator_a_bulk_call_retried_after_a_500_acts_once, simulated) {
    // A 5xx fault answers before the request acts, and the retry resends the same Idempotency-Key: two
    // definitions, not four, and the same key later replays the task.
    csm::testing::fault_plan plan;
    plan.add({.kind = csm::testing::fault_kind::server_error,
              .endpoint = "organization_bulk.detail_field_definitions.create",
              .nth = 1});
    sim.set_faults(plan);
    const organization_bulk::create_detail_field_definitions bulk{
        idempotency_key::parse("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9").value(),
        {{{"Region", {model::detail_field_type_name("TEXT"), {}}},
          {"Tier", {model::detail_field_type_name("TEXT"), {}}}}}};
    auto r = call(bulk);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->id.value().str() == "00000000-0000-4000-8000-000000000001");
    BOOST_TEST(statuses == (std::vector<int>{500, 200}));
    BOOST_TEST((time.waits == std::vector<milliseconds>{500ms}));
    auto fields = send(transport(), organization::get_detail_fields{}, site);
    BOOST_TEST_REQUIRE(fields.has_value());
    BOOST_TEST(fields->results.size() == 2u);
    auto again = call(bulk);
    BOOST_TEST_REQUIRE(again.has_value());
    BOOST_TEST(again->id.value().str() == "00000000-0000-4000-8000-000000000001");
}

BOOST_FIXTURE_TEST_CASE(simulator_a_truncated_or_non_json_body_is_not_retried, simulated) {
    csm::testing::fault_plan plan;
    plan.add({.kind = csm::testing::fault_kind::truncated_body, .endpoint = "organization.get", .nth = 1});
    plan.add({.kind = csm::testing::fault_kind::not_json, .endpoint = "organization.get", .nth = 2});
    sim.set_faults(plan);
    for (const char* body : {R"({"id":"1","name":")", "<html>upstream error</html>"}) {
        auto r = call(get1());
        BOOST_TEST_REQUIRE(r.has_error());
        const api_error* e = r.error().api();
        BOOST_TEST_REQUIRE(e != nullptr);
        BOOST_TEST(e->status == 200);
        BOOST_TEST(e->kind == api_error_kind::malformed_response);
        BOOST_TEST(e->body == body);
    }
    BOOST_TEST(statuses == (std::vector<int>{200, 200}));
    BOOST_TEST(time.waits.empty());
}

BOOST_AUTO_TEST_CASE(simulator_random_faults_with_a_seed_give_the_same_attempts_every_run) {
    // 40 % of organization.get calls are unavailable, at random; the same seed gives the same run.
    auto run = [](std::uint64_t seed) {
        simulated s;
        csm::testing::fault_plan plan(seed);
        plan.add({.kind = csm::testing::fault_kind::unavailable, .endpoint = "organization.get", .probability = 0.4});
        s.sim.set_faults(plan);
        for (int i = 0; i < 10; ++i) BOOST_TEST_REQUIRE(s.call(get1()).has_value());
        return std::pair{s.statuses, s.time.waits};
    };
    const auto [statuses, waits] = run(7);
    // Ten calls, seven 503s among them, each retried after backoff_delay(attempt) (jitter factor 1).
    BOOST_TEST(statuses == (std::vector<int>{200, 200, 503, 200, 503, 503, 200, 200, 503, 200, 200, 200, 503, 503, 200,
                                             503, 200}),
               boost::test_tools::per_element());
    BOOST_TEST((waits == std::vector<milliseconds>{500ms, 500ms, 1000ms, 500ms, 500ms, 1000ms, 500ms}));
    BOOST_TEST((run(7) == std::pair{statuses, waits}));
    BOOST_TEST((run(8).first != statuses)); // another seed, other faults
}

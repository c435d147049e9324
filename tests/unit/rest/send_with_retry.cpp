// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/send_with_retry.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.send_with_retry
#include <boost/test/unit_test.hpp>

#include <csm/ids.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/organization_bulk.hpp>

#include <chrono>
#include <cstddef>
#include <string>
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

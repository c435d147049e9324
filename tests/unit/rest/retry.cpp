// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/retry.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.retry
#include <boost/test/unit_test.hpp>

#include <csm/rest/customer.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/organization_bulk.hpp>

#include <chrono>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace csm::rest;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

const sys_seconds now = sys_days(2026y / January / 22) + 12h;

api_error error_of(int status, std::vector<http_header> headers = {}) {
    return api_error::from_response(status, headers, "");
}

// Deterministic random sources: the middle of [0, 1] gives a jitter factor of exactly 1 for backoff.
auto constant(double v) {
    return [v] { return v; };
}
const auto middle = constant(0.5);
const auto lowest = constant(0.0);
const auto highest = constant(1.0);

retry_policy without_jitter() {
    retry_policy p;
    p.jitter = 0;
    return p;
}

retry_advice yes(milliseconds d, std::optional<seconds> requested = std::nullopt) {
    return {true, d, retry_reason::retry, requested};
}
retry_advice no(retry_reason why, std::optional<seconds> requested = std::nullopt) {
    return {false, 0ms, why, requested};
}

constexpr repeatable idempotent = repeatable::yes;

} // namespace

// --- which requests may be repeated ------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(repeatability_follows_method_key_and_read_only) {
    static_assert(repeatability(http_method::get, false, false) == repeatable::yes);
    static_assert(repeatability(http_method::put, false, false) == repeatable::yes);
    static_assert(repeatability(http_method::delete_, false, false) == repeatable::yes);
    static_assert(repeatability(http_method::post, false, false) == repeatable::no);
    static_assert(repeatability(http_method::post, true, false) == repeatable::yes);
    static_assert(repeatability(http_method::post, false, true) == repeatable::yes);

    using namespace csm::rest::organization;
    BOOST_TEST((repeatability_of(create_organization{{"Acme"}}) == repeatable::no));
    BOOST_TEST((repeatability_of(get_organization{csm::organization_id("1")}) == repeatable::yes));
    BOOST_TEST((repeatability_of(delete_organization{csm::organization_id("1")}) == repeatable::yes));
    BOOST_TEST((repeatability_of(fetch_organizations{}) == repeatable::yes)); // POST that reads
    BOOST_TEST((repeatability_of(fetch_profiles{}) == repeatable::yes));
    BOOST_TEST((repeatability_of(create_profile{}) == repeatable::no));
    BOOST_TEST((repeatability_of(csm::rest::customer::search_customers_by_detail_field{}) == repeatable::yes));
    BOOST_TEST((repeatability_of(csm::rest::customer::fetch_profiles{}) == repeatable::yes));
    BOOST_TEST((repeatability_of(csm::rest::customer::create_account{}) == repeatable::no));
    const organization_bulk::manage_organizations bulk{
        csm::rest::idempotency_key::parse("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9").value(), {}};
    BOOST_TEST((repeatability_of(bulk) == repeatable::yes)); // carries an Idempotency-Key
}

BOOST_AUTO_TEST_CASE(only_fetch_and_search_posts_are_read_only) {
    // A read_only flag on a write would let a duplicate through: list them all.
    std::vector<std::string_view> read_only;
    auto note = [&](const endpoint_info& info) {
        if (info.read_only) read_only.push_back(info.name);
        BOOST_TEST((!info.read_only || info.method == http_method::post), info.name);
    };
    using namespace csm::rest;
    note(organization::fetch_organizations::info);
    note(organization::fetch_profiles::info);
    note(organization::create_organization::info);
    note(organization::create_profile::info);
    note(customer::search_customers_by_detail_field::info);
    note(customer::fetch_profiles::info);
    note(customer::create_account::info);
    note(customer::create_profile::info);
    BOOST_TEST(
        (read_only == std::vector<std::string_view>{"organization.fetch", "organization.profile.fetch",
                                                    "customer.search_by_detail_field", "customer.profile.fetch"}));
}

// --- API errors --------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(requests_that_are_wrong_are_never_retried) {
    for (int status : {400, 401, 403, 404, 405, 409, 412, 418, 422, 302, 100})
        BOOST_TEST((advise_retry(error_of(status), idempotent, 1, now, middle) == no(retry_reason::not_transient)),
                   status);
}

BOOST_AUTO_TEST_CASE(malformed_responses_are_not_retried) {
    api_error e;
    e.status = 200;
    e.kind = api_error_kind::malformed_response;
    e.decode_error = csm::error{csm::errc::syntax_error, "", "JSON"};
    BOOST_TEST((advise_retry(e, idempotent, 1, now, middle) == no(retry_reason::not_transient)));
}

BOOST_AUTO_TEST_CASE(server_errors_back_off_exponentially) {
    retry_policy p = without_jitter();
    p.max_attempts = 10;
    p.base_delay = 500ms;
    p.max_delay = 5s;
    BOOST_TEST((advise_retry(error_of(500), idempotent, 1, now, middle, p) == yes(500ms)));
    BOOST_TEST((advise_retry(error_of(502), idempotent, 2, now, middle, p) == yes(1000ms)));
    BOOST_TEST((advise_retry(error_of(504), idempotent, 3, now, middle, p) == yes(2000ms)));
    BOOST_TEST((advise_retry(error_of(500), idempotent, 4, now, middle, p) == yes(4000ms)));
    BOOST_TEST((advise_retry(error_of(500), idempotent, 5, now, middle, p) == yes(5000ms))); // capped
    BOOST_TEST((advise_retry(error_of(500), idempotent, 9, now, middle, p) == yes(5000ms)));
    BOOST_TEST((advise_retry(error_of(500), idempotent, 10, now, middle, p) == no(retry_reason::attempts_exhausted)));
}

BOOST_AUTO_TEST_CASE(default_policy) {
    const retry_policy p;
    BOOST_TEST(p.max_attempts == 3);
    BOOST_TEST(p.jitter == 0.3);
    BOOST_TEST(!p.retry_unrepeatable);
    BOOST_TEST((advise_retry(error_of(500), idempotent, 1, now, middle) == yes(500ms)));
    BOOST_TEST((advise_retry(error_of(500), idempotent, 2, now, middle) == yes(1000ms)));
    BOOST_TEST((advise_retry(error_of(500), idempotent, 3, now, middle) == no(retry_reason::attempts_exhausted)));
    BOOST_TEST((advise_retry(error_of(500), idempotent, 0, now, middle) == no(retry_reason::attempts_exhausted)));
    BOOST_TEST(backoff_delay(1).count() == 500);
    BOOST_TEST(backoff_delay(200).count() == 60000);
}

BOOST_AUTO_TEST_CASE(backoff_delays_differ_with_the_random_source) {
    // Default jitter 0.3: the nominal delay times a factor in [0.7, 1.3].
    BOOST_TEST((advise_retry(error_of(500), idempotent, 1, now, lowest) == yes(350ms)));
    BOOST_TEST((advise_retry(error_of(500), idempotent, 1, now, middle) == yes(500ms)));
    BOOST_TEST((advise_retry(error_of(500), idempotent, 1, now, highest) == yes(650ms)));
    BOOST_TEST((advise_retry(error_of(503), idempotent, 2, now, constant(0.25)) == yes(850ms)));
    // Values outside [0, 1] (and NaN) are clamped, never undefined.
    BOOST_TEST((advise_retry(error_of(500), idempotent, 1, now, constant(-4.0)) == yes(350ms)));
    BOOST_TEST((advise_retry(error_of(500), idempotent, 1, now, constant(7.0)) == yes(650ms)));
    BOOST_TEST((advise_retry(error_of(500), idempotent, 1, now, constant(std::numeric_limits<double>::quiet_NaN())) ==
                yes(350ms)));
    // A real source: two draws in sequence give two different delays.
    int calls = 0;
    auto sequence = [&calls] { return ++calls == 1 ? 0.1 : 0.9; };
    const auto first = advise_retry(error_of(500), idempotent, 1, now, sequence);
    const auto second = advise_retry(error_of(500), idempotent, 1, now, sequence);
    BOOST_TEST(first.delay.count() == 380);
    BOOST_TEST(second.delay.count() == 620);
    BOOST_TEST(calls == 2);
    // Jitter never goes past max_delay.
    retry_policy p;
    p.max_delay = 600ms;
    BOOST_TEST((advise_retry(error_of(500), idempotent, 1, now, highest, p) == yes(600ms)));
    BOOST_TEST((jittered_backoff(3, highest, p) == 600ms));
    BOOST_TEST((jittered_backoff(3, lowest, p) == 420ms));
}

BOOST_AUTO_TEST_CASE(a_post_that_is_not_repeatable_is_not_retried_after_a_5xx) {
    using namespace csm::rest::organization;
    const repeatable create = repeatability_of(create_organization{{"Acme"}});
    BOOST_TEST((advise_retry(error_of(500), create, 1, now, middle) == no(retry_reason::not_repeatable)));
    BOOST_TEST((advise_retry(error_of(503, {{"Retry-After", "2"}}), create, 1, now, middle) ==
                no(retry_reason::not_repeatable, 2s)));
    // The caller may opt in.
    retry_policy opt_in;
    opt_in.retry_unrepeatable = true;
    BOOST_TEST((advise_retry(error_of(500), create, 1, now, middle, opt_in) == yes(500ms)));
    // A 429 was declined, not acted on: any request may be sent again.
    BOOST_TEST((advise_retry(error_of(429), create, 1, now, middle) == yes(500ms)));
    // A bulk call carries an Idempotency-Key: retried after a 500.
    const organization_bulk::manage_organizations bulk{
        csm::rest::idempotency_key::parse("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9").value(), {}};
    BOOST_TEST((advise_retry(error_of(500), repeatability_of(bulk), 1, now, middle) == yes(500ms)));
    // So is a POST that only reads.
    BOOST_TEST((advise_retry(error_of(502), repeatability_of(fetch_organizations{}), 1, now, middle) == yes(500ms)));
}

BOOST_AUTO_TEST_CASE(retry_after_is_a_minimum) {
    const retry_policy exact = without_jitter();
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "7"}}), idempotent, 1, now, middle, exact) == yes(7s, 7s)));
    BOOST_TEST(
        (advise_retry(error_of(503, {{"retry-after", "0"}}), idempotent, 2, now, middle, exact) == yes(0ms, 0s)));
    // Every 5xx honours it (Atlassian sends it on transient 5xx too).
    BOOST_TEST((advise_retry(error_of(500, {{"Retry-After", "3"}}), idempotent, 1, now, middle, exact) == yes(3s, 3s)));
    // Jitter only adds: up to 0.3 × the wait by default.
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "10"}}), idempotent, 1, now, lowest) == yes(10s, 10s)));
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "10"}}), idempotent, 1, now, middle) == yes(11500ms, 10s)));
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "10"}}), idempotent, 1, now, highest) == yes(13s, 10s)));
    // …and stays within max_delay, never below the wait itself.
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "59"}}), idempotent, 1, now, highest) == yes(60s, 59s)));
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "60"}}), idempotent, 1, now, highest) == yes(60s, 60s)));
    // None or invalid: backoff.
    BOOST_TEST((advise_retry(error_of(429), idempotent, 1, now, middle) == yes(500ms)));
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "soon"}}), idempotent, 2, now, middle) == yes(1000ms)));
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "7"}}), idempotent, 3, now, middle) ==
                no(retry_reason::attempts_exhausted, 7s)));
}

BOOST_AUTO_TEST_CASE(a_120_second_retry_after_is_never_advised_as_less) {
    const api_error limited = error_of(429, {{"Retry-After", "120"}});
    // Default max_delay (60 s) is shorter: no retry, and the 120 s the server asked for is reported.
    for (const auto& random : {lowest, middle, highest})
        BOOST_TEST((advise_retry(limited, idempotent, 1, now, random) == no(retry_reason::wait_too_long, 120s)));
    // A caller willing to wait longer gets at least 120 s.
    retry_policy patient;
    patient.max_delay = 10min;
    BOOST_TEST((advise_retry(limited, idempotent, 1, now, lowest, patient) == yes(120s, 120s)));
    BOOST_TEST((advise_retry(limited, idempotent, 1, now, highest, patient) == yes(156s, 120s)));
    patient.max_delay = 120s;
    BOOST_TEST((advise_retry(limited, idempotent, 1, now, highest, patient) == yes(120s, 120s)));
    patient.max_delay = 119'999ms;
    BOOST_TEST((advise_retry(limited, idempotent, 1, now, lowest, patient) == no(retry_reason::wait_too_long, 120s)));
}

BOOST_AUTO_TEST_CASE(rate_limits_honour_retry_after_dates) {
    const retry_policy exact = without_jitter();
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "Thu, 22 Jan 2026 12:00:42 GMT"}}), idempotent, 1, now,
                             middle, exact) == yes(42s, 42s)));
    BOOST_TEST((advise_retry(error_of(503, {{"Retry-After", "Thursday, 22-Jan-26 12:00:05 GMT"}}), idempotent, 1, now,
                             middle, exact) == yes(5s, 5s)));
    BOOST_TEST((advise_retry(error_of(503, {{"Retry-After", "Thu Jan 22 12:00:09 2026"}}), idempotent, 1, now, middle,
                             exact) == yes(9s, 9s)));
    // A date in the past: retry now. A date far ahead: longer than the caller waits.
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}}), idempotent, 1, now,
                             middle) == yes(0ms, 0s)));
    const auto far = sys_days(2027y / January / 1) - now;
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "Fri, 01 Jan 2027 00:00:00 GMT"}}), idempotent, 1, now,
                             middle) == no(retry_reason::wait_too_long, duration_cast<seconds>(far))));
}

BOOST_AUTO_TEST_CASE(extreme_waits_give_no_overflow) {
    // UBSan found signed-integer-overflow here once: date − now and the seconds → milliseconds conversion.
    const api_error far = error_of(429, {{"Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"}});
    BOOST_TEST(!advise_retry(far, idempotent, 1, now, highest).retry);
    BOOST_TEST((advise_retry(far, idempotent, 1, sys_seconds::min(), highest) ==
                no(retry_reason::wait_too_long, seconds::max())));
    BOOST_TEST((advise_retry(far, idempotent, 1, sys_seconds::max(), highest) == yes(0ms, 0s)));
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "999999999999"}}), idempotent, 1, now, middle) ==
                no(retry_reason::wait_too_long, 999999999999s)));
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "99999999999999999999"}}), idempotent, 1, now, middle) ==
                yes(500ms))); // not a valid Retry-After: ignored

    api_error built = error_of(503);
    built.retry_after = retry_after{retry_after::form::delay_seconds, seconds::max(), {}};
    BOOST_TEST((advise_retry(built, idempotent, 1, now, highest) == no(retry_reason::wait_too_long, seconds::max())));
    retry_policy unlimited;
    unlimited.max_delay = milliseconds::max();
    BOOST_TEST((advise_retry(built, idempotent, 1, now, highest, unlimited) ==
                no(retry_reason::wait_too_long, seconds::max())));
    built.retry_after->delay = 5s;
    BOOST_TEST((advise_retry(built, idempotent, 1, now, highest, unlimited) == yes(6500ms, 5s)));
    unlimited.max_attempts = std::numeric_limits<int>::max();
    BOOST_TEST((advise_retry(error_of(500), idempotent, 200, now, highest, unlimited) == yes(milliseconds::max())));
    retry_policy negative;
    negative.max_delay = -5s;
    negative.base_delay = -1s;
    BOOST_TEST((advise_retry(error_of(500), idempotent, 1, now, highest, negative) == yes(0ms)));
    BOOST_TEST(
        (advise_retry(error_of(429, {{"Retry-After", "0"}}), idempotent, 1, now, highest, negative) == yes(0ms, 0s)));
}

// --- transport failures -------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_refused_connection_is_retried) {
    const transport_failure refused{transport_failure_kind::connection_failed, false, "Connection refused"};
    // Nothing was sent: even a POST that may not be repeated.
    BOOST_TEST((advise_retry(refused, repeatable::no, 1, middle) == yes(500ms)));
    BOOST_TEST((advise_retry(refused, repeatable::yes, 2, lowest) == yes(700ms)));
    BOOST_TEST((advise_retry(refused, repeatable::yes, 3, middle) == no(retry_reason::attempts_exhausted)));
    const transport_failure connect_timeout{transport_failure_kind::timed_out, false, ""};
    BOOST_TEST((advise_retry(connect_timeout, repeatable::no, 1, middle) == yes(500ms)));
}

BOOST_AUTO_TEST_CASE(a_timeout_after_sending_is_like_a_5xx) {
    const transport_failure late{transport_failure_kind::timed_out, true, "Operation timed out"};
    BOOST_TEST((advise_retry(late, repeatable::no, 1, middle) == no(retry_reason::not_repeatable)));
    BOOST_TEST((advise_retry(late, repeatable::yes, 1, middle) == yes(500ms)));
    retry_policy opt_in;
    opt_in.retry_unrepeatable = true;
    BOOST_TEST((advise_retry(late, repeatable::no, 1, middle, opt_in) == yes(500ms)));
    const transport_failure reset{transport_failure_kind::io, true, "Connection reset by peer"};
    BOOST_TEST((advise_retry(reset, repeatable::no, 1, middle) == no(retry_reason::not_repeatable)));
    BOOST_TEST((advise_retry(reset, repeatable::yes, 2, middle) == yes(1000ms)));
}

BOOST_AUTO_TEST_CASE(tls_failures_are_not_retried) {
    for (bool sent : {false, true}) {
        const transport_failure tls{transport_failure_kind::tls, sent, "certificate verify failed"};
        BOOST_TEST((advise_retry(tls, repeatable::yes, 1, middle) == no(retry_reason::not_transient)));
    }
}

BOOST_AUTO_TEST_CASE(reasons_have_stable_names) {
    BOOST_TEST(to_string(retry_reason::retry) == "retry");
    BOOST_TEST(to_string(retry_reason::attempts_exhausted) == "attempts_exhausted");
    BOOST_TEST(to_string(retry_reason::not_transient) == "not_transient");
    BOOST_TEST(to_string(retry_reason::not_repeatable) == "not_repeatable");
    BOOST_TEST(to_string(retry_reason::wait_too_long) == "wait_too_long");
    std::ostringstream os;
    os << retry_reason::wait_too_long;
    BOOST_TEST(os.str() == "wait_too_long");
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/retry.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.retry
#include <boost/test/unit_test.hpp>

#include <chrono>
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

retry_advice yes(milliseconds d) { return {true, d}; }
const retry_advice no{};

} // namespace

BOOST_AUTO_TEST_CASE(requests_that_are_wrong_are_never_retried) {
    for (int status : {400, 401, 403, 404, 405, 409, 412, 418, 422, 302, 100})
        BOOST_TEST((advise_retry(error_of(status), 1, now) == no), status);
}

BOOST_AUTO_TEST_CASE(malformed_responses_are_not_retried) {
    api_error e;
    e.status = 200;
    e.kind = api_error_kind::malformed_response;
    e.decode_error = csm::error{csm::errc::syntax_error, "", "JSON"};
    BOOST_TEST((advise_retry(e, 1, now) == no));
}

BOOST_AUTO_TEST_CASE(server_errors_back_off_exponentially) {
    retry_policy p;
    p.max_attempts = 10;
    p.base_delay = 500ms;
    p.max_delay = 5s;
    BOOST_TEST((advise_retry(error_of(500), 1, now, p) == yes(500ms)));
    BOOST_TEST((advise_retry(error_of(502), 2, now, p) == yes(1000ms)));
    BOOST_TEST((advise_retry(error_of(504), 3, now, p) == yes(2000ms)));
    BOOST_TEST((advise_retry(error_of(500), 4, now, p) == yes(4000ms)));
    BOOST_TEST((advise_retry(error_of(500), 5, now, p) == yes(5000ms))); // capped
    BOOST_TEST((advise_retry(error_of(500), 9, now, p) == yes(5000ms)));
    BOOST_TEST((advise_retry(error_of(500), 10, now, p) == no)); // the last attempt
    // Retry-After only counts for 429 and 503.
    BOOST_TEST((advise_retry(error_of(500, {{"Retry-After", "3"}}), 1, now, p) == yes(500ms)));
}

BOOST_AUTO_TEST_CASE(default_policy) {
    const retry_policy p;
    BOOST_TEST(p.max_attempts == 3);
    BOOST_TEST((advise_retry(error_of(500), 1, now) == yes(500ms)));
    BOOST_TEST((advise_retry(error_of(500), 2, now) == yes(1000ms)));
    BOOST_TEST((advise_retry(error_of(500), 3, now) == no));
    BOOST_TEST((advise_retry(error_of(500), 0, now) == no));
    BOOST_TEST(backoff_delay(1).count() == 500);
    BOOST_TEST(backoff_delay(200).count() == 60000);
}

BOOST_AUTO_TEST_CASE(rate_limits_honour_retry_after_seconds) {
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "7"}}), 1, now) == yes(7s)));
    BOOST_TEST((advise_retry(error_of(503, {{"retry-after", "0"}}), 2, now) == yes(0ms)));
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "86400"}}), 1, now) == yes(60s))); // clamped
    BOOST_TEST((advise_retry(error_of(429), 1, now) == yes(500ms)));                        // none: backoff
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "soon"}}), 2, now) == yes(1000ms))); // invalid: backoff
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "7"}}), 3, now) == no));
}

BOOST_AUTO_TEST_CASE(rate_limits_honour_retry_after_dates) {
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "Thu, 22 Jan 2026 12:00:42 GMT"}}), 1, now) == yes(42s)));
    BOOST_TEST((advise_retry(error_of(503, {{"Retry-After", "Thursday, 22-Jan-26 12:00:05 GMT"}}), 1, now) == yes(5s)));
    BOOST_TEST((advise_retry(error_of(503, {{"Retry-After", "Thu Jan 22 12:00:09 2026"}}), 1, now) == yes(9s)));
    // A date in the past: retry now. A date far ahead: clamped to max_delay.
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}}), 1, now) == yes(0ms)));
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "Fri, 01 Jan 2027 00:00:00 GMT"}}), 1, now) == yes(60s)));
}

BOOST_AUTO_TEST_CASE(extreme_waits_are_clamped_without_overflow) {
    // UBSan found signed-integer-overflow here: date − now and the seconds → milliseconds conversion.
    const api_error far = error_of(429, {{"Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"}});
    BOOST_TEST((advise_retry(far, 1, now) == yes(60s)));
    BOOST_TEST((advise_retry(far, 1, sys_seconds::min()) == yes(60s)));
    BOOST_TEST((advise_retry(far, 1, sys_seconds::max()) == yes(0ms)));
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "999999999999"}}), 1, now) == yes(60s)));
    BOOST_TEST((advise_retry(error_of(429, {{"Retry-After", "99999999999999999999"}}), 1, now) == yes(500ms)));

    api_error built = error_of(503);
    built.retry_after = retry_after{retry_after::form::delay_seconds, seconds::max(), {}};
    BOOST_TEST((advise_retry(built, 1, now) == yes(60s)));
    built.retry_after->delay = seconds::min();
    BOOST_TEST((advise_retry(built, 1, now) == yes(0ms)));
    retry_policy unlimited;
    unlimited.max_delay = milliseconds::max();
    built.retry_after->delay = seconds::max();
    BOOST_TEST((advise_retry(built, 1, now, unlimited) == yes(duration_cast<milliseconds>(duration_cast<seconds>(milliseconds::max())))));
}

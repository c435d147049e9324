// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/rate_limit.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.rate_limit
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

using namespace csm::rest;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

using pacer_time = rate_limit_pacer::time_point;
const pacer_time now = sys_days(2026y / January / 22) + 12h;

} // namespace

BOOST_AUTO_TEST_CASE(absent_headers_are_normal) {
    const rate_limit_headers h = rate_limit_headers::read({{"Content-Type", "application/json"}});
    BOOST_TEST((h == rate_limit_headers{}));
    rate_limit_pacer pacer;
    pacer.observe(http_response{200, {}, ""}, now);
    BOOST_TEST(pacer.wait(now).count() == 0);
    BOOST_TEST(!pacer.not_before().has_value());
}

BOOST_AUTO_TEST_CASE(jira_headers_are_read) {
    // The header set of a 429 as https://developer.atlassian.com/cloud/jira/platform/rate-limiting/ describes it.
    const rate_limit_headers h = rate_limit_headers::read({{"retry-after", "30"},
                                                           {"X-RateLimit-Limit", "350"},
                                                           {"x-ratelimit-remaining", "0"},
                                                           {"X-RateLimit-Reset", "2026-01-22T12:01Z"},
                                                           {"X-RateLimit-NearLimit", "true"},
                                                           {"RateLimit-Reason", "jira-quota-based"}});
    BOOST_TEST((h.retry_after == retry_after{retry_after::form::delay_seconds, 30s, {}}));
    BOOST_TEST(h.limit.value() == 350);
    BOOST_TEST(h.remaining.value() == 0);
    BOOST_TEST((h.reset.value() == sys_days(2026y / January / 22) + 12h + 1min));
    BOOST_TEST(h.near_limit.value());
    BOOST_TEST(h.reason.value() == "jira-quota-based");
}

BOOST_AUTO_TEST_CASE(iso_8601_reset_times) {
    auto reset = [](std::string v) { return rate_limit_headers::read({{"X-RateLimit-Reset", v}}).reset; };
    const sys_seconds base = sys_days(2026y / January / 22) + 12h;
    BOOST_TEST((reset("2026-01-22T12:01Z") == base + 1min));
    BOOST_TEST((reset(" 2026-01-22T12:01:30Z ") == base + 90s));
    BOOST_TEST((reset("2026-01-22T12:01:30.000Z") == base + 90s));
    BOOST_TEST((reset("2026-01-22T12:01:30.250Z") == base + 91s)); // rounded up: not reached before
    BOOST_TEST((reset("2026-01-22t12:01:30z") == base + 90s));
    BOOST_TEST((reset("2026-01-22T13:01:30+01:00") == base + 90s));
    BOOST_TEST((reset("2026-01-22T11:01:30-0100") == base + 90s));
    for (const char* bad : {"", "1711843260", "2026-01-22", "2026-01-22T12:01", "2026-13-22T12:01Z",
                            "2026-02-30T12:01Z", "2026-01-22T24:01Z", "2026-01-22T12:01:30.Z", "2026-01-22T12:01Zx",
                            "2026-01-22T12:01+25:00", "2026-01-22 12:01Z", "Thu, 22 Jan 2026 12:01:00 GMT"})
        BOOST_TEST(!reset(bad).has_value(), bad);
}

BOOST_AUTO_TEST_CASE(malformed_values_are_ignored) {
    const rate_limit_headers h = rate_limit_headers::read({{"Retry-After", "-1"},
                                                           {"X-RateLimit-Limit", "lots"},
                                                           {"X-RateLimit-Remaining", "-3"},
                                                           {"X-RateLimit-Reset", "soon"},
                                                           {"X-RateLimit-NearLimit", "yes"},
                                                           {"RateLimit-Reason", "has space"}});
    BOOST_TEST((h == rate_limit_headers{}));
    BOOST_TEST(!rate_limit_headers::read({{"X-RateLimit-Remaining", "9999999999999999999"}}).remaining);
    BOOST_TEST(rate_limit_headers::read({{"X-RateLimit-Remaining", "999999999999999999"}}).remaining.value() ==
               999999999999999999);
    BOOST_TEST(!rate_limit_headers::read({{"X-RateLimit-Limit", "+5"}}).limit);
    BOOST_TEST(!rate_limit_headers::read({{"X-RateLimit-Limit", ""}}).limit);
    BOOST_TEST(!rate_limit_headers::read({{"RateLimit-Reason", std::string(65, 'a')}}).reason);
    BOOST_TEST(!rate_limit_headers::read({{"RateLimit-Reason", std::string("a\0b", 3)}}).reason);
    BOOST_TEST(!rate_limit_headers::read({{"RateLimit-Reason", "r\r\nX-Evil: 1"}}).reason);
    BOOST_TEST(rate_limit_headers::read({{"X-RateLimit-NearLimit", "FALSE"}}).near_limit.value() == false);
    // The pacer makes nothing of them.
    rate_limit_pacer pacer;
    pacer.observe({{"X-RateLimit-Remaining", "-3"}, {"X-RateLimit-Reset", "soon"}}, now);
    BOOST_TEST(pacer.wait(now).count() == 0);
}

BOOST_AUTO_TEST_CASE(the_pacer_waits_until_reset_when_nothing_remains) {
    rate_limit_pacer pacer;
    pacer.observe(
        {{"X-RateLimit-Limit", "100"}, {"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "2026-01-22T12:01Z"}},
        now);
    BOOST_TEST((pacer.not_before().value() == now + 60s));
    BOOST_TEST((pacer.wait(now) == 60s));
    BOOST_TEST((pacer.wait(now + 45s) == 15s));
    BOOST_TEST((pacer.wait(now + 60s) == 0ms));
    BOOST_TEST((pacer.wait(now + 2h) == 0ms));
}

BOOST_AUTO_TEST_CASE(nothing_remaining_without_a_reset) {
    pacer_options o;
    o.exhausted_wait = 7s;
    rate_limit_pacer pacer(o);
    pacer.observe({{"X-RateLimit-Remaining", "0"}}, now);
    BOOST_TEST((pacer.wait(now) == 7s));
    // With Retry-After, that is the wait.
    rate_limit_pacer told(o);
    told.observe({{"X-RateLimit-Remaining", "0"}, {"Retry-After", "3"}}, now);
    BOOST_TEST((told.wait(now) == 3s));
    // A reset already passed: nothing to wait for.
    rate_limit_pacer passed(o);
    passed.observe({{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "2026-01-22T11:59Z"}}, now);
    BOOST_TEST((passed.wait(now) == 0ms));
}

BOOST_AUTO_TEST_CASE(retry_after_is_a_minimum_for_the_next_request) {
    rate_limit_pacer pacer;
    pacer.observe({{"Retry-After", "120"}}, now);
    BOOST_TEST((pacer.wait(now) == 120s));
    // A later, laxer response does not shorten it.
    pacer.observe({{"X-RateLimit-Remaining", "90"}, {"X-RateLimit-Limit", "100"}}, now + 1s);
    BOOST_TEST((pacer.wait(now + 1s) == 119s));
    pacer.observe({{"Retry-After", "Thu, 22 Jan 2026 12:05:00 GMT"}}, now + 2s);
    BOOST_TEST((pacer.wait(now + 2s) == 298s));
}

BOOST_AUTO_TEST_CASE(near_the_limit_the_rest_of_the_window_is_spread) {
    rate_limit_pacer pacer;
    pacer.observe(
        {{"X-RateLimit-Remaining", "4"}, {"X-RateLimit-Reset", "2026-01-22T12:01Z"}, {"X-RateLimit-NearLimit", "true"}},
        now);
    BOOST_TEST((pacer.wait(now) == 15s)); // 60 s for 4 requests
    // Below 20 % of the limit counts as near without the flag.
    rate_limit_pacer inferred;
    inferred.observe({{"X-RateLimit-Limit", "100"}, {"X-RateLimit-Remaining", "19"}}, now);
    BOOST_TEST((inferred.wait(now) == 1s)); // near_limit_spacing: no reset known
    rate_limit_pacer not_near;
    not_near.observe({{"X-RateLimit-Limit", "100"}, {"X-RateLimit-Remaining", "20"}}, now);
    BOOST_TEST((not_near.wait(now) == 0ms));
    pacer_options o;
    o.near_limit_spacing = 250ms;
    rate_limit_pacer flagged(o);
    flagged.observe({{"X-RateLimit-NearLimit", "true"}}, now);
    BOOST_TEST((flagged.wait(now) == 250ms));
    BOOST_TEST((flagged.last().near_limit == std::optional<bool>(true)));
}

BOOST_AUTO_TEST_CASE(extreme_times_do_not_overflow) {
    rate_limit_pacer pacer;
    pacer.observe({{"Retry-After", "999999999999"}}, now);
    BOOST_TEST((pacer.wait(now) == 999999999999s));
    pacer.observe({{"Retry-After", "999999999999"}}, pacer_time::max() - 1ms);
    BOOST_TEST((pacer.not_before().value() == pacer_time::max()));
    BOOST_TEST((pacer.wait(pacer_time::min()) == milliseconds::max()));
    BOOST_TEST((pacer.wait(pacer_time::max()) == 0ms));
    rate_limit_pacer early;
    early.observe({{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "9999-12-31T23:59Z"}}, pacer_time::min());
    BOOST_TEST((early.wait(pacer_time::min()) == milliseconds::max()));
    // Near the limit, the window (Reset − now) does not fit either: spread from a saturated length.
    rate_limit_pacer spread;
    spread.observe(
        {{"X-RateLimit-Remaining", "2"}, {"X-RateLimit-NearLimit", "true"}, {"X-RateLimit-Reset", "2026-01-22T12:01Z"}},
        pacer_time::min());
    BOOST_TEST((spread.wait(pacer_time::min()) == milliseconds::max() / 2));
}

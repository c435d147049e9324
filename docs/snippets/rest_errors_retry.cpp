// Error responses become api_error values; advise_retry says whether and when to send the request again.
#include <csm/rest/api_error.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/retry.hpp>

#include <cassert>
#include <chrono>

int main() {
    using namespace csm::rest;
    using namespace std::chrono_literals;
    const std::chrono::sys_seconds now{std::chrono::sys_days{std::chrono::January / 22 / 2026}};
    const auto random = [] { return 0.5; }; // in real code: a uniform draw from [0, 1]

    // Messages are read tolerantly from errorMessages, errors, errorMessage and message.
    const api_error bad = api_error::from_response(
        400, {}, R"({"errorMessages":["Invalid detail field"],"errors":{"name":"must not be empty"}})");
    assert(bad.kind == api_error_kind::bad_request);
    assert(bad.message() == "400 bad_request: Invalid detail field; name: must not be empty");
    assert(!advise_retry(bad, repeatable::yes, 1, now, random).retry); // the request itself is wrong

    // Retry-After is a minimum: 30 s plus jitter (up to 30 % more), never less.
    const api_error limited = api_error::from_response(429, {{"Retry-After", "Thu, 22 Jan 2026 00:00:30 GMT"}}, "");
    const retry_advice wait = advise_retry(limited, repeatable::yes, 1, now, random);
    assert(wait.retry && wait.delay == 34'500ms && wait.requested == 30s);
    // Longer than the caller waits (retry_policy::max_delay, 60 s): no retry, and the server's wait is reported.
    const api_error longer = api_error::from_response(429, {{"Retry-After", "120"}}, "");
    const retry_advice too_long = advise_retry(longer, repeatable::yes, 1, now, random);
    assert(!too_long.retry && too_long.reason == retry_reason::wait_too_long && too_long.requested == 120s);

    // A 5xx: backoff 500 ms · 2^(attempt−1) times a jitter factor in [0.7, 1.3] (1 at 0.5) — only for a
    // request that may be repeated. organization.create (a POST without Idempotency-Key) may not.
    const api_error down = api_error::from_response(500, {}, "<html>oops</html>");
    const repeatable get = repeatability_of(organization::get_organization{csm::organization_id("1")});
    const repeatable create = repeatability_of(organization::create_organization{{"Acme"}});
    assert((advise_retry(down, get, 1, now, random) == retry_advice{true, 500ms, retry_reason::retry, {}}));
    assert((advise_retry(down, get, 2, now, random).delay == 1000ms));
    assert(!advise_retry(down, get, 3, now, random).retry); // retry_policy::max_attempts = 3 by default
    assert(advise_retry(down, create, 1, now, random).reason == retry_reason::not_repeatable);

    // A refused connection sent nothing: always worth another try.
    const transport_failure refused{transport_failure_kind::connection_failed, false, "Connection refused"};
    assert(advise_retry(refused, create, 1, random).retry);
}

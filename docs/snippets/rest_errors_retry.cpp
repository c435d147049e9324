// Error responses become api_error values; advise_retry says whether and when to send the request again.
#include <csm/rest/api_error.hpp>
#include <csm/rest/retry.hpp>

#include <cassert>
#include <chrono>

int main() {
    using namespace csm::rest;
    using namespace std::chrono_literals;
    const std::chrono::sys_seconds now{std::chrono::sys_days{std::chrono::January / 22 / 2026}};

    // Messages are read tolerantly from errorMessages, errors, errorMessage and message.
    const api_error bad = api_error::from_response(
        400, {}, R"({"errorMessages":["Invalid detail field"],"errors":{"name":"must not be empty"}})");
    assert(bad.kind == api_error_kind::bad_request);
    assert(bad.message() == "400 bad_request: Invalid detail field; name: must not be empty");
    assert(!advise_retry(bad, 1, now).retry); // the request itself is wrong: never retried

    // 429 and 503 honour Retry-After (seconds or an HTTP date); other 5xx back off exponentially.
    const api_error limited = api_error::from_response(429, {{"Retry-After", "Thu, 22 Jan 2026 00:00:30 GMT"}}, "");
    assert((advise_retry(limited, 1, now) == retry_advice{true, 30s}));
    const api_error down = api_error::from_response(500, {}, "<html>oops</html>");
    assert((advise_retry(down, 1, now) == retry_advice{true, 500ms}));
    assert((advise_retry(down, 2, now) == retry_advice{true, 1000ms}));
    assert(!advise_retry(down, 3, now).retry); // retry_policy::max_attempts = 3 by default
}

// send_with_retry follows advise_retry and a shared rate_limit_pacer; the caller supplies the transport, the
// clock, the way to wait and the random source (here all fakes, so it runs in no real time).
#include <csm/ids.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/send_with_retry.hpp>

#include <cassert>
#include <chrono>
#include <vector>

int main() {
    using namespace csm::rest;
    using namespace std::chrono_literals;
    std::chrono::sys_time<std::chrono::milliseconds> now{std::chrono::sys_days{std::chrono::January / 22 / 2026}};
    std::vector<std::chrono::milliseconds> waits;

    // A refused connection (nothing sent), then a 200 saying the budget is spent until 00:01.
    int calls = 0;
    auto transport = [&](const http_request&) -> transport_result {
        if (++calls == 1) return transport_failure{transport_failure_kind::connection_failed, false, "refused"};
        return http_response{200, {{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "2026-01-22T00:01Z"}},
                             R"({"id":"7","name":"Acme"})"};
    };
    auto clock = [&] { return now; };
    auto sleep = [&](std::chrono::milliseconds d) { waits.push_back(d); now += d; };
    auto random = [] { return 0.5; }; // real code: a uniform draw from [0, 1]

    rate_limit_pacer pacer; // share it between the calls that share a rate limit
    retry_options options;
    options.pacer = &pacer;
    const api_base base = api_base::atlassian(csm::cloud_id("4a1b2c3d")).value();
    const organization::get_organization get{csm::organization_id("7")};

    auto first = send_with_retry(transport, get, base, clock, sleep, random, options);
    assert(first && first->name == "Acme" && calls == 2);
    assert((waits == std::vector<std::chrono::milliseconds>{500ms})); // the backoff after the refusal

    auto second = send_with_retry(transport, get, base, clock, sleep, random, options);
    assert(second && calls == 3);
    assert(waits.back() == 60s - 500ms); // held until X-RateLimit-Reset
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_SEND_WITH_RETRY_HPP
#define CSM_REST_SEND_WITH_RETRY_HPP

#include <csm/json/options.hpp>
#include <csm/rest/api_base.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/rate_limit.hpp>
#include <csm/rest/response.hpp>
#include <csm/rest/retry.hpp>
#include <csm/rest/send.hpp>

#include <chrono>
#include <concepts>
#include <functional>
#include <type_traits>
#include <utility>

/// send() with retries that follow advise_retry and, optionally, a rate_limit_pacer. Still sans-IO in spirit:
/// the caller supplies the transport, the clock, the way to wait and the random source, so tests run in no
/// real time. Rules: docs/rest.md ("Retry", "Rate limits").
namespace csm::rest {

/// What send_with_retry follows besides the advice rules.
struct retry_options {
    retry_policy policy{};
    /// When set: waited on before every attempt, and told the headers of every response. Share one pacer
    /// between the calls that share a rate limit.
    rate_limit_pacer* pacer = nullptr;
    build_options build{};
    csm::json::read_options read{};
};

/// A clock: a callable returning a std::chrono::system_clock time point (of any duration), e.g.
/// `[] { return std::chrono::system_clock::now(); }`.
template <class C>
concept retry_clock = std::invocable<C&> && requires(C& c) {
    std::chrono::floor<std::chrono::milliseconds>(std::invoke(c));
    requires std::same_as<typename std::remove_cvref_t<std::invoke_result_t<C&>>::clock, std::chrono::system_clock>;
};

/// A way to wait: a callable taking std::chrono::milliseconds, e.g. std::this_thread::sleep_for's wrapper, a
/// timer in an event loop driven to completion, or a test double that only advances a fake clock.
template <class S>
concept retry_sleeper = std::invocable<S&, std::chrono::milliseconds>;

/// The advice for a whole call_error: a build error is never retried (nothing was sent; the same request
/// would be refused again).
template <random_source R>
retry_advice advise_retry(const call_error& error, repeatable request, int attempt, std::chrono::sys_seconds now,
                          R&& random, const retry_policy& policy = {}) {
    if (const api_error* e = error.api()) return advise_retry(*e, request, attempt, now, random, policy);
    if (const transport_failure* t = error.transport()) return advise_retry(*t, request, attempt, random, policy);
    return retry_advice{false, std::chrono::milliseconds(0), retry_reason::not_transient, std::nullopt};
}

/// build_request once, then up to options.policy.max_attempts times: wait for the pacer, call the transport,
/// let the pacer observe the response, parse it; on an error, follow advise_retry for this endpoint's
/// repeatability_of(ep) (sleeping the advised delay) or return the error of the last attempt. The same request
/// goes every time, so a bulk call resends its Idempotency-Key.
template <endpoint E, http_transport Transport, retry_clock Clock, retry_sleeper Sleep, random_source Random>
call_result<E> send_with_retry(Transport&& transport, const E& ep, const api_base& base, Clock&& clock, Sleep&& sleep,
                               Random&& random, const retry_options& options = {}) {
    csm::result<http_request> request = build_request(ep, base, options.build);
    if (!request) return call_error{std::move(request).error()};
    const repeatable repeat = repeatability_of(ep);
    auto now = [&] { return std::chrono::floor<std::chrono::milliseconds>(std::invoke(clock)); };
    for (int attempt = 1;; ++attempt) {
        if (options.pacer) {
            const std::chrono::milliseconds wait = options.pacer->wait(now());
            if (wait > std::chrono::milliseconds(0)) std::invoke(sleep, wait);
        }
        transport_result response = invoke_transport(transport, std::as_const(*request));
        call_error error;
        if (response) {
            if (options.pacer) options.pacer->observe(response->headers, now());
            response_result<E> parsed = parse_response<E>(*response, options.read);
            if (parsed) return std::move(*parsed);
            error.error = std::move(parsed).error();
        } else {
            error.error = std::move(response).error();
        }
        const retry_advice advice = advise_retry(
            error, repeat, attempt, std::chrono::floor<std::chrono::seconds>(now()), random, options.policy);
        if (!advice.retry) return error;
        std::invoke(sleep, advice.delay);
    }
}

} // namespace csm::rest

#endif

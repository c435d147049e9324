// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_RETRY_HPP
#define CSM_REST_RETRY_HPP

#include <csm/rest/api_error.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http_method.hpp>
#include <csm/rest/transport_failure.hpp>
#include <csm/traits.hpp>

#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <chrono>
#include <concepts>
#include <optional>
#include <ostream>
#include <string_view>
#include <type_traits>

/// Sans-IO retry advice: whether to send a request again, and after how long. The rules and their sources are
/// in docs/rest.md ("Retry").
namespace csm::rest {

/// Whether sending a request a second time has the effect of sending it once (RFC 9110 §9.2.2).
enum class repeatable : bool { no = false, yes = true };

/// GET, PUT and DELETE are idempotent by definition (RFC 9110 §9.2.2); a POST only when it carries an
/// Idempotency-Key (the bulk operations) or only reads (endpoint_info::read_only: fetch, search).
constexpr repeatable repeatability(http_method method, bool has_idempotency_key, bool read_only) noexcept {
    if (method != http_method::post) return repeatable::yes;
    return has_idempotency_key || read_only ? repeatable::yes : repeatable::no;
}

/// The repeatability of one call of endpoint E: its method, info.read_only, and whether it carries an
/// Idempotency-Key (an idempotency_key member, or a std::optional of one that holds a key).
template <endpoint E>
constexpr repeatable repeatability_of(const E& ep) noexcept {
    bool key = false;
    boost::mp11::mp_for_each<parameters_of<E>>([&](auto p) {
        using P = decltype(p);
        if constexpr (P::role == parameter_role::header) { // the Idempotency-Key
            if constexpr (csm::is_optional_v<typename P::type>) key = key || P::get(ep).has_value();
            else key = true;
        }
    });
    return repeatability(E::info.method, key, E::info.read_only);
}

/// A source of randomness for jitter: a callable returning a number in [0, 1] (values outside are clamped,
/// NaN reads as 0). E.g. `[&rng] { return std::uniform_real_distribution<>(0, 1)(rng); }`; tests pass a
/// constant.
template <class R>
concept random_source = std::invocable<R&> && std::convertible_to < std::invoke_result_t<R&>,
double > ;

/// Limits of the retry advisor.
struct retry_policy {
    int max_attempts = 3;                      ///< attempts in total, the first included
    std::chrono::milliseconds base_delay{500}; ///< nominal backoff of the first retry
    /// The longest wait the caller accepts. Backoff stops growing there; a Retry-After longer than this is
    /// never shortened: the advice is then not to retry (retry_reason::wait_too_long).
    std::chrono::milliseconds max_delay{60'000};
    /// Backoff is multiplied by a factor drawn from [1 − jitter, 1 + jitter]; a Retry-After wait gets up to
    /// jitter × itself added (never taken off). Atlassian's Jira guidance uses 0.3.
    double jitter = 0.3;
    /// Opt in to repeating requests that may not be repeated (a POST without Idempotency-Key) after a 5xx or
    /// after a transport failure once the request was sent: only when a duplicate does no harm.
    bool retry_unrepeatable = false;
};

/// Why the advice is what it is.
enum class retry_reason {
    retry,              ///< send it again after `delay`
    attempts_exhausted, ///< policy.max_attempts reached
    not_transient,      ///< the same request would fail the same way (4xx, a malformed 2xx, a TLS failure)
    not_repeatable,     ///< it may have been acted on and may not be repeated (see repeatability)
    wait_too_long,      ///< the server asked for a longer wait (retry_advice::requested) than policy.max_delay
};

constexpr std::string_view to_string(retry_reason reason) noexcept {
    switch (reason) {
    case retry_reason::retry: return "retry";
    case retry_reason::attempts_exhausted: return "attempts_exhausted";
    case retry_reason::not_transient: return "not_transient";
    case retry_reason::not_repeatable: return "not_repeatable";
    case retry_reason::wait_too_long: return "wait_too_long";
    }
    return "not_transient";
}

inline std::ostream& operator<<(std::ostream& os, retry_reason reason) { return os << to_string(reason); }

/// Whether to send the same request again, and after how long.
struct retry_advice {
    bool retry = false;
    std::chrono::milliseconds delay{0}; ///< when retry: wait this long first
    retry_reason reason = retry_reason::not_transient;
    std::optional<std::chrono::seconds> requested; ///< the wait a Retry-After header asked for, if any

    friend bool operator==(const retry_advice&, const retry_advice&) = default;
};

namespace detail {

inline double unit_interval(double r) noexcept { return r > 0 ? (r < 1 ? r : 1.0) : 0.0; } // NaN → 0

/// d · factor, within [0, cap]; no overflow whatever the inputs.
inline std::chrono::milliseconds scaled(std::chrono::milliseconds d, double factor,
                                        std::chrono::milliseconds cap) noexcept {
    const double v = static_cast<double>(d.count()) * factor;
    if (!(v > 0) || cap.count() <= 0) return std::chrono::milliseconds(0);
    if (v >= static_cast<double>(cap.count())) return cap;
    // Rounded: 500 · 1.3 is 649.999… in binary floating point.
    return std::chrono::milliseconds(static_cast<std::chrono::milliseconds::rep>(v + 0.5));
}

template <class R>
double draw(R& random) noexcept(noexcept(random())) {
    return unit_interval(static_cast<double>(random()));
}

inline double jitter_of(const retry_policy& policy) noexcept { return unit_interval(policy.jitter); }

inline retry_advice no_retry(retry_reason reason, std::optional<std::chrono::seconds> requested = {}) noexcept {
    return {false, std::chrono::milliseconds(0), reason, requested};
}

} // namespace detail

/// The nominal backoff before retry number `attempt` (1-based attempt that failed), without jitter:
/// base_delay · 2^(attempt−1), at most max_delay.
inline std::chrono::milliseconds backoff_delay(int attempt, const retry_policy& policy = {}) noexcept {
    std::chrono::milliseconds d = std::max(policy.base_delay, std::chrono::milliseconds(0));
    for (int i = 1; i < attempt && d < policy.max_delay; ++i) d = d > policy.max_delay / 2 ? policy.max_delay : d * 2;
    return std::min(d, policy.max_delay);
}

/// The backoff with jitter: backoff_delay(attempt) · (1 − jitter + 2 · jitter · random()), at most max_delay.
/// Clients that failed together spread out instead of retrying in lockstep.
template <random_source R>
std::chrono::milliseconds jittered_backoff(int attempt, R&& random, const retry_policy& policy = {}) {
    const double j = detail::jitter_of(policy);
    const double factor = 1.0 - j + 2.0 * j * detail::draw(random);
    return detail::scaled(backoff_delay(attempt, policy), factor,
                          std::max(policy.max_delay, std::chrono::milliseconds(0)));
}

/// Advice after attempt number `attempt` (1-based) of a request ended in `error`, at time `now`. It never
/// sleeps; the caller does. `random` is drawn once, only when the advice is to retry.
///
/// - No retry once `attempt` ≥ policy.max_attempts.
/// - Never: 4xx other than 429 (the request itself is wrong), malformed_response (the same body would come
///   back), 1xx/3xx.
/// - 429: the server declined the request, so it may be sent again whatever it is.
/// - 5xx: only when `request` is repeatable::yes (or policy.retry_unrepeatable): the server may have acted.
/// - Retry-After (on 429 and 5xx) is a minimum: the delay is that wait plus up to jitter × it, within
///   max_delay; a longer wait than max_delay gives no retry, reason wait_too_long, with `requested` set.
/// - Otherwise the jittered exponential backoff.
template <random_source R>
retry_advice advise_retry(const api_error& error, repeatable request, int attempt, std::chrono::sys_seconds now,
                          R&& random, const retry_policy& policy = {}) {
    const bool rate_limited = error.status == 429;
    const bool server_error = error.status >= 500 && error.status <= 599;
    if ((!rate_limited && !server_error) || error.kind == api_error_kind::malformed_response)
        return detail::no_retry(retry_reason::not_transient);
    std::optional<std::chrono::seconds> requested;
    if (error.retry_after) requested = error.retry_after->wait_from(now);
    if (attempt < 1 || attempt >= policy.max_attempts)
        return detail::no_retry(retry_reason::attempts_exhausted, requested);
    if (server_error && request == repeatable::no && !policy.retry_unrepeatable)
        return detail::no_retry(retry_reason::not_repeatable, requested);
    if (requested) {
        // Compare in seconds first: a wait of ages does not fit in milliseconds.
        const auto cap = std::max(policy.max_delay, std::chrono::milliseconds(0));
        if (*requested > std::chrono::duration_cast<std::chrono::seconds>(cap) ||
            std::chrono::milliseconds(*requested) > cap)
            return detail::no_retry(retry_reason::wait_too_long, requested);
        const std::chrono::milliseconds wait(*requested);
        const auto extra = detail::scaled(wait, detail::jitter_of(policy) * detail::draw(random), cap - wait);
        return {true, wait + extra, retry_reason::retry, requested};
    }
    return {true, jittered_backoff(attempt, random, policy), retry_reason::retry, std::nullopt};
}

/// Advice after attempt number `attempt` of a request ended in a transport failure.
///
/// - No retry once `attempt` ≥ policy.max_attempts.
/// - tls: never (a certificate or host name that fails verification fails again).
/// - Nothing sent (`failure.request_sent` false: a refused connection, a connect timeout): retry after the
///   jittered backoff, whatever the request.
/// - Sent (a timeout or a reset after sending): like a 5xx: only a repeatable request (or with
///   policy.retry_unrepeatable).
template <random_source R>
retry_advice advise_retry(const transport_failure& failure, repeatable request, int attempt, R&& random,
                          const retry_policy& policy = {}) {
    if (failure.kind == transport_failure_kind::tls) return detail::no_retry(retry_reason::not_transient);
    if (attempt < 1 || attempt >= policy.max_attempts) return detail::no_retry(retry_reason::attempts_exhausted);
    if (failure.request_sent && request == repeatable::no && !policy.retry_unrepeatable)
        return detail::no_retry(retry_reason::not_repeatable);
    return {true, jittered_backoff(attempt, random, policy), retry_reason::retry, std::nullopt};
}

} // namespace csm::rest

#endif

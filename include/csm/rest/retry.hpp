// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_RETRY_HPP
#define CSM_REST_RETRY_HPP

#include <csm/rest/api_error.hpp>

#include <algorithm>
#include <chrono>

namespace csm::rest {

/// Limits of the retry advisor.
struct retry_policy {
    int max_attempts = 3;                              ///< attempts in total, the first included
    std::chrono::milliseconds base_delay{500};         ///< backoff of the first retry
    std::chrono::milliseconds max_delay{60'000};       ///< no advised delay is longer
};

/// Whether to send the same request again, and after how long.
struct retry_advice {
    bool retry = false;
    std::chrono::milliseconds delay{0};

    friend bool operator==(const retry_advice&, const retry_advice&) = default;
};

/// The backoff before retry number `attempt` (1-based attempt that failed): base_delay · 2^(attempt−1),
/// at most max_delay.
inline std::chrono::milliseconds backoff_delay(int attempt, const retry_policy& policy = {}) noexcept {
    std::chrono::milliseconds d = std::max(policy.base_delay, std::chrono::milliseconds(0));
    for (int i = 1; i < attempt && d < policy.max_delay; ++i)
        d = d > policy.max_delay / 2 ? policy.max_delay : d * 2;
    return std::min(d, policy.max_delay);
}

/// A sans-IO retry advisor: given the error of attempt number `attempt` (1-based) and the current time,
/// says whether to retry and how long to wait first. It never sleeps; the caller does.
///
/// - No retry once `attempt` ≥ policy.max_attempts.
/// - 429 and 503: after Retry-After when present (seconds, or the date minus `now`; clamped to
///   [0, max_delay]), else after the exponential backoff.
/// - Other 5xx: after the exponential backoff (backoff_delay).
/// - Never: 4xx that describe the request (400, 401, 403, 404, 409, 412 and every other 4xx),
///   malformed_response (sending again gets the same body), other statuses.
inline retry_advice advise_retry(const api_error& error, int attempt, std::chrono::sys_seconds now,
                                 const retry_policy& policy = {}) noexcept {
    if (attempt < 1 || attempt >= policy.max_attempts) return {};
    const bool honours_retry_after = error.status == 429 || error.status == 503;
    const bool transient = honours_retry_after || (error.status >= 500 && error.status <= 599);
    if (!transient || error.kind == api_error_kind::malformed_response) return {};
    if (honours_retry_after && error.retry_after) {
        // Saturate first: a wait of ages (a far date, an extreme `now`) does not fit in milliseconds.
        constexpr auto longest = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::milliseconds::max());
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::clamp(error.retry_after->wait_from(now), -longest, longest));
        return {true, std::clamp(wait, std::chrono::milliseconds(0), policy.max_delay)};
    }
    return {true, backoff_delay(attempt, policy)};
}

} // namespace csm::rest

#endif

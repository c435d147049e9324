// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_RATE_LIMIT_HPP
#define CSM_REST_RATE_LIMIT_HPP

#include <csm/rest/api_error.hpp> // retry_after, detail::date_reader
#include <csm/rest/http_message.hpp>

#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Rate-limit headers and a sans-IO pacer. The headers are those Jira Cloud documents
/// (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/); whether the CSM API sends them is not
/// documented, so every one of them may be absent. docs/rest.md ("Rate limits") describes the pacer.
namespace csm::rest {

/// The rate-limit headers of one response (any status). A header that is absent or malformed is empty.
struct rate_limit_headers {
    std::optional<rest::retry_after> retry_after;  ///< Retry-After: seconds or an HTTP date
    std::optional<std::int64_t> limit;             ///< X-RateLimit-Limit: requests allowed in the window
    std::optional<std::int64_t> remaining;         ///< X-RateLimit-Remaining: requests left in the window
    std::optional<std::chrono::sys_seconds> reset; ///< X-RateLimit-Reset: ISO 8601, e.g. 2026-01-22T12:01Z
    std::optional<bool> near_limit;                ///< X-RateLimit-NearLimit: true when < 20 % of a budget remains
    std::optional<std::string> reason;             ///< RateLimit-Reason: a token such as jira-quota-based

    /// Reads them from response headers (names in any case; the first of each name counts).
    static rate_limit_headers read(const std::vector<http_header>& headers);

    friend bool operator==(const rate_limit_headers&, const rate_limit_headers&) = default;
};

namespace detail {

/// 1 to 18 ASCII digits (no sign): larger counts are not counts.
inline std::optional<std::int64_t> parse_count(std::string_view text) noexcept {
    text = trim_ows(text);
    if (text.empty() || text.size() > 18) return std::nullopt;
    std::int64_t v = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

inline std::optional<bool> parse_boolean(std::string_view text) noexcept {
    text = trim_ows(text);
    if (header_name_equals(text, "true")) return true; // ASCII case-insensitive, as header names
    if (header_name_equals(text, "false")) return false;
    return std::nullopt;
}

/// A token of letters, digits, '-', '_' and '.', at most 64 characters: anything else is not a reason code.
inline std::optional<std::string> parse_reason(std::string_view text) {
    text = trim_ows(text);
    if (text.empty() || text.size() > 64) return std::nullopt;
    for (char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.';
        if (!ok) return std::nullopt;
    }
    return std::string(text);
}

/// ISO 8601 date and time with an offset: YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM|±HHMM). Jira documents
/// yyyy-MM-ddTHH:mmZ. A fraction rounds up (a reset is not reached before it).
inline std::optional<std::chrono::sys_seconds> parse_iso8601(std::string_view text) noexcept {
    text = trim_ows(text);
    date_reader r(text);
    int y = 0, mon = 0, d = 0, h = 0, m = 0, s = 0;
    if (!(r.digits(4, y) && r.literal("-") && r.digits(2, mon) && r.literal("-") && r.digits(2, d) &&
          (r.literal("T") || r.literal("t")) && r.digits(2, h) && r.literal(":") && r.digits(2, m)))
        return std::nullopt;
    bool round_up = false;
    if (r.literal(":")) {
        if (!r.digits(2, s)) return std::nullopt;
        if (r.literal(".") || r.literal(",")) {
            int digit = 0, count = 0;
            while (r.digits(1, digit)) {
                round_up = round_up || digit != 0;
                ++count;
            }
            if (count == 0) return std::nullopt;
        }
    }
    if (mon < 1 || mon > 12) return std::nullopt;
    auto t = make_time(y, mon, d, h, m, s);
    if (!t) return std::nullopt;
    if (round_up) *t += std::chrono::seconds(1);
    if (r.literal("Z") || r.literal("z")) return r.done() ? t : std::nullopt;
    const bool plus = r.literal("+");
    if (!plus && !r.literal("-")) return std::nullopt;
    int oh = 0, om = 0;
    if (!r.digits(2, oh)) return std::nullopt;
    r.literal(":");
    if (!r.digits(2, om) || !r.done() || oh > 23 || om > 59) return std::nullopt;
    const std::chrono::seconds offset = std::chrono::hours(oh) + std::chrono::minutes(om);
    return plus ? *t - offset : *t + offset; // local time = UTC + offset
}

} // namespace detail

inline rate_limit_headers rate_limit_headers::read(const std::vector<http_header>& headers) {
    rate_limit_headers h;
    if (const http_header* v = find_header(headers, "Retry-After")) h.retry_after = rest::retry_after::parse(v->value);
    if (const http_header* v = find_header(headers, "X-RateLimit-Limit")) h.limit = detail::parse_count(v->value);
    if (const http_header* v = find_header(headers, "X-RateLimit-Remaining"))
        h.remaining = detail::parse_count(v->value);
    if (const http_header* v = find_header(headers, "X-RateLimit-Reset")) h.reset = detail::parse_iso8601(v->value);
    if (const http_header* v = find_header(headers, "X-RateLimit-NearLimit"))
        h.near_limit = detail::parse_boolean(v->value);
    if (const http_header* v = find_header(headers, "RateLimit-Reason")) h.reason = detail::parse_reason(v->value);
    return h;
}

/// When the pacer slows down without the server saying until when.
struct pacer_options {
    /// Spacing between requests while the limit is near (X-RateLimit-NearLimit: true, or Remaining below 20 %
    /// of Limit) and no X-RateLimit-Reset tells how long the window lasts.
    std::chrono::milliseconds near_limit_spacing{1'000};
    /// The wait after X-RateLimit-Remaining: 0 when neither X-RateLimit-Reset nor Retry-After says until when.
    std::chrono::milliseconds exhausted_wait{5'000};
};

/// A sans-IO pacer: it observes the rate-limit headers of every response and says how long to wait before the
/// next request. It keeps the latest moment any response asked to wait until; it never sleeps itself.
///
/// - Retry-After (any status): not before the response time + that wait (a minimum).
/// - X-RateLimit-Remaining: 0: not before X-RateLimit-Reset (or exhausted_wait from now without it).
/// - Near the limit (X-RateLimit-NearLimit: true, or Remaining < 20 % of Limit): the rest of the window spread
///   evenly, (Reset − now) / Remaining; near_limit_spacing without a Reset.
/// - Otherwise: no wait.
class rate_limit_pacer {
public:
    using time_point = std::chrono::sys_time<std::chrono::milliseconds>;

    explicit rate_limit_pacer(pacer_options options = {}) noexcept : options_(options) {}

    /// Takes in the headers of a response received at `now`.
    void observe(const std::vector<http_header>& headers, time_point now);
    void observe(const http_response& response, time_point now) { observe(response.headers, now); }

    /// How long to wait at `now` before sending the next request: zero when it may go now.
    std::chrono::milliseconds wait(time_point now) const noexcept {
        return not_before_ ? until(*not_before_, now) : std::chrono::milliseconds(0);
    }

    /// The moment before which no request should go, if any response asked for one.
    std::optional<time_point> not_before() const noexcept { return not_before_; }
    /// The rate-limit headers of the last response observed.
    const rate_limit_headers& last() const noexcept { return last_; }
    const pacer_options& options() const noexcept { return options_; }

private:
    /// t − now, at least 0, saturating at milliseconds::max() (a `now` near time_point::min()).
    static std::chrono::milliseconds until(time_point t, time_point now) noexcept {
        if (t <= now) return std::chrono::milliseconds(0);
        const auto a = t.time_since_epoch().count(), b = now.time_since_epoch().count();
        if (b < 0 && a > std::numeric_limits<std::chrono::milliseconds::rep>::max() + b)
            return std::chrono::milliseconds::max();
        return t - now;
    }
    static std::chrono::milliseconds to_millis(std::chrono::seconds s) noexcept {
        constexpr auto longest = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::milliseconds::max());
        return s >= longest ? std::chrono::milliseconds::max() : std::chrono::milliseconds(s);
    }
    /// t + d, saturating at time_point::max() (d is never negative here).
    static time_point plus(time_point t, std::chrono::milliseconds d) noexcept {
        if (d.count() <= 0) return t;
        if (t.time_since_epoch().count() > std::numeric_limits<std::chrono::milliseconds::rep>::max() - d.count())
            return time_point::max();
        return t + d;
    }
    void hold_until(time_point t) noexcept {
        if (!not_before_ || t > *not_before_) not_before_ = t;
    }

    pacer_options options_;
    rate_limit_headers last_{};
    std::optional<time_point> not_before_;
};

inline void rate_limit_pacer::observe(const std::vector<http_header>& headers, time_point now) {
    last_ = rate_limit_headers::read(headers);
    if (last_.retry_after)
        hold_until(plus(now, to_millis(last_.retry_after->wait_from(std::chrono::floor<std::chrono::seconds>(now)))));
    // Atlassian's NearLimit means "less than 20 % of a budget remains": the same test on Remaining/Limit.
    const bool near =
        last_.near_limit.value_or(false) || (last_.remaining && last_.limit && *last_.remaining * 5 < *last_.limit);
    const bool reset_ahead = last_.reset && time_point(*last_.reset) > now;
    if (last_.remaining && *last_.remaining == 0) {
        if (reset_ahead) hold_until(time_point(*last_.reset));
        else if (!last_.retry_after && !last_.reset) hold_until(plus(now, options_.exhausted_wait));
    } else if (near) {
        if (reset_ahead && last_.remaining)
            hold_until(plus(now, until(time_point(*last_.reset), now) / *last_.remaining));
        else hold_until(plus(now, options_.near_limit_spacing));
    }
}

} // namespace csm::rest

#endif

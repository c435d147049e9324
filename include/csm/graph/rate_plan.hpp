// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_RATE_PLAN_HPP
#define CSM_GRAPH_RATE_PLAN_HPP

#include <csm/error.hpp>
#include <csm/graph/envelope.hpp>
#include <csm/result.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

/// Sans-IO rate planning for setObjects: the planner computes when each envelope may be sent; it never
/// sleeps, reads a clock or sends anything. Time is a std::chrono::milliseconds offset from an origin the
/// caller chooses (e.g. the steady_clock time of the first send).
namespace csm::graph {

/// setObjects limits (docs/decisions.md#graph-limits): objects per minute, per app and tenant, whatever the number of requests.
inline constexpr std::size_t objects_per_minute_normal = 1'500;
inline constexpr std::size_t objects_per_minute_backfill = 50'000;

/// The limit that applies to envelopes of this operation type: 50,000 for BACKFILL, 1,500 otherwise
/// (absent, NORMAL, or a value the docs do not list).
inline std::size_t objects_per_minute(const std::optional<operation_type>& type) noexcept {
    return type && *type == operation_type::known::backfill ? objects_per_minute_backfill : objects_per_minute_normal;
}

enum class pacing {
    /// Send as early as the limit allows: up to a whole minute's objects at once, then wait.
    burst,
    /// Also space sends out evenly: after n objects wait at least n minutes / limit (4 s after 100 objects at
    /// 1,500 a minute), so load is smooth. The default.
    even,
};

/// Plans sends under a sliding-window limit: in any window of `window` (one minute) at most `limit` objects.
/// A fixed per-minute budget is then respected too, whatever the server's clock.
class rate_planner {
public:
    using duration = std::chrono::milliseconds;

    explicit rate_planner(std::size_t objects_per_window, pacing p = pacing::even,
                          duration window = std::chrono::minutes(1))
        : limit_(objects_per_window), pacing_(p), window_(window) {}

    std::size_t limit() const noexcept { return limit_; }

    /// Reserves a send of `objects` objects no earlier than `now` and returns when it may happen (≥ now; sends
    /// stay in order). Fails with limit_exceeded when one send is larger than the limit itself.
    csm::result<duration> reserve(std::size_t objects, duration now) {
        if (objects > limit_ || limit_ == 0)
            return csm::error{errc::limit_exceeded, "", "at most " + std::to_string(limit_) + " objects per send"};
        duration t = std::max(now, earliest_);
        expire(t);
        while (in_window_ + objects > limit_) {
            t = std::max(t, sent_.front().first + window_);
            expire(t);
        }
        if (objects == 0) return t;
        sent_.emplace_back(t, objects);
        in_window_ += objects;
        earliest_ = t;
        if (pacing_ == pacing::even) earliest_ += spacing(objects);
        return t;
    }

    /// The minimum gap after a send of `objects` under even pacing: ceil(objects × window / limit).
    duration spacing(std::size_t objects) const noexcept {
        const auto total = static_cast<std::size_t>(window_.count()) * objects;
        return duration(static_cast<duration::rep>((total + limit_ - 1) / limit_));
    }

private:
    void expire(duration t) {
        while (!sent_.empty() && sent_.front().first + window_ <= t) {
            in_window_ -= sent_.front().second;
            sent_.pop_front();
        }
    }

    std::size_t limit_;
    pacing pacing_;
    duration window_;
    duration earliest_{0};
    std::size_t in_window_ = 0;
    std::deque<std::pair<duration, std::size_t>> sent_;
};

/// When to send one envelope: its index, its object count, its offset from the first send, and the delay
/// after the previous send (the offset for the first).
struct planned_send {
    std::size_t batch = 0;
    std::size_t objects = 0;
    std::chrono::milliseconds offset{0};
    std::chrono::milliseconds delay{0};

    friend bool operator==(const planned_send&, const planned_send&) = default;
};

/// Plans sends of envelopes with these object counts, starting at offset 0, under `objects_per_minute`.
inline csm::result<std::vector<planned_send>> plan_sends(std::span<const std::size_t> batch_sizes,
                                                          std::size_t objects_per_minute, pacing p = pacing::even) {
    rate_planner planner(objects_per_minute, p);
    std::vector<planned_send> plan;
    plan.reserve(batch_sizes.size());
    std::chrono::milliseconds previous{0};
    for (std::size_t i = 0; i < batch_sizes.size(); ++i) {
        csm::result<std::chrono::milliseconds> at = planner.reserve(batch_sizes[i], previous);
        if (!at) {
            at.error().pointer = "/" + std::to_string(i);
            return std::move(at).error();
        }
        plan.push_back(planned_send{i, batch_sizes[i], *at, *at - previous});
        previous = *at;
    }
    return plan;
}

/// Plans sends of these envelopes. The limit is the lowest that applies to any of them (all BACKFILL: 50,000
/// a minute; otherwise 1,500), since the limit is per app and tenant, not per operation type.
inline csm::result<std::vector<planned_send>> plan_sends(const std::vector<set_objects_request>& batches,
                                                          pacing p = pacing::even) {
    std::size_t limit = objects_per_minute_backfill;
    std::vector<std::size_t> sizes;
    sizes.reserve(batches.size());
    for (const set_objects_request& b : batches) {
        limit = std::min(limit, objects_per_minute(b.operation_type));
        sizes.push_back(b.objects.size());
    }
    return plan_sends(sizes, limit, p);
}

} // namespace csm::graph

#endif

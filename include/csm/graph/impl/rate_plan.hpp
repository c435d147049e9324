// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_IMPL_RATE_PLAN_HPP
#define CSM_GRAPH_IMPL_RATE_PLAN_HPP

// The definitions of graph/rate_plan.hpp: included by it when header-only; compiled into the library
// (csm/src.hpp) in compiled mode.
#include <csm/graph/rate_plan.hpp>

#include <algorithm>
#include <chrono>
#include <string>
#include <utility>

namespace csm::graph {

CSM_DECL csm::result<rate_planner::duration> rate_planner::reserve(std::size_t objects, duration now) {
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

CSM_DECL csm::result<std::vector<planned_send>> plan_sends(std::span<const std::size_t> batch_sizes,
                                                           std::size_t objects_per_minute, pacing p) {
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

} // namespace csm::graph

#endif

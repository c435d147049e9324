// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_RATE_PLAN_HPP
#define CSM_GRAPH_RATE_PLAN_HPP

#include <csm/config.hpp>
#include <csm/error.hpp>
#include <csm/graph/envelope.hpp>
#include <csm/graph/groups.hpp>
#include <csm/graph/relationships.hpp>
#include <csm/graph/users.hpp>
#include <csm/result.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
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
    csm::result<duration> reserve(std::size_t objects, duration now);

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
CSM_DECL csm::result<std::vector<planned_send>> plan_sends(std::span<const std::size_t> batch_sizes,
                                                           std::size_t objects_per_minute, pacing p = pacing::even);

/// Every Teamwork Graph operation, for the rate-limit table.
enum class graph_operation {
    set_objects,
    get_object_by_external_id,
    delete_objects_by_properties,
    delete_objects_by_external_id,
    set_users,
    get_user_by_external_id,
    delete_users_by_external_id,
    map_users,
    set_groups,
    get_group_by_external_id,
    delete_groups_by_external_id,
    set_relationships,
};

/// Whether the BACKFILL limit of setObjects may be planned with. The page that gives it does not say how
/// `operationType` reaches the server (docs/decisions.md#operation-type), so the safe default plans against the
/// normal limit even for envelopes marked BACKFILL.
enum class backfill_limit { not_assumed, applies };

/// One row of the rate-limit table (https://developer.atlassian.com/platform/teamwork-graph/rate-limits):
/// what one request may carry and how many units a minute are allowed, per app and tenant.
struct operation_limits {
    std::string_view name;                 ///< the SDK method, e.g. "setUsers"
    std::size_t per_request = 0;           ///< items in one request
    std::optional<std::size_t> per_minute; ///< units a minute; empty: not documented (setRelationships)
    std::string_view unit;                 ///< what per_minute counts, e.g. "users", "requests"

    friend bool operator==(const operation_limits&, const operation_limits&) = default;
};

/// The documented limits of `op`. setObjects allows 50,000 objects a minute instead of 1,500 only when the
/// caller says the BACKFILL limit applies.
constexpr operation_limits limits_of(graph_operation op, backfill_limit b = backfill_limit::not_assumed) noexcept {
    switch (op) {
    case graph_operation::set_objects:
        return {"setObjects", max_objects_per_request,
                b == backfill_limit::applies ? objects_per_minute_backfill : objects_per_minute_normal, "objects"};
    case graph_operation::get_object_by_external_id: return {"getObjectByExternalId", 1, 1'500, "requests"};
    case graph_operation::delete_objects_by_properties: return {"deleteObjectsByProperties", 1, 1'500, "requests"};
    case graph_operation::delete_objects_by_external_id:
        return {"deleteObjectsByExternalId", max_external_ids_per_delete, 500, "externalIds"};
    case graph_operation::set_users: return {"setUsers", max_users_per_request, 5'000, "users"};
    case graph_operation::get_user_by_external_id: return {"getUserByExternalId", 1, 10'000, "requests"};
    case graph_operation::delete_users_by_external_id:
        return {"deleteUsersByExternalId", max_external_ids_per_delete, 1'000, "externalIds"};
    case graph_operation::map_users: return {"mapUsers", max_user_mappings_per_request, 5'000, "mappings"};
    case graph_operation::set_groups: return {"setGroups", max_groups_per_request, 1'000, "groups"};
    case graph_operation::get_group_by_external_id: return {"getGroupByExternalId", 1, 1'000, "requests"};
    case graph_operation::delete_groups_by_external_id:
        return {"deleteGroupsByExternalId", max_external_ids_per_delete, 1'000, "externalIds"};
    case graph_operation::set_relationships: return {"setRelationships", 0, std::nullopt, "relationships"};
    }
    return {};
}

/// The operation of a request type, and how many of the limit's units one request uses.
template <class Request>
struct operation_of;

namespace detail {
/// operation_of of a request that uses one unit of the limit per request (the gets, deleteObjectsByProperties).
template <graph_operation Op>
struct per_request_unit {
    static constexpr graph_operation value = Op;
    template <class R>
    static constexpr std::size_t units(const R&) noexcept {
        return 1;
    }
};
/// operation_of of a request that uses one unit per element of its list, the one make_batches splits
/// (`R::batch_items`, graph/batch.hpp).
template <graph_operation Op>
struct per_item_unit {
    static constexpr graph_operation value = Op;
    template <class R>
    static std::size_t units(const R& r) noexcept {
        return (r.*R::batch_items).size();
    }
};
} // namespace detail

template <>
struct operation_of<set_objects_request> : detail::per_item_unit<graph_operation::set_objects> {};
template <>
struct operation_of<get_object_by_external_id_request>
    : detail::per_request_unit<graph_operation::get_object_by_external_id> {};
template <>
struct operation_of<delete_objects_by_properties_request>
    : detail::per_request_unit<graph_operation::delete_objects_by_properties> {};
template <>
struct operation_of<delete_objects_by_external_id_request>
    : detail::per_item_unit<graph_operation::delete_objects_by_external_id> {};
template <>
struct operation_of<set_users_request> : detail::per_item_unit<graph_operation::set_users> {};
template <>
struct operation_of<get_user_by_external_id_request>
    : detail::per_request_unit<graph_operation::get_user_by_external_id> {};
template <>
struct operation_of<delete_users_by_external_id_request>
    : detail::per_item_unit<graph_operation::delete_users_by_external_id> {};
template <>
struct operation_of<map_users_request> : detail::per_item_unit<graph_operation::map_users> {};
template <>
struct operation_of<set_groups_request> : detail::per_item_unit<graph_operation::set_groups> {};
template <>
struct operation_of<get_group_by_external_id_request>
    : detail::per_request_unit<graph_operation::get_group_by_external_id> {};
template <>
struct operation_of<delete_groups_by_external_id_request>
    : detail::per_item_unit<graph_operation::delete_groups_by_external_id> {};
template <>
struct operation_of<set_relationships_request> : detail::per_item_unit<graph_operation::set_relationships> {};

struct plan_options {
    csm::graph::pacing pacing = pacing::even;
    /// setObjects: plan with 50,000 objects a minute when every envelope is BACKFILL. Only set it when the
    /// BACKFILL limit is known to apply to how the envelopes are sent; otherwise 1,500 is planned for.
    backfill_limit backfill = backfill_limit::not_assumed;
    /// Units a minute to plan with instead of the documented limit; required for setRelationships, which
    /// documents none.
    std::optional<std::size_t> per_minute{};
};

/// Plans sends of these requests of one operation under its documented per-minute limit (the table of
/// limits_of), starting at offset 0. Errors: invalid_value when the operation documents no limit and none
/// is given; limit_exceeded, at `/<i>`, when one request uses more units than a minute allows.
template <class Request>
csm::result<std::vector<planned_send>> plan_sends(const std::vector<Request>& requests, plan_options options = {}) {
    using op = operation_of<Request>;
    backfill_limit b = backfill_limit::not_assumed;
    if constexpr (std::is_same_v<Request, set_objects_request>) {
        // Only when every envelope says BACKFILL: the limit is per app and tenant, not per operation type.
        bool all_backfill = options.backfill == backfill_limit::applies;
        for (const set_objects_request& r : requests)
            all_backfill = all_backfill && objects_per_minute(r.operation_type) == objects_per_minute_backfill;
        if (all_backfill) b = backfill_limit::applies;
    }
    const std::optional<std::size_t> limit =
        options.per_minute ? options.per_minute : limits_of(op::value, b).per_minute;
    if (!limit)
        return csm::error{errc::invalid_value, "", "plan_options::per_minute (the operation documents no limit)"};
    std::vector<std::size_t> units;
    units.reserve(requests.size());
    for (const Request& r : requests) units.push_back(op::units(r));
    return plan_sends(units, *limit, options.pacing);
}

} // namespace csm::graph

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/graph/impl/rate_plan.hpp>
#endif

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The C++ side of examples/forge_bridge: hands csm::graph payloads to the Forge app in app/, whose web trigger
// calls the matching graph.* operation of @forge/teamwork-graph and answers with the SDK's response unchanged.
// Teamwork Graph has no documented HTTP endpoint of its own; docs/teamwork-graph.md ("Delivery") says why this
// detour and what is not known about it.
//
//     auto batches = csm::graph::make_batches(std::move(request)).value();
//     auto plan = csm::graph::plan_sends(batches).value();
//     csm_examples::curl_transport http({.authorization = csm_examples::bearer_authorization(token)});
//     auto report = csm_examples::forge_bridge::send_set_objects(trigger_url, batches, plan, http,
//                                                                csm_examples::forge_bridge::steady_waiter{});
//
// Header-only; any transport with `transport_result operator()(const http_request&)` works.
#ifndef CSM_EXAMPLES_FORGE_BRIDGE_HPP
#define CSM_EXAMPLES_FORGE_BRIDGE_HPP

#include <csm/graph/batch.hpp>
#include <csm/graph/envelope.hpp>
#include <csm/graph/rate_plan.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/rest/http.hpp>
#include <csm/rest/transport_failure.hpp>
#include <csm/result.hpp>

#include <boost/url/parse.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace csm_examples::forge_bridge {

/// The graph.* operation names the bridge forwards (app/src/bridge.js has the full list).
namespace operation {
inline constexpr std::string_view set_objects = "setObjects";
inline constexpr std::string_view delete_objects_by_external_id = "deleteObjectsByExternalId";
} // namespace operation

/// deleteObjectsByExternalId: at most 500 ids a minute per app and tenant
/// (https://developer.atlassian.com/platform/teamwork-graph/rate-limits), from csm::graph's table.
inline constexpr std::size_t delete_ids_per_minute =
    *csm::graph::limits_of(csm::graph::graph_operation::delete_objects_by_external_id).per_minute;

/// The request for one payload: `POST <trigger>?operation=<operation>`, the payload as JSON body. `trigger_url`
/// is what `forge webtrigger create` prints. Authorization (the bridge's shared secret) is the transport's.
inline csm::result<csm::rest::http_request> make_request(std::string_view trigger_url, std::string_view op,
                                                         std::string body) {
    auto parsed = boost::urls::parse_absolute_uri(trigger_url);
    if (!parsed) return csm::error{csm::errc::invalid_value, "", "an absolute web trigger URL"};
    csm::rest::http_request req;
    req.method = csm::rest::http_method::post;
    req.url = *parsed;
    req.url.params().set("operation", op);
    req.headers = {{"Accept", "application/json"}, {"Content-Type", "application/json"}};
    req.body = std::move(body);
    req.endpoint_name = "forge_bridge";
    return req;
}

/// One batch handed over: when (planned offset from the first send), the HTTP status (0: no answer), and the
/// SDK's response when the bridge answered 200 with one.
template <class Response>
struct sent_batch {
    std::size_t batch = 0;
    std::chrono::milliseconds offset{0};
    int status = 0;
    std::optional<Response> response{};
};

template <class Response>
struct send_report {
    std::vector<sent_batch<Response>> sent{}; ///< in order; when `stopped` is set, the last one is where it stopped
    std::optional<std::string> stopped{};     ///< why the remaining batches were not sent (no customer data)

    bool complete() const noexcept { return !stopped; }
};

/// Waits until `offset` has passed since the waiter was made (std::chrono::steady_clock).
class steady_waiter {
public:
    void operator()(std::chrono::milliseconds offset) const { std::this_thread::sleep_until(start_ + offset); }

private:
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

/// Sends `bodies[plan[i].batch]` as `op` at `plan[i].offset`: `wait(offset)` returns when it is time. Stops at
/// the first batch that gets no answer, a status other than 200, a body that is not a `Response`, or
/// `success: false`: the docs do not say how Teamwork Graph reports a rate-limit breach, so the sender does
/// not guess and leaves retrying to the caller (the report says which batch to resume from).
template <class Response, class Transport, class Wait>
send_report<Response> send_all(std::string_view trigger_url, std::string_view op, std::span<const std::string> bodies,
                               std::span<const csm::graph::planned_send> plan, Transport& transport, Wait&& wait) {
    send_report<Response> report;
    const std::string name(op);
    for (const csm::graph::planned_send& step : plan) {
        sent_batch<Response>& sent = report.sent.emplace_back();
        sent.batch = step.batch;
        sent.offset = step.offset;
        if (step.batch >= bodies.size()) {
            report.stopped = "the plan names a batch that does not exist";
            return report;
        }
        auto req = make_request(trigger_url, op, bodies[step.batch]);
        if (!req) {
            report.stopped = req.error().message();
            return report;
        }
        wait(step.offset);
        auto res = transport(*req);
        if (!res) {
            report.stopped = res.error().message();
            return report;
        }
        sent.status = res->status;
        if (res->status != 200) {
            report.stopped = "the bridge answered HTTP " + std::to_string(res->status);
            return report;
        }
        auto parsed = csm::json::parse<Response>(res->body);
        if (!parsed) {
            report.stopped = "the answer is not a " + name + " response: " + parsed.error().message();
            return report;
        }
        sent.response = std::move(*parsed);
        if (sent.response->success && !*sent.response->success) {
            report.stopped = "graph." + name + " answered success: false";
            return report;
        }
    }
    return report;
}

/// setObjects envelopes (from csm::graph::make_batches) at the times of `plan` (csm::graph::plan_sends).
template <class Transport, class Wait>
send_report<csm::graph::bulk_object_response>
send_set_objects(std::string_view trigger_url, std::span<const csm::graph::set_objects_request> batches,
                 std::span<const csm::graph::planned_send> plan, Transport& transport, Wait&& wait) {
    std::vector<std::string> bodies;
    bodies.reserve(batches.size());
    for (const auto& b : batches) bodies.push_back(csm::json::serialize(b));
    return send_all<csm::graph::bulk_object_response>(trigger_url, operation::set_objects, bodies, plan, transport,
                                                      std::forward<Wait>(wait));
}

/// A deleteObjectsByExternalId request split into requests of at most 100 ids, in order.
inline std::vector<csm::graph::delete_objects_by_external_id_request>
split_deletes(const csm::graph::delete_objects_by_external_id_request& request) {
    std::vector<csm::graph::delete_objects_by_external_id_request> out;
    const auto& ids = request.external_ids;
    for (std::size_t i = 0; i < ids.size(); i += csm::graph::max_external_ids_per_delete) {
        auto& part = out.emplace_back(request);
        const std::size_t end = std::min(ids.size(), i + csm::graph::max_external_ids_per_delete);
        part.external_ids.assign(ids.begin() + static_cast<std::ptrdiff_t>(i),
                                 ids.begin() + static_cast<std::ptrdiff_t>(end));
    }
    return out;
}

/// When to send each part of split_deletes: at most 500 ids in any minute.
inline csm::result<std::vector<csm::graph::planned_send>>
plan_deletes(std::span<const csm::graph::delete_objects_by_external_id_request> parts,
             csm::graph::pacing p = csm::graph::pacing::even) {
    std::vector<std::size_t> sizes;
    sizes.reserve(parts.size());
    for (const auto& part : parts) sizes.push_back(part.external_ids.size());
    return csm::graph::plan_sends(sizes, delete_ids_per_minute, p);
}

template <class Transport, class Wait>
send_report<csm::graph::delete_objects_response>
send_deletes(std::string_view trigger_url, std::span<const csm::graph::delete_objects_by_external_id_request> parts,
             std::span<const csm::graph::planned_send> plan, Transport& transport, Wait&& wait) {
    std::vector<std::string> bodies;
    bodies.reserve(parts.size());
    for (const auto& p : parts) bodies.push_back(csm::json::serialize(p));
    return send_all<csm::graph::delete_objects_response>(trigger_url, operation::delete_objects_by_external_id, bodies,
                                                         plan, transport, std::forward<Wait>(wait));
}

} // namespace csm_examples::forge_bridge

#endif

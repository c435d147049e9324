// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_GRAPH_SIMULATOR_HPP
#define CSM_TESTING_GRAPH_SIMULATOR_HPP

#include <csm/testing/fault_plan.hpp>

#include <csm/graph/groups.hpp>
#include <csm/graph/objects.hpp>
#include <csm/graph/rate_plan.hpp>
#include <csm/graph/relationships.hpp>
#include <csm/graph/users.hpp>
#include <csm/graph/validate.hpp>
#include <csm/json/parse.hpp>
#include <csm/detail/query.hpp>
#include <csm/json/serialize.hpp>
#include <csm/rest/http.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// An in-process, sans-IO fake of Teamwork Graph ingestion as a C++ service reaches it: through the Forge
/// bridge of examples/forge_bridge (docs/teamwork-graph.md, "Delivery"). It answers what the bridge's web
/// trigger answers (its refusals, then the SDK's result with 200), with a stateful stand-in for the SDK:
/// objects, users, groups, user mappings and relationships are stored and read back, each request is read
/// with the library's codec and checked with its validate(), and each operation's documented per-minute
/// limit is enforced (429 with Retry-After). docs/testing.md says what is modelled and what is chosen where
/// the official pages are silent. Not part of csm/csm.hpp.
namespace csm::testing {

struct graph_simulator_options {
    /// The bridge's shared secret: requests carry "Authorization: Bearer <secret>".
    std::string secret;
    /// Units a minute per operation instead of the documented limit (graph::limits_of). setRelationships
    /// documents none, so it is unlimited unless given here.
    std::map<graph::graph_operation, std::size_t> per_minute{};
};

class graph_simulator {
public:
    using clock = std::chrono::system_clock;

    explicit graph_simulator(graph_simulator_options options) : options_(std::move(options)) {}

    /// The simulated time of the per-minute windows and of stored groups' `meta`; tests move it.
    void set_now(clock::time_point now) noexcept { now_ = now; }

    /// Injects faults (csm/testing/fault_plan.hpp); a fault's `endpoint` is the SDK operation name.
    void set_faults(fault_plan plan) { faults_ = std::move(plan); }

    /// One web trigger call: `POST <trigger>?operation=<name>` with the payload as the JSON body.
    rest::http_response operator()(const rest::http_request& req);

    /// What is stored, for a test's assertions.
    std::size_t object_count() const noexcept { return objects_.size(); }
    std::size_t user_count() const noexcept { return users_.size(); }
    std::size_t group_count() const noexcept { return groups_.size(); }
    std::size_t mapping_count() const noexcept { return mappings_.size(); }
    std::size_t relationship_count() const noexcept { return relationships_.size(); }

private:
    struct stored_object {
        graph::any_object object;
        std::map<std::string, std::string> properties; // the envelope's `properties`
    };
    struct stored_user {
        std::string id;
        graph::user_payload user;
    };
    struct stored_group {
        std::string id;
        graph::group_payload group;
        std::string created;
        std::string last_modified;
    };
    /// Units sent in the last minute, oldest first.
    struct window {
        std::deque<std::pair<clock::time_point, std::size_t>> sent;
        std::size_t total = 0;
    };

    static rest::http_response json(int status, std::string body) {
        return {status, {{"Content-Type", "application/json"}}, std::move(body)};
    }
    /// The bridge's own refusals, as examples/forge_bridge/app/src/bridge.js words them.
    static rest::http_response refuse(int status, std::string_view code, std::string_view message) {
        return json(status, boost::json::serialize(boost::json::object{{"bridgeError", code}, {"message", message}}));
    }
    /// An SDK result that failed. How the SDK reports an invalid payload is not documented; the simulator
    /// answers `{ success: false, error }` with the problem's pointer and rule, never a value.
    static rest::http_response failed(std::string error) {
        return json(200, boost::json::serialize(boost::json::object{{"success", false}, {"error", error}}));
    }
    template <class Response>
    static rest::http_response ok(const Response& r) {
        return json(200, csm::json::serialize(r));
    }

    static std::string scoped(const std::optional<csm::connection_id>& c, std::string_view rest_of_key) {
        std::string k = c ? c->str() : std::string();
        k.push_back('\n');
        k.append(rest_of_key);
        return k;
    }

    std::string now_text() const {
        return csm::instant::from_time_point(std::chrono::time_point_cast<std::chrono::seconds>(now_)).to_string();
    }

    /// Checks the operation's per-minute limit and counts the request against it; the seconds to wait when
    /// it does not fit.
    std::optional<std::chrono::seconds> admit(graph::graph_operation op, std::string_view key, std::size_t units,
                                              std::optional<std::size_t> documented);

    template <class Request>
    rest::http_response run(graph::graph_operation op, std::string_view body);

    rest::http_response apply(const graph::set_objects_request& r);
    rest::http_response apply(const graph::get_object_by_external_id_request& r);
    rest::http_response apply(const graph::delete_objects_by_external_id_request& r);
    rest::http_response apply(const graph::delete_objects_by_properties_request& r);
    rest::http_response apply(const graph::set_users_request& r);
    rest::http_response apply(const graph::get_user_by_external_id_request& r);
    rest::http_response apply(const graph::delete_users_by_external_id_request& r);
    rest::http_response apply(const graph::map_users_request& r);
    rest::http_response apply(const graph::set_groups_request& r);
    rest::http_response apply(const graph::get_group_by_external_id_request& r);
    rest::http_response apply(const graph::delete_groups_by_external_id_request& r);
    rest::http_response apply(const graph::set_relationships_request& r);

    graph_simulator_options options_;
    clock::time_point now_ = clock::now();
    std::optional<fault_plan> faults_;
    std::map<std::string, window> windows_;                    // by operation (setObjects BACKFILL apart)
    std::map<std::string, stored_object> objects_;             // by connection, object type and id
    std::map<std::string, stored_user> users_;                 // by connection and externalId
    std::map<std::string, graph::user_mapping> mappings_;      // by connection and externalId
    std::map<std::string, stored_group> groups_;               // by connection and externalId
    std::map<std::string, graph::relationship> relationships_; // by connection, type, from and to
    std::uint64_t next_id_ = 1;
};

// ---- implementation ---------------------------------------------------------------------------------

inline rest::http_response graph_simulator::operator()(const rest::http_request& req) {
    using graph::graph_operation;
    // The bridge's checks, in its order (examples/forge_bridge/app/src/bridge.js).
    const rest::http_header* auth = req.find_header("Authorization");
    if (options_.secret.empty() || !auth || auth->value != "Bearer " + options_.secret)
        return refuse(401, "unauthorized", "missing or wrong Authorization");
    if (req.method != rest::http_method::post) return refuse(405, "method_not_allowed", "only POST is accepted");
    // url::params() is the mutable view; the base class gives the read-only one.
    const boost::urls::params_view params = static_cast<const boost::urls::url_view_base&>(req.url).params();
    if (!csm::detail::has_query_params(req.url) || params.count("operation") != 1)
        return refuse(400, "operation_missing", "exactly one operation query parameter is needed");
    const std::string name = (*params.find("operation")).value;
    std::optional<graph_operation> op;
    for (int i = 0; i <= static_cast<int>(graph_operation::set_relationships); ++i)
        if (graph::limits_of(static_cast<graph_operation>(i)).name == name) op = static_cast<graph_operation>(i);
    if (!op) return refuse(400, "unknown_operation", "the operation is not one the bridge forwards");
    const rest::http_header* type = req.find_header("Content-Type");
    if (!type || type->value.view().substr(0, type->value.view().find(';')) != "application/json")
        return refuse(415, "not_json", "the body must be sent as application/json");
    boost::system::error_code ec;
    const boost::json::value payload = boost::json::parse(req.body.value_or(std::string()), ec);
    if (ec) return refuse(400, "invalid_json", "the body is not JSON");
    if (!payload.is_object()) return refuse(400, "not_an_object", "the body must be a JSON object");

    const std::optional<fault> f = faults_ ? faults_->next(name) : std::nullopt;
    if (f && f->kind != fault_kind::slow && f->kind != fault_kind::truncated_body && f->kind != fault_kind::not_json)
        return fault_plan::apply(*f, {}); // before acting, so that a retry does not act twice
    const std::string_view body = *req.body;
    rest::http_response r;
    switch (*op) {
    case graph_operation::set_objects: r = run<graph::set_objects_request>(*op, body); break;
    case graph_operation::get_object_by_external_id:
        r = run<graph::get_object_by_external_id_request>(*op, body);
        break;
    case graph_operation::delete_objects_by_properties:
        r = run<graph::delete_objects_by_properties_request>(*op, body);
        break;
    case graph_operation::delete_objects_by_external_id:
        r = run<graph::delete_objects_by_external_id_request>(*op, body);
        break;
    case graph_operation::set_users: r = run<graph::set_users_request>(*op, body); break;
    case graph_operation::get_user_by_external_id: r = run<graph::get_user_by_external_id_request>(*op, body); break;
    case graph_operation::delete_users_by_external_id:
        r = run<graph::delete_users_by_external_id_request>(*op, body);
        break;
    case graph_operation::map_users: r = run<graph::map_users_request>(*op, body); break;
    case graph_operation::set_groups: r = run<graph::set_groups_request>(*op, body); break;
    case graph_operation::get_group_by_external_id: r = run<graph::get_group_by_external_id_request>(*op, body); break;
    case graph_operation::delete_groups_by_external_id:
        r = run<graph::delete_groups_by_external_id_request>(*op, body);
        break;
    case graph_operation::set_relationships: r = run<graph::set_relationships_request>(*op, body); break;
    }
    return f ? fault_plan::apply(*f, std::move(r)) : r;
}

template <class Request>
rest::http_response graph_simulator::run(graph::graph_operation op, std::string_view body) {
    // The library's reader and validate(): the fake checks what the client checks before sending.
    csm::result<Request> request = csm::json::parse<Request>(body);
    if (!request) return failed(request.error().pointer + ": expected " + request.error().expected);
    for (const graph::problem& p : graph::validate(*request))
        if (p.severity == graph::severity::error) return failed(p.brief());
    std::string key(graph::limits_of(op).name);
    graph::backfill_limit b = graph::backfill_limit::not_assumed;
    if constexpr (std::is_same_v<Request, graph::set_objects_request>) {
        // The BACKFILL limit applies to envelopes marked BACKFILL (https://developer.atlassian.com/platform/teamwork-graph/rate-limits),
        // counted apart from the normal one.
        if (graph::objects_per_minute(request->operation_type) == graph::objects_per_minute_backfill) {
            b = graph::backfill_limit::applies;
            key += " BACKFILL";
        }
    }
    const auto wait = admit(op, key, graph::operation_of<Request>::units(*request), graph::limits_of(op, b).per_minute);
    if (wait) {
        rest::http_response r = refuse(429, "rate_limited", "the operation's per-minute limit is reached");
        r.headers.push_back({"Retry-After", std::to_string(wait->count())});
        return r;
    }
    return apply(*request);
}

inline std::optional<std::chrono::seconds> graph_simulator::admit(graph::graph_operation op, std::string_view key,
                                                                  std::size_t units,
                                                                  std::optional<std::size_t> documented) {
    const auto configured = options_.per_minute.find(op);
    const std::optional<std::size_t> limit = configured != options_.per_minute.end() ? configured->second : documented;
    if (!limit) return std::nullopt;
    window& w = windows_[std::string(key)];
    // A sliding window: at most `limit` units in any minute (what graph::rate_planner plans for).
    while (!w.sent.empty() && w.sent.front().first + std::chrono::minutes(1) <= now_) {
        w.total -= w.sent.front().second;
        w.sent.pop_front();
    }
    if (w.total + units > *limit) {
        // The earliest moment enough of the window has expired for these units.
        std::size_t left = w.total;
        clock::time_point at = now_ + std::chrono::minutes(1);
        for (const auto& [when, n] : w.sent) {
            left -= n;
            if (left + units <= *limit) {
                at = when + std::chrono::minutes(1);
                break;
            }
        }
        return std::chrono::ceil<std::chrono::seconds>(at - now_);
    }
    w.sent.emplace_back(now_, units);
    w.total += units;
    return std::nullopt;
}

inline rest::http_response graph_simulator::apply(const graph::set_objects_request& r) {
    graph::bulk_object_results results{
        std::vector<boost::json::value>{}, std::nullopt, std::vector<boost::json::value>{}, {}};
    for (const graph::any_object& o : r.objects) {
        const graph::object_common* common = o.common();
        // validate() refuses unknown object types and objects without an id before this point.
        const std::string id = common ? common->id.str() : std::string();
        boost::json::object entry{{"objectType", o.object_type()}, {"id", id}};
        const std::string key = scoped(r.connection_id, std::string(o.object_type()) + '\n' + id);
        const auto it = objects_.find(key);
        // Last write wins by updateSequenceNumber (csm/graph/object.hpp): an older one is rejected.
        if (it != objects_.end() && common && it->second.object.common() &&
            it->second.object.common()->update_sequence_number > common->update_sequence_number) {
            entry["error"] = "updateSequenceNumber is older than the stored object's";
            results.rejected->push_back(std::move(entry));
            continue;
        }
        objects_.insert_or_assign(key, stored_object{o, r.properties.value_or(std::map<std::string, std::string>{})});
        results.accepted->push_back(std::move(entry));
    }
    return ok(graph::bulk_object_response{true, std::nullopt, std::move(results), {}});
}

inline rest::http_response graph_simulator::apply(const graph::get_object_by_external_id_request& r) {
    const auto it = objects_.find(scoped(r.connection_id, r.object_type + '\n' + r.external_id.str()));
    if (it == objects_.end()) return ok(graph::get_object_response{false, std::nullopt, "object not found", {}});
    return ok(graph::get_object_response{true, it->second.object, std::nullopt, {}});
}

inline rest::http_response graph_simulator::apply(const graph::delete_objects_by_external_id_request& r) {
    for (const csm::graph_object_id& id : r.external_ids)
        objects_.erase(scoped(r.connection_id, r.object_type + '\n' + id.str()));
    return ok(graph::delete_objects_response{true, std::nullopt, std::nullopt, {}});
}

inline rest::http_response graph_simulator::apply(const graph::delete_objects_by_properties_request& r) {
    const std::string prefix = scoped(r.connection_id, r.object_type + '\n');
    for (auto it = objects_.lower_bound(prefix); it != objects_.end() && it->first.starts_with(prefix);) {
        bool matches = true;
        for (const auto& [k, v] : r.properties) {
            const auto p = it->second.properties.find(k);
            matches = matches && p != it->second.properties.end() && p->second == v;
        }
        it = matches ? objects_.erase(it) : std::next(it);
    }
    return ok(graph::delete_objects_response{true, std::nullopt, std::nullopt, {}});
}

inline rest::http_response graph_simulator::apply(const graph::set_users_request& r) {
    boost::json::array results;
    for (const graph::user_payload& u : r.users) {
        const std::string key = scoped(r.connection_id, u.external_id.str());
        auto it = users_.find(key);
        if (it == users_.end()) it = users_.emplace(key, stored_user{"user-" + std::to_string(next_id_++), u}).first;
        else it->second.user = u;
        results.push_back(boost::json::object{{"externalId", u.external_id.str()}, {"id", it->second.id}});
    }
    return ok(graph::bulk_users_response{true, std::nullopt, boost::json::value(std::move(results)), {}});
}

inline rest::http_response graph_simulator::apply(const graph::get_user_by_external_id_request& r) {
    const auto it = users_.find(scoped(r.connection_id, r.external_id.str()));
    if (it == users_.end()) return ok(graph::get_user_response{false, std::nullopt, "user not found", {}});
    const graph::user_payload& u = it->second.user;
    return ok(graph::get_user_response{
        true,
        graph::user_record{
            it->second.id, u.display_name, u.user_name, u.nickname, u.name, u.emails, u.extended_profile, {}},
        std::nullopt,
        {}});
}

inline rest::http_response graph_simulator::apply(const graph::delete_users_by_external_id_request& r) {
    std::vector<graph::delete_user_result> results;
    for (const csm::external_user_id& id : r.external_ids) {
        const bool found = users_.erase(scoped(r.connection_id, id.str())) > 0;
        results.push_back({id.str(), found, found ? std::nullopt : std::optional<std::string>("user not found"), {}});
    }
    return ok(graph::delete_users_response{true, std::move(results), std::nullopt, {}});
}

inline rest::http_response graph_simulator::apply(const graph::map_users_request& r) {
    for (const graph::user_mapping& m : r.direct_mappings) {
        const std::string key = scoped(r.connection_id, m.external_id.str());
        const auto it = mappings_.find(key);
        if (it == mappings_.end() || it->second.update_sequence_number <= m.update_sequence_number)
            mappings_.insert_or_assign(key, m);
    }
    return ok(graph::map_users_response{true, std::nullopt, {}});
}

inline rest::http_response graph_simulator::apply(const graph::set_groups_request& r) {
    boost::json::array results;
    for (const graph::group_payload& g : r.groups) {
        const std::string key = scoped(r.connection_id, g.external_id.str());
        auto it = groups_.find(key);
        if (it == groups_.end())
            it = groups_.emplace(key, stored_group{"group-" + std::to_string(next_id_++), g, now_text(), {}}).first;
        it->second.group = g;
        it->second.last_modified = now_text();
        results.push_back(boost::json::object{{"externalId", g.external_id.str()}, {"id", it->second.id}});
    }
    return ok(graph::bulk_groups_response{true, std::nullopt, boost::json::value(std::move(results)), {}});
}

inline rest::http_response graph_simulator::apply(const graph::get_group_by_external_id_request& r) {
    const auto it = groups_.find(scoped(r.connection_id, r.external_id.str()));
    if (it == groups_.end()) return ok(graph::get_group_response{false, std::nullopt, "group not found", {}});
    const stored_group& s = it->second;
    return ok(graph::get_group_response{true,
                                        graph::group_record{s.id,
                                                            s.group.external_id.str(),
                                                            s.group.display_name,
                                                            s.group.members,
                                                            graph::group_meta{s.created, s.last_modified, "Group", {}},
                                                            {}},
                                        std::nullopt,
                                        {}});
}

inline rest::http_response graph_simulator::apply(const graph::delete_groups_by_external_id_request& r) {
    std::vector<graph::delete_group_result> results;
    for (const csm::external_group_id& id : r.external_ids) {
        const bool found = groups_.erase(scoped(r.connection_id, id.str())) > 0;
        results.push_back({id.str(), found ? 200 : 404, found ? "deleted" : "group not found", {}});
    }
    return ok(graph::delete_groups_response{true, std::move(results), std::nullopt, {}});
}

inline rest::http_response graph_simulator::apply(const graph::set_relationships_request& r) {
    std::map<std::string, std::vector<graph::relationship_response>> results;
    for (const graph::relationship& rel : r.relationships) {
        const std::string key =
            scoped(r.connection_id, rel.type + '\n' + rel.from.type + boost::json::serialize(rel.from.value) + '\n' +
                                        rel.to.type + boost::json::serialize(rel.to.value));
        const auto it = relationships_.find(key);
        const std::string created = it != relationships_.end() && it->second.created_at
                                        ? *it->second.created_at
                                        : rel.created_at.value_or(now_text());
        graph::relationship stored = rel;
        stored.created_at = created;
        stored.updated_at = rel.updated_at.value_or(now_text());
        relationships_.insert_or_assign(key, stored);
        results[rel.type].push_back(
            {stored.from, stored.to, stored.update_sequence_number, stored.created_at, stored.updated_at, {}});
    }
    return ok(graph::bulk_relationships_response{true, std::move(results), std::nullopt, std::nullopt, {}});
}

} // namespace csm::testing

#endif

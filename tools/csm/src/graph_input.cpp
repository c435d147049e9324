// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include "graph_input.hpp"

#include <csm/graph/batch.hpp>
#include <csm/graph/envelope.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>

#include <boost/json/string.hpp>

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace csm_cli {

namespace {

constexpr std::string_view wrapped_prefix = "/objects/0";

/// RFC 6901 reference token unescaping (~1 is '/', ~0 is '~').
std::string unescape_token(std::string_view token) {
    std::string out;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            out.push_back(token[i + 1] == '1' ? '/' : '~');
            ++i;
        } else {
            out.push_back(token[i]);
        }
    }
    return out;
}

/// Removes the member at `pointer` ("/objects/2/foo"); false when there is nothing to remove.
bool remove_member(boost::json::value& root, std::string_view pointer) {
    const auto slash = pointer.rfind('/');
    if (slash == std::string_view::npos) return false;
    boost::system::error_code ec;
    boost::json::value* parent =
        pointer.substr(0, slash).empty() ? &root : root.find_pointer(pointer.substr(0, slash), ec);
    if (!parent || ec || !parent->is_object()) return false;
    return parent->as_object().erase(unescape_token(pointer.substr(slash + 1))) > 0;
}

/// Strict mode: read with unknown keys rejected; each time one is reported, note it, remove it from a copy
/// and read again, so that all of them are found (the reader itself stops at the first).
void unknown_keys(boost::json::value envelope, std::vector<csm::graph::problem>& out) {
    csm::json::read_options strict;
    strict.reject_unknown_members = true;
    for (int guard = 0; guard < 10'000; ++guard) {
        auto r = csm::json::from_value<csm::graph::set_objects_request>(envelope, strict);
        if (r || r.error().code != csm::errc::unknown_member) return;
        out.push_back({r.error().pointer, csm::graph::rule::unknown_member, csm::graph::severity::error, {}});
        if (!remove_member(envelope, r.error().pointer)) return;
    }
}

using csm::graph::graph_operation;

/// Calls f(std::type_identity<Request>{}) with the request type of `op`.
template <class F>
decltype(auto) with_request(graph_operation op, F&& f) {
    namespace g = csm::graph;
    switch (op) {
    case graph_operation::set_objects: return f(std::type_identity<g::set_objects_request>{});
    case graph_operation::get_object_by_external_id:
        return f(std::type_identity<g::get_object_by_external_id_request>{});
    case graph_operation::delete_objects_by_properties:
        return f(std::type_identity<g::delete_objects_by_properties_request>{});
    case graph_operation::delete_objects_by_external_id:
        return f(std::type_identity<g::delete_objects_by_external_id_request>{});
    case graph_operation::set_users: return f(std::type_identity<g::set_users_request>{});
    case graph_operation::get_user_by_external_id: return f(std::type_identity<g::get_user_by_external_id_request>{});
    case graph_operation::delete_users_by_external_id:
        return f(std::type_identity<g::delete_users_by_external_id_request>{});
    case graph_operation::map_users: return f(std::type_identity<g::map_users_request>{});
    case graph_operation::set_groups: return f(std::type_identity<g::set_groups_request>{});
    case graph_operation::get_group_by_external_id: return f(std::type_identity<g::get_group_by_external_id_request>{});
    case graph_operation::delete_groups_by_external_id:
        return f(std::type_identity<g::delete_groups_by_external_id_request>{});
    case graph_operation::set_relationships: break;
    }
    return f(std::type_identity<g::set_relationships_request>{});
}

} // namespace

std::optional<graph_operation> operation_named(std::string_view name) {
    for (int i = 0; i <= static_cast<int>(graph_operation::set_relationships); ++i) {
        const auto op = static_cast<graph_operation>(i);
        if (csm::graph::limits_of(op).name == name) return op;
    }
    return std::nullopt;
}

graph_operation operation_by_shape(const boost::json::value& jv) {
    const auto* o = jv.if_object();
    if (!o) return graph_operation::set_objects;
    if (o->contains("users")) return graph_operation::set_users;
    if (o->contains("groups")) return graph_operation::set_groups;
    if (o->contains("directMappings")) return graph_operation::map_users;
    if (o->contains("relationships")) return graph_operation::set_relationships;
    return graph_operation::set_objects;
}

std::vector<csm::graph::problem> request_problems(const boost::json::value& jv, graph_operation op, bool strict) {
    return with_request(op, [&]<class R>(std::type_identity<R>) {
        std::vector<csm::graph::problem> all = csm::graph::validate_json_as<R>(jv, {.strict = strict});
        if (strict && !csm::graph::has_errors(all)) {
            csm::json::read_options options;
            options.reject_unknown_members = true;
            auto r = csm::json::from_value<R>(jv, options);
            if (!r)
                all.push_back({r.error().pointer, csm::graph::rule::unknown_member, csm::graph::severity::error, {}});
        }
        return all;
    });
}

csm::result<std::string> canonical_request(const boost::json::value& jv, graph_operation op) {
    return with_request(op, [&]<class R>(std::type_identity<R>) -> csm::result<std::string> {
        auto r = csm::json::from_value<R>(jv);
        if (!r) return std::move(r).error();
        return csm::json::serialize(*r);
    });
}

csm::result<split_requests> split_request(const boost::json::value& jv, graph_operation op,
                                          csm::graph::batch_options options) {
    return with_request(op, [&]<class R>(std::type_identity<R>) -> csm::result<split_requests> {
        if constexpr (!csm::graph::batched_request<R>) {
            return csm::error{csm::errc::invalid_value, "", "an operation that sends a list (--operation)"};
        } else {
            auto r = csm::json::from_value<R>(jv);
            if (!r) return std::move(r).error();
            auto batches = csm::graph::make_batches<R>(std::move(*r), options);
            if (!batches) return std::move(batches).error();
            split_requests out;
            for (const R& b : *batches) {
                out.texts.push_back(csm::json::serialize(b));
                out.items.push_back((b.*R::batch_items).size());
            }
            if (!csm::graph::limits_of(op).per_minute) return out; // setRelationships documents no limit
            auto planned = csm::graph::plan_sends(*batches);
            if (!planned) return std::move(planned).error();
            out.plan = std::move(*planned);
            return out;
        }
    });
}

bool is_envelope(const boost::json::value& jv) {
    const auto* o = jv.if_object();
    return o && o->contains("objects");
}

boost::json::value as_envelope(const boost::json::value& jv) {
    if (is_envelope(jv)) return jv;
    boost::json::object env;
    env["objects"] = boost::json::array{jv};
    return env;
}

std::vector<csm::graph::problem> graph_problems(const boost::json::value& jv, bool strict) {
    const bool envelope = is_envelope(jv);
    const boost::json::value env = as_envelope(jv);
    std::vector<csm::graph::problem> all = csm::graph::validate_json(env, {.strict = strict});
    if (strict) unknown_keys(env, all);
    if (envelope) return all;

    // A single object: keep what concerns it (not the wrapper's envelope-level notes), relative to it.
    std::vector<csm::graph::problem> mine;
    for (auto& p : all) {
        const std::string_view ptr = p.pointer;
        if (!ptr.starts_with(wrapped_prefix)) continue;
        const std::string_view rest = ptr.substr(wrapped_prefix.size());
        if (!rest.empty() && rest.front() != '/') continue;
        p.pointer = std::string(rest);
        mine.push_back(std::move(p));
    }
    return mine;
}

} // namespace csm_cli

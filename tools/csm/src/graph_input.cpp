// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include "graph_input.hpp"

#include <csm/graph/envelope.hpp>
#include <csm/json/value.hpp>

#include <boost/json/string.hpp>

#include <string>
#include <string_view>

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
    boost::json::value* parent = pointer.substr(0, slash).empty() ? &root : root.find_pointer(pointer.substr(0, slash), ec);
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

} // namespace

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

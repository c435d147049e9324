// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_ASSOCIATION_HPP
#define CSM_GRAPH_ASSOCIATION_HPP

#include <csm/json/codec.hpp>
#include <csm/json/unknown_fields.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace csm::graph {

/// Links an external object to Atlassian objects, e.g. `{ "associationType": "issueIdOrKeys",
/// "values": ["PROJ-1"] }`. No official list of association types exists (docs/decisions.md#associations-form).
struct association {
    std::string association_type{};
    std::vector<std::string> values{};
    csm::json::unknown_fields unknown_members{}; ///< keys the docs do not show, kept for round trips

    friend bool operator==(const association&, const association&) = default;
};
BOOST_DESCRIBE_STRUCT(association, (), (association_type, values, unknown_members))

/// How `associations` is written (docs/decisions.md#associations-form): every schema tree shows a plain array, Atlassian's connector tutorial
/// sends `{ "set": [ … ] }`. No source settles which one the server wants, so the caller chooses; the default
/// is the documented array. Reading accepts both and remembers which one it saw, so a round trip keeps it.
enum class association_form {
    array, ///< `"associations": [ {…}, … ]` (schema trees; the default)
    set,   ///< `"associations": { "set": [ {…}, … ] }` (connector tutorial)
};

/// An object's `associations`: the list plus the form it is written in. Keys other than `set` in the object
/// form (a `remove` list has been guessed at but never seen) are kept as raw JSON and written back in that form.
struct association_list : std::vector<association> {
    using std::vector<association>::vector;
    association_list() = default;

    association_form form = association_form::array;
    boost::json::object other_keys{}; ///< object form only: keys besides `set`

    friend bool operator==(const association_list&, const association_list&) = default;
};

} // namespace csm::graph

/// The members are templates so that only a TU that writes or reads associations compiles them
/// (docs/performance.md).
template <>
struct csm::json::codec<csm::graph::association_list> {
    using list_codec = codec<std::vector<csm::graph::association>>;
    static constexpr std::string_view expected = "an array of associations or { \"set\": [...] }";

    template <class Out>
    static void write(Out& out, const csm::graph::association_list& v) {
        if (v.form == csm::graph::association_form::array) return list_codec::write(out, v);
        out.append("{\"set\":");
        list_codec::write(out, v);
        for (const auto& kv : v.other_keys) {
            if (kv.key() == "set") continue;
            out.push_back(',');
            detail::write_string(out, kv.key());
            out.push_back(':');
            out += boost::json::serialize(kv.value());
        }
        out.push_back('}');
    }
    template <class StoragePtr>
    static boost::json::value to_value(const csm::graph::association_list& v, StoragePtr sp) {
        boost::json::value list = list_codec::to_value(v, sp);
        if (v.form == csm::graph::association_form::array) return list;
        boost::json::object o(v.other_keys, sp);
        o.insert_or_assign("set", std::move(list));
        return boost::json::value(std::move(o));
    }
    template <class Context>
    static bool read(Context& ctx, const boost::json::value& jv, csm::graph::association_list& out);
};

template <class Context>
bool csm::json::codec<csm::graph::association_list>::read(Context& ctx, const boost::json::value& jv,
                                                          csm::graph::association_list& out) {
    out.other_keys.clear();
    if (const boost::json::object* o = jv.if_object()) {
        out.form = csm::graph::association_form::set;
        for (const auto& kv : *o)
            if (kv.key() != "set") out.other_keys.insert_or_assign(kv.key(), kv.value());
        const boost::json::value* set = o->if_contains("set");
        if (!set || set->is_null()) {
            out.clear();
            return true;
        }
        auto scope = ctx.enter("set");
        return list_codec::read(ctx, *set, out);
    }
    if (!jv.is_array()) return ctx.fail(errc::type_mismatch, expected);
    out.form = csm::graph::association_form::array;
    return list_codec::read(ctx, jv, out);
}

#endif

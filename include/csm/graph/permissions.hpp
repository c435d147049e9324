// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_PERMISSIONS_HPP
#define CSM_GRAPH_PERMISSIONS_HPP

#include <csm/basic_id.hpp>
#include <csm/json/codec.hpp>
#include <csm/open_enum.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace csm::graph {

struct principal_type_traits {
    enum class known { user, group, atlassian_workspace, container, everyone };
    static constexpr std::string_view names[] = {"USER", "GROUP", "ATLASSIAN_WORKSPACE", "CONTAINER", "EVERYONE"};
    /// docs/decisions.md#principal-type-case: Atlassian's skill writes `'user'`/`'group'`; read case-insensitively, write upper-case.
    static constexpr bool case_insensitive = true;
};
/// Who a principal is (https://developer.atlassian.com/platform/teamwork-graph/permissions-and-access-control-lists). Open: a type the library does not know is kept and written back.
using principal_type = csm::open_enum<principal_type_traits>;

struct permission_action_traits {
    enum class known { read };
    static constexpr std::string_view names[] = {"read"};
};
/// `permissions[].action`: only `read` has been seen (docs/decisions.md#permission-action); any other string is kept.
using permission_action = csm::open_enum<permission_action_traits>;

namespace id_tags {
struct principal {};
} // namespace id_tags
/// A principal's id: the external id of a user (USER) or group (GROUP), as sent with setUsers/setGroups.
using principal_id = csm::basic_id<id_tags::principal>;

/// One principal. `id` is required for USER and GROUP (validate() checks it), absent for ATLASSIAN_WORKSPACE
/// and EVERYONE; CONTAINER takes none per the docs but an id is accepted and kept (docs/decisions.md#container-principal-id).
struct principal {
    principal_type type;
    std::optional<principal_id> id{};

    static principal user(std::string external_id) {
        return {principal_type::known::user, principal_id(std::move(external_id))};
    }
    static principal group(std::string external_id) {
        return {principal_type::known::group, principal_id(std::move(external_id))};
    }
    static principal everyone() { return {principal_type::known::everyone, std::nullopt}; }
    static principal atlassian_workspace() { return {principal_type::known::atlassian_workspace, std::nullopt}; }
    static principal container() { return {principal_type::known::container, std::nullopt}; }

    friend bool operator==(const principal&, const principal&) = default;
};
BOOST_DESCRIBE_STRUCT(principal, (), (type, id))

/// Principals that combine with OR.
struct access_control {
    std::vector<principal> principals{};
    friend bool operator==(const access_control&, const access_control&) = default;
};
BOOST_DESCRIBE_STRUCT(access_control, (), (principals))

/// One entry of `permissions`; entries combine with AND.
struct permission {
    std::optional<permission_action> action{}; ///< written only when set (docs/decisions.md#permission-action)
    std::vector<access_control> access_controls{};

    /// `{ "accessControls": [ { "principals": [ p ] } ] }`.
    static permission of(principal p) { return {std::nullopt, {access_control{{std::move(p)}}}}; }

    friend bool operator==(const permission&, const permission&) = default;
};
BOOST_DESCRIBE_STRUCT(permission, (), (action, access_controls))

/// An object's `permissions`: a list of permission entries, written as a JSON array. Reading also accepts a
/// single permission object and treats it as a one-element list (docs/decisions.md#single-permission-object: a third-party app typed against SDK
/// ^5.0.3 sends `permissions: { accessControls: [...] }`).
struct permission_list : std::vector<permission> {
    using std::vector<permission>::vector;
    permission_list() = default;

    /// Principals across every access control of every entry (the documented limit is 500 per object).
    std::size_t principal_count() const noexcept {
        std::size_t n = 0;
        for (const permission& p : *this)
            for (const access_control& a : p.access_controls) n += a.principals.size();
        return n;
    }

    friend bool operator==(const permission_list&, const permission_list&) = default;
};

} // namespace csm::graph

/// The members are templates so that only a TU that writes or reads permissions compiles them
/// (docs/performance.md).
template <>
struct csm::json::codec<csm::graph::permission_list> {
    using list_codec = codec<std::vector<csm::graph::permission>>;
    static constexpr std::string_view expected = "an array of permissions";
    /// For parse<T>'s streaming reader (detail/stream_read.hpp): a list of these, or one of them alone.
    using stream_one_or_many = csm::graph::permission;

    template <class Out>
    static void write(Out& out, const csm::graph::permission_list& v) {
        list_codec::write(out, v);
    }
    template <class StoragePtr>
    static boost::json::value to_value(const csm::graph::permission_list& v, StoragePtr sp) {
        return list_codec::to_value(v, std::move(sp));
    }
    template <class Context>
    static bool read(Context& ctx, const boost::json::value& jv, csm::graph::permission_list& out) {
        if (jv.is_object()) {
            out.clear();
            out.push_back(detail::placeholder<csm::graph::permission>());
            return codec<csm::graph::permission>::read(ctx, jv, out.back());
        }
        if (!jv.is_array()) return ctx.fail(errc::type_mismatch, "an array of permissions or one permission object");
        return list_codec::read(ctx, jv, out);
    }
};

#endif

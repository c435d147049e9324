// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_GROUPS_HPP
#define CSM_GRAPH_GROUPS_HPP

#include <csm/graph/by_external_id.hpp>
#include <csm/ids.hpp>
#include <csm/json/fields.hpp>
#include <csm/json/unknown_fields.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

/// Teamwork Graph group operations (setGroups, getGroupByExternalId, deleteGroupsByExternalId): the groups
/// that GROUP principals resolve to (docs/teamwork-graph.md, "Users and groups").
namespace csm::graph {

inline constexpr std::size_t max_groups_per_request = 100;

/// A member of a group (`GroupMember`): `{ externalId, type /* e.g. "USER" */, updateSequenceNumber?,
/// displayName? }`. Not named `group_member`: glibc declares a global function of that name.
/// `type` is free text: the page gives "USER" only as an example.
struct group_member_entry {
    std::string external_id{};
    std::string type{};
    std::optional<std::int64_t> update_sequence_number{};
    std::optional<std::string> display_name{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const group_member_entry&, const group_member_entry&) = default;
};
BOOST_DESCRIBE_STRUCT(group_member_entry, (),
                      (external_id, type, update_sequence_number, display_name, unknown_members))

/// A group sent with setGroups (`GroupPayload`): only `externalId` is required.
struct group_payload {
    csm::external_group_id external_id;
    std::optional<std::string> display_name{};
    std::optional<std::vector<group_member_entry>> members{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const group_payload&, const group_payload&) = default;
};
BOOST_DESCRIBE_STRUCT(group_payload, (), (external_id, display_name, members, unknown_members))

/// setGroups: at most 100 groups per request.
struct set_groups_request {
    std::vector<group_payload> groups{};
    std::optional<csm::connection_id> connection_id{};
    csm::json::unknown_fields unknown_members{};

    /// make_batches (graph/batch.hpp) splits this list, at most max_groups_per_request items a request.
    static constexpr auto batch_items = &set_groups_request::groups;
    static constexpr std::size_t max_batch_items = max_groups_per_request;
    friend bool operator==(const set_groups_request&, const set_groups_request&) = default;
};
BOOST_DESCRIBE_STRUCT(set_groups_request, (), (groups, connection_id, unknown_members))

/// setGroups response: not documented beyond `success`/`error`; `results` stays raw.
using bulk_groups_response = bulk_set_response<group_payload>;

/// getGroupByExternalId: one group per request.
using get_group_by_external_id_request = get_by_external_id_request<csm::external_group_id>;

/// `meta` of a stored group: `{ created, lastModified, resourceType }` (text as sent by the server).
struct group_meta {
    std::optional<std::string> created{};
    std::optional<std::string> last_modified{};
    std::optional<std::string> resource_type{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const group_meta&, const group_meta&) = default;
};
BOOST_DESCRIBE_STRUCT(group_meta, (), (created, last_modified, resource_type, unknown_members))

/// The `group` of a getGroupByExternalId response.
struct group_record {
    std::optional<std::string> id{};
    std::optional<std::string> external_id{};
    std::optional<std::string> display_name{};
    std::optional<std::vector<group_member_entry>> members{};
    std::optional<group_meta> meta{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const group_record&, const group_record&) = default;
};
BOOST_DESCRIBE_STRUCT(group_record, (), (id, external_id, display_name, members, meta, unknown_members))

/// getGroupByExternalId response `{ success, group?, error? }`.
struct get_group_response {
    std::optional<bool> success{};
    std::optional<group_record> group{};
    std::optional<std::string> error{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const get_group_response&, const get_group_response&) = default;
};
BOOST_DESCRIBE_STRUCT(get_group_response, (), (success, group, error, unknown_members))

/// deleteGroupsByExternalId: at most 100 ids per request.
using delete_groups_by_external_id_request = delete_by_external_id_request<csm::external_group_id>;

/// One element of a deleteGroupsByExternalId response's `results`: `{ externalId, statusCode, message }`.
struct delete_group_result {
    std::string external_id{};
    std::optional<std::int64_t> status_code{};
    std::optional<std::string> message{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const delete_group_result&, const delete_group_result&) = default;
};
BOOST_DESCRIBE_STRUCT(delete_group_result, (), (external_id, status_code, message, unknown_members))

/// deleteGroupsByExternalId response `{ success, results?: [{ externalId, statusCode, message }], error? }`.
using delete_groups_response = delete_by_external_id_response<delete_group_result>;

} // namespace csm::graph

#endif

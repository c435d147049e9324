// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_USERS_HPP
#define CSM_GRAPH_USERS_HPP

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

/// Teamwork Graph user operations (setUsers, getUserByExternalId, deleteUsersByExternalId) and mapUsers:
/// the users that `externalId`s in user references and USER principals resolve to (docs/teamwork-graph.md,
/// "Users and groups"). Tolerant reading: every member the pages mark optional is optional, unknown keys are
/// kept; validate() (graph/validate.hpp) checks what the pages require.
namespace csm::graph {

/// Per-request limits of the user operations.
inline constexpr std::size_t max_users_per_request = 100;
inline constexpr std::size_t max_user_mappings_per_request = 100;

/// `name` of a user: `{ formatted?, familyName?, givenName? }`.
struct user_name {
    std::optional<std::string> formatted{};
    std::optional<std::string> family_name{};
    std::optional<std::string> given_name{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const user_name&, const user_name&) = default;
};
BOOST_DESCRIBE_STRUCT(user_name, (), (formatted, family_name, given_name, unknown_members))

/// One of `photos`: `{ value /* a URL or a data URI */, type /* e.g. "photo" */ }`.
struct user_photo {
    std::string value{};
    std::string type{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const user_photo&, const user_photo&) = default;
};
BOOST_DESCRIBE_STRUCT(user_photo, (), (value, type, unknown_members))

/// One of `emails`: `{ value, primary }`.
struct user_email {
    std::string value{};
    bool primary = false;
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const user_email&, const user_email&) = default;
};
BOOST_DESCRIBE_STRUCT(user_email, (), (value, primary, unknown_members))

/// `extendedProfile`: the fields the page lists; the rest of its list was not available, so others are kept.
struct user_extended_profile {
    std::optional<std::string> job_title{};
    std::optional<std::string> department{};
    std::optional<std::string> organization{};
    std::optional<std::string> location{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const user_extended_profile&, const user_extended_profile&) = default;
};
BOOST_DESCRIBE_STRUCT(user_extended_profile, (), (job_title, department, organization, location, unknown_members))

/// A user sent with setUsers (`UserPayload`): only `externalId` is required.
struct user_payload {
    csm::external_user_id external_id;
    std::optional<std::string> user_name{};
    std::optional<csm::graph::user_name> name{};
    std::optional<std::string> nickname{};
    std::optional<std::string> display_name{};
    std::optional<std::vector<user_photo>> photos{};
    std::optional<std::vector<user_email>> emails{};
    std::optional<user_extended_profile> extended_profile{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const user_payload&, const user_payload&) = default;
};
BOOST_DESCRIBE_STRUCT(user_payload, (),
                      (external_id, user_name, name, nickname, display_name, photos, emails, extended_profile,
                       unknown_members))

/// setUsers: at most 100 users per request.
struct set_users_request {
    std::vector<user_payload> users{};
    std::optional<csm::connection_id> connection_id{};
    csm::json::unknown_fields unknown_members{};

    /// make_batches (graph/batch.hpp) splits this list, at most max_users_per_request items a request.
    static constexpr auto batch_items = &set_users_request::users;
    static constexpr std::size_t max_batch_items = max_users_per_request;
    friend bool operator==(const set_users_request&, const set_users_request&) = default;
};
BOOST_DESCRIBE_STRUCT(set_users_request, (), (users, connection_id, unknown_members))

/// setUsers' `BulkUsersResponse`: its shape is not documented beyond `success`/`error`, so `results` stays raw.
using bulk_users_response = bulk_set_response<user_payload>;

/// getUserByExternalId: one user per request.
using get_user_by_external_id_request = get_by_external_id_request<csm::external_user_id>;

/// The `user` of a getUserByExternalId response: `id` is the stored user's id; the other members as sent.
struct user_record {
    std::optional<std::string> id{};
    std::optional<std::string> display_name{};
    std::optional<std::string> user_name{};
    std::optional<std::string> nickname{};
    std::optional<csm::graph::user_name> name{};
    std::optional<std::vector<user_email>> emails{};
    std::optional<user_extended_profile> extended_profile{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const user_record&, const user_record&) = default;
};
BOOST_DESCRIBE_STRUCT(user_record, (),
                      (id, display_name, user_name, nickname, name, emails, extended_profile, unknown_members))

/// getUserByExternalId response `{ success, user?, error? }`.
struct get_user_response {
    std::optional<bool> success{};
    std::optional<user_record> user{};
    std::optional<std::string> error{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const get_user_response&, const get_user_response&) = default;
};
BOOST_DESCRIBE_STRUCT(get_user_response, (), (success, user, error, unknown_members))

/// deleteUsersByExternalId: at most 100 ids per request.
using delete_users_by_external_id_request = delete_by_external_id_request<csm::external_user_id>;

/// One element of a deleteUsersByExternalId response's `results`.
struct delete_user_result {
    std::string external_id{};
    std::optional<bool> success{};
    std::optional<std::string> error{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const delete_user_result&, const delete_user_result&) = default;
};
BOOST_DESCRIBE_STRUCT(delete_user_result, (), (external_id, success, error, unknown_members))

/// deleteUsersByExternalId response `{ success, results?: [{ externalId, success, error? }], error? }`.
using delete_users_response = delete_by_external_id_response<delete_user_result>;

/// One mapping of mapUsers' `directMappings`: links the external user to an Atlassian account, by account id
/// or by e-mail address (exactly one of the two; validate()). The key is `email`
/// (https://developer.atlassian.com/platform/teamwork-graph/connector-reference/user-operations/map-users);
/// `externalEmailAddress`, which csm-cpp wrote before, is still accepted on read and written back as `email`
/// (docs/decisions.md#mapusers-email-key). `updatedAt` is milliseconds since the epoch (the page's example uses
/// JavaScript's `Date.now()`).
struct user_mapping {
    csm::external_user_id external_id;
    std::optional<csm::account_id> account_id{};
    std::optional<std::string> email{};
    std::int64_t update_sequence_number = 0;
    std::int64_t updated_at = 0;
    csm::json::unknown_fields unknown_members{};

    static constexpr csm::json::field_rule json_fields[] = {csm::json::alias("email", "externalEmailAddress")};
    friend bool operator==(const user_mapping&, const user_mapping&) = default;
};
BOOST_DESCRIBE_STRUCT(user_mapping, (),
                      (external_id, account_id, email, update_sequence_number, updated_at, unknown_members))

/// mapUsers (`MapUsersRequest`): at most 100 mappings per request, and the connection they belong to
/// (`connectionId`, optional, as in the other operations). Other keys are kept.
struct map_users_request {
    std::vector<user_mapping> direct_mappings{};
    std::optional<csm::connection_id> connection_id{};
    csm::json::unknown_fields unknown_members{};

    /// make_batches (graph/batch.hpp) splits this list, at most max_user_mappings_per_request items a request.
    static constexpr auto batch_items = &map_users_request::direct_mappings;
    static constexpr std::size_t max_batch_items = max_user_mappings_per_request;
    friend bool operator==(const map_users_request&, const map_users_request&) = default;
};
BOOST_DESCRIBE_STRUCT(map_users_request, (), (direct_mappings, connection_id, unknown_members))

/// mapUsers response: not documented; `success`/`error` as in the other operations, the rest kept.
struct map_users_response {
    std::optional<bool> success{};
    std::optional<std::string> error{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const map_users_response&, const map_users_response&) = default;
};
BOOST_DESCRIBE_STRUCT(map_users_response, (), (success, error, unknown_members))

} // namespace csm::graph

#endif

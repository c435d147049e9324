// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_USER_REFERENCE_HPP
#define CSM_GRAPH_USER_REFERENCE_HPP

#include <csm/ids.hpp>
#include <csm/json/fields.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

namespace csm::graph {

/// A reference to a user (`createdBy`, `lastUpdatedBy`, `owners[]`, customer-org `contacts[]` and
/// `contributors[]`): the current `userReference` shape {accountId?, email?, externalId}.
///
/// Tolerant reading (docs/decisions.md#legacy-user-fields): the legacy fields that older pages print (`ari`, `name`,
/// `userName`, `avatar`, `url`) are read so that old payloads parse, but never written. `externalId` is
/// optional in the struct because the pages disagree (docs/decisions.md#user-external-id); validate() reports a missing one as a warning.
struct user_reference {
    std::optional<csm::account_id> account_id{}; ///< Atlassian account id
    /// A string (the `email (long)` in some trees is a typo, docs/decisions.md#email-is-a-string).
    std::optional<std::string> email{};
    std::optional<csm::external_user_id> external_id{}; ///< the user's id in the source system (see setUsers)

    // Legacy, read only (docs/decisions.md#legacy-user-fields).
    std::optional<std::string> ari{};
    std::optional<std::string> name{};
    std::optional<std::string> user_name{};
    std::optional<std::string> avatar{};
    std::optional<std::string> url{};

    static constexpr csm::json::field_rule json_fields[] = {
        csm::json::read_only("ari"),    csm::json::read_only("name"), csm::json::read_only("user_name"),
        csm::json::read_only("avatar"), csm::json::read_only("url"),
    };

    /// The usual reference: `{ "externalId": id }`.
    static user_reference external(std::string id) {
        user_reference r;
        r.external_id.emplace(std::move(id));
        return r;
    }

    friend bool operator==(const user_reference&, const user_reference&) = default;
};
BOOST_DESCRIBE_STRUCT(user_reference, (), (account_id, email, external_id, ari, name, user_name, avatar, url))

} // namespace csm::graph

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_OBJECT_HPP
#define CSM_GRAPH_OBJECT_HPP

#include <csm/graph/association.hpp>
#include <csm/graph/entity_key.hpp>
#include <csm/graph/permissions.hpp>
#include <csm/graph/thumbnail.hpp>
#include <csm/graph/user_reference.hpp>
#include <csm/ids.hpp>
#include <csm/instant.hpp>
#include <csm/json/fields.hpp>
#include <csm/json/unknown_fields.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace csm::graph {

/// The object-type ids of this library's types: each object carries one block under its type id.
namespace object_types {
inline constexpr std::string_view customer_org = "atlassian:customer-org";
inline constexpr std::string_view customer_org_category = "atlassian:customer-org-category";
inline constexpr std::string_view organisation = "atlassian:organisation";
} // namespace object_types

/// The common properties of every Teamwork Graph object (docs/decisions.md#common-properties), the base of customer_org,
/// customer_org_category and organisation.
///
/// Required members are plain, optional ones std::optional, except where the docs disagree and tolerant
/// reading must accept absence; validate() then reports what is missing:
/// - `schemaVersion` is required by every table but absent from two of the three examples (docs/decisions.md#schema-version-optional);
/// - `displayName` is "Depends on object type" in the current common page (docs/decisions.md#display-name-optional) but required for all three
///   types here.
/// `schemaVersion` is "1.0" in objects built in C++ (every current example sends "1.0"; docs/decisions.md#schema-version-optional), unless set
/// otherwise; an object read without one keeps it absent, so that what was read is what is written.
/// `lastUpdated` (the customer-org example, docs/decisions.md#last-updated-alias) is read as `lastUpdatedAt`. Keys this library does not know
/// are kept in `unknown_members` and written back after the known ones.
struct object_common {
    std::optional<std::string> schema_version{"1.0"}; ///< required (validate); see below
    csm::graph_object_id id;                          ///< the id in the source system; unique per connection
    std::int64_t update_sequence_number = 0;          ///< last write wins: greater is newer
    std::optional<std::string> display_name{};        ///< required (validate)
    std::optional<std::string> description{};
    std::string url{}; ///< absolute http(s) URL (validate)
    csm::instant created_at;
    std::optional<user_reference> created_by{};
    /// Also read from `lastUpdated` (docs/decisions.md#last-updated-alias).
    csm::instant last_updated_at;
    /// Optional although old trees say Required (docs/decisions.md#last-updated-by-optional).
    std::optional<user_reference> last_updated_by{};
    std::optional<std::vector<user_reference>> owners{};
    std::optional<csm::graph::thumbnail> thumbnail{};
    std::optional<entity_key> parent_key{};
    std::optional<entity_key> container_key{};
    permission_list permissions{}; ///< required and non-empty (validate)
    std::optional<association_list> associations{};
    csm::json::unknown_fields unknown_members{};

    static constexpr csm::json::field_rule json_fields[] = {csm::json::alias("last_updated_at", "lastUpdated")};

    friend bool operator==(const object_common&, const object_common&) = default;
};
BOOST_DESCRIBE_STRUCT(object_common, (),
                      (schema_version, id, update_sequence_number, display_name, description, url, created_at,
                       created_by, last_updated_at, last_updated_by, owners, thumbnail, parent_key, container_key,
                       permissions, associations, unknown_members))

} // namespace csm::graph

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_FIELDS_HPP
#define CSM_JSON_FIELDS_HPP

#include <string_view>

namespace csm::json {

/// One per-member mapping rule. A described struct lists its rules in a static constexpr array named
/// `json_fields`; members without a rule use the key derived from their name (snake_case → camelCase).
///
///     struct customer_org_object {
///         std::string display_name;                // "displayName" (derived)
///         customer_org_block block;                // "atlassian:customer-org" (renamed)
///         static constexpr csm::json::field_rule json_fields[] = {
///             csm::json::rename("block", "atlassian:customer-org"),
///             csm::json::alias("last_updated_at", "lastUpdated"),   // also accepted on read
///         };
///     };
struct field_rule {
    enum class kind { rename, alias, default_if_missing, read_only };
    kind what;
    std::string_view member; ///< the C++ member name, as described
    std::string_view key;    ///< the JSON key
};

/// Write and read `member` under `key` instead of the derived camelCase key.
constexpr field_rule rename(std::string_view member, std::string_view key) noexcept {
    return {field_rule::kind::rename, member, key};
}

/// Also accept `key` for `member` on read (when the canonical key is absent). Writing uses the canonical key.
constexpr field_rule alias(std::string_view member, std::string_view key) noexcept {
    return {field_rule::kind::alias, member, key};
}

/// Read an absent (or null) key as a value-initialized member instead of failing: for response collections
/// that servers may leave out. Writing still always emits the member.
constexpr field_rule default_if_missing(std::string_view member) noexcept {
    return {field_rule::kind::default_if_missing, member, {}};
}

/// Read `member` as usual but never write it: for legacy keys that old doc versions send and the current
/// schema dropped (Teamwork Graph user references' `ari`, `name`, …). Tolerant reading, canonical writing.
constexpr field_rule read_only(std::string_view member) noexcept { return {field_rule::kind::read_only, member, {}}; }

} // namespace csm::json

#endif

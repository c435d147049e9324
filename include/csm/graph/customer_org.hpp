// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_CUSTOMER_ORG_HPP
#define CSM_GRAPH_CUSTOMER_ORG_HPP

#include <csm/graph/currency.hpp>
#include <csm/graph/object.hpp>
#include <csm/graph/user_reference.hpp>
#include <csm/instant.hpp>
#include <csm/json/fields.hpp>
#include <csm/json/unknown_fields.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace csm::graph {

/// `customerOrgLastActivity`: when the last activity happened and what it was. The timestamp is
/// `lastActivityAt` in the current schema; the old tree and table call it `lastActivity` (docs/decisions.md#last-activity-alias), read too.
struct customer_org_last_activity {
    csm::instant last_activity_at;
    std::string event{}; ///< free text, e.g. "delete" (docs/decisions.md#free-text-enum-like-strings)

    static constexpr csm::json::field_rule json_fields[] = {csm::json::alias("last_activity_at", "lastActivity")};

    friend bool operator==(const customer_org_last_activity&, const customer_org_last_activity&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_org_last_activity, (), (last_activity_at, event))

/// `customerOrgLifeTimeValue`: a monetary amount and its ISO 4217 currency. Any well-formed code reads;
/// validate() warns about one that is not an active ISO 4217 code (any_currency_code says why).
struct customer_org_lifetime_value {
    double value = 0.0;
    any_currency_code currency_code;

    friend bool operator==(const customer_org_lifetime_value&, const customer_org_lifetime_value&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_org_lifetime_value, (), (value, currency_code))

/// The `atlassian:customer-org` block (https://developer.atlassian.com/platform/teamwork-graph/connector-reference/object-types-connectors/customer-org/). Every field is optional.
///
/// Tolerant reading: `lastActivity` is read as `customerOrgLastActivity` (docs/decisions.md#last-activity-alias) and `lifeTimeValue` as
/// `customerOrgLifeTimeValue` (docs/decisions.md#lifetime-value-alias), as the example on the old page sends them; contacts and contributors may
/// carry the eight legacy user fields (docs/decisions.md#legacy-user-fields). Writing uses the current names only.
struct customer_org_block {
    std::optional<std::vector<user_reference>> contacts{};
    std::optional<customer_org_last_activity> last_activity{};
    std::optional<customer_org_lifetime_value> lifetime_value{};
    std::optional<std::string> website_url{}; ///< absolute http(s) URL (validate)
    std::optional<std::string> industry{};    ///< at most 255 characters (validate)
    std::optional<std::vector<user_reference>> contributors{};
    std::optional<std::string> country{}; ///< at most 255 characters; free text, e.g. "USA"
    /// At most 255 characters; free text, e.g. "Bronze" (docs/decisions.md#free-text-enum-like-strings).
    std::optional<std::string> account_type{};
    csm::json::unknown_fields unknown_members{};

    static constexpr csm::json::field_rule json_fields[] = {
        csm::json::rename("last_activity", "customerOrgLastActivity"),
        csm::json::alias("last_activity", "lastActivity"),
        csm::json::rename("lifetime_value", "customerOrgLifeTimeValue"),
        csm::json::alias("lifetime_value", "lifeTimeValue"),
    };

    friend bool operator==(const customer_org_block&, const customer_org_block&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_org_block, (),
                      (contacts, last_activity, lifetime_value, website_url, industry, contributors, country,
                       account_type, unknown_members))

/// A customer organization: the common properties plus the `atlassian:customer-org` block.
struct customer_org : object_common {
    static constexpr std::string_view object_type = object_types::customer_org;

    customer_org_block block{};

    static constexpr csm::json::field_rule json_fields[] = {csm::json::rename("block", "atlassian:customer-org")};

    friend bool operator==(const customer_org&, const customer_org&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_org, (object_common), (block))

} // namespace csm::graph

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_CUSTOMER_ORG_CATEGORY_HPP
#define CSM_GRAPH_CUSTOMER_ORG_CATEGORY_HPP

#include <csm/graph/object.hpp>
#include <csm/json/fields.hpp>
#include <csm/json/unknown_fields.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace csm::graph {

/// The `atlassian:customer-org-category` block (https://developer.atlassian.com/platform/teamwork-graph/connector-reference/object-types-connectors/customer-org-category/).
struct customer_org_category_block {
    std::optional<std::string> key{};           ///< at most 255 characters (validate)
    std::optional<std::string> category_type{}; ///< at most 255 characters (validate)
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const customer_org_category_block&, const customer_org_category_block&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_org_category_block, (), (key, category_type, unknown_members))

/// A customer organization category: the common properties plus the `atlassian:customer-org-category` block.
/// `displayName` is required for this type ("Additional required fields", [coc]).
struct customer_org_category : object_common {
    static constexpr std::string_view object_type = object_types::customer_org_category;

    customer_org_category_block block{};

    static constexpr csm::json::field_rule json_fields[] = {
        csm::json::rename("block", "atlassian:customer-org-category")};

    friend bool operator==(const customer_org_category&, const customer_org_category&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_org_category, (object_common), (block))

} // namespace csm::graph

#endif

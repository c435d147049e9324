// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_ORGANISATION_HPP
#define CSM_GRAPH_ORGANISATION_HPP

#include <csm/graph/object.hpp>
#include <csm/json/fields.hpp>
#include <csm/json/unknown_fields.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace csm::graph {

/// The `atlassian:organisation` block (docs/decisions.md#organisation-page; British spelling in the key). Often empty (`{ }`).
struct organisation_block {
    std::optional<std::string> custom_and_sensitive_data{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const organisation_block&, const organisation_block&) = default;
};
BOOST_DESCRIBE_STRUCT(organisation_block, (), (custom_and_sensitive_data, unknown_members))

/// An organisation: the current common properties plus the `atlassian:organisation` block. Only an old page
/// documents this type, with the legacy user shape (docs/decisions.md#organisation-page); legacy user fields are read and not written.
/// Organisations form a hierarchy through `parentKey` pointing at another organisation.
struct organisation : object_common {
    static constexpr std::string_view object_type = object_types::organisation;

    organisation_block block{};

    static constexpr csm::json::field_rule json_fields[] = {csm::json::rename("block", "atlassian:organisation")};

    friend bool operator==(const organisation&, const organisation&) = default;
};
BOOST_DESCRIBE_STRUCT(organisation, (object_common), (block))

} // namespace csm::graph

#endif

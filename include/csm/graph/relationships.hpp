// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_RELATIONSHIPS_HPP
#define CSM_GRAPH_RELATIONSHIPS_HPP

#include <csm/graph/entity_key.hpp>
#include <csm/ids.hpp>
#include <csm/json/fields.hpp>
#include <csm/json/unknown_fields.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

/// setRelationships: typed edges between ingested objects (docs/teamwork-graph.md, "Relationships").
namespace csm::graph {

/// One relationship (`RelationshipPayload`): `from` and `to` are `{ type, value }` entities, the shape of an
/// entity_key (`value` e.g. `{ "entityId": … }` or `{ "issueId": … }`, kept as raw JSON); `type` is the
/// relationship type. The timestamps are "ISO 8601" text, kept as read; validate() checks them as RFC 3339.
struct relationship {
    entity_key from;
    entity_key to;
    std::string type{};
    std::optional<std::int64_t> update_sequence_number{};
    std::optional<std::string> updated_at{};
    std::optional<std::string> created_at{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const relationship&, const relationship&) = default;
};
BOOST_DESCRIBE_STRUCT(relationship, (),
                      (from, to, type, update_sequence_number, updated_at, created_at, unknown_members))

/// setRelationships (`BulkRelationshipsRequest`). `connectionId` is required by the page; it is optional here
/// so that a request without one reads, and validate() reports it (required).
struct set_relationships_request {
    std::vector<relationship> relationships{};
    std::optional<csm::connection_id> connection_id{};
    csm::json::unknown_fields unknown_members{};

    /// make_batches (graph/batch.hpp) splits this list; the page documents no per-request limit, so
    /// batch_options' default of 100 applies unless changed.
    static constexpr auto batch_items = &set_relationships_request::relationships;
    static constexpr std::size_t max_batch_items = std::numeric_limits<std::size_t>::max();
    friend bool operator==(const set_relationships_request&, const set_relationships_request&) = default;
};
BOOST_DESCRIBE_STRUCT(set_relationships_request, (), (relationships, connection_id, unknown_members))

/// One stored relationship in a response (`RelationshipResponse`); its type is the key it is listed under.
struct relationship_response {
    entity_key from;
    entity_key to;
    std::optional<std::int64_t> update_sequence_number{};
    std::optional<std::string> created_at{};
    std::optional<std::string> updated_at{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const relationship_response&, const relationship_response&) = default;
};
BOOST_DESCRIBE_STRUCT(relationship_response, (),
                      (from, to, update_sequence_number, created_at, updated_at, unknown_members))

/// setRelationships response (`BulkRelationshipsResponse`): `results` maps a relationship type to the
/// relationships stored under it.
struct bulk_relationships_response {
    std::optional<bool> success{};
    std::optional<std::map<std::string, std::vector<relationship_response>>> results{};
    std::optional<std::string> error{};
    std::optional<boost::json::value> original_error{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const bulk_relationships_response&, const bulk_relationships_response&) = default;
};
BOOST_DESCRIBE_STRUCT(bulk_relationships_response, (), (success, results, error, original_error, unknown_members))

} // namespace csm::graph

#endif

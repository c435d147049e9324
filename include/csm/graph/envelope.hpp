// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_ENVELOPE_HPP
#define CSM_GRAPH_ENVELOPE_HPP

#include <csm/graph/any_object.hpp>
#include <csm/graph/by_external_id.hpp>
#include <csm/ids.hpp>
#include <csm/json/fields.hpp>
#include <csm/json/unknown_fields.hpp>
#include <csm/open_enum.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace csm::graph {

/// Documented limits of the object operations (docs/decisions.md#graph-limits); the deletes' limit,
/// max_external_ids_per_delete, is in graph/by_external_id.hpp.
inline constexpr std::size_t max_objects_per_request = 100;
inline constexpr std::size_t max_properties_per_request = 5;
inline constexpr std::size_t max_principals_per_object = 500;
inline constexpr std::size_t max_block_string_length = 255;

struct operation_type_traits {
    enum class known { normal, backfill };
    static constexpr std::string_view names[] = {"NORMAL", "BACKFILL"};
};
/// `operationType` of a setObjects envelope: NORMAL, BACKFILL or any other string (docs/decisions.md#operation-type). BACKFILL raises the
/// rate limit from 1,500 to 50,000 objects a minute.
using operation_type = csm::open_enum<operation_type_traits>;

/// The setObjects request (docs/decisions.md#graph-limits): at most 100 objects, at most 5 properties. `operationType` is
/// written only when set (docs/decisions.md#operation-type). `connectionId` is optional in the docs but should always be sent (docs/decisions.md#connection-id;
/// validate() warns when it is missing).
struct set_objects_request {
    std::vector<any_object> objects{};
    std::optional<std::map<std::string, std::string>> properties{};
    std::optional<csm::graph::operation_type> operation_type{};
    std::optional<csm::connection_id> connection_id{};
    csm::json::unknown_fields unknown_members{};

    /// make_batches (graph/batch.hpp) splits this list, at most max_objects_per_request items a request.
    static constexpr auto batch_items = &set_objects_request::objects;
    static constexpr std::size_t max_batch_items = max_objects_per_request;
    friend bool operator==(const set_objects_request&, const set_objects_request&) = default;
};
BOOST_DESCRIBE_STRUCT(set_objects_request, (), (objects, properties, operation_type, connection_id, unknown_members))

/// getObjectByExternalId: one object by its `id` in the source system.
struct get_object_by_external_id_request {
    std::string object_type{}; ///< e.g. "atlassian:customer-org"
    csm::graph_object_id external_id;
    std::optional<csm::connection_id> connection_id{};

    friend bool operator==(const get_object_by_external_id_request&,
                           const get_object_by_external_id_request&) = default;
};
BOOST_DESCRIBE_STRUCT(get_object_by_external_id_request, (), (object_type, external_id, connection_id))

/// deleteObjectsByExternalId: at most 100 ids per request.
struct delete_objects_by_external_id_request {
    std::string object_type{};
    std::vector<csm::graph_object_id> external_ids{};
    std::optional<csm::connection_id> connection_id{};

    /// make_batches (graph/batch.hpp) splits this list, at most max_external_ids_per_delete items a request.
    static constexpr auto batch_items = &delete_objects_by_external_id_request::external_ids;
    static constexpr std::size_t max_batch_items = max_external_ids_per_delete;
    friend bool operator==(const delete_objects_by_external_id_request&,
                           const delete_objects_by_external_id_request&) = default;
};
BOOST_DESCRIBE_STRUCT(delete_objects_by_external_id_request, (), (object_type, external_ids, connection_id))

/// deleteObjectsByProperties, the newer form `{ properties, objectType, connectionId? }` (docs/decisions.md#delete-by-properties-form). Exactly one
/// property is supported ("For EAP").
struct delete_objects_by_properties_request {
    std::map<std::string, std::string> properties{};
    std::string object_type{};
    std::optional<csm::connection_id> connection_id{};

    friend bool operator==(const delete_objects_by_properties_request&,
                           const delete_objects_by_properties_request&) = default;
};
BOOST_DESCRIBE_STRUCT(delete_objects_by_properties_request, (), (properties, object_type, connection_id))

/// `results` of a setObjects response, read leniently (docs/decisions.md#setobjects-response). Accepted objects come as `accepted` or
/// as `validObjects` (what a third-party integration observed); both are kept as read, and a response with
/// both keeps both, so nothing is dropped silently. Rejected elements are kept as raw JSON until their shape
/// is known.
struct bulk_object_results {
    std::optional<std::vector<boost::json::value>> accepted{};
    std::optional<std::vector<boost::json::value>> valid_objects{};
    std::optional<std::vector<boost::json::value>> rejected{};
    csm::json::unknown_fields unknown_members{};

    /// The accepted objects: `accepted` when present, otherwise `validObjects` (empty when neither is).
    const std::vector<boost::json::value>* accepted_objects() const noexcept {
        if (accepted) return &*accepted;
        if (valid_objects) return &*valid_objects;
        return nullptr;
    }

    friend bool operator==(const bulk_object_results&, const bulk_object_results&) = default;
};
BOOST_DESCRIBE_STRUCT(bulk_object_results, (), (accepted, valid_objects, rejected, unknown_members))

/// The setObjects response (`BulkObjectResponse`), every member optional because its shape is undocumented.
struct bulk_object_response {
    std::optional<bool> success{};
    std::optional<std::string> error{};
    std::optional<bulk_object_results> results{};
    csm::json::unknown_fields unknown_members{};

    /// How many objects were accepted: the size of `accepted`, or of `validObjects` when only that is present.
    std::size_t accepted_count() const noexcept {
        const auto* list = results ? results->accepted_objects() : nullptr;
        return list ? list->size() : 0;
    }
    std::size_t rejected_count() const noexcept { return results && results->rejected ? results->rejected->size() : 0; }

    friend bool operator==(const bulk_object_response&, const bulk_object_response&) = default;
};
BOOST_DESCRIBE_STRUCT(bulk_object_response, (), (success, error, results, unknown_members))

/// getObjectByExternalId response `{ success, object?, error? }`.
struct get_object_response {
    std::optional<bool> success{};
    std::optional<any_object> object{};
    std::optional<std::string> error{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const get_object_response&, const get_object_response&) = default;
};
BOOST_DESCRIBE_STRUCT(get_object_response, (), (success, object, error, unknown_members))

/// Response of both delete operations `{ success, error?, originalError? }`.
struct delete_objects_response {
    std::optional<bool> success{};
    std::optional<std::string> error{};
    std::optional<boost::json::value> original_error{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const delete_objects_response&, const delete_objects_response&) = default;
};
BOOST_DESCRIBE_STRUCT(delete_objects_response, (), (success, error, original_error, unknown_members))

} // namespace csm::graph

#endif

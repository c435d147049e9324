// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_BY_EXTERNAL_ID_HPP
#define CSM_GRAPH_BY_EXTERNAL_ID_HPP

#include <csm/ids.hpp>
#include <csm/json/unknown_fields.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

/// The shapes that the user and group operations share (graph/users.hpp, graph/groups.hpp): one template per
/// shape, named per operation there (`using get_user_by_external_id_request = get_by_external_id_request<
/// csm::external_user_id>;`), as rest/detail_fields.hpp does for the resources that share endpoints. The
/// members are described inside the templates (BOOST_DESCRIBE_CLASS), so the codec and validate() treat them
/// like every other struct.
namespace csm::graph {

/// The most ids one delete by external id may carry (deleteObjectsByExternalId, deleteUsersByExternalId,
/// deleteGroupsByExternalId; docs/decisions.md#graph-limits).
inline constexpr std::size_t max_external_ids_per_delete = 100;

/// setUsers and setGroups response: not documented beyond `success`/`error`, so `results` stays raw.
/// `Payload` (what was sent) only tells the two apart.
template <class Payload>
struct bulk_set_response {
    std::optional<bool> success{};
    std::optional<std::string> error{};
    std::optional<boost::json::value> results{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const bulk_set_response&, const bulk_set_response&) = default;
    BOOST_DESCRIBE_CLASS(bulk_set_response, (), (success, error, results, unknown_members), (), ())
};

/// getUserByExternalId and getGroupByExternalId: one user or group, by its `Id`, per request.
template <class Id>
struct get_by_external_id_request {
    Id external_id;
    std::optional<csm::connection_id> connection_id{};

    friend bool operator==(const get_by_external_id_request&, const get_by_external_id_request&) = default;
    BOOST_DESCRIBE_CLASS(get_by_external_id_request, (), (external_id, connection_id), (), ())
};

/// deleteUsersByExternalId and deleteGroupsByExternalId: at most 100 ids per request.
template <class Id>
struct delete_by_external_id_request {
    std::vector<Id> external_ids{};
    std::optional<csm::connection_id> connection_id{};

    /// make_batches (graph/batch.hpp) splits this list, at most max_external_ids_per_delete items a request.
    static constexpr auto batch_items = &delete_by_external_id_request::external_ids;
    static constexpr std::size_t max_batch_items = max_external_ids_per_delete;
    friend bool operator==(const delete_by_external_id_request&, const delete_by_external_id_request&) = default;
    BOOST_DESCRIBE_CLASS(delete_by_external_id_request, (), (external_ids, connection_id), (), ())
};

/// The response of both deletes: `{ success, results?: [Result…], error? }`; each operation has its `Result`.
template <class Result>
struct delete_by_external_id_response {
    std::optional<bool> success{};
    std::optional<std::vector<Result>> results{};
    std::optional<std::string> error{};
    csm::json::unknown_fields unknown_members{};

    friend bool operator==(const delete_by_external_id_response&, const delete_by_external_id_response&) = default;
    BOOST_DESCRIBE_CLASS(delete_by_external_id_response, (), (success, results, error, unknown_members), (), ())
};

} // namespace csm::graph

#endif

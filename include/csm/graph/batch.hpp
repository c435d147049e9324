// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_BATCH_HPP
#define CSM_GRAPH_BATCH_HPP

#include <csm/config.hpp>
#include <csm/error.hpp>
#include <csm/graph/envelope.hpp>
#include <csm/graph/groups.hpp>
#include <csm/graph/relationships.hpp>
#include <csm/graph/users.hpp>
#include <csm/result.hpp>

#include <cstddef>
#include <limits>
#include <string_view>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace csm::graph {

/// What make_batches splits for each request type: the list (`items`, its JSON key `key`) and the most items
/// one request may carry (`max`).
template <class Request>
struct batch_traits;

namespace detail {

/// batch_traits of a request whose list is the member `Items`, written under `Key`, at most `Max` a request.
template <auto Items, const std::string_view& Key, std::size_t Max>
struct list_batch_traits {
    static constexpr std::string_view key = Key;
    static constexpr std::size_t max = Max;
    static constexpr auto items = Items;
};

inline constexpr std::string_view objects_key = "objects";
inline constexpr std::string_view external_ids_key = "externalIds";
inline constexpr std::string_view users_key = "users";
inline constexpr std::string_view direct_mappings_key = "directMappings";
inline constexpr std::string_view groups_key = "groups";
inline constexpr std::string_view relationships_key = "relationships";

/// The deletes by external id: at most 100 `externalIds`.
template <class Request>
using delete_batch_traits = list_batch_traits<&Request::external_ids, external_ids_key, max_external_ids_per_delete>;

} // namespace detail

template <>
struct batch_traits<set_objects_request>
    : detail::list_batch_traits<&set_objects_request::objects, detail::objects_key, max_objects_per_request> {};
template <>
struct batch_traits<delete_objects_by_external_id_request>
    : detail::delete_batch_traits<delete_objects_by_external_id_request> {};
template <>
struct batch_traits<set_users_request>
    : detail::list_batch_traits<&set_users_request::users, detail::users_key, max_users_per_request> {};
template <>
struct batch_traits<delete_users_by_external_id_request>
    : detail::delete_batch_traits<delete_users_by_external_id_request> {};
template <>
struct batch_traits<map_users_request>
    : detail::list_batch_traits<&map_users_request::direct_mappings, detail::direct_mappings_key,
                                max_user_mappings_per_request> {};
template <>
struct batch_traits<set_groups_request>
    : detail::list_batch_traits<&set_groups_request::groups, detail::groups_key, max_groups_per_request> {};
template <>
struct batch_traits<delete_groups_by_external_id_request>
    : detail::delete_batch_traits<delete_groups_by_external_id_request> {};
/// setRelationships documents no per-request limit; batch_options' default of 100 applies unless changed.
template <>
struct batch_traits<set_relationships_request>
    : detail::list_batch_traits<&set_relationships_request::relationships, detail::relationships_key,
                                std::numeric_limits<std::size_t>::max()> {};

struct batch_options {
    /// Items (objects, users, groups, mappings, ids, relationships) per request: 1 to the operation's limit
    /// (100 for all but setRelationships, which documents none).
    std::size_t max_objects = max_objects_per_request;
    /// If set, the compact JSON text of every request (csm::json::serialize) is at most this many bytes.
    std::optional<std::size_t> max_bytes{};
};

/// The size in bytes of the compact JSON text of `request`, as csm::json::serialize writes it.
template <class Request = set_objects_request>
std::size_t serialized_size(const std::type_identity_t<Request>& request);

/// Splits the items of `request` (`request.objects` for setObjects; batch_traits names the list of the other
/// requests) into requests of at most `options.max_objects` items (and at most `options.max_bytes` bytes each,
/// when set), in order. Every request carries the other fields of `request` (properties, operationType,
/// connectionId, kept unknown keys) unchanged. No items give no requests. Name the request type for the
/// others: `make_batches<set_users_request>(std::move(users))`.
///
/// Errors: invalid_value when max_objects is 0 or above the operation's limit; limit_exceeded, at
/// `/<key>/<i>`, when one item does not fit the byte budget even alone.
///
/// Templates whose parameter only makes the body dependent: a TU that does not call them does not compile the
/// writers and copies of every object type (docs/performance.md). In compiled mode (csm/config.hpp) they are
/// declarations, compiled into the library for every request type above.
template <class Request = set_objects_request>
csm::result<std::vector<Request>> make_batches(std::type_identity_t<Request> request, batch_options options = {});

} // namespace csm::graph

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/graph/impl/batch.hpp>
#endif

#endif

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
#include <concepts>
#include <optional>
#include <ranges>
#include <type_traits>
#include <vector>

namespace csm::graph {

/// A request that make_batches can split: it names its list in a static member pointer (`static constexpr auto
/// batch_items = &request::member;`, the list's JSON key is the codec's, csm::json::member_pointer_key_v) and
/// the most items one request may carry (`static constexpr std::size_t max_batch_items`). Paged REST endpoints
/// name their list the same way (`page_items`, csm/rest/pages.hpp).
template <class R>
concept batched_request = requires(R& r) {
    { r.*R::batch_items } -> std::ranges::random_access_range;
    { R::max_batch_items } -> std::convertible_to<std::size_t>;
};

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

/// Splits the items of `request` (`request.objects` for setObjects; `Request::batch_items` names the list of
/// every request) into requests of at most `options.max_objects` items (and at most `options.max_bytes` bytes each,
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
template <batched_request Request = set_objects_request>
csm::result<std::vector<Request>> make_batches(std::type_identity_t<Request> request, batch_options options = {});

} // namespace csm::graph

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/graph/impl/batch.hpp>
#endif

#endif

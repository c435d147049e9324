// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_BATCH_HPP
#define CSM_GRAPH_BATCH_HPP

#include <csm/error.hpp>
#include <csm/graph/envelope.hpp>
#include <csm/json/serialize.hpp>
#include <csm/result.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace csm::graph {

struct batch_options {
    /// Objects per envelope, 1 to 100 (the setObjects limit).
    std::size_t max_objects = max_objects_per_request;
    /// If set, the compact JSON text of every envelope (csm::json::serialize) is at most this many bytes.
    std::optional<std::size_t> max_bytes{};
};

/// The size in bytes of the compact JSON text of `request`, as csm::json::serialize writes it.
/// (A template whose parameter only makes the body dependent, like make_batches: a TU that does not call it
/// does not compile the writers and copies of every object type; docs/performance.md.)
template <class Request = set_objects_request>
std::size_t serialized_size(const std::type_identity_t<Request>& request) {
    return csm::json::serialize(request).size();
}

/// Splits `request.objects` into envelopes of at most `options.max_objects` objects (and at most
/// `options.max_bytes` bytes each, when set), in order. Every envelope carries the other fields of `request`
/// (properties, operationType, connectionId, kept unknown keys) unchanged. No objects give no envelopes.
///
/// Errors: invalid_value when max_objects is 0 or above 100; limit_exceeded, at `/objects/<i>`, when one object
/// does not fit the byte budget even alone.
template <class Request = set_objects_request>
csm::result<std::vector<Request>> make_batches(std::type_identity_t<Request> request, batch_options options = {}) {
    if (options.max_objects == 0 || options.max_objects > max_objects_per_request)
        return csm::error{errc::invalid_value, "", "batch_options::max_objects between 1 and 100"};

    auto objects = std::move(request.objects);
    request.objects.clear();
    std::vector<Request> batches;
    if (objects.empty()) return batches;

    // `{"objects":[],…}` plus, per object, its text and a comma between neighbours.
    const std::size_t shell = options.max_bytes ? serialized_size<Request>(request) : 0;
    std::vector<std::size_t> sizes;
    if (options.max_bytes) {
        sizes.reserve(objects.size());
        for (std::size_t i = 0; i < objects.size(); ++i) {
            sizes.push_back(csm::json::serialize(objects[i]).size());
            if (shell + sizes.back() > *options.max_bytes)
                return csm::error{errc::limit_exceeded, "/objects/" + std::to_string(i),
                                  "an object small enough for the byte budget of one envelope"};
        }
    }

    std::size_t bytes = shell;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        const bool start_new = batches.empty() || batches.back().objects.size() == options.max_objects ||
                               (options.max_bytes && bytes + 1 + sizes[i] > *options.max_bytes);
        if (start_new) {
            batches.push_back(request);
            bytes = shell;
        } else if (options.max_bytes) {
            bytes += 1; // the comma
        }
        if (options.max_bytes) bytes += sizes[i];
        batches.back().objects.push_back(std::move(objects[i]));
    }
    return batches;
}

} // namespace csm::graph

#endif

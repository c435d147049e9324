// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_IMPL_BATCH_HPP
#define CSM_GRAPH_IMPL_BATCH_HPP

// The definitions of graph/batch.hpp: included by it when header-only; compiled into the library (csm/src.hpp)
// for every request type in compiled mode.
#include <csm/graph/batch.hpp>
#include <csm/json/impl/serialize.hpp>
#include <csm/json/member_key.hpp>
#include <csm/json/read_context.hpp>

#include <cstddef>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace csm::graph {

template <class Request>
std::size_t serialized_size(const std::type_identity_t<Request>& request) {
    return csm::json::serialize(request).size();
}

template <batched_request Request>
csm::result<std::vector<Request>> make_batches(std::type_identity_t<Request> request, batch_options options) {
    constexpr std::size_t max = Request::max_batch_items;
    if (options.max_objects == 0 || options.max_objects > max)
        return csm::error{errc::invalid_value, "", "batch_options::max_objects between 1 and " + std::to_string(max)};

    auto items = std::move(request.*Request::batch_items);
    (request.*Request::batch_items).clear();
    std::vector<Request> batches;
    if (items.empty()) return batches;

    // `{"<key>":[],…}` plus, per item, its text and a comma between neighbours.
    const std::size_t shell = options.max_bytes ? serialized_size<Request>(request) : 0;
    std::vector<std::size_t> sizes;
    if (options.max_bytes) {
        sizes.reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            sizes.push_back(csm::json::serialize(items[i]).size());
            if (shell + sizes.back() > *options.max_bytes) {
                std::string pointer;
                csm::json::append_pointer_token(pointer, csm::json::member_pointer_key_v<Request::batch_items>);
                return csm::error{errc::limit_exceeded, pointer + "/" + std::to_string(i),
                                  std::is_same_v<Request, set_objects_request>
                                      ? "an object small enough for the byte budget of one envelope"
                                      : "an item small enough for the byte budget of one request"};
            }
        }
    }

    std::size_t bytes = shell;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const bool start_new = batches.empty() ||
                               (batches.back().*Request::batch_items).size() == options.max_objects ||
                               (options.max_bytes && bytes + 1 + sizes[i] > *options.max_bytes);
        if (start_new) {
            batches.push_back(request);
            bytes = shell;
        } else if (options.max_bytes) {
            bytes += 1; // the comma
        }
        if (options.max_bytes) bytes += sizes[i];
        (batches.back().*Request::batch_items).push_back(std::move(items[i]));
    }
    return batches;
}

} // namespace csm::graph

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_THUMBNAIL_HPP
#define CSM_GRAPH_THUMBNAIL_HPP

#include <csm/json/fields.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

namespace csm::graph {

/// An object's thumbnail: `{ "externalUrl": "…" }` ("currently only supports an external URL").
///
/// Tolerant reading (docs/decisions.md#thumbnail-url-alias): the customer-org example sends `{ "url": …, "mimeType": … }`; `url` is read as
/// `externalUrl` and `mimeType` is ignored. Only `externalUrl` is written.
struct thumbnail {
    std::optional<std::string> external_url{};

    static constexpr csm::json::field_rule json_fields[] = {csm::json::alias("external_url", "url")};

    friend bool operator==(const thumbnail&, const thumbnail&) = default;
};
BOOST_DESCRIBE_STRUCT(thumbnail, (), (external_url))

} // namespace csm::graph

#endif

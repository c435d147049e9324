// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_ENTITY_KEY_HPP
#define CSM_GRAPH_ENTITY_KEY_HPP

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>
#include <boost/json/string.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace csm::graph {

/// A key of another object (`parentKey`, `containerKey`): an object type and a JSON `value` whose shape
/// depends on the type (docs/decisions.md#entity-key-value). The generic form is `{ "entityId": "<the target's id>" }`; other
/// forms (`{ "repositoryId": … }`, composed keys) are kept as raw JSON.
struct entity_key {
    std::string type{};       ///< an object-type id, e.g. "atlassian:organisation"
    boost::json::value value; ///< e.g. { "entityId": "org-1" }

    /// The generic form: `{ "type": type, "value": { "entityId": id } }`.
    static entity_key of_entity(std::string type, std::string_view entity_id) {
        boost::json::object v;
        v.emplace("entityId", entity_id);
        return entity_key{std::move(type), boost::json::value(std::move(v))};
    }

    /// The `entityId` of the generic form, or nothing when `value` has another shape.
    std::optional<std::string> entity_id() const {
        const boost::json::object* o = value.if_object();
        if (!o) return std::nullopt;
        const boost::json::value* id = o->if_contains("entityId");
        if (!id || !id->is_string()) return std::nullopt;
        return std::string(id->get_string());
    }

    friend bool operator==(const entity_key&, const entity_key&) = default;
};
BOOST_DESCRIBE_STRUCT(entity_key, (), (type, value))

} // namespace csm::graph

#endif

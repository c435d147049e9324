// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_MODEL_ENTITLEMENT_HPP
#define CSM_REST_MODEL_ENTITLEMENT_HPP

#include <csm/ids.hpp>
#include <csm/json/codec.hpp>
#include <csm/open_enum.hpp>
#include <csm/rest/model/detail_field.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <string_view>
#include <vector>

/// Products and entitlements as they appear in responses of several resources.
namespace csm::rest::model {

/// Product: `{id (UUID), name}`.
struct product {
    csm::product_id id;
    std::string name;
    friend bool operator==(const product&, const product&) = default;
};
BOOST_DESCRIBE_STRUCT(product, (), (id, name))

struct entitled_entity_type_traits {
    enum class known { customer, organization };
    // Only CUSTOMER appears in the docs, even under organization endpoints (docs/decisions.md#entitled-entity-type).
    static constexpr std::string_view names[] = {"CUSTOMER", "ORGANIZATION"};
};
using entitled_entity_type = csm::open_enum<entitled_entity_type_traits>;

/// EntitledEntity: who holds the entitlement. The id is a customer or an organization id depending on
/// `type`, so it has a kind of its own (csm::entitled_entity_id), which reads from a JSON number too.
struct entitled_entity {
    csm::entitled_entity_id id;
    entitled_entity_type type;
    friend bool operator==(const entitled_entity&, const entitled_entity&) = default;
};
BOOST_DESCRIBE_STRUCT(entitled_entity, (), (id, type))

/// Entitlement (O9, O10, C8, C9, E5): details in the classic DetailField shape.
struct entitlement {
    csm::entitlement_id id;
    model::product product;
    model::entitled_entity entitled_entity;
    std::vector<detail_field> details;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("details")};
    friend bool operator==(const entitlement&, const entitlement&) = default;
};
BOOST_DESCRIBE_STRUCT(entitlement, (), (id, product, entitled_entity, details))

/// ProfileEntitlement (inside organization and customer profiles): details in the profile shape.
struct profile_entitlement {
    csm::entitlement_id id;
    model::product product;
    model::entitled_entity entitled_entity;
    std::vector<profile_detail_value> details;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("details")};
    friend bool operator==(const profile_entitlement&, const profile_entitlement&) = default;
};
BOOST_DESCRIBE_STRUCT(profile_entitlement, (), (id, product, entitled_entity, details))

/// CreateEntitlementRequest (O10, C9): `{"productId": "<uuid>"}`.
struct create_entitlement_request {
    csm::product_id product_id;
    friend bool operator==(const create_entitlement_request&, const create_entitlement_request&) = default;
};
BOOST_DESCRIBE_STRUCT(create_entitlement_request, (), (product_id))

/// AssociateProducts (profile create bodies): `{"productIds": [...]}`.
struct associate_products {
    std::vector<csm::product_id> product_ids;
    friend bool operator==(const associate_products&, const associate_products&) = default;
};
BOOST_DESCRIBE_STRUCT(associate_products, (), (product_ids))

} // namespace csm::rest::model

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_MODEL_BULK_HPP
#define CSM_REST_MODEL_BULK_HPP

#include <csm/open_enum.hpp>
#include <csm/rest/model/detail_field.hpp>

#include <boost/describe/class.hpp>

#include <string_view>
#include <vector>

/// The schemas that the customer and the organization bulk operations share (csm/rest/customer_bulk.hpp,
/// csm/rest/organization_bulk.hpp). The detail-value operations of B2 and B6 are in detail_field.hpp; the
/// response of every bulk operation is task_submit_response (task.hpp).
namespace csm::rest::model {

struct bulk_operation_type_traits {
    enum class known { create, update, upsert };
    // Only UPSERT appears in an example; the docs speak of "creating, updating or upserting",
    // so CREATE and UPDATE are inferred (unconfirmed, docs/decisions.md#bulk-operation-types).
    static constexpr std::string_view names[] = {"CREATE", "UPDATE", "UPSERT"};
};
/// operationType of organization (B7), organization-profile (B8) and customer-profile (B4) operations: an open
/// enum.
using bulk_operation_type = csm::open_enum<bulk_operation_type_traits>;

/// The body of B1 and B5: `{"detailFields": [CreateDetailFieldRequest...]}`.
struct detail_field_definitions_request {
    std::vector<create_detail_field_request> detail_fields;
    friend bool operator==(const detail_field_definitions_request&, const detail_field_definitions_request&) = default;
};
BOOST_DESCRIBE_STRUCT(detail_field_definitions_request, (), (detail_fields))

} // namespace csm::rest::model

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_MODEL_ORGANIZATION_REF_HPP
#define CSM_REST_MODEL_ORGANIZATION_REF_HPP

#include <csm/ids.hpp>
#include <csm/json/codec.hpp>

#include <boost/describe/class.hpp>

#include <string>

namespace csm::rest::model {

/// OrganizationRef: `{id, name}`. Customer and customer-profile memberships, FetchOrganizationsResponse,
/// and the responses of create and update organization (O6, O11).
struct organization_ref {
    csm::organization_id id;
    std::string name;
    friend bool operator==(const organization_ref&, const organization_ref&) = default;
};
BOOST_DESCRIBE_STRUCT(organization_ref, (), (id, name))

} // namespace csm::rest::model

#endif

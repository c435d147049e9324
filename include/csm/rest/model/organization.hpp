// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_MODEL_ORGANIZATION_HPP
#define CSM_REST_MODEL_ORGANIZATION_HPP

#include <csm/ids.hpp>
#include <csm/json/codec.hpp>
#include <csm/json/unknown_fields.hpp>
#include <csm/rest/model/detail_field.hpp>
#include <csm/rest/model/entitlement.hpp>
#include <csm/rest/model/organization_ref.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

/// Organization schemas (https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/), shared by csm/rest/organization.hpp and csm/rest/organization_bulk.hpp.
namespace csm::rest::model {

/// Organization (O5): the classic shape, details with ids and configuration. [spec] 1.0.108 requires all
/// three members; `details` still reads as empty when absent, like every response collection.
struct organization {
    csm::organization_id id;
    std::string name;
    std::vector<detail_field> details;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("details")};
    friend bool operator==(const organization&, const organization&) = default;
};
BOOST_DESCRIBE_STRUCT(organization, (), (id, name, details))

/// NameRequest (O6 update, O11 create): `{"name": "Atlassian"}`.
struct organization_name_request {
    std::string name;
    friend bool operator==(const organization_name_request&, const organization_name_request&) = default;
};
BOOST_DESCRIBE_STRUCT(organization_name_request, (), (name))

/// FetchOrganizationsRequest (O12): ids and/or names, both optional.
struct fetch_organizations_request {
    std::optional<std::vector<csm::organization_id>> organization_ids = {};
    std::optional<std::vector<std::string>> organization_names = {};
    friend bool operator==(const fetch_organizations_request&, const fetch_organizations_request&) = default;
};
BOOST_DESCRIBE_STRUCT(fetch_organizations_request, (), (organization_ids, organization_names))

/// FetchOrganizationsResponse (O12): organizations that were not found are left out.
struct fetch_organizations_response {
    std::vector<organization_ref> organizations;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("organizations")};
    friend bool operator==(const fetch_organizations_response&, const fetch_organizations_response&) = default;
};
BOOST_DESCRIBE_STRUCT(fetch_organizations_response, (), (organizations))

/// An item of OrganizationProfile.customers: the customer id only.
struct organization_profile_customer {
    csm::customer_id id;
    friend bool operator==(const organization_profile_customer&, const organization_profile_customer&) = default;
};
BOOST_DESCRIBE_STRUCT(organization_profile_customer, (), (id))

/// OrganizationProfile (O13, O14, O15): details in the profile shape `{name, value: {type, text[]}}`.
struct organization_profile {
    csm::organization_id id;
    std::string name;
    std::vector<profile_detail_value> details;
    std::vector<profile_entitlement> entitlements;
    std::vector<organization_profile_customer> customers;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("details"),
                                                            csm::json::default_if_missing("entitlements"),
                                                            csm::json::default_if_missing("customers")};
    friend bool operator==(const organization_profile&, const organization_profile&) = default;
};
BOOST_DESCRIBE_STRUCT(organization_profile, (), (id, name, details, entitlements, customers))

/// AssociateCustomers (O14, B8 payloads): `{"customerIds": [...]}`.
struct associate_customers {
    std::vector<csm::customer_id> customer_ids;
    friend bool operator==(const associate_customers&, const associate_customers&) = default;
};
BOOST_DESCRIBE_STRUCT(associate_customers, (), (customer_ids))

/// CreateOrganizationProfileRequest (O14): only `name` is required.
struct create_organization_profile_request {
    std::string name;
    std::optional<std::vector<profile_detail_value_request>> details = {};
    std::optional<model::associate_customers> associate_customers = {};
    std::optional<model::associate_products> associate_products = {};
    friend bool operator==(const create_organization_profile_request&,
                           const create_organization_profile_request&) = default;
};
BOOST_DESCRIBE_STRUCT(create_organization_profile_request, (), (name, details, associate_customers, associate_products))

/// FetchOrganizationProfilesRequest (O15). The page lists three optional array<string> fields; the example
/// shows these two, and the third one's name is unknown (docs/decisions.md#fetch-body-extra-fields): send it as a raw member,
/// `unknown_members.members["<name>"] = boost::json::array{…}` (written verbatim after the known members).
struct fetch_organization_profiles_request {
    std::optional<std::vector<csm::organization_id>> organization_ids = {};
    std::optional<std::vector<std::string>> organization_names = {};
    csm::json::unknown_fields unknown_members{};
    friend bool operator==(const fetch_organization_profiles_request&,
                           const fetch_organization_profiles_request&) = default;
};
BOOST_DESCRIBE_STRUCT(fetch_organization_profiles_request, (), (organization_ids, organization_names, unknown_members))

/// FetchProfilesResponse<OrganizationProfile> (O15): profiles that were not found are left out.
struct fetch_organization_profiles_response {
    std::vector<organization_profile> profiles;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("profiles")};
    friend bool operator==(const fetch_organization_profiles_response&,
                           const fetch_organization_profiles_response&) = default;
};
BOOST_DESCRIBE_STRUCT(fetch_organization_profiles_response, (), (profiles))

} // namespace csm::rest::model

#endif

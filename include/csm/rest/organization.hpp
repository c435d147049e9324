// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_ORGANIZATION_HPP
#define CSM_REST_ORGANIZATION_HPP

#include <csm/error.hpp>
#include <csm/ids.hpp>
#include <csm/rest/check.hpp>
#include <csm/rest/detail_fields.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http_method.hpp>
#include <csm/rest/model/detail_field.hpp>
#include <csm/rest/model/entitlement.hpp>
#include <csm/rest/model/organization.hpp>
#include <csm/rest/model/organization_ref.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// The Organization resource (docs/decisions.md#endpoint-groups, O1–O15): detail-field definitions, organizations, their detail
/// values and entitlements, and organization profiles. Every endpoint is a described aggregate whose members are
/// its parameters; build it with csm::rest::build_request and read the answer with csm::rest::parse_response.
///
///     csm::rest::organization::get_profile ep{.organization_id = csm::organization_id{"1"}};
///     csm::rest::http_request req = csm::rest::build_request(ep, base).value();
namespace csm::rest::organization {

/// Permission texts as the docs print them (docs/decisions.md#permission-texts).
namespace permission {
using namespace csm::rest::permission; // admin, agent, user, ...
inline constexpr std::string_view user_create =
    "Customer Service Management or Jira Service Management user. Note: Permission to create organizations can "
    "be switched to users with the Administer Jira global permission permission using the Organization management "
    "feature available in Jira Service Management product settings.";
inline constexpr std::string_view user_update =
    "Customer Service Management or Jira Service Management user. Note: Permission to update organizations can "
    "be switched to users with the Administer Jira global permission permission using the Organization management "
    "feature available in Jira Service Management product settings.";
} // namespace permission

/// Client-side limits (docs/decisions.md#detail-field-limits). The option limit of detail fields is shared with
/// customers and entitlements (check::max_detail_field_options, 50).
inline constexpr std::size_t max_fetched_organizations = 50; ///< O12: ids and names counted together
inline constexpr std::size_t max_fetched_profiles = 25;      ///< O15: ids and names counted together

// ---- detail-field definitions (O1–O4) ----------------------------------------------------------------------

/// The metadata of O1–O4; the endpoints themselves are shared with customers and entitlements
/// (csm/rest/detail_fields.hpp).
struct detail_field_infos {
    /// O1: every organization detail field with its configuration (definitions only, no ids).
    static constexpr endpoint_info get{
        .name = "organization.detail_fields.get",
        .path = "/organization/details",
        .scopes = {"read:organization.detail-field:jira-service-management"},
        .docs = {.id = "O1",
                 .permission = permission::admin,
                 .summary = "Returns all organization detail fields, including their configuration."}};
    /// O2: creates an organization detail field.
    static constexpr endpoint_info create{
        .name = "organization.detail_fields.create",
        .method = http_method::post,
        .path = "/organization/details",
        .scopes = {"write:organization.detail-field:jira-service-management"},
        .docs = {.id = "O2",
                 .permission = permission::admin,
                 .limits = "up to 50 detail fields per site (not checked); name non-empty; at most 50 options (UI "
                           "limit)",
                 .summary = "Creates an organization detail field."}};
    /// O3: renames an organization detail field and/or changes the options of a SELECT or MULTISELECT field.
    static constexpr endpoint_info edit{
        .name = "organization.detail_fields.edit",
        .method = http_method::put,
        .path = "/organization/details/{fieldName}",
        .scopes = {"write:organization.detail-field:jira-service-management"},
        .docs = {.id = "O3",
                 .permission = permission::admin,
                 .limits = "name non-empty; at most 50 options (UI limit); the type cannot change",
                 .summary = "Renames an organization detail field and/or changes the available options for SELECT "
                            "or MULTISELECT fields."}};
    /// O4: deletes an organization detail field and every value stored for it. Irreversible.
    static constexpr endpoint_info delete_{
        .name = "organization.detail_fields.delete",
        .method = http_method::delete_,
        .path = "/organization/details/{fieldName}",
        .scopes = {"delete:organization.detail-field:jira-service-management"},
        .docs = {.id = "O4",
                 .permission = permission::admin,
                 .summary = "Deletes an organization detail field and all values stored for it for all "
                            "organizations."}};
};

/// O1 — GET /organization/details — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-api-v1-organization-details-get
using get_detail_fields = detail_fields::get_detail_fields<detail_field_infos>;
/// O2 — POST /organization/details — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-api-v1-organization-details-post
using create_detail_field = detail_fields::create_detail_field<detail_field_infos>;
/// O3 — PUT /organization/details/{fieldName} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-api-v1-organization-details-fieldname-put
using edit_detail_field = detail_fields::edit_detail_field<detail_field_infos>;
/// O4 — DELETE /organization/details/{fieldName} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-api-v1-organization-details-fieldname-delete
using delete_detail_field = detail_fields::delete_detail_field<detail_field_infos>;

// ---- organizations -----------------------------------------------------------------------------------------

/// O5 — GET /organization/{organizationId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-api-v1-organization-organizationid-get
/// An organization with its details (classic shape). The docs recommend get_profile (O13) instead.
struct get_organization {
    csm::organization_id organization_id;
    static constexpr endpoint_info info{
        .name = "organization.get",
        .path = "/organization/{organizationId}",
        .scopes = {"read:organization:jira-service-management", "read:organization.detail:jira-service-management"},
        .docs = {
            .id = "O5", .permission = permission::agent, .summary = "Returns an organization, including its details."}};
    using response = model::organization;
    friend bool operator==(const get_organization&, const get_organization&) = default;
};
BOOST_DESCRIBE_STRUCT(get_organization, (), (organization_id))

/// O6 — PUT /organization/{organizationId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-api-v1-organization-organizationid-put
/// Renames an organization.
struct update_organization {
    csm::organization_id organization_id;
    model::organization_name_request body;
    static constexpr endpoint_info info{.name = "organization.update",
                                        .method = http_method::put,
                                        .path = "/organization/{organizationId}",
                                        .scopes = {"write:organization:jira-service-management"},
                                        .experimental = true,
                                        .docs = {.id = "O6",
                                                 .permission = permission::user_update,
                                                 .limits = "name non-empty",
                                                 .summary = "Updates an organization's name."}};
    using response = model::organization_ref;

    std::optional<csm::error> validate() const { return check::name(body.name, "/body/name"); }
    friend bool operator==(const update_organization&, const update_organization&) = default;
};
BOOST_DESCRIBE_STRUCT(update_organization, (), (organization_id, body))

/// O7 — DELETE /organization/{organizationId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/
/// Newer; known only from later reference text. Deletes an organization. Irreversible. The docs state
/// neither scope nor response: `delete:organization` is the scope the Forge list has for it (unconfirmed),
/// and the response is treated as body-less.
struct delete_organization {
    csm::organization_id organization_id;
    static constexpr endpoint_info info{
        .name = "organization.delete",
        .method = http_method::delete_,
        .path = "/organization/{organizationId}",
        .scopes = {"delete:organization:jira-service-management"},
        .docs = {.id = "O7",
                 .permission = permission::admin,
                 .summary = "Deletes an organization. You cannot restore an organization once it has been deleted.",
                 .scopes_inferred = true}};
    using response = no_content;
    friend bool operator==(const delete_organization&, const delete_organization&) = default;
};
BOOST_DESCRIBE_STRUCT(delete_organization, (), (organization_id))

/// O8 — PUT /organization/{organizationId}/details — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-api-v1-organization-organizationid-details-put
/// Sets the values of one detail field of an organization (`?fieldName=`). Always send `values`;
/// whether an empty array clears the field is not documented.
struct set_detail_value {
    csm::organization_id organization_id;
    csm::rest::detail_field_name field_name; ///< query parameter `fieldName`
    model::set_detail_values_request body;
    static constexpr endpoint_info info{
        .name = "organization.detail_value.set",
        .method = http_method::put,
        .path = "/organization/{organizationId}/details",
        .scopes = {"write:organization.detail:jira-service-management"},
        .docs = {.id = "O8",
                 .permission = permission::agent,
                 .limits = "fieldName non-empty",
                 .summary = "Sets the values of an organization's detail field and returns the updated field."}};
    using response = model::update_detail_field_response;

    std::optional<csm::error> validate() const { return check::name(field_name.view(), "/query/fieldName"); }
    friend bool operator==(const set_detail_value&, const set_detail_value&) = default;
};
BOOST_DESCRIBE_STRUCT(set_detail_value, (), (organization_id, field_name, body))

// ---- entitlements ------------------------------------------------------------------------------------------

/// O9 — GET /organization/{organizationId}/entitlement — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-api-v1-organization-organizationid-entitlement-get
/// The organization's entitlements (a bare JSON array), optionally filtered by product. The query
/// parameter is unnamed on the seed page; `product` comes from later reference text (docs/decisions.md#unnamed-parameters).
struct get_entitlements {
    csm::organization_id organization_id;
    std::optional<csm::product_id> product = {}; ///< query parameter `product`: filter by product id
    static constexpr endpoint_info info{
        .name = "organization.entitlements.get",
        .path = "/organization/{organizationId}/entitlement",
        .scopes = {"read:organization:entitlement:jira-service-management"},
        .docs = {.id = "O9",
                 .permission = permission::agent,
                 .summary = "Returns a list of the organization's entitlements, along with their details."}};
    using response = std::vector<model::entitlement>;
    friend bool operator==(const get_entitlements&, const get_entitlements&) = default;
};
BOOST_DESCRIBE_STRUCT(get_entitlements, (), (organization_id, product))

/// O10 — POST /organization/{organizationId}/entitlement — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-api-v1-organization-organizationid-entitlement-post
/// Entitles the organization to a product.
struct create_entitlement {
    csm::organization_id organization_id;
    model::create_entitlement_request body;
    static constexpr endpoint_info info{
        .name = "organization.entitlements.create",
        .method = http_method::post,
        .path = "/organization/{organizationId}/entitlement",
        .scopes = {"write:organization:entitlement:jira-service-management"},
        .docs = {.id = "O10",
                 .permission = permission::agent,
                 .summary = "Creates an entitlement of the organization to a product."}};
    using response = model::entitlement;
    friend bool operator==(const create_entitlement&, const create_entitlement&) = default;
};
BOOST_DESCRIBE_STRUCT(create_entitlement, (), (organization_id, body))

/// O11 — POST /organization — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-api-v1-organization-post
/// Creates an organization.
struct create_organization {
    model::organization_name_request body;
    static constexpr endpoint_info info{.name = "organization.create",
                                        .method = http_method::post,
                                        .path = "/organization",
                                        .scopes = {"write:organization:jira-service-management"},
                                        .experimental = true,
                                        .docs = {.id = "O11",
                                                 .permission = permission::user_create,
                                                 .limits = "name non-empty",
                                                 .summary = "Creates an organization."}};
    using response = model::organization_ref;

    std::optional<csm::error> validate() const { return check::name(body.name, "/body/name"); }
    friend bool operator==(const create_organization&, const create_organization&) = default;
};
BOOST_DESCRIBE_STRUCT(create_organization, (), (body))

/// O12 — POST /organization/fetch — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-api-v1-organization-fetch-post
/// Up to 50 organizations by id or name; those not found are left out of the response.
struct fetch_organizations {
    model::fetch_organizations_request body;
    static constexpr endpoint_info info{
        .name = "organization.fetch",
        .method = http_method::post,
        .path = "/organization/fetch",
        .scopes = {"read:organization:jira-service-management"},
        .experimental = true,
        .read_only = true,
        .docs = {.id = "O12",
                 .permission = permission::user,
                 .limits = "at most 50 organizations: ids and names counted together (whether the server counts "
                           "them together is unconfirmed)",
                 .summary = "Returns a maximum of 50 organizations, fetched by organization id or name."}};
    using response = model::fetch_organizations_response;

    std::optional<csm::error> validate(const limit_options& limits) const {
        if (!limits.response_caps) return std::nullopt;
        return check::combined_count(body.organization_ids, body.organization_names, max_fetched_organizations,
                                     "/body/organizationIds", "/body/organizationNames");
    }
    friend bool operator==(const fetch_organizations&, const fetch_organizations&) = default;
};
BOOST_DESCRIBE_STRUCT(fetch_organizations, (), (body))

// ---- organization profiles ---------------------------------------------------------------------------------

/// O13 — GET /organization/profile/{organizationId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-api-v1-organization-profile-organizationid-get
/// An organization's profile: details (profile shape), entitlements and customers.
struct get_profile {
    csm::organization_id organization_id;
    static constexpr endpoint_info info{
        .name = "organization.profile.get",
        .path = "/organization/profile/{organizationId}",
        .scopes = {"read:organization.profile:jira-service-management"},
        .experimental = true,
        .docs = {.id = "O13",
                 .permission = permission::user,
                 .summary = "Returns an organization's profile, including its custom details and any product "
                            "entitlements."}};
    using response = model::organization_profile;
    friend bool operator==(const get_profile&, const get_profile&) = default;
};
BOOST_DESCRIBE_STRUCT(get_profile, (), (organization_id))

/// O14 — POST /organization/profile — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-api-v1-organization-profile-post
/// Creates an organization with its details, customers and product entitlements.
struct create_profile {
    model::create_organization_profile_request body;
    static constexpr endpoint_info info{
        .name = "organization.profile.create",
        .method = http_method::post,
        .path = "/organization/profile",
        .scopes = {"write:organization.profile:jira-service-management"},
        .experimental = true,
        .docs = {.id = "O14",
                 .permission = permission::user_create,
                 .limits = "name and detail names non-empty",
                 .summary = "Creates an organization's profile, including its detail fields, customers and "
                            "product entitlements."}};
    using response = model::organization_profile;

    std::optional<csm::error> validate() const {
        if (auto e = check::name(body.name, "/body/name")) return e;
        if (body.details) return check::detail_names(*body.details, "/body/details");
        return std::nullopt;
    }
    friend bool operator==(const create_profile&, const create_profile&) = default;
};
BOOST_DESCRIBE_STRUCT(create_profile, (), (body))

/// O15 — POST /organization/profile/fetch — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-api-v1-organization-profile-fetch-post
/// Up to 25 organization profiles by id or name; those not found are left out of the response.
struct fetch_profiles {
    model::fetch_organization_profiles_request body;
    static constexpr endpoint_info info{
        .name = "organization.profile.fetch",
        .method = http_method::post,
        .path = "/organization/profile/fetch",
        .scopes = {"read:organization.profile:jira-service-management"},
        .experimental = true,
        .read_only = true,
        .docs = {.id = "O15",
                 .permission = permission::user,
                 .limits = "at most 25 profiles: ids and names counted together (unconfirmed)",
                 .summary = "Returns a maximum of 25 organization profiles."}};
    using response = model::fetch_organization_profiles_response;

    std::optional<csm::error> validate(const limit_options& limits) const {
        if (!limits.response_caps) return std::nullopt;
        return check::combined_count(body.organization_ids, body.organization_names, max_fetched_profiles,
                                     "/body/organizationIds", "/body/organizationNames");
    }
    friend bool operator==(const fetch_profiles&, const fetch_profiles&) = default;
};
BOOST_DESCRIBE_STRUCT(fetch_profiles, (), (body))

} // namespace csm::rest::organization

#endif

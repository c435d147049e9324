// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_ENDPOINTS_HPP
#define CSM_REST_ENDPOINTS_HPP

#include <csm/rest/customer.hpp>
#include <csm/rest/csm_request.hpp>
#include <csm/rest/customer_bulk.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/entitlement.hpp>
#include <csm/rest/help_center.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/organization_bulk.hpp>
#include <csm/rest/product.hpp>
#include <csm/rest/scopes.hpp>
#include <csm/rest/task.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

/// The one place that lists every endpoint of the CSM REST API v1 (all 60 rows of docs/rest-endpoints.md), for
/// tooling and docs:
///
///     boost::mp11::mp_for_each<csm::rest::all_endpoint_identities>([](auto t) {   // compile time, typed
///         using E = typename decltype(t)::type;
///         std::cout << E::info.docs.id << ' ' << E::info.path << '\n';
///     });
///     for (const csm::rest::endpoint_info& info : csm::rest::all_endpoint_infos()) ...   // run time
///     const csm::rest::endpoint_info* e = csm::rest::find_endpoint("organization.get");
///     constexpr auto manifest_scopes = csm::rest::required_scopes_of<csm::rest::all_endpoints>;
///
/// Order: the table order of docs/rest-endpoints.md (organization, customer, product, entitlement, task, bulk
/// operations, CSM requests, help-center access).
/// Endpoints with path parameters have no default constructor, so iterate all_endpoint_identities (each
/// endpoint wrapped in boost::mp11::mp_identity) rather than all_endpoints with mp_for_each.
namespace csm::rest {

/// O1–O15 (docs/decisions.md#endpoint-groups).
using organization_endpoints = boost::mp11::mp_list<
    organization::get_detail_fields, organization::create_detail_field, organization::edit_detail_field,
    organization::delete_detail_field, organization::get_organization, organization::update_organization,
    organization::delete_organization, organization::set_detail_value, organization::get_entitlements,
    organization::create_entitlement, organization::create_organization, organization::fetch_organizations,
    organization::get_profile, organization::create_profile, organization::fetch_profiles>;

/// C1–C17 (docs/decisions.md#endpoint-groups).
using customer_endpoints = boost::mp11::mp_list<
    customer::get_detail_fields, customer::create_detail_field, customer::edit_detail_field,
    customer::delete_detail_field, customer::get_customer, customer::search_customers_by_detail_field,
    customer::set_detail_value, customer::get_entitlements, customer::create_entitlement, customer::create_account,
    customer::get_account, customer::update_account, customer::delete_account, customer::get_profile,
    customer::create_profile, customer::fetch_profiles, customer::get_customer_experiences>;

/// P1–P5 (docs/decisions.md#endpoint-groups).
using product_endpoints = boost::mp11::mp_list<product::list_products, product::create_product, product::get_product,
                                               product::rename_product, product::delete_product>;

/// E1–E8 (docs/decisions.md#endpoint-groups).
using entitlement_endpoints = boost::mp11::mp_list<entitlement::get_detail_fields, entitlement::create_detail_field,
                                                   entitlement::edit_detail_field, entitlement::delete_detail_field,
                                                   entitlement::get_entitlement, entitlement::delete_entitlement,
                                                   entitlement::set_detail_value, entitlement::list_entitlements>;

/// T1 (docs/decisions.md#endpoint-groups).
using task_endpoints = boost::mp11::mp_list<task::get_task_status>;

/// B1–B8 (docs/decisions.md#endpoint-groups): customer bulk operations B1–B4, organization bulk operations B5–B8.
using bulk_endpoints =
    boost::mp11::mp_list<customer_bulk::create_detail_field_definitions, customer_bulk::update_detail_values,
                         customer_bulk::manage_accounts, customer_bulk::manage_profiles,
                         organization_bulk::create_detail_field_definitions, organization_bulk::update_detail_values,
                         organization_bulk::manage_organizations, organization_bulk::manage_profiles>;

/// R1, R2: CSM requests (csm/rest/csm_request.hpp).
using csm_request_endpoints = boost::mp11::mp_list<csm_request::create_external_request, csm_request::add_comment>;

/// H1–H4: help-center access by organization and raising issues (csm/rest/help_center.hpp).
using help_center_endpoints =
    boost::mp11::mp_list<help_center::get_organization_access, help_center::grant_organization_access,
                         help_center::revoke_organization_access, help_center::raise_issue>;

/// Every endpoint, as a type list.
using all_endpoints =
    boost::mp11::mp_append<organization_endpoints, customer_endpoints, product_endpoints, entitlement_endpoints,
                           task_endpoints, bulk_endpoints, csm_request_endpoints, help_center_endpoints>;

/// Every endpoint wrapped in boost::mp11::mp_identity, for mp_for_each (see above).
using all_endpoint_identities = boost::mp11::mp_transform<boost::mp11::mp_identity, all_endpoints>;

/// How many endpoints there are.
inline constexpr std::size_t endpoint_count = boost::mp11::mp_size<all_endpoints>::value;

namespace detail {

template <class... E>
constexpr std::array<endpoint_info, sizeof...(E)> infos_of(boost::mp11::mp_list<E...>) noexcept {
    return {E::info...};
}

} // namespace detail

/// The metadata of every endpoint, in all_endpoints order.
inline constexpr std::array<endpoint_info, endpoint_count> all_endpoint_info_array = detail::infos_of(all_endpoints{});

/// The metadata of every endpoint, in all_endpoints order.
constexpr std::span<const endpoint_info> all_endpoint_infos() noexcept { return all_endpoint_info_array; }

/// The endpoint with this stable name (e.g. "organization.get"), or nullptr.
constexpr const endpoint_info* find_endpoint(std::string_view name) noexcept {
    for (const endpoint_info& info : all_endpoint_info_array)
        if (info.name == name) return &info;
    return nullptr;
}

/// The endpoint with this reference id (e.g. "O5"), or nullptr.
constexpr const endpoint_info* find_endpoint_by_id(std::string_view id) noexcept {
    for (const endpoint_info& info : all_endpoint_info_array)
        if (info.docs.id == id) return &info;
    return nullptr;
}

/// The scopes of the whole API: the sorted, de-duplicated union over every endpoint.
inline constexpr auto all_scopes = required_scopes_of<all_endpoints>;

} // namespace csm::rest

#endif

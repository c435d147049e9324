// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_IMPL_SRC_REST_HPP
#define CSM_IMPL_SRC_REST_HPP

// Part of csm/src.hpp: build_request and parse_response for each of the 60 endpoints, and the codec's entry
// points for every body and response type they use.
#include <csm/impl/instantiate.hpp>
#include <csm/rest/endpoints.hpp>
#include <csm/rest/templates.hpp>
#include <csm/rest/impl/api_base.hpp>
#include <csm/rest/impl/idempotency_key.hpp>
#include <csm/rest/impl/random_idempotency_key.hpp>
#include <csm/currency_code.hpp>
#include <csm/ids.hpp>
#include <csm/instant.hpp>
#include <csm/rest/model/bulk.hpp>
#include <csm/rest/model/organization_ids.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <random>
#include <tuple>
#include <type_traits>

namespace csm::detail::compiled {

struct rest_functions {
    template <class E>
    static auto entry_points() {
        using csm::rest::parse_response;
        return std::make_tuple(
            &csm::rest::build_request<E>,
            static_cast<csm::rest::response_result<E> (*)(int, const std::vector<csm::rest::http_header>&,
                                                          std::string_view, csm::json::read_options)>(
                &parse_response<E>),
            static_cast<csm::rest::response_result<E> (*)(const csm::rest::http_response&, csm::json::read_options)>(
                &parse_response<E>));
    }
};

template <class P>
using is_body_parameter = std::bool_constant<P::role == csm::rest::parameter_role::body>;
template <class P>
using parameter_type = typename P::type;

/// The JSON types of endpoint E: its body's type (if it has one) and its response type (unless no_content).
template <class E>
using json_types_of = boost::mp11::mp_remove<
    boost::mp11::mp_push_back<
        boost::mp11::mp_rename<
            boost::mp11::mp_transform<parameter_type,
                                      boost::mp11::mp_copy_if<csm::rest::parameters_of<E>, is_body_parameter>>,
            boost::mp11::mp_list>,
        typename E::response>,
    csm::rest::no_content>;

using rest_json_types =
    boost::mp11::mp_unique<boost::mp11::mp_flatten<boost::mp11::mp_transform<json_types_of, csm::rest::all_endpoints>>>;

namespace m = csm::rest::model;

namespace c = csm::rest::customer;

/// Every schema of csm/rest/model/ and of the resource headers, and the strong types, for callers that read
/// or write one on its own.
using rest_model_types = boost::mp11::mp_list<
    c::customer, c::search_detail_field, c::customer_search_request, c::customer_search_hit, c::customer_search_result,
    c::create_customer_account_request, c::customer_account_created, c::customer_account,
    c::update_customer_account_request, c::customer_profile, c::create_customer_profile_request,
    c::fetch_customer_profiles_request, c::customer_profiles, m::detail_field_definitions_request, m::detail_field_type,
    m::detail_field_configuration, m::detail_field_definition, m::detail_field_definitions,
    m::create_detail_field_request, m::detail_field_response, m::edit_detail_field_request, m::detail_field,
    m::set_detail_values_request, m::update_detail_field_response, m::profile_detail_value_content,
    m::profile_detail_value, m::profile_detail_value_request, m::bulk_detail_value_payload,
    m::bulk_detail_value_operation, m::product, m::entitled_entity, m::entitlement, m::profile_entitlement,
    m::create_entitlement_request, m::associate_products, m::organization, m::organization_name_request,
    m::fetch_organizations_request, m::fetch_organizations_response, m::organization_profile_customer,
    m::organization_profile, m::associate_customers, m::create_organization_profile_request,
    m::fetch_organization_profiles_request, m::fetch_organization_profiles_response, m::associate_organizations,
    m::organization_ids, m::organization_ref, m::task_submit_response, csm::rest::task::task_failure, csm::instant,
    csm::currency_code, csm::cloud_id, csm::organization_id, csm::customer_id, csm::product_id, csm::entitlement_id,
    csm::detail_field_id, csm::task_id, csm::entitled_entity_id, csm::help_center_id, csm::issue_id_or_key,
    csm::graph_object_id, csm::external_user_id, csm::external_group_id, csm::account_id, csm::connection_id>;

template struct instantiate<csm::rest::all_endpoints, rest_functions>;
template struct instantiate<boost::mp11::mp_unique<boost::mp11::mp_append<rest_json_types, rest_model_types>>,
                            json_functions>;

} // namespace csm::detail::compiled

template csm::rest::idempotency_key csm::rest::idempotency_key::generate_uuid_v4<std::mt19937>(std::mt19937&);
template csm::rest::idempotency_key csm::rest::idempotency_key::generate_uuid_v4<std::mt19937_64>(std::mt19937_64&);

#endif

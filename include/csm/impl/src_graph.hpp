// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_IMPL_SRC_GRAPH_HPP
#define CSM_IMPL_SRC_GRAPH_HPP

// Part of csm/src.hpp: the codec's entry points for the Teamwork Graph objects, envelopes and the requests and
// responses of every connector operation.
#include <csm/graph.hpp>
#include <csm/graph/impl/batch.hpp>
#include <csm/graph/impl/rate_plan.hpp>
#include <csm/graph/impl/validate.hpp>
#include <csm/impl/instantiate.hpp>

#include <boost/mp11/list.hpp>

#include <tuple>
#include <vector>

namespace csm::detail::compiled {

namespace g = csm::graph;

using graph_json_types = boost::mp11::mp_list<
    // objects and envelopes
    g::any_object, g::customer_org, g::customer_org_category, g::organisation, g::set_objects_request,
    g::bulk_object_response, g::get_object_by_external_id_request, g::get_object_response,
    g::delete_objects_by_external_id_request, g::delete_objects_by_properties_request, g::delete_objects_response,
    // users, groups, mappings, relationships
    g::set_users_request, g::bulk_users_response, g::get_user_by_external_id_request, g::get_user_response,
    g::delete_users_by_external_id_request, g::delete_users_response, g::map_users_request, g::map_users_response,
    g::set_groups_request, g::bulk_groups_response, g::get_group_by_external_id_request, g::get_group_response,
    g::delete_groups_by_external_id_request, g::delete_groups_response, g::set_relationships_request,
    g::bulk_relationships_response,
    // the parts of objects
    g::object_common, g::customer_org_block, g::customer_org_category_block, g::organisation_block,
    g::customer_org_last_activity, g::customer_org_lifetime_value, g::association, g::entity_key, g::principal,
    g::access_control, g::permission, g::thumbnail, g::user_reference, g::user_payload, g::user_mapping,
    g::group_payload, g::relationship, g::association_list, g::permission_list, g::any_currency_code,
    std::vector<g::any_object>>;

template struct instantiate<graph_json_types, json_functions>;

/// The requests that make_batches splits (graph/batch.hpp).
using graph_batched_types =
    boost::mp11::mp_list<g::set_objects_request, g::delete_objects_by_external_id_request, g::set_users_request,
                         g::delete_users_by_external_id_request, g::map_users_request, g::set_groups_request,
                         g::delete_groups_by_external_id_request, g::set_relationships_request>;

/// Every payload validate() takes (graph/validate.hpp), read from raw JSON by validate_json_as.
using graph_validated_types =
    boost::mp11::mp_list<g::customer_org, g::customer_org_category, g::organisation, g::set_objects_request,
                         g::get_object_by_external_id_request, g::delete_objects_by_external_id_request,
                         g::delete_objects_by_properties_request, g::set_users_request,
                         g::get_user_by_external_id_request, g::delete_users_by_external_id_request,
                         g::map_users_request, g::set_groups_request, g::get_group_by_external_id_request,
                         g::delete_groups_by_external_id_request, g::set_relationships_request>;

struct batch_functions {
    template <class T>
    static auto entry_points() {
        return std::make_tuple(&g::make_batches<T>, &g::serialized_size<T>);
    }
};

struct validate_functions {
    template <class T>
    static auto entry_points() {
        return std::make_tuple(&g::validate_json_as<T>);
    }
};

template struct instantiate<graph_batched_types, batch_functions>;
template struct instantiate<graph_validated_types, validate_functions>;

} // namespace csm::detail::compiled

template std::vector<csm::graph::problem>
csm::graph::validate_json<csm::graph::set_objects_request>(const boost::json::value&, csm::graph::validate_options);

// validate() of the gets and deletes by external id of users and groups (graph/by_external_id.hpp).
template std::vector<csm::graph::problem> csm::graph::validate(const csm::graph::get_user_by_external_id_request&,
                                                               csm::graph::validate_options);
template std::vector<csm::graph::problem> csm::graph::validate(const csm::graph::get_group_by_external_id_request&,
                                                               csm::graph::validate_options);
template std::vector<csm::graph::problem> csm::graph::validate(const csm::graph::delete_users_by_external_id_request&,
                                                               csm::graph::validate_options);
template std::vector<csm::graph::problem> csm::graph::validate(const csm::graph::delete_groups_by_external_id_request&,
                                                               csm::graph::validate_options);

#endif

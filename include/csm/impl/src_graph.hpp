// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_IMPL_SRC_GRAPH_HPP
#define CSM_IMPL_SRC_GRAPH_HPP

// Part of csm/src.hpp: the codec's entry points for the Teamwork Graph objects, envelopes and the requests and
// responses of every connector operation.
#include <csm/graph.hpp>
#include <csm/impl/instantiate.hpp>

#include <boost/mp11/list.hpp>

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
    g::bulk_relationships_response>;

template struct instantiate<graph_json_types, json_functions>;

} // namespace csm::detail::compiled

#endif

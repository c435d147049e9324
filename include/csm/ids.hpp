// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_IDS_HPP
#define CSM_IDS_HPP

#include <csm/basic_id.hpp>

/// Every kind of identifier in the CSM REST API and in Teamwork Graph payloads, each its own type.
namespace csm {

namespace id_tags {
/// REST ids read from JSON numbers as well as strings: the docs send organization ids as numbers in one
/// example, and a server that does so for one id kind may do so for others (docs/decisions.md#organization-ids-as-numbers, docs/rest.md).
struct rest_id {
    static constexpr bool json_accepts_number = true;
};
struct cloud {};
struct organization : rest_id {};
struct customer : rest_id {};
struct product : rest_id {};
struct entitlement : rest_id {};
struct entitled_entity : rest_id {};
struct detail_field : rest_id {};
struct task : rest_id {};
struct help_center : rest_id {};
struct issue : rest_id {};
struct graph_object {};
struct external_user {};
struct external_group {};
struct account {};
struct connection {};
} // namespace id_tags

using cloud_id = basic_id<id_tags::cloud>;               ///< Atlassian site (cloudId in REST URLs)
using organization_id = basic_id<id_tags::organization>; ///< CSM organization, e.g. "123"
using customer_id = basic_id<id_tags::customer>;         ///< CSM customer: "qm:…" account or an AAID
using product_id = basic_id<id_tags::product>;           ///< CSM product (a UUID)
using entitlement_id = basic_id<id_tags::entitlement>;   ///< CSM entitlement (a UUID)
using detail_field_id = basic_id<id_tags::detail_field>; ///< CSM detail field, e.g. "321"
using task_id = basic_id<id_tags::task>;                 ///< CSM asynchronous task (a UUID)
/// The holder of an entitlement: a customer or an organization id.
using entitled_entity_id = basic_id<id_tags::entitled_entity>;
using help_center_id = basic_id<id_tags::help_center>;       ///< JSM help center / customer experience
using issue_id_or_key = basic_id<id_tags::issue>;            ///< Jira issue id ("10001") or key ("CSM-12")
using graph_object_id = basic_id<id_tags::graph_object>;     ///< Teamwork Graph object id in the source system
using external_user_id = basic_id<id_tags::external_user>;   ///< user id in the source system (setUsers)
using external_group_id = basic_id<id_tags::external_group>; ///< group id in the source system (setGroups)
using account_id = basic_id<id_tags::account>;               ///< Atlassian account id (AAID)
using connection_id = basic_id<id_tags::connection>;         ///< Teamwork Graph connector connection

} // namespace csm

#endif

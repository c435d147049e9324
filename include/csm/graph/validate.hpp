// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_VALIDATE_HPP
#define CSM_GRAPH_VALIDATE_HPP

#include <csm/config.hpp>
#include <csm/graph/any_object.hpp>
#include <csm/graph/envelope.hpp>
#include <csm/graph/problem.hpp>

#include <boost/json/value.hpp>

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

/// Validation of Teamwork Graph payloads, separate from parsing: parsing is tolerant (a doc example without
/// `schemaVersion` parses), validate() then reports every problem (graph/problem.hpp), not just the first.
/// The definitions are in graph/impl/validate.hpp: included here when header-only, compiled into the library
/// in compiled mode (csm/config.hpp).
namespace csm::graph {

// The users, groups, mappings and relationships requests (graph/users.hpp, groups.hpp, relationships.hpp):
// declared here so that a TU that validates objects does not read those headers; one that validates such a
// request includes its header to build it. The gets and deletes by external id of users and groups are the
// templates of graph/by_external_id.hpp (included by envelope.hpp).
struct set_users_request;
struct map_users_request;
struct set_groups_request;
struct set_relationships_request;

/// Whether `text` is an absolute http or https URL with a host (an RFC 3986 URI, via Boost.URL).
CSM_DECL bool is_absolute_http_url(std::string_view text);

// ---- validate(): one overload per payload; the definitions are in graph/impl/validate.hpp ----------------

/// Each object type: the common properties (schemaVersion, id, displayName and url present; permissions
/// not empty, at most 500 principals, USER and GROUP principals with an id; user references, keys,
/// thumbnail and associations complete; URLs absolute http(s), a warning unless strict), then its block.
/// customer-org: its user references, an activity's `event`, a finite lifetime value (a currency that is
/// not an active ISO 4217 code is a warning), an http(s) websiteUrl, text of at most 255 characters.
CSM_DECL std::vector<problem> validate(const customer_org& o, validate_options options = {});

/// A category: the common properties, and `key` and `categoryType` of at most 255 characters.
CSM_DECL std::vector<problem> validate(const customer_org_category& o, validate_options options = {});

/// An organisation: the common properties.
CSM_DECL std::vector<problem> validate(const organisation& o, validate_options options = {});

/// Unknown objects: only that they carry a type block, and that it is one this library models (warning;
/// e.g. `atlassian:customer-organization`, docs/decisions.md#customer-org-type-id).
CSM_DECL std::vector<problem> validate(const unknown_object& o, validate_options options = {});

/// Whichever object `o` holds.
CSM_DECL std::vector<problem> validate(const any_object& o, validate_options options = {});

/// An envelope: its own limits first (≤ 100 objects, ≤ 5 properties, connectionId recommended, a known
/// operationType), then every object in order, then ids that repeat an earlier object's (`duplicate_id` at
/// `/objects/<i>/id`: which of the two the server keeps is not documented).
CSM_DECL std::vector<problem> validate(const set_objects_request& r, validate_options options = {});

/// The gets: the ids present (`objectType` too for objects); connectionId recommended.
CSM_DECL std::vector<problem> validate(const get_object_by_external_id_request& r, validate_options options = {});

/// The deletes by external id: 1 to 100 ids, none empty (`objectType` present for objects); connectionId
/// recommended.
CSM_DECL std::vector<problem> validate(const delete_objects_by_external_id_request& r, validate_options options = {});

/// deleteObjectsByProperties: exactly one property and an `objectType`; connectionId recommended.
CSM_DECL std::vector<problem> validate(const delete_objects_by_properties_request& r, validate_options options = {});

/// setUsers: 1 to 100 users, each with an `externalId` (unique in the request); e-mail and photo values
/// present; connectionId recommended.
CSM_DECL std::vector<problem> validate(const set_users_request& r, validate_options options = {});

/// mapUsers: 1 to 100 mappings, each with an `externalId` and exactly one of `accountId` and `email` (rule
/// `one_of`, reported at the mapping); connectionId recommended.
CSM_DECL std::vector<problem> validate(const map_users_request& r, validate_options options = {});

/// setGroups: 1 to 100 groups, each with an `externalId` (unique in the request); each member with an
/// `externalId` and a `type`.
CSM_DECL std::vector<problem> validate(const set_groups_request& r, validate_options options = {});

/// getUserByExternalId, getGroupByExternalId: the id present; connectionId recommended. (A template over the
/// id type, compiled into the library for users' and groups' ids in compiled mode.)
template <class Id>
std::vector<problem> validate(const get_by_external_id_request<Id>& r, validate_options options = {});

/// deleteUsersByExternalId, deleteGroupsByExternalId: 1 to 100 ids, none empty; connectionId recommended.
template <class Id>
std::vector<problem> validate(const delete_by_external_id_request<Id>& r, validate_options options = {});

/// setRelationships: at least one relationship; each with `from`, `to` (type and value) and `type`; a
/// non-negative `updateSequenceNumber`; RFC 3339 timestamps. `connectionId` is required by the page.
CSM_DECL std::vector<problem> validate(const set_relationships_request& r, validate_options options = {});

/// Validates a setObjects envelope given as raw JSON, as received or stored, without stopping at the first
/// problem: envelope-level problems first, then each object in order, then repeated ids. Invalid instants and
/// malformed currency codes, which the typed model cannot hold, are reported (rules `instant`,
/// `currency_code`) and the object is still checked for everything else. Any other reason an object cannot
/// be read (a missing `id`, a wrong JSON type) is reported once for that object, with the pointer of the
/// first such place.
///
/// A template so that a TU that does not call it does not compile the readers of every object type
/// (docs/performance.md).
template <class Envelope = set_objects_request>
std::vector<problem> validate_json(const boost::json::value& envelope, validate_options options = {});

/// Validates any other request given as raw JSON (users, groups, relationships, mappings, gets and deletes):
/// reads it with the typed model and validates it; when it cannot be read, the one reason is reported with
/// its pointer. (setObjects envelopes have validate_json, which goes on past unreadable objects.)
template <class Request>
std::vector<problem> validate_json_as(const boost::json::value& jv, validate_options options = {});

/// The external ids of the users and groups the caller has sent (setUsers, setGroups), for
/// check_references().
struct known_principals {
    std::set<std::string, std::less<>> users{};
    std::set<std::string, std::less<>> groups{};
};

/// The optional consistency check before sending: USER and GROUP principals, and the `externalId` of user
/// references (`createdBy`, `lastUpdatedBy`, `owners`, customer-org `contacts` and `contributors`), that are
/// not among the users and groups the caller says were sent. They would not resolve (docs/teamwork-graph.md,
/// "Users and groups"); warnings (`unknown_reference`), since the ids may have been sent in an earlier run.
CSM_DECL std::vector<problem> check_references(const set_objects_request& r, const known_principals& known);

} // namespace csm::graph

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/graph/impl/validate.hpp>
#endif

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_OBJECTS_HPP
#define CSM_GRAPH_OBJECTS_HPP

/// The Teamwork Graph objects and their operations' payloads, with their JSON: what a program that builds
/// and serializes envelopes needs, and nothing else. Validation (csm/graph/validate.hpp), batching
/// (csm/graph/batch.hpp), send plans (csm/graph/rate_plan.hpp) and the users, groups, mappings and
/// relationships operations (csm/graph/users.hpp, groups.hpp, relationships.hpp) are each included on their
/// own; csm/graph.hpp includes everything.
///
///     #include <csm/graph/objects.hpp>
///     csm::graph::set_objects_request envelope;           // objects: customer_org, customer_org_category,
///     envelope.objects.push_back(org);                    //          organisation (any_object)
///     std::string body = csm::json::serialize(envelope);  // setObjects' request
#include <csm/graph/any_object.hpp>
#include <csm/graph/customer_org.hpp>
#include <csm/graph/customer_org_category.hpp>
#include <csm/graph/envelope.hpp>
#include <csm/graph/organisation.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

#endif

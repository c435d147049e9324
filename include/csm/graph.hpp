// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_HPP
#define CSM_GRAPH_HPP

// Teamwork Graph connector payloads (csm::graph): customer organizations, categories and organisations,
// setObjects envelopes and the other object operations, validation, batching and rate planning.
#include <csm/graph/any_object.hpp>
#include <csm/graph/association.hpp>
#include <csm/graph/batch.hpp>
#include <csm/graph/by_external_id.hpp>
#include <csm/graph/currency.hpp>
#include <csm/graph/customer_org.hpp>
#include <csm/graph/customer_org_category.hpp>
#include <csm/graph/entity_key.hpp>
#include <csm/graph/envelope.hpp>
#include <csm/graph/groups.hpp>
#include <csm/graph/object.hpp>
#include <csm/graph/organisation.hpp>
#include <csm/graph/permissions.hpp>
#include <csm/graph/rate_plan.hpp>
#include <csm/graph/relationships.hpp>
#include <csm/graph/thumbnail.hpp>
#include <csm/graph/user_reference.hpp>
#include <csm/graph/users.hpp>
#include <csm/graph/validate.hpp>

#endif

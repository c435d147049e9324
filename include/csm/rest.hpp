// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_HPP
#define CSM_REST_HPP

// The CSM REST API v1 (csm::rest): the sans-IO core (endpoint convention, request building, response and
// error parsing, retry advice, scope sets, send), the shared schemas, every resource, and the endpoint registry.
// Include a single resource header (csm/rest/organization.hpp, …) and csm/rest/build.hpp to pay for less.

// Core.
#include <csm/rest/api_base.hpp>
#include <csm/rest/api_error.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/check.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http.hpp>
#include <csm/rest/http_message.hpp>
#include <csm/rest/http_method.hpp>
#include <csm/rest/idempotency_key.hpp>
#include <csm/rest/pages.hpp>
#include <csm/rest/path.hpp>
#include <csm/rest/rate_limit.hpp>
#include <csm/rest/response.hpp>
#include <csm/rest/retry.hpp>
#include <csm/rest/scopes.hpp>
#include <csm/rest/send.hpp>
#include <csm/rest/send_with_retry.hpp>
#include <csm/rest/transport_failure.hpp>

// Shared schemas.
#include <csm/rest/model/detail_field.hpp>
#include <csm/rest/model/entitlement.hpp>
#include <csm/rest/model/organization.hpp>
#include <csm/rest/model/organization_ids.hpp>
#include <csm/rest/model/organization_ref.hpp>
#include <csm/rest/model/task.hpp>

// Resources.
#include <csm/rest/csm_request.hpp>
#include <csm/rest/customer.hpp>
#include <csm/rest/customer_bulk.hpp>
#include <csm/rest/detail_fields.hpp>
#include <csm/rest/entitlement.hpp>
#include <csm/rest/help_center.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/organization_bulk.hpp>
#include <csm/rest/product.hpp>
#include <csm/rest/task.hpp>

// Every endpoint, listed once.
#include <csm/rest/endpoints.hpp>

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_TEMPLATES_HPP
#define CSM_REST_TEMPLATES_HPP

/// build_request and parse_response with their definitions, for any endpoint type. Header-only builds get them
/// from csm/rest/build.hpp and csm/rest/response.hpp already. In compiled mode (csm/config.hpp) those headers
/// only declare them for the library's own endpoints; a TU that uses endpoint types of its own (or parses its
/// own response types, or generates idempotency keys with a generator other than std::mt19937 and
/// std::mt19937_64) includes this header (docs/rest.md, "Endpoints of your own").
#include <csm/json/templates.hpp>
#include <csm/rest/impl/build.hpp>
#include <csm/rest/impl/idempotency_key.hpp>
#include <csm/rest/impl/response.hpp>

#endif

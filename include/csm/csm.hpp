// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_CSM_HPP
#define CSM_CSM_HPP

// Everything: the vocabulary types, the JSON codec, Teamwork Graph payloads, the REST API and OAuth 2.0.
// Include the focused headers instead (csm/json.hpp, csm/graph.hpp, csm/rest.hpp, …) to pay for less.
#include <csm/auth.hpp>
#include <csm/basic_id.hpp>
#include <csm/bounded_string.hpp>
#include <csm/currency_code.hpp>
#include <csm/error.hpp>
#include <csm/graph.hpp>
#include <csm/ids.hpp>
#include <csm/instant.hpp>
#include <csm/json.hpp>
#include <csm/open_enum.hpp>
#include <csm/rest.hpp>
#include <csm/result.hpp>
#include <csm/tri_state.hpp>
#include <csm/version.hpp>

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// Teamwork Graph input for `validate` and `batch`: a setObjects envelope, or a single object.
#ifndef CSM_CLI_GRAPH_INPUT_HPP
#define CSM_CLI_GRAPH_INPUT_HPP

#include <csm/graph/validate.hpp>

#include <boost/json/value.hpp>

#include <vector>

namespace csm_cli {

/// Whether `jv` is a setObjects envelope (an object with "objects") rather than a single object.
bool is_envelope(const boost::json::value& jv);

/// `jv` as an envelope: itself, or a single object wrapped as {"objects":[jv]}.
boost::json::value as_envelope(const boost::json::value& jv);

/// Every problem of an envelope or a single object (pointers relative to the input as written). `strict`
/// adds an `unknown_member` problem for every key the models do not know.
std::vector<csm::graph::problem> graph_problems(const boost::json::value& jv, bool strict);

} // namespace csm_cli

#endif

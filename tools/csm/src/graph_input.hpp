// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// Teamwork Graph input for `validate` and `batch`: a setObjects envelope, or a single object.
#ifndef CSM_CLI_GRAPH_INPUT_HPP
#define CSM_CLI_GRAPH_INPUT_HPP

#include <csm/graph/batch.hpp>
#include <csm/graph/rate_plan.hpp>
#include <csm/graph/validate.hpp>
#include <csm/result.hpp>

#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace csm_cli {

/// Whether `jv` is a setObjects envelope (an object with "objects") rather than a single object.
bool is_envelope(const boost::json::value& jv);

/// `jv` as an envelope: itself, or a single object wrapped as {"objects":[jv]}.
boost::json::value as_envelope(const boost::json::value& jv);

/// Every problem of an envelope or a single object (pointers relative to the input as written). `strict`
/// adds an `unknown_member` problem for every key the models do not know.
std::vector<csm::graph::problem> graph_problems(const boost::json::value& jv, bool strict);

/// The operation an --operation value names (the SDK method, e.g. "setUsers"), or nothing.
std::optional<csm::graph::graph_operation> operation_named(std::string_view name);

/// The operation a payload is for, recognised by its list: "objects" (or a single object) setObjects,
/// "users" setUsers, "groups" setGroups, "directMappings" mapUsers, "relationships" setRelationships.
/// Other requests (gets, deletes) need --operation.
csm::graph::graph_operation operation_by_shape(const boost::json::value& jv);

/// Every problem of a request of `op` other than setObjects (for setObjects use graph_problems).
std::vector<csm::graph::problem> request_problems(const boost::json::value& jv, csm::graph::graph_operation op,
                                                  bool strict);

/// The canonical JSON of a request of `op` other than setObjects; the read error when it cannot be read.
csm::result<std::string> canonical_request(const boost::json::value& jv, csm::graph::graph_operation op);

/// A request of `op` (one with a list) split by make_batches: the compact JSON of each part and its item
/// count, and the send plan under the operation's documented limit (BACKFILL not assumed; empty when the
/// operation documents none).
struct split_requests {
    std::vector<std::string> texts;
    std::vector<std::size_t> items;
    std::vector<csm::graph::planned_send> plan;
};
csm::result<split_requests> split_request(const boost::json::value& jv, csm::graph::graph_operation op,
                                          csm::graph::batch_options options);

} // namespace csm_cli

#endif

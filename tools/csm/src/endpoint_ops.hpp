// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The run-time face of every endpoint type: what `request`, `send` and `parse` need, as plain function
// pointers. The templates behind them are instantiated in several translation units (endpoint_slice.cpp, compiled once per slice),
// so that the ~60 endpoint types compile in parallel and no single file gets huge.
#ifndef CSM_CLI_ENDPOINT_OPS_HPP
#define CSM_CLI_ENDPOINT_OPS_HPP

#include "exit_code.hpp"

#include <csm/rest/api_base.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http.hpp>
#include <csm/result.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace csm_cli {

/// One settable member of an endpoint, for help texts.
struct param_doc {
    std::string key;       ///< the JSON key, spelled as the option: "organizationId"
    std::string_view role; ///< "path", "query", "header" or "body"
    std::string type;      ///< "id", "integer", "string", "NORMAL|BACKFILL|…", "JSON"
    bool required = false;
};

/// What the command line supplies for one request.
struct request_inputs {
    std::vector<std::pair<std::string, std::string>> params; ///< `--key value`, in order
    std::optional<std::string> body_text;                    ///< the --body document
    std::string body_name;                                   ///< "body.json" or "standard input", for messages
};

/// Why a request could not be built: the message and the exit code (usage or invalid_input).
struct failure {
    exit_code code = exit_code::invalid_input;
    std::string message;
};

/// The outcome of reading a response: canonical JSON for stdout, or a message for stderr, and the exit code.
struct parse_outcome {
    exit_code code = exit_code::ok;
    std::string output;     ///< for stdout (canonical JSON and a newline), may be empty
    std::string message;    ///< for stderr, may be empty
    std::string error_json; ///< for an API error: {"status","kind","messages",...} (printed by `parse` only)
};

struct endpoint_ops {
    const csm::rest::endpoint_info* info = nullptr;
    bool has_body = false;
    std::vector<param_doc> (*params)() = nullptr;
    csm::result<csm::rest::http_request, failure> (*build)(const request_inputs&, const csm::rest::api_base&,
                                                           const csm::rest::build_options&) = nullptr;
    parse_outcome (*parse)(const csm::rest::http_response&) = nullptr;
};

/// Every endpoint, in the order of csm::rest::all_endpoints.
std::span<const endpoint_ops> endpoint_table();

/// By name ("organization.get") or, case-insensitively, by reference id ("O5"); nullptr when unknown.
const endpoint_ops* find_endpoint(std::string_view name_or_id);

/// "unknown endpoint 'x'" with the closest names, for usage errors.
std::string unknown_endpoint_message(std::string_view name);

} // namespace csm_cli

#endif

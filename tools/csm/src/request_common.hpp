// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// What `request` and `send` share: the endpoint argument, `--<jsonKey> value` parameters, --body, and where
// the API is (--base-url, --cloud-id, --forge, CSM_CLOUD_ID).
#ifndef CSM_CLI_REQUEST_COMMON_HPP
#define CSM_CLI_REQUEST_COMMON_HPP

#include "args.hpp"
#include "endpoint_ops.hpp"
#include "io.hpp"

#include <csm/rest/http.hpp>
#include <csm/result.hpp>

#include <string>
#include <string_view>

namespace csm_cli {

struct built_request {
    const endpoint_ops* ops = nullptr;
    csm::rest::http_request request;
};

/// Builds the request the command line describes: args.positionals[0] is the endpoint, args.params its
/// parameters. `allow_forge`: whether --forge (a relative base) is acceptable.
csm::result<built_request, failure> build_from_args(const parsed_args& args, const context& ctx, bool allow_forge);

/// `csm request <endpoint> --help`: the endpoint's method, path, parameters, scopes and limits.
std::string endpoint_help(const endpoint_ops& ops, std::string_view command);

} // namespace csm_cli

#endif

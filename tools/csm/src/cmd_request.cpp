// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// csm request <endpoint> --param value … [--curl] [--body FILE|-] [--base-url URL | --cloud-id ID | --forge]
#include "commands.hpp"
#include "http_text.hpp"
#include "request_common.hpp"

#include <ostream>

namespace csm_cli {

namespace {

constexpr option_spec options[] = {{"curl", false},    {"body", true},   {"base-url", true},
                                   {"cloud-id", true}, {"forge", false}, {"no-experimental", false}};

constexpr std::string_view help = R"(Usage: csm request <endpoint> [--<param> VALUE]... [--body FILE|-] [--curl]
                   [--cloud-id ID | --base-url URL | --forge] [--no-experimental]

Builds an endpoint's HTTP request and prints it, as raw HTTP or (--curl) as a curl command line. Nothing is
sent. Every parameter of the endpoint is an option named by its JSON key (--organizationId 123,
--fieldName Region, --maxResults 50, --idempotencyKey KEY); --body gives the JSON body, which is checked
against the endpoint's body type (unknown keys are errors). Authorization is always printed as the
placeholder "Bearer $CSM_TOKEN", never a real token.

Options:
  --body FILE|-        the JSON body (- reads standard input)
  --curl               print a curl command line instead of raw HTTP
  --cloud-id ID        https://api.atlassian.com/jsm/csm/cloudid/ID/api/v1 (default: $CSM_CLOUD_ID)
  --base-url URL       another API root, e.g. a proxy or http://127.0.0.1:8080/api/v1
  --forge              the relative Forge form /jsm/csm/api/v1 (for requestJira)
  --no-experimental    leave X-ExperimentalApi: opt-in out on experimental endpoints
  -h, --help           this text; `csm request <endpoint> --help` describes one endpoint

Examples:
  csm request organization.get --organizationId 123 --cloud-id 4a1b2c3d
  csm request organization.create --body org.json --curl --cloud-id 4a1b2c3d
  echo '{"name":"Acme"}' | csm request product.create --body - --base-url http://127.0.0.1:8080/api/v1

Exit codes: 0 printed; 1 invalid body or parameter value; 2 usage (unknown endpoint or parameter, missing
parameter or body); 7 the body file cannot be read.
)";

exit_code run(args_view words, const context& ctx) {
    auto args = parse_args(words, options, /*allow_params=*/true);
    if (!args) return usage_failure(ctx, "request", args.error().message);
    if (args->help) {
        if (!args->positionals.empty()) {
            if (const endpoint_ops* ops = find_endpoint(args->positionals[0])) {
                ctx.out << endpoint_help(*ops, "request");
                return exit_code::ok;
            }
        }
        return print_help(ctx, request_command);
    }
    auto built = build_from_args(*args, ctx, /*allow_forge=*/true);
    if (!built) {
        if (built.error().code == exit_code::usage) return usage_failure(ctx, "request", built.error().message);
        return fail(ctx, "request", built.error().code, built.error().message);
    }
    ctx.out << (args->has("curl") ? to_curl(built->request) : to_raw_http(built->request));
    return exit_code::ok;
}

} // namespace

const command request_command{"request", "build an endpoint's HTTP request and print it (raw HTTP or curl)", help,
                              &run};

} // namespace csm_cli

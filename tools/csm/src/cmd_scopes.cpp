// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// csm scopes <endpoint>...
#include "commands.hpp"
#include "args.hpp"
#include "endpoint_ops.hpp"

#include <algorithm>
#include <ostream>
#include <vector>

namespace csm_cli {

namespace {

constexpr std::string_view help = R"(Usage: csm scopes <endpoint>...

Prints the OAuth 2.0 scopes that the given endpoints need together: their union, without duplicates, one
per line, in the order the endpoints list them. Compare it with your app's manifest. Endpoints are named as
`csm list` shows them, or by reference id (O5).

Options:
  -h, --help    this text

Examples:
  csm scopes organization.get
  csm scopes organization.get customer.get product.list

Exit codes: 0 printed; 2 usage (no endpoint, or an unknown one).
)";

exit_code run(args_view words, const context& ctx) {
    auto args = parse_args(words, {});
    if (!args) return usage_failure(ctx, "scopes", args.error().message);
    if (args->help) return print_help(ctx, scopes_command);
    if (args->positionals.empty()) return usage_failure(ctx, "scopes", "which endpoints? (csm list shows them)");
    std::vector<std::string_view> scopes;
    for (const std::string& name : args->positionals) {
        const endpoint_ops* ops = find_endpoint(name);
        if (!ops) return usage_failure(ctx, "scopes", unknown_endpoint_message(name));
        for (std::string_view s : ops->info->scopes)
            if (std::find(scopes.begin(), scopes.end(), s) == scopes.end()) scopes.push_back(s);
    }
    for (std::string_view s : scopes) ctx.out << s << '\n';
    return exit_code::ok;
}

} // namespace

const command scopes_command{"scopes", "the union of the OAuth scopes that endpoints need", help, &run};

} // namespace csm_cli

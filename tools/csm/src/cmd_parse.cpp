// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// csm parse <endpoint> FILE|- [--status N]
#include "commands.hpp"
#include "args.hpp"
#include "endpoint_ops.hpp"

#include <ostream>

namespace csm_cli {

namespace {

constexpr option_spec options[] = {{"status", true}, {"retry-after", true}};

constexpr std::string_view help = R"(Usage: csm parse <endpoint> FILE|- [--status N] [--retry-after VALUE]

Reads a response body as the given endpoint's response and prints it as canonical JSON (keys in model
order, no whitespace). With a non-2xx --status the body is read as an API error instead, and the error
(status, kind, messages) is printed. Errors in the body name their JSON Pointer and never quote its values.

Options:
  --status N            the HTTP status the body came with (default 200)
  --retry-after VALUE   a Retry-After header value that came with it (seconds or an HTTP date)
  -h, --help            this text

Examples:
  csm parse organization.get response.json
  curl ... | csm parse product.list -
  csm parse organization.get error.json --status 404

Exit codes: 0 parsed a 2xx response; 1 the body does not match the endpoint's response type; 2 usage;
3 parsed an API error (non-2xx --status); 7 the file cannot be read.
)";

exit_code run(args_view words, const context& ctx) {
    auto args = parse_args(words, options);
    if (!args) return usage_failure(ctx, "parse", args.error().message);
    if (args->help) return print_help(ctx, parse_command);
    if (args->positionals.size() != 2)
        return usage_failure(
            ctx, "parse", args->positionals.size() < 2 ? "needs an endpoint and a FILE (or -)" : "too many arguments");
    const endpoint_ops* ops = find_endpoint(args->positionals[0]);
    if (!ops) return usage_failure(ctx, "parse", unknown_endpoint_message(args->positionals[0]));

    csm::rest::http_response res;
    res.status = 200;
    if (const auto status = args->value("status")) {
        auto n = parse_count(*status, "status", 999);
        if (!n || *n < 100) return usage_failure(ctx, "parse", "--status needs an HTTP status from 100 to 999");
        res.status = static_cast<int>(*n);
    }
    if (const auto retry = args->value("retry-after")) res.headers.push_back({"Retry-After", *retry});
    res.headers.push_back({"Content-Type", "application/json"});

    auto body = read_input(ctx, args->positionals[1]);
    if (!body) return fail(ctx, "parse", exit_code::io_error, body.error().message);
    res.body = std::move(*body);

    parse_outcome outcome = ops->parse(res);
    ctx.out << outcome.output << outcome.error_json;
    if (!outcome.message.empty()) {
        std::string message = outcome.message;
        if (outcome.code == exit_code::invalid_input) message = input_name(args->positionals[1]) + ": " + message;
        return fail(ctx, "parse", outcome.code, message);
    }
    return outcome.code;
}

} // namespace

const command parse_command{"parse", "read a response body as an endpoint's typed response or API error", help, &run};

} // namespace csm_cli

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// csm validate FILE|- [--strict]
#include "commands.hpp"
#include "args.hpp"
#include "graph_input.hpp"

#include <csm/graph/any_object.hpp>
#include <csm/graph/envelope.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>

#include <ostream>

namespace csm_cli {

namespace {

constexpr option_spec options[] = {{"strict", false}, {"operation", true}};

constexpr std::string_view help = R"(Usage: csm validate FILE|- [--strict] [--operation NAME]

Checks a Teamwork Graph payload: a setObjects envelope ({"objects": [...], ...}), a single object
(atlassian:customer-org, atlassian:customer-org-category, atlassian:organisation), or the request of another
operation, recognised by its list ("users": setUsers, "groups": setGroups, "directMappings": mapUsers,
"relationships": setRelationships) or named with --operation. If it has no errors, its
canonical JSON goes to standard output. Otherwise every problem goes to standard error, one per line as
<JSON Pointer>: expected <what> (<rule>), for example
  /objects/0/lastUpdatedAt: expected an RFC 3339 date-time with a UTC offset (instant)
Warnings start with "warning: " (a missing connectionId, a URL that is not absolute, a currency code outside
ISO 4217's active list) and do not fail. Input values are never printed.

Options:
  --strict      also report every key the models do not know (rule unknown_member), and make URLs that
                are not absolute http(s) errors
  --operation NAME
                the operation the payload is for, as the SDK names it: setObjects, setUsers, mapUsers,
                setGroups, setRelationships, getObjectByExternalId, getUserByExternalId,
                getGroupByExternalId, deleteObjectsByExternalId, deleteObjectsByProperties,
                deleteUsersByExternalId, deleteGroupsByExternalId
  -h, --help    this text

Examples:
  csm validate envelope.json
  csm validate --strict customer-org.json > canonical.json
  cat envelope.json | csm validate -
  csm validate --operation deleteUsersByExternalId delete-users.json

Exit codes: 0 valid (canonical JSON printed); 1 not JSON, or validation problems; 2 usage; 7 unreadable file.
)";

exit_code run(args_view words, const context& ctx) {
    auto args = parse_args(words, options);
    if (!args) return usage_failure(ctx, "validate", args.error().message);
    if (args->help) return print_help(ctx, validate_command);
    if (args->positionals.size() != 1)
        return usage_failure(ctx, "validate",
                             args->positionals.empty() ? "needs a FILE (or - for standard input)" : "takes one FILE");
    const std::string& path = args->positionals[0];
    auto text = read_input(ctx, path);
    if (!text) return fail(ctx, "validate", exit_code::io_error, text.error().message);

    auto jv = csm::json::parse_value(*text);
    if (!jv) return fail(ctx, "validate", exit_code::invalid_input, input_name(path) + ": " + jv.error().message());

    std::optional<csm::graph::graph_operation> named;
    if (const auto name = args->value("operation")) {
        named = operation_named(*name);
        if (!named) return usage_failure(ctx, "validate", "--operation needs an operation name such as setUsers");
    }
    const auto operation = named ? *named : operation_by_shape(*jv);
    const bool objects = operation == csm::graph::graph_operation::set_objects;
    const auto problems =
        objects ? graph_problems(*jv, args->has("strict")) : request_problems(*jv, operation, args->has("strict"));
    std::size_t errors = 0, warnings = 0;
    for (const auto& p : problems) {
        ctx.err << p.message() << '\n';
        (p.severity == csm::graph::severity::error ? errors : warnings) += 1;
    }
    if (errors) {
        ctx.err << "csm validate: " << input_name(path) << ": " << errors << (errors == 1 ? " error" : " errors");
        if (warnings) ctx.err << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
        ctx.err << '\n';
        return exit_code::invalid_input;
    }
    std::string canonical;
    if (!objects) {
        auto text = canonical_request(*jv, operation);
        if (!text)
            return fail(ctx, "validate", exit_code::invalid_input, input_name(path) + ": " + text.error().message());
        canonical = std::move(*text);
    } else if (is_envelope(*jv)) {
        auto env = csm::json::from_value<csm::graph::set_objects_request>(*jv);
        if (!env)
            return fail(ctx, "validate", exit_code::invalid_input, input_name(path) + ": " + env.error().message());
        canonical = csm::json::serialize(*env);
    } else {
        auto obj = csm::json::from_value<csm::graph::any_object>(*jv);
        if (!obj)
            return fail(ctx, "validate", exit_code::invalid_input, input_name(path) + ": " + obj.error().message());
        canonical = csm::json::serialize(*obj);
    }
    ctx.out << canonical << '\n';
    return exit_code::ok;
}

} // namespace

const command validate_command{"validate", "check a Teamwork Graph envelope or object; print its canonical JSON", help,
                               &run};

} // namespace csm_cli

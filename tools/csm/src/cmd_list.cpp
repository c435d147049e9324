// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// csm list [--markdown]
#include "commands.hpp"
#include "args.hpp"
#include "endpoint_ops.hpp"

#include <algorithm>
#include <array>
#include <ostream>
#include <vector>

namespace csm_cli {

namespace {

constexpr option_spec options[] = {{"markdown", false}};

constexpr std::string_view help = R"(Usage: csm list [--markdown]

Lists every endpoint of the CSM REST API v1 that csm-cpp models: reference id, name (what `csm request`,
`csm send`, `csm parse` and `csm scopes` take), HTTP method, path, whether it is experimental (requests then
carry X-ExperimentalApi: opt-in) and its OAuth 2.0 scopes. Scopes marked as inferred are not stated by the
docs: they are the existing scope that fits the endpoint's resource and action.

Options:
  --markdown    print the Markdown table that docs/rest-endpoints.md embeds
  -h, --help    this text

Examples:
  csm list
  csm list | grep organization
  csm list --markdown > table.md

Exit codes: 0 listed; 2 usage.
)";

std::string scopes_text(const csm::rest::endpoint_info& info, std::string_view separator, bool code) {
    std::string text;
    for (std::size_t i = 0; i < info.scopes.size(); ++i) {
        if (i) text += separator;
        // Appended piece by piece: GCC 12 at -O2 reports a false -Werror=restrict inside std::string's
        // operator+ for `"`" + std::string(...) + "`"` (GCC bug 105329).
        if (code) text += '`';
        text += info.scopes[i];
        if (code) text += '`';
    }
    if (info.docs.scopes_inferred) text += " (inferred)";
    return text;
}

void print_markdown(std::ostream& out) {
    out << "| ID | Endpoint | Method | Path | Experimental | Scopes |\n"
        << "|---|---|---|---|---|---|\n";
    for (const endpoint_ops& ops : endpoint_table()) {
        const auto& info = *ops.info;
        out << "| " << info.docs.id << " | `" << info.name << "` | " << csm::rest::to_string(info.method) << " | `"
            << info.path << "` | " << (info.experimental ? "yes" : "") << " | " << scopes_text(info, "<br>", true)
            << " |\n";
    }
}

void print_plain(std::ostream& out) {
    std::vector<std::array<std::string, 6>> rows;
    rows.push_back({"ID", "ENDPOINT", "METHOD", "PATH", "EXP", "SCOPES"});
    for (const endpoint_ops& ops : endpoint_table()) {
        const auto& info = *ops.info;
        rows.push_back({std::string(info.docs.id), std::string(info.name),
                        std::string(csm::rest::to_string(info.method)), std::string(info.path),
                        info.experimental ? "yes" : "-", scopes_text(info, " ", false)});
    }
    std::array<std::size_t, 6> width{};
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], row[i].size());
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line.append(width[i] - row[i].size() + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out << line << '\n';
    }
}

exit_code run(args_view words, const context& ctx) {
    auto args = parse_args(words, options);
    if (!args) return usage_failure(ctx, "list", args.error().message);
    if (args->help) return print_help(ctx, list_command);
    if (!args->positionals.empty())
        return usage_failure(ctx, "list", "unexpected argument '" + args->positionals[0] + "'");
    if (args->has("markdown")) print_markdown(ctx.out);
    else print_plain(ctx.out);
    return exit_code::ok;
}

} // namespace

const command list_command{"list", "list every endpoint with method, path, experimental flag and scopes", help, &run};

} // namespace csm_cli

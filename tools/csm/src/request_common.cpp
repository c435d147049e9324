// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include "request_common.hpp"

#include <csm/ids.hpp>
#include <csm/rest/api_base.hpp>

#include <cstdlib>

namespace csm_cli {

namespace {

csm::result<csm::rest::api_base, failure> choose_base(const parsed_args& args, bool allow_forge) {
    const auto base_url = args.value("base-url");
    const auto cloud = args.value("cloud-id");
    const bool forge = args.has("forge");
    if ((base_url ? 1 : 0) + (cloud ? 1 : 0) + (forge ? 1 : 0) > 1)
        return failure{exit_code::usage, "give only one of --base-url, --cloud-id and --forge"};
    if (forge) {
        if (!allow_forge) return failure{exit_code::usage, "--forge builds relative URLs, which cannot be sent"};
        return csm::rest::api_base::forge();
    }
    if (base_url) {
        auto base = csm::rest::api_base::custom(*base_url);
        if (!base) return failure{exit_code::usage, "--base-url: expected " + base.error().expected};
        return std::move(*base);
    }
    const char* env = cloud ? nullptr : std::getenv("CSM_CLOUD_ID");
    if (cloud || (env && *env)) {
        auto base =
            csm::rest::api_base::atlassian(csm::cloud_id(cloud ? std::string_view(*cloud) : std::string_view(env)));
        if (!base)
            return failure{exit_code::usage,
                           (cloud ? "--cloud-id: expected " : "CSM_CLOUD_ID: expected ") + base.error().expected};
        return std::move(*base);
    }
    return failure{exit_code::usage, "where is the API? give --cloud-id ID (api.atlassian.com), --base-url URL" +
                                         std::string(allow_forge ? ", --forge" : "") + " or set CSM_CLOUD_ID"};
}

} // namespace

csm::result<built_request, failure> build_from_args(const parsed_args& args, const context& ctx, bool allow_forge) {
    if (args.positionals.empty()) return failure{exit_code::usage, "which endpoint? (csm list shows them)"};
    if (args.positionals.size() > 1)
        return failure{exit_code::usage,
                       "unexpected argument '" + args.positionals[1] + "' (parameters are given as --name value)"};
    const endpoint_ops* ops = find_endpoint(args.positionals[0]);
    if (!ops) return failure{exit_code::usage, unknown_endpoint_message(args.positionals[0])};

    request_inputs inputs;
    inputs.params = args.params;
    if (const auto body = args.value("body")) {
        auto text = read_input(ctx, *body);
        if (!text) return failure{exit_code::io_error, text.error().message};
        inputs.body_text = std::move(*text);
        inputs.body_name = input_name(*body);
    }

    auto base = choose_base(args, allow_forge);
    if (!base) return std::move(base).error();

    csm::rest::build_options options;
    options.experimental_opt_in = !args.has("no-experimental");
    auto req = ops->build(inputs, *base, options);
    if (!req) return std::move(req).error();
    return built_request{ops, std::move(*req)};
}

std::string endpoint_help(const endpoint_ops& ops, std::string_view command) {
    const csm::rest::endpoint_info& info = *ops.info;
    std::string text;
    text += std::string(info.name) + " (" + std::string(info.docs.id) + "): " + std::string(info.docs.summary) + "\n\n";
    text += "  " + std::string(csm::rest::to_string(info.method)) + " " + std::string(info.path) + "\n";
    text += "  scopes:       ";
    for (std::size_t i = 0; i < info.scopes.size(); ++i) text += (i ? ", " : "") + std::string(info.scopes[i]);
    if (info.scopes.empty()) text += "(none documented)";
    if (info.docs.scopes_inferred) text += " (inferred: the docs state none)";
    text += "\n  experimental: ";
    text += info.experimental ? "yes (sends X-ExperimentalApi: opt-in unless --no-experimental)" : "no";
    text += "\n  permission:   " + std::string(info.docs.permission) + "\n";
    if (!info.docs.limits.empty()) text += "  limits:       " + std::string(info.docs.limits) + "\n";

    const auto params = ops.params();
    text += "\nParameters:\n";
    if (params.empty()) text += "  (none)\n";
    for (const param_doc& p : params) {
        std::string line = p.role == "body" ? "  --body FILE|-" : "  --" + p.key + " VALUE";
        if (line.size() < 34) line.resize(34, ' ');
        else line += "  ";
        line += std::string(p.role) + ", " + p.type + (p.required ? ", required" : ", optional");
        text += line + "\n";
    }

    text += "\nExample:\n  csm " + std::string(command) + " " + std::string(info.name);
    for (const param_doc& p : params) {
        if (!p.required) continue;
        if (p.role == "body") text += " --body body.json";
        else text += " --" + p.key + " " + (p.type == "integer" ? "1" : "VALUE");
    }
    text += command == "send" ? " --base-url URL\n" : " --cloud-id CLOUD-ID\n";
    return text;
}

} // namespace csm_cli

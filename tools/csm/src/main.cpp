// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// csm: the command-line tool of csm-cpp. Subcommands live in cmd_<name>.cpp; this file only dispatches.
#include "commands.hpp"

#include <array>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#ifndef CSM_CLI_VERSION
#define CSM_CLI_VERSION "unknown"
#endif

namespace csm_cli {

namespace {

const std::array<const command*, 10> all_commands{&list_command,     &request_command, &send_command,   &parse_command,
                                                  &validate_command, &batch_command,   &scopes_command, &auth_command,
                                                  &sites_command,    &serve_command};

void print_overview(std::ostream& out) {
    out << "Usage: csm <command> [arguments]\n"
           "       csm <command> --help\n"
           "       csm --version\n\n"
           "Typed tooling for Atlassian Customer Service Management (REST API v1 and Teamwork Graph).\n\n"
           "Commands:\n";
    for (const command* c : all_commands) {
        std::string name(c->name);
        name.resize(10, ' ');
        out << "  " << name << c->summary << '\n';
    }
    out << "\nExit codes:\n"
           "  0  success\n"
           "  1  invalid input: JSON syntax, model or validation problems, client-side limits\n"
           "  2  usage error: unknown command, endpoint or option; missing argument\n"
           "  3  the API answered with an error status\n"
           "  4  connection failed (refused, unreachable, DNS, TLS)\n"
           "  5  timed out\n"
           "  6  internal error\n"
           "  7  a file could not be read or written\n\n"
           "Examples:\n"
           "  csm list\n"
           "  csm request organization.get --organizationId 123 --cloud-id 4a1b2c3d --curl\n"
           "  csm validate envelope.json\n"
           "  CSM_TOKEN=... csm send product.list --cloud-id 4a1b2c3d\n";
}

exit_code dispatch(const std::vector<std::string>& words, const context& ctx) {
    if (words.empty()) {
        print_overview(ctx.err);
        return exit_code::usage;
    }
    const std::string& first = words[0];
    if (first == "-h" || first == "--help" || first == "help") {
        if (first == "help" && words.size() > 1) {
            for (const command* c : all_commands)
                if (c->name == words[1]) return print_help(ctx, *c);
            ctx.err << "csm: unknown command '" << words[1] << "'\n";
            return exit_code::usage;
        }
        print_overview(ctx.out);
        return exit_code::ok;
    }
    if (first == "--version" || first == "-V") {
        ctx.out << "csm " << CSM_CLI_VERSION << " (csm-cpp " << CSM_CLI_VERSION << ")\n";
        return exit_code::ok;
    }
    for (const command* c : all_commands)
        if (c->name == first) return c->run(args_view(words).subspan(1), ctx);
    ctx.err << "csm: unknown command '" << first << "'\nTry 'csm --help'.\n";
    return exit_code::usage;
}

} // namespace

} // namespace csm_cli

int main(int argc, char** argv) {
    const csm_cli::context ctx{std::cin, std::cout, std::cerr};
    try {
        std::vector<std::string> words(argv + 1, argv + argc);
        const csm_cli::exit_code code = csm_cli::dispatch(words, ctx);
        std::cout.flush();
        return csm_cli::to_int(code);
    } catch (const std::exception& e) {
        std::cerr << "csm: internal error: " << e.what() << '\n';
    } catch (...) {
        std::cerr << "csm: internal error\n";
    }
    return csm_cli::to_int(csm_cli::exit_code::internal);
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The subcommands: one file each (cmd_<name>.cpp), registered in main.cpp.
#ifndef CSM_CLI_COMMANDS_HPP
#define CSM_CLI_COMMANDS_HPP

#include "exit_code.hpp"
#include "io.hpp"

#include <span>
#include <string>
#include <string_view>

namespace csm_cli {

using args_view = std::span<const std::string>;

struct command {
    std::string_view name;
    std::string_view summary; ///< one line for `csm --help`
    std::string_view help;    ///< the whole `csm <name> --help` text, with examples
    exit_code (*run)(args_view args, const context& ctx);
};

extern const command list_command;
extern const command request_command;
extern const command validate_command;
extern const command batch_command;
extern const command parse_command;
extern const command scopes_command;
extern const command send_command;
extern const command auth_command;
extern const command sites_command;
extern const command serve_command;

/// Prints "csm <command>: <message>" and a pointer to --help on ctx.err; returns exit_code::usage.
exit_code usage_failure(const context& ctx, std::string_view command, std::string_view message);

/// Prints "csm <command>: <message>" on ctx.err; returns `code`.
exit_code fail(const context& ctx, std::string_view command, exit_code code, std::string_view message);

/// Prints the command's help on ctx.out; returns exit_code::ok.
exit_code print_help(const context& ctx, const command& cmd);

} // namespace csm_cli

#endif

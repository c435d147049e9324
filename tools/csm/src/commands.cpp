// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include "commands.hpp"

#include <ostream>

namespace csm_cli {

exit_code usage_failure(const context& ctx, std::string_view command, std::string_view message) {
    ctx.err << "csm " << command << ": " << message << "\n"
            << "Try 'csm " << command << " --help'.\n";
    return exit_code::usage;
}

exit_code fail(const context& ctx, std::string_view command, exit_code code, std::string_view message) {
    ctx.err << "csm " << command << ": " << message << "\n";
    return code;
}

exit_code print_help(const context& ctx, const command& cmd) {
    ctx.out << cmd.help;
    return exit_code::ok;
}

} // namespace csm_cli

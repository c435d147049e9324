// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The csm tool's exit codes (documented in tools/csm/README.md; tests check them).
#ifndef CSM_CLI_EXIT_CODE_HPP
#define CSM_CLI_EXIT_CODE_HPP

namespace csm_cli {

enum class exit_code : int {
    ok = 0,
    invalid_input = 1,     ///< the data is wrong: JSON syntax, model errors, validation problems, client-side limits
    usage = 2,             ///< the command line is wrong: unknown subcommand, endpoint or option, missing argument
    api_error = 3,         ///< the API answered with an error status (send; parse with a non-2xx --status)
    connection_failed = 4, ///< no HTTP exchange happened: refused, unreachable, DNS, TLS
    timeout = 5,           ///< the exchange took longer than --timeout
    internal = 6,          ///< a bug or an unexpected exception in csm itself
    io_error = 7,          ///< a file could not be read or written
};

constexpr int to_int(exit_code c) noexcept { return static_cast<int>(c); }

} // namespace csm_cli

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// Reading inputs (a file or "-" for standard input) and writing outputs, with messages that name the file.
#ifndef CSM_CLI_IO_HPP
#define CSM_CLI_IO_HPP

#include <csm/result.hpp>

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace csm_cli {

/// What every subcommand writes to: results on `out`, diagnostics on `err`.
struct context {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

struct io_failure {
    std::string message;
};

/// The whole content of `path`, or of ctx.in when `path` is "-".
csm::result<std::string, io_failure> read_input(const context& ctx, std::string_view path);

/// Writes `text` to `path`, replacing it.
std::optional<io_failure> write_file(const std::filesystem::path& path, std::string_view text);

/// "standard input" for "-", else the path itself; used in messages.
std::string input_name(std::string_view path);

} // namespace csm_cli

#endif

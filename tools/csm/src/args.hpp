// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// Command-line parsing shared by every subcommand: positionals, known options (flags or with a value),
// and, for `request` and `send`, free-form `--<jsonKey> value` endpoint parameters.
#ifndef CSM_CLI_ARGS_HPP
#define CSM_CLI_ARGS_HPP

#include <csm/result.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace csm_cli {

/// A mistake on the command line; exit code 2.
struct usage_error {
    std::string message;
};

struct option_spec {
    std::string_view name; ///< without the leading "--"
    bool takes_value = false;
};

struct parsed_args {
    std::vector<std::string> positionals;
    std::vector<std::pair<std::string, std::string>> options; ///< known options, in order; flags have ""
    std::vector<std::pair<std::string, std::string>> params;  ///< other `--key value` pairs (when allowed)
    bool help = false;

    bool has(std::string_view name) const;
    std::optional<std::string> value(std::string_view name) const;
};

/// Parses `args` (the words after the subcommand). Accepts `--name value`, `--name=value`, `-h`/`--help`,
/// `-` (standard input) as a positional, and `--` to end options. An unknown `--key` is an error unless
/// `allow_params`, in which case it takes the next word as its value and lands in `params`. A repeated
/// option or parameter is an error.
csm::result<parsed_args, usage_error> parse_args(std::span<const std::string> args, std::span<const option_spec> spec,
                                                 bool allow_params = false);

/// A non-negative decimal number for option `name` ("--max"), at most `max`.
csm::result<std::uint64_t, usage_error> parse_count(std::string_view text, std::string_view name,
                                                    std::uint64_t max = UINT64_MAX);

} // namespace csm_cli

#endif

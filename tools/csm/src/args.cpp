// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include "args.hpp"

#include <algorithm>
#include <charconv>

namespace csm_cli {

bool parsed_args::has(std::string_view name) const {
    return std::any_of(options.begin(), options.end(), [&](const auto& o) { return o.first == name; });
}

std::optional<std::string> parsed_args::value(std::string_view name) const {
    for (const auto& [key, v] : options)
        if (key == name) return v;
    return std::nullopt;
}

namespace {

const option_spec* find_spec(std::span<const option_spec> spec, std::string_view name) {
    for (const option_spec& s : spec)
        if (s.name == name) return &s;
    return nullptr;
}

bool seen(const std::vector<std::pair<std::string, std::string>>& list, std::string_view name) {
    return std::any_of(list.begin(), list.end(), [&](const auto& o) { return o.first == name; });
}

} // namespace

csm::result<parsed_args, usage_error> parse_args(std::span<const std::string> args, std::span<const option_spec> spec,
                                                 bool allow_params) {
    parsed_args out;
    bool options_done = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& word = args[i];
        if (options_done || word == "-" || !word.starts_with("-")) {
            out.positionals.push_back(word);
            continue;
        }
        if (word == "--") {
            options_done = true;
            continue;
        }
        if (word == "-h" || word == "--help") {
            out.help = true;
            continue;
        }
        if (!word.starts_with("--") || word.size() == 2)
            return usage_error{"unknown option " + word + " (options are spelled --name)"};

        std::string name = word.substr(2);
        std::optional<std::string> inline_value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name.resize(eq);
        }
        if (name.empty()) return usage_error{"an option without a name: " + word};

        const option_spec* s = find_spec(spec, name);
        if (!s && !allow_params) return usage_error{"unknown option --" + name};
        const bool takes_value = s ? s->takes_value : true;

        std::string value;
        if (takes_value) {
            if (inline_value) {
                value = std::move(*inline_value);
            } else {
                if (i + 1 >= args.size()) return usage_error{"--" + name + " needs a value"};
                value = args[++i];
            }
        } else if (inline_value) {
            return usage_error{"--" + name + " takes no value"};
        }

        auto& list = s ? out.options : out.params;
        if (seen(list, name)) return usage_error{"--" + name + " is given more than once"};
        list.emplace_back(std::move(name), std::move(value));
    }
    return out;
}

csm::result<std::uint64_t, usage_error> parse_count(std::string_view text, std::string_view name, std::uint64_t max) {
    std::uint64_t v = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || r.ec != std::errc() || r.ptr != text.data() + text.size() || v > max) {
        std::string msg = "--" + std::string(name) + " needs a whole number";
        if (max != UINT64_MAX) msg += " from 0 to " + std::to_string(max);
        return usage_error{std::move(msg)};
    }
    return v;
}

} // namespace csm_cli

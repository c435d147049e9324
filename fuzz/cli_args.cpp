// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The csm tool's command-line reader (tools/csm/src/args.cpp): the input is the words after a subcommand,
// separated by NUL bytes (fuzz/README.md).
#include "../tools/csm/src/args.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {
// `value` is what the words give option `name`: after "--name" (the next word) or "--name=".
bool given(const std::vector<std::string>& words, const std::string& name, const std::string& value, bool takes_value) {
    if (!takes_value) return value.empty() && std::find(words.begin(), words.end(), "--" + name) != words.end();
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] == "--" + name + "=" + value) return true;
        if (words[i] == "--" + name && i + 1 < words.size() && words[i + 1] == value) return true;
    }
    return false;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> words;
    for (std::size_t start = 0; start <= input.size();) {
        const std::size_t end = std::min(input.find('\0', start), input.size());
        words.emplace_back(input.substr(start, end - start));
        start = end + 1;
    }
    static constexpr csm_cli::option_spec spec[] = {{"out", true}, {"max", true}, {"strict", false}, {"curl", false}};
    for (const bool allow_params : {false, true}) {
        auto parsed = csm_cli::parse_args(words, spec, allow_params);
        if (!parsed) continue;
        // Every option that was read back is known, and its value is one of the words given: the word after
        // "--name", or the part after "--name=" (a flag has none).
        for (const auto& [name, value] : parsed->options) {
            if (name != "out" && name != "max" && name != "strict" && name != "curl") std::abort();
            if (!given(words, name, value, name == "out" || name == "max")) std::abort();
        }
        for (const auto& [name, value] : parsed->params)
            if (!given(words, name, value, true)) std::abort();
        for (const std::string& p : parsed->positionals)
            if (std::find(words.begin(), words.end(), p) == words.end()) std::abort();
        if (!allow_params && !parsed->params.empty()) std::abort();
    }
    for (const std::string& w : words) {
        auto count = csm_cli::parse_count(w, "max", 1000);
        if (count && *count > 1000) std::abort();
    }
    return 0;
}

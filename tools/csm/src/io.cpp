// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include "io.hpp"

#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>

namespace csm_cli {

std::string input_name(std::string_view path) {
    return path == "-" ? std::string("standard input") : std::string(path);
}

csm::result<std::string, io_failure> read_input(const context& ctx, std::string_view path) {
    if (path == "-") {
        std::ostringstream text;
        text << ctx.in.rdbuf();
        if (ctx.in.bad()) return io_failure{"cannot read standard input"};
        return text.str();
    }
    std::error_code ec;
    if (std::filesystem::is_directory(std::filesystem::path(path), ec))
        return io_failure{"cannot read " + std::string(path) + ": it is a directory"};
    std::ifstream file{std::filesystem::path(path), std::ios::binary};
    if (!file) return io_failure{"cannot read " + std::string(path) + ": no such file or not readable"};
    std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    if (file.bad()) return io_failure{"cannot read " + std::string(path)};
    return text;
}

std::optional<io_failure> write_file(const std::filesystem::path& path, std::string_view text) {
    std::ofstream file{path, std::ios::binary | std::ios::trunc};
    if (!file) return io_failure{"cannot write " + path.string()};
    file.write(text.data(), static_cast<std::streamsize>(text.size()));
    file.close();
    if (!file) return io_failure{"cannot write " + path.string()};
    return std::nullopt;
}

} // namespace csm_cli

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include "endpoint_list.hpp"
#include "endpoint_ops.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

namespace csm_cli {

std::span<const endpoint_ops> endpoint_table() {
    static const std::vector<endpoint_ops> table = [] {
        std::vector<endpoint_ops> t;
        [&]<std::size_t... K>(std::index_sequence<K...>) { (append_slice<K>(t), ...); }
        (std::make_index_sequence<slice_count>{});
        return t;
    }();
    return table;
}

namespace {

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

const endpoint_ops* find_endpoint(std::string_view name_or_id) {
    for (const endpoint_ops& ops : endpoint_table())
        if (ops.info->name == name_or_id) return &ops;
    for (const endpoint_ops& ops : endpoint_table())
        if (iequals(ops.info->docs.id, name_or_id)) return &ops;
    return nullptr;
}

std::string unknown_endpoint_message(std::string_view name) {
    std::string text = "unknown endpoint '" + std::string(name) + "'";
    std::vector<std::string_view> close;
    for (const endpoint_ops& ops : endpoint_table()) {
        const std::string_view candidate = ops.info->name;
        if (edit_distance(name, candidate) <= 2 || (name.size() >= 4 && candidate.find(name) != std::string_view::npos))
            close.push_back(candidate);
    }
    if (!close.empty() && close.size() <= 6) {
        text += "; did you mean";
        for (std::size_t i = 0; i < close.size(); ++i) {
            text += i == 0 ? " " : ", ";
            text += close[i];
        }
        text += "?";
    }
    text += " (csm list shows every endpoint)";
    return text;
}

} // namespace csm_cli

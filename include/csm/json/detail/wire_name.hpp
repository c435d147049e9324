// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_DETAIL_WIRE_NAME_HPP
#define CSM_JSON_DETAIL_WIRE_NAME_HPP

#include <csm/json/fields.hpp>

#include <cstddef>
#include <iterator>
#include <string_view>
#include <type_traits>

namespace csm::json::detail {

/// snake_case → camelCase at compile time. A trailing underscore (`default_`, for keys that are C++
/// keywords) is dropped.
constexpr std::size_t camel_length(std::string_view name) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '_') continue;
        ++n;
    }
    return n;
}

/// Writes the camelCase of `name` to out (camel_length(name) characters) and returns how many it wrote.
constexpr std::size_t camel_into(std::string_view name, char* out) noexcept {
    std::size_t n = 0;
    bool upper = false;
    for (char c : name) {
        if (c == '_') {
            upper = n != 0;
            continue;
        }
        out[n++] = (upper && c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
        upper = false;
    }
    return n;
}

/// A struct's `json_fields`, as a pointer and a size (std::span would add <span> and its constrained
/// constructors to every TU that uses the codec).
struct rule_list {
    const field_rule* first = nullptr;
    std::size_t size = 0;
    constexpr const field_rule* begin() const noexcept { return first; }
    constexpr const field_rule* end() const noexcept { return first + size; }
};

template <class T>
constexpr rule_list rules_of() noexcept {
    if constexpr (requires { T::json_fields; }) return rule_list{T::json_fields, std::size(T::json_fields)};
    else return {};
}

template <class M>
struct member_owner;
template <class C, class M>
struct member_owner<M C::*> {
    using type = C;
};

} // namespace csm::json::detail

#endif

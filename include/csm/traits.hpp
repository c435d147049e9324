// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TRAITS_HPP
#define CSM_TRAITS_HPP

#include <concepts>
#include <optional>
#include <string>
#include <string_view>

namespace csm {

template <class Tag>
class basic_id; // csm/basic_id.hpp

/// A type whose value is a piece of text: `view()` (ids, bounded strings, currency codes) or `to_string()`
/// (instants). The codec writes such a type as a JSON string, build_request as a query value, and the
/// endpoint checks accept it as a path or query parameter.
template <class T>
concept text_like = requires(const T& t) {
    { t.view() } -> std::convertible_to<std::string_view>;
}
|| requires(const T& t) {
    { t.to_string() } -> std::convertible_to<std::string>;
};

/// The text of a text_like value: a view when the type has one, else its to_string().
template <text_like T>
auto text_of(const T& v) {
    if constexpr (requires {
                      { v.view() } -> std::convertible_to<std::string_view>;
                  })
        return std::string_view(v.view());
    else return std::string(v.to_string());
}

/// Whether T is a std::optional (csm::is_tri_state_v, in csm/tri_state.hpp, is the three-state counterpart).
template <class T>
inline constexpr bool is_optional_v = false;
template <class T>
inline constexpr bool is_optional_v<std::optional<T>> = true;

/// T itself, or the value type when T is a std::optional: what a possibly optional member holds.
template <class T>
struct unwrap_optional {
    using type = T;
};
template <class T>
struct unwrap_optional<std::optional<T>> {
    using type = T;
};
template <class T>
using unwrap_optional_t = typename unwrap_optional<T>::type;

/// Whether T is a strong id (a csm::basic_id, csm/basic_id.hpp).
template <class T>
inline constexpr bool is_basic_id_v = false;
template <class Tag>
inline constexpr bool is_basic_id_v<basic_id<Tag>> = true;

} // namespace csm

#endif

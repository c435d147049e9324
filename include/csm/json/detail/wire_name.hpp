// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_DETAIL_WIRE_NAME_HPP
#define CSM_JSON_DETAIL_WIRE_NAME_HPP

#include <csm/json/fields.hpp>

#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>

#include <cstddef>
#include <span>
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

template <std::size_t N>
struct fixed_text {
    char data[N + 1] = {};
    constexpr std::string_view view() const noexcept { return {data, N}; }
};

template <class T>
constexpr std::span<const field_rule> rules_of() noexcept {
    if constexpr (requires { T::json_fields; })
        return std::span<const field_rule>(T::json_fields);
    else
        return {};
}

template <class M>
struct member_owner;
template <class C, class M>
struct member_owner<M C::*> {
    using type = C;
};

/// Calls f(rule) for each rule of kind `what` that names member D of T: T's own rules, then the rules of the
/// class that declares D (a base), unless T merely inherits that same list (then it is visited once).
template <class T, class D, class F>
constexpr void for_each_rule(field_rule::kind what, F&& f) {
    using owner = typename member_owner<std::remove_cv_t<decltype(D::pointer)>>::type;
    const std::span<const field_rule> own = rules_of<T>();
    for (const field_rule& r : own)
        if (r.what == what && r.member == std::string_view(D::name)) f(r);
    if constexpr (!std::is_same_v<owner, T>) {
        const std::span<const field_rule> inherited = rules_of<owner>();
        if (inherited.data() != own.data())
            for (const field_rule& r : inherited)
                if (r.what == what && r.member == std::string_view(D::name)) f(r);
    }
}

template <class T, class D>
constexpr bool has_rule(field_rule::kind what) noexcept {
    bool found = false;
    for_each_rule<T, D>(what, [&](const field_rule&) { found = true; });
    return found;
}

/// The key a rename rule gives member D of T (T's rule wins over the declaring base's), or empty.
template <class T, class D>
constexpr std::string_view renamed_key() noexcept {
    std::string_view key;
    for_each_rule<T, D>(field_rule::kind::rename, [&](const field_rule& r) {
        if (key.empty()) key = r.key;
    });
    return key;
}

template <class T, class D>
struct member_key {
    static constexpr std::string_view override_key = renamed_key<T, D>();
    static constexpr std::size_t size = override_key.empty() ? camel_length(D::name) : override_key.size();

    static constexpr fixed_text<size> make() noexcept {
        fixed_text<size> t;
        if (!override_key.empty()) {
            for (std::size_t i = 0; i < size; ++i) t.data[i] = override_key[i];
            return t;
        }
        std::string_view name = D::name;
        std::size_t out = 0;
        bool upper = false;
        for (char c : name) {
            if (c == '_') {
                upper = out != 0;
                continue;
            }
            t.data[out++] = (upper && c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
            upper = false;
        }
        return t;
    }
    static constexpr fixed_text<size> text = make();
    static constexpr std::string_view value = text.view();

    static constexpr bool plain_ascii() noexcept {
        for (char c : value)
            if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) return false;
        return true;
    }
    static_assert(size > 0, "a JSON key must not be empty");
    static_assert(plain_ascii(), "JSON keys must not need escaping");

    /// `"key":` ready to append, so the writer emits a member name with one copy.
    static constexpr fixed_text<size + 3> make_prefix() noexcept {
        fixed_text<size + 3> t;
        t.data[0] = '"';
        for (std::size_t i = 0; i < size; ++i) t.data[i + 1] = value[i];
        t.data[size + 1] = '"';
        t.data[size + 2] = ':';
        return t;
    }
    static constexpr fixed_text<size + 3> prefix_text = make_prefix();
    static constexpr std::string_view prefix = prefix_text.view();
};

/// Calls f(alias_key) for each read alias of member D of T.
template <class T, class D, class F>
constexpr void for_each_alias(F&& f) {
    for_each_rule<T, D>(field_rule::kind::alias, [&](const field_rule& r) { f(r.key); });
}

/// Whether member D of T has a default_if_missing rule.
template <class T, class D>
constexpr bool defaults_if_missing() noexcept {
    return has_rule<T, D>(field_rule::kind::default_if_missing);
}

/// Whether member D of T has a read_only rule (read, never written).
template <class T, class D>
constexpr bool is_read_only() noexcept {
    return has_rule<T, D>(field_rule::kind::read_only);
}

} // namespace csm::json::detail

#endif

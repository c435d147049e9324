// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_DETAIL_STRUCT_INFO_HPP
#define CSM_JSON_DETAIL_STRUCT_INFO_HPP

// Everything the codec needs to know about a described struct's members, computed once per struct as
// constexpr arrays (keys, `"key":` prefixes, aliases, rules, the key lookup index). The readers and writers
// then expand over the members with these constants instead of instantiating a lambda (or a class) per member
// and per question: what users pay in compile time is the number of instantiations (docs/performance.md).

#include <csm/json/detail/wire_name.hpp>
#include <csm/json/fields.hpp>
#include <csm/json/unknown_fields.hpp>

#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <cstring>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

namespace csm::json::detail {

template <class T, class D>
using member_type = std::remove_cvref_t<decltype(std::declval<T&>().*D::pointer)>;

template <class T>
using public_members =
    boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>;

/// What the codec knows about one member, in declaration order (the unknown_fields member included).
struct member_info {
    std::string_view key;        ///< the canonical JSON key
    std::string_view prefix;     ///< `"key":`, ready to append
    std::string_view aliases[3]; ///< keys also accepted on read, in rule order
    unsigned char alias_count = 0;
    bool data = true;            ///< false for the unknown_fields member
    bool read_only = false;      ///< read, never written
    bool defaults = false;       ///< default_if_missing: absent or null reads as the default
};

/// A key the reader accepts: the canonical key (priority 0) or an alias (1-3) of member `member`.
struct key_entry {
    std::string_view key;
    unsigned char member;
    unsigned char priority;
};

/// Finds the entry of a key (canonical or alias), or nullptr: struct_info<T>::find.
using key_finder = const key_entry* (*)(std::string_view) noexcept;

template <class T, class L = public_members<T>>
struct struct_info;

template <class T, template <class...> class L, class... D>
struct struct_info<T, L<D...>> {
    static constexpr std::size_t count = sizeof...(D);
    static_assert(count <= 64, "the codec tracks at most 64 members per struct");

private:
    static constexpr std::array<std::string_view, count> names{std::string_view(D::name)...};
    static constexpr std::array<bool, count> is_data{!std::is_same_v<member_type<T, D>, unknown_fields>...};
    // The rules of the class that declares each member (a base, for inherited members).
    static constexpr std::array<std::span<const field_rule>, count> inherited{
        rules_of<typename member_owner<std::remove_cv_t<decltype(D::pointer)>>::type>()...};

    /// Calls f(rule) for each rule of kind `what` naming member i: T's own rules, then those of the class
    /// that declares it, unless T merely inherits that same list (then it is visited once).
    template <class F>
    static constexpr void for_each_rule(std::size_t i, field_rule::kind what, F f) {
        const std::span<const field_rule> own = rules_of<T>();
        for (const field_rule& r : own)
            if (r.what == what && r.member == names[i]) f(r);
        if (inherited[i].data() != own.data())
            for (const field_rule& r : inherited[i])
                if (r.what == what && r.member == names[i]) f(r);
    }
    static constexpr bool has_rule(std::size_t i, field_rule::kind what) {
        bool found = false;
        for_each_rule(i, what, [&](const field_rule&) { found = true; });
        return found;
    }
    static constexpr std::string_view renamed(std::size_t i) {
        std::string_view key;
        for_each_rule(i, field_rule::kind::rename, [&](const field_rule& r) {
            if (key.empty()) key = r.key;
        });
        return key;
    }
    static constexpr std::size_t key_size(std::size_t i) {
        const std::string_view r = renamed(i);
        return r.empty() ? camel_length(names[i]) : r.size();
    }
    static constexpr std::size_t text_size = [] {
        std::size_t n = 0;
        for (std::size_t i = 0; i < count; ++i) n += key_size(i) + 3;
        return n;
    }();
    /// Every member's `"key":`, one after the other.
    static constexpr std::array<char, text_size + 1> text = [] {
        std::array<char, text_size + 1> t{};
        std::size_t at = 0;
        for (std::size_t i = 0; i < count; ++i) {
            t[at++] = '"';
            const std::string_view r = renamed(i);
            if (r.empty()) at += camel_into(names[i], t.data() + at);
            else for (char c : r) t[at++] = c;
            t[at++] = '"';
            t[at++] = ':';
        }
        return t;
    }();

    static constexpr bool rules_name_members() {
        for (const field_rule& r : rules_of<T>()) {
            bool found = false;
            for (std::string_view n : names) found = found || n == r.member;
            if (!found) return false;
        }
        return true;
    }
    static_assert(rules_name_members(), "a csm::json::field_rule names a member that is not described");

public:
    static constexpr std::array<member_info, count> members = [] {
        std::array<member_info, count> a{};
        std::size_t at = 0;
        for (std::size_t i = 0; i < count; ++i) {
            member_info& m = a[i];
            const std::size_t size = key_size(i);
            m.prefix = std::string_view(text.data() + at, size + 3);
            m.key = m.prefix.substr(1, size);
            at += size + 3;
            m.data = is_data[i];
            m.read_only = has_rule(i, field_rule::kind::read_only);
            m.defaults = has_rule(i, field_rule::kind::default_if_missing);
            for_each_rule(i, field_rule::kind::alias, [&](const field_rule& r) {
                if (m.alias_count == 3) throw "at most three aliases per member";
                m.aliases[m.alias_count++] = r.key;
            });
        }
        return a;
    }();

    static constexpr bool keys_are_plain() {
        for (const member_info& m : members) {
            if (m.key.empty()) return false;
            for (char c : m.key)
                if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) return false;
        }
        return true;
    }
    static_assert(keys_are_plain(), "JSON keys must not be empty nor need escaping");

    /// Whether T keeps unknown keys, and which member does.
    static constexpr std::size_t unknown_index = [] {
        for (std::size_t i = 0; i < count; ++i)
            if (!is_data[i]) return i;
        return count;
    }();
    static constexpr bool keeps_unknown = unknown_index != count;

    static constexpr std::size_t key_count = [] {
        std::size_t n = 0;
        for (const member_info& m : members)
            if (m.data) n += 1 + m.alias_count;
        return n;
    }();
    /// Canonical keys and aliases, in declaration order.
    static constexpr std::array<key_entry, key_count> keys = [] {
        std::array<key_entry, key_count> a{};
        std::size_t at = 0;
        for (std::size_t i = 0; i < count; ++i) {
            if (!members[i].data) continue;
            a[at++] = key_entry{members[i].key, static_cast<unsigned char>(i), 0};
            for (unsigned char p = 0; p < members[i].alias_count; ++p)
                a[at++] = key_entry{members[i].aliases[p], static_cast<unsigned char>(i), static_cast<unsigned char>(p + 1)};
        }
        return a;
    }();

private:
    static constexpr std::size_t max_key = [] {
        std::size_t n = 0;
        for (const key_entry& e : keys) n = e.key.size() > n ? e.key.size() : n;
        return n;
    }();
    /// The keys ordered by length, and where each length starts: a lookup compares only keys of its length.
    static constexpr std::array<key_entry, key_count> by_length = [] {
        std::array<key_entry, key_count> a = keys;
        for (std::size_t i = 1; i < a.size(); ++i) // insertion sort, stable: few keys, compile time
            for (std::size_t j = i; j > 0 && a[j - 1].key.size() > a[j].key.size(); --j) std::swap(a[j - 1], a[j]);
        return a;
    }();
    static constexpr std::array<unsigned char, max_key + 2> length_start = [] {
        std::array<unsigned char, max_key + 2> a{};
        for (std::size_t len = 0, i = 0; len <= max_key + 1; ++len) {
            while (i < by_length.size() && by_length[i].key.size() < len) ++i;
            a[len] = static_cast<unsigned char>(i);
        }
        return a;
    }();

public:
    /// The entry of `k`, or nullptr when no member has that key (canonical or alias).
    static const key_entry* find(std::string_view k) noexcept {
        if (k.empty() || k.size() > max_key) return nullptr;
        for (std::size_t i = length_start[k.size()], end = length_start[k.size() + 1]; i < end; ++i) {
            const key_entry& e = by_length[i];
            if (e.key[0] == k[0] && std::memcmp(e.key.data(), k.data(), k.size()) == 0) return &e;
        }
        return nullptr;
    }
};

template <class T>
inline constexpr bool has_unknown_fields_v = struct_info<T>::keeps_unknown;

/// The unknown_fields member of T (which has one).
template <class T>
unknown_fields* unknown_fields_of(T& v) noexcept {
    using D = boost::mp11::mp_at_c<public_members<T>, struct_info<T>::unknown_index>;
    return &(v.*D::pointer);
}
template <class T>
const unknown_fields* unknown_fields_of(const T& v) noexcept {
    using D = boost::mp11::mp_at_c<public_members<T>, struct_info<T>::unknown_index>;
    return &(v.*D::pointer);
}

} // namespace csm::json::detail

#endif

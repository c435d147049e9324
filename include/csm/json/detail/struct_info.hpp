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
    bool data = true;       ///< false for the unknown_fields member
    bool read_only = false; ///< read, never written
    bool defaults = false;  ///< default_if_missing: absent or null reads as the default
};

/// A key the reader accepts: the canonical key (priority 0) or an alias (1-3) of member `member`.
struct key_entry {
    std::string_view key;
    unsigned char member;
    unsigned char priority;
};

/// Finds the entry of a key (canonical or alias), or nullptr: struct_info<T>::find.
using key_finder = const key_entry* (*)(std::string_view) noexcept;

/// What a struct's field rules say about one member.
struct member_rules {
    std::string_view renamed;    ///< the first rename rule's key, or empty
    std::string_view aliases[3]; ///< alias keys, in rule order
    unsigned char alias_count = 0;
    bool read_only = false;
    bool defaults = false;
};

// The table builders below are constexpr non-templates: each struct_info only evaluates them, so a struct
// costs its constant evaluation and not a set of instantiated functions of its own.

/// Applies the rules naming each member: T's own rules, then those of the class that declares the member
/// (`inherited[i]`), unless T merely inherits that same list (then it is visited once).
constexpr void collect_rules(const std::string_view* names, std::size_t count, rule_list own,
                             const rule_list* inherited, member_rules* out) {
    auto apply = [](member_rules& m, const field_rule& r) {
        switch (r.what) {
        case field_rule::kind::rename:
            if (m.renamed.empty()) m.renamed = r.key;
            break;
        case field_rule::kind::alias:
            if (m.alias_count == 3) throw "at most three aliases per member";
            m.aliases[m.alias_count++] = r.key;
            break;
        case field_rule::kind::default_if_missing: m.defaults = true; break;
        case field_rule::kind::read_only: m.read_only = true; break;
        }
    };
    for (const field_rule& r : own)
        for (std::size_t i = 0; i < count; ++i)
            if (r.member == names[i]) apply(out[i], r);
    for (std::size_t i = 0; i < count; ++i)
        if (inherited[i].first != own.first)
            for (const field_rule& r : inherited[i])
                if (r.member == names[i]) apply(out[i], r);
}

/// Whether every rule names one of the members.
constexpr bool rules_name_members(const std::string_view* names, std::size_t count, rule_list own) {
    for (const field_rule& r : own) {
        bool found = false;
        for (std::size_t i = 0; i < count; ++i) found = found || names[i] == r.member;
        if (!found) return false;
    }
    return true;
}

constexpr std::size_t key_size(std::string_view name, const member_rules& rules) {
    return rules.renamed.empty() ? camel_length(name) : rules.renamed.size();
}

/// The length of every member's `"key":`, one after the other.
constexpr std::size_t prefixes_size(const std::string_view* names, std::size_t count, const member_rules* rules) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < count; ++i) n += key_size(names[i], rules[i]) + 3;
    return n;
}

/// Writes every member's `"key":` to `text`, one after the other.
constexpr void write_prefixes(const std::string_view* names, std::size_t count, const member_rules* rules, char* text) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < count; ++i) {
        text[at++] = '"';
        if (rules[i].renamed.empty()) at += camel_into(names[i], text + at);
        else
            for (char c : rules[i].renamed) text[at++] = c;
        text[at++] = '"';
        text[at++] = ':';
    }
}

/// Fills `out` from the rules, its keys and prefixes pointing into `text` (write_prefixes).
constexpr void fill_members(const std::string_view* names, const bool* is_data, std::size_t count,
                            const member_rules* rules, const char* text, member_info* out) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < count; ++i) {
        member_info& m = out[i];
        const std::size_t size = key_size(names[i], rules[i]);
        m.prefix = std::string_view(text + at, size + 3);
        m.key = m.prefix.substr(1, size);
        at += size + 3;
        m.data = is_data[i];
        m.read_only = rules[i].read_only;
        m.defaults = rules[i].defaults;
        m.alias_count = rules[i].alias_count;
        for (unsigned char a = 0; a < m.alias_count; ++a) m.aliases[a] = rules[i].aliases[a];
    }
}

constexpr bool keys_are_plain(const member_info* members, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
        if (members[i].key.empty()) return false;
        for (char c : members[i].key)
            if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) return false;
    }
    return true;
}

/// The index of the unknown_fields member, or `count` when there is none.
constexpr std::size_t first_unknown(const bool* is_data, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i)
        if (!is_data[i]) return i;
    return count;
}

constexpr std::size_t count_keys(const member_info* members, std::size_t count) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < count; ++i)
        if (members[i].data) n += 1 + members[i].alias_count;
    return n;
}

/// Canonical keys and aliases of the data members, in declaration order.
constexpr void fill_keys(const member_info* members, std::size_t count, key_entry* out) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (!members[i].data) continue;
        out[at++] = key_entry{members[i].key, static_cast<unsigned char>(i), 0};
        for (unsigned char p = 0; p < members[i].alias_count; ++p)
            out[at++] =
                key_entry{members[i].aliases[p], static_cast<unsigned char>(i), static_cast<unsigned char>(p + 1)};
    }
}

constexpr std::size_t longest_key(const key_entry* keys, std::size_t n) {
    std::size_t longest = 0;
    for (std::size_t i = 0; i < n; ++i) longest = keys[i].key.size() > longest ? keys[i].key.size() : longest;
    return longest;
}

/// Sorts `keys` by length (insertion sort, stable: few keys, compile time).
constexpr void sort_by_length(key_entry* keys, std::size_t n) {
    for (std::size_t i = 1; i < n; ++i)
        for (std::size_t j = i; j > 0 && keys[j - 1].key.size() > keys[j].key.size(); --j) {
            const key_entry t = keys[j - 1];
            keys[j - 1] = keys[j];
            keys[j] = t;
        }
}

/// start[len]: the first of the keys (sorted by length) that has length `len`, for len 0 … max_key + 1.
constexpr void length_starts(const key_entry* keys, std::size_t n, unsigned char* start, std::size_t max_key) {
    for (std::size_t len = 0, i = 0; len <= max_key + 1; ++len) {
        while (i < n && keys[i].key.size() < len) ++i;
        start[len] = static_cast<unsigned char>(i);
    }
}

/// The lookup of struct_info<T>::find: the entry of `k` among `by_length`, or nullptr.
inline const key_entry* find_key(const key_entry* by_length, const unsigned char* length_start, std::size_t max_key,
                                 std::string_view k) noexcept {
    if (k.empty() || k.size() > max_key) return nullptr;
    for (std::size_t i = length_start[k.size()], end = length_start[k.size() + 1]; i < end; ++i) {
        const key_entry& e = by_length[i];
        if (e.key[0] == k[0] && std::memcmp(e.key.data(), k.data(), k.size()) == 0) return &e;
    }
    return nullptr;
}

template <class T, class L = public_members<T>>
struct struct_info;

template <class T, template <class...> class L, class... D>
struct struct_info<T, L<D...>> {
    static constexpr std::size_t count = sizeof...(D);
    static_assert(count <= 64, "the codec tracks at most 64 members per struct");

private:
    // One more element than members, so that no array is empty (structs without members).
    static constexpr std::string_view names[count + 1]{std::string_view(D::name)...};
    static constexpr bool is_data[count + 1]{!std::is_same_v<member_type<T, D>, unknown_fields>...};
    // The rules of the class that declares each member (a base, for inherited members).
    static constexpr rule_list inherited[count + 1]{
        rules_of<typename member_owner<std::remove_cv_t<decltype(D::pointer)>>::type>()...};
    static_assert(rules_name_members(names, count, rules_of<T>()),
                  "a csm::json::field_rule names a member that is not described");

    static constexpr std::array<member_rules, count> rules = [] {
        std::array<member_rules, count> a{};
        collect_rules(names, count, rules_of<T>(), inherited, a.data());
        return a;
    }();
    static constexpr std::size_t text_size = prefixes_size(names, count, rules.data());

    static constexpr std::array<char, text_size + 1> text = [] {
        std::array<char, text_size + 1> t{};
        write_prefixes(names, count, rules.data(), t.data());
        return t;
    }();

public:
    static constexpr std::array<member_info, count> members = [] {
        std::array<member_info, count> a{};
        fill_members(names, is_data, count, rules.data(), text.data(), a.data());
        return a;
    }();
    static_assert(keys_are_plain(members.data(), count), "JSON keys must not be empty nor need escaping");

    /// Whether T keeps unknown keys, and which member does.
    static constexpr std::size_t unknown_index = first_unknown(is_data, count);
    static constexpr bool keeps_unknown = unknown_index != count;

    static constexpr std::size_t key_count = count_keys(members.data(), count);
    /// Canonical keys and aliases, in declaration order.
    static constexpr std::array<key_entry, key_count> keys = [] {
        std::array<key_entry, key_count> a{};
        fill_keys(members.data(), count, a.data());
        return a;
    }();

private:
    static constexpr std::size_t max_key = longest_key(keys.data(), key_count);
    /// The keys ordered by length, and where each length starts: a lookup compares only keys of its length.
    static constexpr std::array<key_entry, key_count> by_length = [] {
        std::array<key_entry, key_count> a = keys;
        sort_by_length(a.data(), key_count);
        return a;
    }();
    static constexpr std::array<unsigned char, max_key + 2> length_start = [] {
        std::array<unsigned char, max_key + 2> a{};
        length_starts(by_length.data(), key_count, a.data(), max_key);
        return a;
    }();

public:
    /// The entry of `k`, or nullptr when no member has that key (canonical or alias).
    static const key_entry* find(std::string_view k) noexcept {
        return find_key(by_length.data(), length_start.data(), max_key, k);
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

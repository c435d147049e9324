// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_OPEN_ENUM_HPP
#define CSM_OPEN_ENUM_HPP

#include <algorithm>
#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

namespace csm {

/// An API enumeration that stays open: Atlassian adds values without notice, so a value the library does
/// not know is kept verbatim and written back unchanged, instead of failing the whole document.
///
/// Traits describe the known values:
///
///     struct principal_type_traits {
///         enum class known { user, group };                        // the named constants
///         static constexpr std::string_view names[] = {"USER", "GROUP"};   // wire text, same order
///         static constexpr bool case_insensitive = true;           // optional: "user" reads as USER
///     };
///     using principal_type = csm::open_enum<principal_type_traits>;
///
///     principal_type t = principal_type::known::user;  // a known value
///     principal_type u{"ROBOT"};                       // an unknown one, kept as written
///     t.str() == "USER"; u.is_known() == false; u.str() == "ROBOT";
template <class Traits>
class open_enum {
public:
    using traits_type = Traits;
    using known = typename Traits::known;
    static constexpr std::size_t known_count = std::size(Traits::names);
    static constexpr bool case_insensitive = requires { requires Traits::case_insensitive; };

    static_assert(std::is_enum_v<known>, "Traits::known must be an enumeration");

    /// Implicit from a known value, so `x.type = principal_type::known::user;` reads naturally.
    constexpr open_enum(known value) noexcept : index_(static_cast<std::size_t>(value)) {}

    /// From wire text: a known name (matched as Traits says) becomes that value, anything else is kept.
    explicit open_enum(std::string_view text) : index_(find(text)) {
        if (index_ == npos) other_.assign(text.data(), text.size());
    }

    open_enum() = delete;

    bool is_known() const noexcept { return index_ != npos; }
    /// The known value, or nothing for a value the library does not know.
    std::optional<known> value() const noexcept {
        if (index_ == npos) return std::nullopt;
        return static_cast<known>(index_);
    }
    /// The wire text: the canonical name for known values, the original text otherwise.
    std::string_view str() const noexcept { return index_ == npos ? std::string_view(other_) : Traits::names[index_]; }

    static constexpr std::string_view name(known value) noexcept {
        return Traits::names[static_cast<std::size_t>(value)];
    }

    friend bool operator==(const open_enum& a, const open_enum& b) noexcept {
        return a.index_ == b.index_ && (a.index_ != npos || a.other_ == b.other_);
    }
    friend bool operator==(const open_enum& a, known b) noexcept { return a.index_ == static_cast<std::size_t>(b); }
    /// Ordered by wire text, so that sorted output is stable whatever the library knows.
    friend std::strong_ordering operator<=>(const open_enum& a, const open_enum& b) noexcept {
        return a.str().compare(b.str()) <=> 0;
    }
    friend std::ostream& operator<<(std::ostream& os, const open_enum& e) { return os << e.str(); }

private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    static constexpr char lower(char c) noexcept {
        return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    static constexpr bool equal(std::string_view a, std::string_view b) noexcept {
        if constexpr (case_insensitive)
            return a.size() == b.size() &&
                   std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
        else return a == b;
    }
    static constexpr std::size_t find(std::string_view text) noexcept {
        for (std::size_t i = 0; i < known_count; ++i)
            if (equal(text, Traits::names[i])) return i;
        return npos;
    }

    std::size_t index_;
    std::string other_; // only used for unknown values
};

template <class T>
inline constexpr bool is_open_enum_v = false;
template <class Traits>
inline constexpr bool is_open_enum_v<open_enum<Traits>> = true;

} // namespace csm

template <class Traits>
struct std::hash<csm::open_enum<Traits>> {
    std::size_t operator()(const csm::open_enum<Traits>& e) const noexcept {
        return std::hash<std::string_view>{}(e.str());
    }
};

#endif

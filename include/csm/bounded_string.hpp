// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_BOUNDED_STRING_HPP
#define CSM_BOUNDED_STRING_HPP

#include <csm/error.hpp>
#include <csm/result.hpp>

#include <array>
#include <compare>
#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace csm {

/// The length of UTF-8 `text` in UTF-16 code units (a code point above U+FFFF counts 2), or empty when
/// `text` is not well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no encoded surrogates, nothing
/// above U+10FFFF, no truncated sequence, no stray continuation byte).
constexpr std::optional<std::size_t> utf16_length(std::string_view text) noexcept {
    std::size_t units = 0;
    std::size_t i = 0;
    const std::size_t size = text.size();
    auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    auto continuation = [&](std::size_t at, unsigned char low = 0x80, unsigned char high = 0xBF) {
        return at < size && byte(at) >= low && byte(at) <= high;
    };
    while (i < size) {
        const unsigned char lead = byte(i);
        if (lead < 0x80) {
            i += 1;
            units += 1;
        } else if (lead >= 0xC2 && lead <= 0xDF) { // C0, C1 would be overlong
            if (!continuation(i + 1)) return std::nullopt;
            i += 2;
            units += 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            // E0 needs A0.. (else overlong); ED needs ..9F (else a surrogate, U+D800..U+DFFF)
            const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;
            const unsigned char high = lead == 0xED ? 0x9F : 0xBF;
            if (!continuation(i + 1, low, high) || !continuation(i + 2)) return std::nullopt;
            i += 3;
            units += 1;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            // F0 needs 90.. (else overlong); F4 needs ..8F (else above U+10FFFF)
            const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;
            const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;
            if (!continuation(i + 1, low, high) || !continuation(i + 2) || !continuation(i + 3)) return std::nullopt;
            i += 4;
            units += 2; // a surrogate pair in UTF-16
        } else {
            return std::nullopt; // a stray continuation byte, C0, C1 or F5..FF
        }
    }
    return units;
}

namespace detail {

constexpr std::size_t decimal_digits(std::size_t n) noexcept {
    std::size_t digits = 1;
    while (n >= 10) {
        n /= 10;
        ++digits;
    }
    return digits;
}

// "a string of at most N UTF-16 code units", spelled out at compile time so that json_expected can be a
// constexpr std::string_view like every other string-shaped model's.
template <std::size_t N>
struct bounded_string_expected {
    static constexpr std::string_view prefix = "a string of at most ";
    static constexpr std::string_view suffix = N == 1 ? " UTF-16 code unit" : " UTF-16 code units";
    static constexpr std::size_t size = prefix.size() + decimal_digits(N) + suffix.size();
    static constexpr std::array<char, size> text = [] {
        std::array<char, size> out{};
        std::size_t at = 0;
        for (char c : prefix) out[at++] = c;
        std::size_t n = N;
        for (std::size_t d = decimal_digits(N); d > 0; --d) {
            out[at + d - 1] = static_cast<char>('0' + n % 10);
            n /= 10;
        }
        at += decimal_digits(N);
        for (char c : suffix) out[at++] = c;
        return out;
    }();
};

} // namespace detail

/// A string with a documented maximum length, e.g. bounded_string<255> for a 255-character name.
///
/// Length is counted in UTF-16 code units, because that is what Atlassian's Java services count
/// (String.length()): "é" counts 1, an emoji above U+FFFF counts 2. Bytes would reject valid non-ASCII
/// text and code points would accept text the service rejects. The text must also be well-formed UTF-8,
/// since it is written into JSON. Construction from std::string is explicit so that the check is visible.
template <std::size_t N>
class bounded_string {
public:
    static constexpr std::size_t max_length = N;

    /// What the JSON codec reports when a value does not fit, e.g. "a string of at most 255 UTF-16 code units".
    static constexpr std::string_view json_expected{detail::bounded_string_expected<N>::text.data(),
                                                    detail::bounded_string_expected<N>::size};

    /// The empty string, which is always within the bound.
    bounded_string() = default;

    /// Throws csm::exception (too_long or invalid_value) when `text` does not fit.
    explicit bounded_string(std::string text) : value_(std::move(text)) {
        if (auto problem = check(value_)) throw exception(std::move(*problem));
    }

    /// A shorter bound always fits in a longer one, so widening needs no check.
    template <std::size_t M>
        requires(M <= N)
    bounded_string(const bounded_string<M>& other) : value_(other.str()) {}

    /// Run-time validation. The error never echoes the text, which may be customer data.
    static result<bounded_string> parse(std::string_view text) {
        if (auto problem = check(text)) return std::move(*problem);
        bounded_string out;
        out.value_.assign(text);
        return out;
    }

    std::string_view view() const noexcept { return value_; }
    const std::string& str() const& noexcept { return value_; }
    std::string str() && noexcept { return std::move(value_); }
    operator std::string_view() const noexcept { return value_; }

    bool empty() const noexcept { return value_.empty(); }
    /// Length in UTF-8 bytes.
    std::size_t size_bytes() const noexcept { return value_.size(); }
    /// Length in UTF-16 code units, the measure the bound applies to.
    std::size_t size_utf16() const noexcept { return utf16_length(value_).value_or(0); }

    friend bool operator==(const bounded_string&, const bounded_string&) = default;
    friend std::strong_ordering operator<=>(const bounded_string& a, const bounded_string& b) noexcept {
        return a.view() <=> b.view();
    }
    friend bool operator==(const bounded_string& a, std::string_view b) noexcept { return a.view() == b; }
    friend std::strong_ordering operator<=>(const bounded_string& a, std::string_view b) noexcept {
        return a.view() <=> b;
    }

    friend std::ostream& operator<<(std::ostream& os, const bounded_string& s) { return os << s.view(); }

private:
    static std::optional<error> check(std::string_view text) {
        const auto units = utf16_length(text);
        if (!units) return error{errc::invalid_value, {}, "a well-formed UTF-8 string"};
        if (*units > N) return error{errc::too_long, {}, std::string(json_expected)};
        return std::nullopt;
    }

    std::string value_;
};

} // namespace csm

template <std::size_t N>
struct std::hash<csm::bounded_string<N>> {
    std::size_t operator()(const csm::bounded_string<N>& s) const noexcept {
        return std::hash<std::string_view>{}(s.view());
    }
};

#endif

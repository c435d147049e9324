// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_CURRENCY_CODE_HPP
#define CSM_CURRENCY_CODE_HPP

#include <csm/error.hpp>
#include <csm/result.hpp>

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace csm {

/// One row of ISO 4217 List One.
struct currency_entry {
    std::string_view code;                ///< alphabetic code, e.g. "USD"
    int numeric_code;                     ///< e.g. 840
    std::optional<int> minor_unit_digits; ///< e.g. 2; empty where ISO says "N.A." (funds, metals, XDR, ...)
};

namespace detail {

// ISO 4217 List One (active codes), as published by the maintenance agency (SIX) on 2025-07-01, i.e. after
// the amendments that introduced SLE (2022), VED, ZWG (2024) and XCG (2025) and withdrew HRK (2023), CUC,
// SLL, ZWL (2024) and ANG (Curaçao and Sint Maarten moved to XCG on 2025-03-31; ANG stopped being legal
// tender on 2025-06-30, so it is left out). BGN is still listed: Bulgaria adopted the euro on 2026-01-01
// and BGN leaves List One when ISO publishes its withdrawal — remove it then.
// To update: edit rows in place, keeping the array sorted by code (a static_assert below checks it).
// A table: clang-format 14 would put one entry per line.
// clang-format off
inline constexpr currency_entry iso_4217_list_one[] = {
    {"AED", 784, 2}, {"AFN", 971, 2}, {"ALL", 8, 2},   {"AMD", 51, 2},  {"AOA", 973, 2}, {"ARS", 32, 2},
    {"AUD", 36, 2},  {"AWG", 533, 2}, {"AZN", 944, 2}, {"BAM", 977, 2}, {"BBD", 52, 2},  {"BDT", 50, 2},
    {"BGN", 975, 2}, {"BHD", 48, 3},  {"BIF", 108, 0}, {"BMD", 60, 2},  {"BND", 96, 2},  {"BOB", 68, 2},
    {"BOV", 984, 2}, {"BRL", 986, 2}, {"BSD", 44, 2},  {"BTN", 64, 2},  {"BWP", 72, 2},  {"BYN", 933, 2},
    {"BZD", 84, 2},  {"CAD", 124, 2}, {"CDF", 976, 2}, {"CHE", 947, 2}, {"CHF", 756, 2}, {"CHW", 948, 2},
    {"CLF", 990, 4}, {"CLP", 152, 0}, {"CNY", 156, 2}, {"COP", 170, 2}, {"COU", 970, 2}, {"CRC", 188, 2},
    {"CUP", 192, 2}, {"CVE", 132, 2}, {"CZK", 203, 2}, {"DJF", 262, 0}, {"DKK", 208, 2}, {"DOP", 214, 2},
    {"DZD", 12, 2},  {"EGP", 818, 2}, {"ERN", 232, 2}, {"ETB", 230, 2}, {"EUR", 978, 2}, {"FJD", 242, 2},
    {"FKP", 238, 2}, {"GBP", 826, 2}, {"GEL", 981, 2}, {"GHS", 936, 2}, {"GIP", 292, 2}, {"GMD", 270, 2},
    {"GNF", 324, 0}, {"GTQ", 320, 2}, {"GYD", 328, 2}, {"HKD", 344, 2}, {"HNL", 340, 2}, {"HTG", 332, 2},
    {"HUF", 348, 2}, {"IDR", 360, 2}, {"ILS", 376, 2}, {"INR", 356, 2}, {"IQD", 368, 3}, {"IRR", 364, 2},
    {"ISK", 352, 0}, {"JMD", 388, 2}, {"JOD", 400, 3}, {"JPY", 392, 0}, {"KES", 404, 2}, {"KGS", 417, 2},
    {"KHR", 116, 2}, {"KMF", 174, 0}, {"KPW", 408, 2}, {"KRW", 410, 0}, {"KWD", 414, 3}, {"KYD", 136, 2},
    {"KZT", 398, 2}, {"LAK", 418, 2}, {"LBP", 422, 2}, {"LKR", 144, 2}, {"LRD", 430, 2}, {"LSL", 426, 2},
    {"LYD", 434, 3}, {"MAD", 504, 2}, {"MDL", 498, 2}, {"MGA", 969, 2}, {"MKD", 807, 2}, {"MMK", 104, 2},
    {"MNT", 496, 2}, {"MOP", 446, 2}, {"MRU", 929, 2}, {"MUR", 480, 2}, {"MVR", 462, 2}, {"MWK", 454, 2},
    {"MXN", 484, 2}, {"MXV", 979, 2}, {"MYR", 458, 2}, {"MZN", 943, 2}, {"NAD", 516, 2}, {"NGN", 566, 2},
    {"NIO", 558, 2}, {"NOK", 578, 2}, {"NPR", 524, 2}, {"NZD", 554, 2}, {"OMR", 512, 3}, {"PAB", 590, 2},
    {"PEN", 604, 2}, {"PGK", 598, 2}, {"PHP", 608, 2}, {"PKR", 586, 2}, {"PLN", 985, 2}, {"PYG", 600, 0},
    {"QAR", 634, 2}, {"RON", 946, 2}, {"RSD", 941, 2}, {"RUB", 643, 2}, {"RWF", 646, 0}, {"SAR", 682, 2},
    {"SBD", 90, 2},  {"SCR", 690, 2}, {"SDG", 938, 2}, {"SEK", 752, 2}, {"SGD", 702, 2}, {"SHP", 654, 2},
    {"SLE", 925, 2}, {"SOS", 706, 2}, {"SRD", 968, 2}, {"SSP", 728, 2}, {"STN", 930, 2}, {"SVC", 222, 2},
    {"SYP", 760, 2}, {"SZL", 748, 2}, {"THB", 764, 2}, {"TJS", 972, 2}, {"TMT", 934, 2}, {"TND", 788, 3},
    {"TOP", 776, 2}, {"TRY", 949, 2}, {"TTD", 780, 2}, {"TWD", 901, 2}, {"TZS", 834, 2}, {"UAH", 980, 2},
    {"UGX", 800, 0}, {"USD", 840, 2}, {"USN", 997, 2}, {"UYI", 940, 0}, {"UYU", 858, 2}, {"UYW", 927, 4},
    {"UZS", 860, 2}, {"VED", 926, 2}, {"VES", 928, 2}, {"VND", 704, 0}, {"VUV", 548, 0}, {"WST", 882, 2},
    {"XAF", 950, 0}, {"XAG", 961, std::nullopt}, {"XAU", 959, std::nullopt}, {"XBA", 955, std::nullopt},
    {"XBB", 956, std::nullopt}, {"XBC", 957, std::nullopt}, {"XBD", 958, std::nullopt}, {"XCD", 951, 2},
    {"XCG", 532, 2}, {"XDR", 960, std::nullopt}, {"XOF", 952, 0}, {"XPD", 964, std::nullopt}, {"XPF", 953, 0},
    {"XPT", 962, std::nullopt}, {"XSU", 994, std::nullopt}, {"XTS", 963, std::nullopt},
    {"XUA", 965, std::nullopt}, {"XXX", 999, std::nullopt}, {"YER", 886, 2}, {"ZAR", 710, 2},
    {"ZMW", 967, 2}, {"ZWG", 924, 2},
};
// clang-format on

constexpr bool is_upper_ascii_letter(char c) noexcept { return c >= 'A' && c <= 'Z'; }

// Checked once at compile time so that an edit to the table cannot break the binary search.
constexpr bool iso_4217_list_one_is_well_formed() noexcept {
    std::string_view previous;
    for (const currency_entry& e : iso_4217_list_one) {
        if (e.code.size() != 3 || !is_upper_ascii_letter(e.code[0]) || !is_upper_ascii_letter(e.code[1]) ||
            !is_upper_ascii_letter(e.code[2]))
            return false;
        if (!previous.empty() && !(previous < e.code)) return false; // sorted, no duplicates
        if (e.numeric_code < 1 || e.numeric_code > 999) return false;
        previous = e.code;
    }
    return true;
}
static_assert(iso_4217_list_one_is_well_formed(), "ISO 4217 table must be sorted, unique and upper-case");
// currency_code stores its row index in one byte.
static_assert(std::size(iso_4217_list_one) <= 256);

// Deliberately not constexpr: reaching it while evaluating a checked literal makes the literal ill-formed,
// and its name shows up in the compiler's diagnostic.
inline void not_an_active_iso_4217_currency_code() {}

} // namespace detail

class currency_code;

namespace literals {
/// "USD"_currency: checked at compile time; an unknown, lower-case or wrongly sized code does not compile.
consteval currency_code operator""_currency(const char* text, std::size_t size);
} // namespace literals

/// An active ISO 4217 alphabetic currency code, e.g. "USD". Only codes on List One are accepted (withdrawn
/// codes such as HRK are rejected), and only in upper case, as ISO 4217 writes them: "usd" is a different,
/// unknown string. Cheap to copy: three characters and a row index.
class currency_code {
public:
    using entry = currency_entry;

    /// What the JSON codec reports when a value is not a currency code.
    static constexpr std::string_view json_expected = "an ISO 4217 alphabetic currency code";

    /// A compile-time checked code: `constexpr csm::currency_code eur{"EUR"};`. Use parse() for run-time text.
    explicit consteval currency_code(const char (&text)[4]) : currency_code(checked(std::string_view(text, 3))) {
        if (text[3] != '\0') detail::not_an_active_iso_4217_currency_code();
    }

    /// Run-time validation. The error never echoes the text, which may be customer data.
    static result<currency_code> parse(std::string_view text) {
        if (auto index = index_of(text)) return currency_code(*index);
        return error{errc::invalid_value, {}, std::string(json_expected)};
    }

    /// XXX ("no currency"): the value the JSON codec reads into (users get no default constructor).
    static constexpr currency_code json_placeholder() noexcept { return currency_code(*index_of("XXX")); }

    /// The active codes, sorted by alphabetic code.
    static constexpr std::span<const entry> all() noexcept { return detail::iso_4217_list_one; }

    /// The three letters, viewing this object (keep the object alive while using the view).
    constexpr std::string_view view() const noexcept { return std::string_view(letters_.data(), letters_.size()); }
    constexpr int numeric_code() const noexcept { return row().numeric_code; }
    /// Digits after the decimal separator (USD 2, JPY 0, BHD 3); empty for codes without one (XAU, XDR, ...).
    constexpr std::optional<int> minor_unit_digits() const noexcept { return row().minor_unit_digits; }

    // letters_ decides the order; index_ follows it because the table is sorted.
    friend constexpr bool operator==(const currency_code&, const currency_code&) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(const currency_code&, const currency_code&) noexcept = default;

    friend std::ostream& operator<<(std::ostream& os, const currency_code& code) { return os << code.view(); }

private:
    friend consteval currency_code literals::operator""_currency(const char*, std::size_t);

    constexpr explicit currency_code(std::size_t index) noexcept
        : letters_{all()[index].code[0], all()[index].code[1], all()[index].code[2]},
          index_(static_cast<std::uint8_t>(index)) {}

    // Binary search of the sorted table; exact, case-sensitive match.
    static constexpr std::optional<std::size_t> index_of(std::string_view text) noexcept {
        if (text.size() != 3) return std::nullopt;
        std::size_t low = 0;
        std::size_t high = all().size();
        while (low < high) {
            const std::size_t mid = low + (high - low) / 2;
            const auto order = all()[mid].code <=> text;
            if (order == 0) return mid;
            if (order < 0) low = mid + 1;
            else high = mid;
        }
        return std::nullopt;
    }

    static consteval currency_code checked(std::string_view text) {
        const auto index = index_of(text);
        if (!index) {
            detail::not_an_active_iso_4217_currency_code();
            return currency_code(std::size_t{0});
        }
        return currency_code(*index);
    }

    constexpr const entry& row() const noexcept { return all()[index_]; }

    std::array<char, 3> letters_;
    std::uint8_t index_;
};

namespace literals {
consteval currency_code operator""_currency(const char* text, std::size_t size) {
    return currency_code::checked(std::string_view(text, size));
}
} // namespace literals

} // namespace csm

template <>
struct std::hash<csm::currency_code> {
    std::size_t operator()(const csm::currency_code& code) const noexcept {
        return std::hash<std::string_view>{}(code.view());
    }
};

#endif

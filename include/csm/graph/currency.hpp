// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_CURRENCY_HPP
#define CSM_GRAPH_CURRENCY_HPP

#include <csm/currency_code.hpp>
#include <csm/error.hpp>
#include <csm/result.hpp>

#include <array>
#include <compare>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace csm::graph {

/// The currency of a Teamwork Graph amount: any well-formed ISO 4217 alphabetic code (three upper-case ASCII
/// letters), whether or not it is in csm::currency_code's table of active codes.
///
/// Why not csm::currency_code: the Teamwork Graph pages only say "currencyCode" (docs/teamwork-graph.md),
/// and CRM data holds withdrawn codes (HRK) and codes newer than our table. One such value must not make a
/// whole envelope unreadable; validate() reports it as a warning (rule known_currency) instead. Codes built
/// in C++ from a csm::currency_code (e.g. "EUR"_currency) are checked at compile time as before.
class any_currency_code {
public:
    /// What the JSON codec reports when a value is not three upper-case letters.
    static constexpr std::string_view json_expected = "three upper-case letters (an ISO 4217 alphabetic code)";

    /// From a code of the table (implicit, so that "EUR"_currency can be assigned).
    constexpr any_currency_code(csm::currency_code code) noexcept // NOLINT(google-explicit-constructor)
        : letters_{code.view()[0], code.view()[1], code.view()[2]} {}

    /// Run-time validation: three upper-case ASCII letters. The error never echoes the text.
    static result<any_currency_code> parse(std::string_view text) {
        if (!well_formed(text)) return error{errc::invalid_value, {}, std::string(json_expected)};
        return any_currency_code(text);
    }

    /// XXX ("no currency"): the value the JSON codec reads into.
    static constexpr any_currency_code json_placeholder() noexcept { return any_currency_code("XXX"); }

    constexpr std::string_view view() const noexcept { return std::string_view(letters_.data(), letters_.size()); }

    /// The active ISO 4217 code with these letters, if csm::currency_code's table has it.
    std::optional<csm::currency_code> known() const {
        if (auto code = csm::currency_code::parse(view())) return *code;
        return std::nullopt;
    }
    bool is_known() const { return known().has_value(); }

    friend constexpr bool operator==(const any_currency_code&, const any_currency_code&) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(const any_currency_code&,
                                                      const any_currency_code&) noexcept = default;

    friend std::ostream& operator<<(std::ostream& os, const any_currency_code& code) { return os << code.view(); }

private:
    constexpr explicit any_currency_code(std::string_view text) noexcept : letters_{text[0], text[1], text[2]} {}

    static constexpr bool well_formed(std::string_view text) noexcept {
        if (text.size() != 3) return false;
        for (char c : text)
            if (c < 'A' || c > 'Z') return false;
        return true;
    }

    std::array<char, 3> letters_;
};

} // namespace csm::graph

#endif

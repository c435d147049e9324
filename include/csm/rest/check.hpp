// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_CHECK_HPP
#define CSM_REST_CHECK_HPP

#include <csm/error.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// The client-side checks behind the endpoints' validate() (every resource header and the bulk operations
/// use them). Each returns std::nullopt when the value is acceptable, and otherwise a csm::error with a JSON
/// Pointer into the request ("/body/name", "/query/fieldName") and the expectation text; never the offending
/// value.
///
///     std::optional<csm::error> validate() const { return csm::rest::check::name(body.name, "/body/name"); }
namespace csm::rest::check {

/// The most options of a SELECT or MULTISELECT detail field (a UI limit; docs/decisions.md#detail-field-limits). The same for
/// organization, customer and entitlement detail fields.
inline constexpr std::size_t max_detail_field_options = 50;

/// Whether `text` is empty once leading and trailing characters up to U+0020 are removed (Java's trim).
constexpr bool is_blank(std::string_view text) noexcept {
    for (char c : text)
        if (static_cast<unsigned char>(c) > 0x20) return false;
    return true;
}

/// invalid_value at `pointer`, expecting `expected`, when `text` is blank (is_blank).
inline std::optional<csm::error> not_blank(std::string_view text, std::string_view pointer, std::string_view expected) {
    if (!is_blank(text)) return std::nullopt;
    return csm::error{errc::invalid_value, std::string(pointer), std::string(expected)};
}

/// invalid_value at `pointer`, expecting `expected`, when `text` is empty (blank text passes).
inline std::optional<csm::error> not_empty(std::string_view text, std::string_view pointer, std::string_view expected) {
    if (!text.empty()) return std::nullopt;
    return csm::error{errc::invalid_value, std::string(pointer), std::string(expected)};
}

/// invalid_value at `pointer` when `text` is blank: "a non-empty name".
inline std::optional<csm::error> name(std::string_view text, std::string_view pointer) {
    return not_blank(text, pointer, "a non-empty name");
}

/// limit_exceeded at `pointer` when `n` is above `max`: "at most <max> items".
inline std::optional<csm::error> count(std::size_t n, std::size_t max, std::string_view pointer) {
    if (n <= max) return std::nullopt;
    return csm::error{errc::limit_exceeded, std::string(pointer), "at most " + std::to_string(max) + " items"};
}

/// invalid_value at `pointer`, expecting `expected`, when `value` is set and outside [min, max].
inline std::optional<csm::error> in_range(const std::optional<std::int32_t>& value, std::int32_t min, std::int32_t max,
                                          std::string_view pointer, std::string_view expected) {
    if (!value || (*value >= min && *value <= max)) return std::nullopt;
    return csm::error{errc::invalid_value, std::string(pointer), std::string(expected)};
}

/// invalid_value at `pointer`, expecting `expected`, when `value` is set and negative.
inline std::optional<csm::error> non_negative(const std::optional<std::int32_t>& value, std::string_view pointer,
                                              std::string_view expected) {
    return in_range(value, 0, std::numeric_limits<std::int32_t>::max(), pointer, expected);
}

/// O12 and O15: ids and names together at most `max`; the error (limit_exceeded, "at most <max> organization
/// ids and names together") points at the ids when they alone go over, and otherwise at the names.
template <class Ids, class Names>
std::optional<csm::error> combined_count(const std::optional<Ids>& ids, const std::optional<Names>& names,
                                         std::size_t max, std::string_view ids_pointer,
                                         std::string_view names_pointer) {
    const std::size_t n_ids = ids ? ids->size() : 0;
    const std::size_t n_names = names ? names->size() : 0;
    if (n_ids + n_names <= max) return std::nullopt;
    return csm::error{errc::limit_exceeded, std::string(n_ids > max ? ids_pointer : names_pointer),
                      "at most " + std::to_string(max) + " organization ids and names together"};
}

/// Every `name` in a list of details is non-blank: invalid_value at "<pointer>/<index>/name" (name()).
template <class Details>
std::optional<csm::error> detail_names(const Details& details, std::string_view pointer) {
    for (std::size_t i = 0; i < details.size(); ++i) {
        if (!is_blank(details[i].name)) continue;
        return name(details[i].name, std::string(pointer) + "/" + std::to_string(i) + "/name");
    }
    return std::nullopt;
}

/// invalid_value at `pointer` when `text` is blank: "a non-empty email".
inline std::optional<csm::error> email(std::string_view text, std::string_view pointer) {
    return not_blank(text, pointer, "a non-empty email");
}

/// At most max_detail_field_options options at `pointer` (count()), when `ui_limits` is on: the limit is the
/// Jira UI's, and a site may accept more through the API.
inline std::optional<csm::error> options_count(const std::optional<std::vector<std::string>>& options, bool ui_limits,
                                               std::string_view pointer) {
    if (!options || !ui_limits) return std::nullopt;
    return count(options->size(), max_detail_field_options, pointer);
}

/// A detail-field definition (O2/O3, C2/C3, E2/E3): a non-blank name at "/body/name" (name()), and at most
/// max_detail_field_options options at `options_pointer` unless `ui_limits` is off (options_count()).
inline std::optional<csm::error> definition(std::string_view name_text,
                                            const std::optional<std::vector<std::string>>& options,
                                            std::string_view options_pointer, bool ui_limits = true) {
    if (auto e = name(name_text, "/body/name")) return e;
    return options_count(options, ui_limits, options_pointer);
}

/// The numeric form of organization ids can only carry canonical decimal integers: invalid_value at
/// "<pointer>/<index>" of the first id that is not one (C15, B4). `ids` is a model::organization_ids
/// (csm/rest/model/organization_ids.hpp); a template so that this header does not include that model and
/// its codec for the resources that never use it.
template <class Ids>
    requires requires(const Ids& ids) {
        { ids.find_non_numeric() } -> std::same_as<std::optional<std::size_t>>;
    }
std::optional<csm::error> numeric_ids(const Ids& ids, std::string_view pointer) {
    const std::optional<std::size_t> bad = ids.find_non_numeric();
    if (!bad) return std::nullopt;
    std::string at(pointer); // built only for an error: a valid body costs no allocation
    at += '/';
    at += std::to_string(*bad);
    return csm::error{errc::invalid_value, std::move(at),
                      "a decimal organization id (no sign or leading zeros, at most 9223372036854775807) in the "
                      "numeric form"};
}

} // namespace csm::rest::check

#endif

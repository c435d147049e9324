// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_PATH_HPP
#define CSM_REST_PATH_HPP

#include <csm/error.hpp>

#include <optional>
#include <string>
#include <string_view>

/// Path-segment safety: an id placed in a URL path must not be able to change which endpoint the URL names.
///
/// - An id that is empty, "." or "..", or that holds a control character (0x00–0x1F, 0x7F, so CR, LF and NUL
///   too), is refused before any URL exists (errc::unsafe_value, pointer "/path/<key>").
/// - Every other id is percent-encoded as exactly one segment: everything except the unreserved characters
///   (A–Z a–z 0–9 - . _ ~) and ':' and '@' (which RFC 3986 allows in a segment and customer ids use) becomes
///   %XX, including '/', '?', '#', '%', ';', '+', spaces and every byte of a non-ASCII UTF-8 character.
///   "%2e%2e" is literal text and is sent as "%252e%252e".
namespace csm::rest {

/// What an unsafe path value is reported as expecting.
inline constexpr std::string_view path_segment_expected =
    "a non-empty id without control characters that is not '.' or '..'";

/// Whether `value` may be a path segment: non-empty, not "." or "..", no control characters.
constexpr bool is_safe_path_segment(std::string_view value) noexcept {
    if (value.empty() || value == "." || value == "..") return false;
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) return false;
    }
    return true;
}

/// The error for an unsafe path value of the parameter whose key is `key` (e.g. "organizationId"), or
/// nothing when the value is safe. The error never quotes the value.
inline std::optional<csm::error> check_path_segment(std::string_view value, std::string_view key) {
    if (is_safe_path_segment(value)) return std::nullopt;
    std::string pointer = "/path/";
    pointer.append(key);
    return csm::error{errc::unsafe_value, std::move(pointer), std::string(path_segment_expected)};
}

namespace detail {

constexpr bool is_unreserved(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

/// Appends `text` percent-encoded: unreserved characters (and ':' and '@' when `keep_colon_at`) stay, every
/// other byte becomes %XX with upper-case hex digits. `Out` is a std::string or anything with its
/// push_back(char) and append(const char*, size) (build_request first counts, then writes, the URL).
template <class Out>
void percent_encode(Out& out, std::string_view text, bool keep_colon_at) {
    constexpr char hex[] = "0123456789ABCDEF";
    std::size_t run = 0; // start of the current run of characters that stay as they are
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (is_unreserved(c) || (keep_colon_at && (c == ':' || c == '@'))) continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        const auto u = static_cast<unsigned char>(c);
        const char escaped[3] = {'%', hex[u >> 4], hex[u & 0x0F]};
        out.append(escaped, 3);
    }
    out.append(text.data() + run, text.size() - run);
}

} // namespace detail

/// Appends `value` as one percent-encoded path segment (no leading '/'). Precondition:
/// is_safe_path_segment(value); build_request checks it first.
inline void append_path_segment(std::string& out, std::string_view value) { detail::percent_encode(out, value, true); }

/// Appends `value` percent-encoded for a query string: only unreserved characters stay, so '&', '=', '+',
/// '#' and spaces are all encoded (a '+' left bare would read as a space on Java servers).
inline void append_query_component(std::string& out, std::string_view value) {
    detail::percent_encode(out, value, false);
}

} // namespace csm::rest

#endif

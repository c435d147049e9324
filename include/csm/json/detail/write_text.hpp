// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_DETAIL_WRITE_TEXT_HPP
#define CSM_JSON_DETAIL_WRITE_TEXT_HPP

#include <boost/json/serializer.hpp>

#include <charconv>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>

namespace csm::json::detail {

/// The index of the first character of s that a JSON string literal must escape ('"', '\\', control
/// characters), or s.size(). Eight bytes at a time: most strings need no escape at all, and a byte-by-byte
/// loop was a third of W1's instructions (docs/performance.md).
inline std::size_t first_to_escape(std::string_view s) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        const std::uint64_t quote = w ^ (ones * '"');
        const std::uint64_t backslash = w ^ (ones * '\\');
        // A byte below 0x20, or one equal to '"' or '\\', sets its high bit here (bytes >= 0x80 never do).
        // A hit may also mark a byte after it (borrows), never miss one: the exact loop below decides.
        const std::uint64_t hit =
            ((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash);
        if (hit & highs) break;
    }
    for (; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == '"' || c == '\\') return i;
    }
    return s.size();
}

/// Appends s as a JSON string literal. Runs of plain characters are copied in one append; UTF-8 passes
/// through unchanged (the reader has already rejected invalid UTF-8 in anything it parsed).
inline void write_string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    for (std::size_t i = first_to_escape(s); i < s.size(); i = first_to_escape(s)) {
        out.append(s.data(), i);
        const auto c = static_cast<unsigned char>(s[i]);
        s.remove_prefix(i + 1);
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        default: {
            const char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(u, 6);
        }
        }
    }
    out.append(s.data(), s.size());
    out.push_back('"');
}

template <std::integral I>
void write_integer(std::string& out, I value) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, r.ptr);
}

/// Shortest text that reads back to the same double, always recognisable as a floating-point number
/// (`1000000.0`, never `1e+06` or `1000000`), so a round trip keeps the JSON number's kind. JSON has no
/// NaN or infinity: they are written as null (validation reports them before anything is sent).
inline void write_double(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out.append("null", 4);
        return;
    }
    char buf[400];
    const double magnitude = std::fabs(value);
    const bool fixed = magnitude == 0.0 || (magnitude >= 1e-5 && magnitude < 1e16);
    auto r = fixed ? std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed)
                   : std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    out.append(buf, r.ptr);
    if (std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)).find_first_of(".e") == std::string_view::npos)
        out.append(".0", 2);
}

/// Appends the JSON text of a Boost.JSON DOM node (raw members: boost::json::value, object) straight into
/// out's spare capacity, without the temporary string boost::json::serialize would return. Up to 4 KiB of
/// room is offered at each step (zero-filled by resize, so not more), so that the serializer rarely has to
/// suspend (which allocates its state stack).
template <class Dom>
void write_dom(std::string& out, const Dom& v) {
    boost::json::serializer sr;
    sr.reset(&v);
    do {
        const std::size_t used = out.size();
        const std::size_t spare = out.capacity() - used;
        out.resize(used + (spare >= 256 && spare < 4096 ? spare : 4096));
        const std::size_t n = sr.read(out.data() + used, out.size() - used).size();
        out.resize(used + n);
    } while (!sr.done());
}

} // namespace csm::json::detail

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_DETAIL_WRITE_TEXT_HPP
#define CSM_JSON_DETAIL_WRITE_TEXT_HPP

#include <charconv>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>

namespace csm::json::detail {

/// Appends s as a JSON string literal. Runs of plain characters are copied in one append; UTF-8 passes
/// through unchanged (the reader has already rejected invalid UTF-8 in anything it parsed).
inline void write_string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
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
    out.append(s.data() + run, s.size() - run);
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

} // namespace csm::json::detail

#endif

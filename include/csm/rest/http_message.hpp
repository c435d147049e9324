// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_HTTP_MESSAGE_HPP
#define CSM_REST_HTTP_MESSAGE_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

/// The parts of an HTTP exchange that do not need a URL: header lines and what a transport got back.
/// Code that only parses responses (api_error.hpp, response.hpp) includes this header and so does not pull in
/// Boost.URL; http.hpp adds http_request on top of it.
namespace csm::rest {

/// One header line. Names keep the spelling they were given; compare them with header_name_equals.
struct http_header {
    std::string name;
    std::string value;

    friend bool operator==(const http_header&, const http_header&) = default;
};

/// ASCII case-insensitive comparison of header names (RFC 9110 §5.1).
constexpr bool header_name_equals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

/// The first header called `name` (case-insensitively), or nullptr.
inline const http_header* find_header(const std::vector<http_header>& headers, std::string_view name) noexcept {
    for (const http_header& h : headers)
        if (header_name_equals(h.name, name)) return &h;
    return nullptr;
}

/// What a transport got back. Header names may have any case.
struct http_response {
    int status = 0;
    std::vector<http_header> headers;
    std::string body;

    const http_header* find_header(std::string_view name) const noexcept { return rest::find_header(headers, name); }
};

} // namespace csm::rest

#endif

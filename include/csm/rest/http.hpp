// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_HTTP_HPP
#define CSM_REST_HTTP_HPP

#include <csm/rest/http_method.hpp>

#include <boost/url/url.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Plain descriptions of an HTTP exchange: what build_request produces and what parse_response consumes.
/// csm::rest does no I/O; a transport (libcurl, Beast, cpr, a Forge bridge, a test double) turns an
/// http_request into an http_response and adds authentication.
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

/// A request ready for a transport. `url` is absolute (api.atlassian.com or a custom base) or, for the
/// Forge base, a relative reference whose path starts with "/jsm/csm/api/v1". Authorization is not included.
struct http_request {
    http_method method = http_method::get;
    boost::urls::url url;
    std::vector<http_header> headers;   ///< in the order they should be sent
    std::optional<std::string> body;    ///< JSON text; empty optional for body-less requests
    std::string_view endpoint_name;     ///< endpoint_info::name, e.g. "organization.get" (static storage)

    const http_header* find_header(std::string_view name) const noexcept { return rest::find_header(headers, name); }

    /// The request target for an origin-form request line: the encoded path and, if any, "?" and the query.
    std::string target() const {
        std::string t(url.encoded_path());
        if (t.empty()) t = "/";
        if (url.has_query()) {
            t.push_back('?');
            t.append(url.encoded_query());
        }
        return t;
    }
};

/// What a transport got back. Header names may have any case.
struct http_response {
    int status = 0;
    std::vector<http_header> headers;
    std::string body;

    const http_header* find_header(std::string_view name) const noexcept { return rest::find_header(headers, name); }
};

} // namespace csm::rest

#endif

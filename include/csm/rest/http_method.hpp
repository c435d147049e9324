// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_HTTP_METHOD_HPP
#define CSM_REST_HTTP_METHOD_HPP

#include <ostream>
#include <string_view>

namespace csm::rest {

/// The HTTP methods the CSM REST API uses. Kept in its own small header so that endpoint definitions do not
/// pull in Boost.URL.
enum class http_method { get, post, put, delete_ };

/// The method as sent on the wire: "GET", "POST", "PUT", "DELETE".
constexpr std::string_view to_string(http_method method) noexcept {
    switch (method) {
    case http_method::get: return "GET";
    case http_method::post: return "POST";
    case http_method::put: return "PUT";
    case http_method::delete_: return "DELETE";
    }
    return "GET";
}

inline std::ostream& operator<<(std::ostream& os, http_method method) { return os << to_string(method); }

} // namespace csm::rest

#endif

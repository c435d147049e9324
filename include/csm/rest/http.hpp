// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_HTTP_HPP
#define CSM_REST_HTTP_HPP

#include <csm/rest/http_message.hpp> // http_header, find_header, http_response
#include <csm/rest/http_method.hpp>

#include <boost/url/url.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Plain descriptions of an HTTP exchange: what build_request produces (http_request, here) and what
/// parse_response consumes (http_response, in http_message.hpp, which this header includes). csm::rest does
/// no I/O; a transport (libcurl, Beast, cpr, a Forge bridge, a test double) turns an http_request into an
/// http_response and adds authentication.
namespace csm::rest {

/// A request ready for a transport. `url` is absolute (api.atlassian.com or a custom base) or, for the
/// Forge base, a relative reference whose path starts with "/jsm/csm/api/v1". Authorization is not included.
struct http_request {
    http_method method = http_method::get;
    boost::urls::url url;
    std::vector<http_header> headers; ///< in the order they should be sent
    std::optional<std::string> body;  ///< JSON text; empty optional for body-less requests
    std::string_view endpoint_name;   ///< endpoint_info::name, e.g. "organization.get" (static storage)

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

} // namespace csm::rest

#endif

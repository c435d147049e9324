// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_IMPL_API_BASE_HPP
#define CSM_REST_IMPL_API_BASE_HPP

// The definition of api_base::custom (rest/api_base.hpp), with Boost.URL's parser: included by api_base.hpp
// when header-only; compiled into the library (csm/src.hpp) in compiled mode.
#include <csm/rest/api_base.hpp>

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

#include <string>
#include <utility>

namespace csm::rest {

CSM_DECL csm::result<api_base> api_base::custom(std::string_view url) {
    auto parsed = boost::urls::parse_uri_reference(url);
    if (!parsed) return custom_error();
    const boost::urls::url_view& u = *parsed;
    if (u.has_query() || u.has_fragment()) return custom_error();
    std::string origin;
    if (u.has_scheme()) {
        const auto scheme = u.scheme_id();
        if (scheme != boost::urls::scheme::http && scheme != boost::urls::scheme::https) return custom_error();
        if (!u.has_authority() || u.encoded_host().empty() || u.has_userinfo()) return custom_error();
        origin = scheme == boost::urls::scheme::http ? "http://" : "https://";
        origin.append(u.encoded_host_and_port());
    } else {
        if (u.has_authority() || !u.is_path_absolute()) return custom_error();
    }
    for (auto segment : u.segments())
        if (segment == "." || segment == "..") return custom_error();
    std::string path(u.encoded_path());
    while (!path.empty() && path.back() == '/') path.pop_back();
    return api_base(kind::custom, std::move(origin), std::move(path));
}

} // namespace csm::rest

#endif

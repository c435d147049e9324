// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_IMPL_RESPONSE_HPP
#define CSM_REST_IMPL_RESPONSE_HPP

// The definitions of csm/rest/response.hpp: header-only mode, <csm/rest/templates.hpp> and the library's
// sources include them.
#include <csm/rest/response.hpp>
#include <csm/json/impl/parse.hpp>
#include <csm/traits.hpp>

#include <type_traits>
#include <utility>

namespace csm::rest {

template <endpoint E>
response_result<E> parse_response(int status, const std::vector<http_header>& headers, std::string_view body,
                                  csm::json::read_options options) {
    using R = typename E::response;
    if (status < 200 || status > 299) return api_error::from_response(status, headers, body);
    if constexpr (std::is_same_v<R, no_content>) {
        return R{};
    } else {
        if constexpr (csm::is_optional_v<R>)
            if (body.empty()) return R{};
        csm::result<R> parsed = csm::json::parse<R>(body, options);
        if (parsed) return std::move(*parsed);
        api_error e;
        e.status = status;
        e.kind = api_error_kind::malformed_response;
        e.decode_error = std::move(parsed).error();
        e.body.assign(body.data(), body.size());
        return e;
    }
}

template <endpoint E>
response_result<E> parse_response(const http_response& response, csm::json::read_options options) {
    return parse_response<E>(response.status, response.headers, response.body, options);
}

} // namespace csm::rest

#endif

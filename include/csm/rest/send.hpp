// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_SEND_HPP
#define CSM_REST_SEND_HPP

#include <csm/error.hpp>
#include <csm/json/options.hpp>
#include <csm/rest/api_base.hpp>
#include <csm/rest/api_error.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http.hpp>
#include <csm/rest/response.hpp>
#include <csm/result.hpp>

#include <concepts>
#include <functional>
#include <ostream>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace csm::rest {

/// Why send() gave no typed response: the request could not be built (a csm::error: a client-side limit,
/// an unsafe id; nothing was sent), or the API answered with an error (an api_error).
struct call_error {
    std::variant<csm::error, api_error> error;

    /// The build error, or nullptr when the request was sent.
    const csm::error* build_error() const noexcept { return std::get_if<csm::error>(&error); }
    /// The API error, or nullptr when nothing was sent.
    const api_error* api() const noexcept { return std::get_if<api_error>(&error); }

    /// "request not built: /path/organizationId: expected … (unsafe_value)" or api_error::message().
    std::string message() const {
        if (const csm::error* e = build_error()) return "request not built: " + e->message();
        return std::get<api_error>(error).message();
    }

    friend bool operator==(const call_error&, const call_error&) = default;
};

/// The result of send() for endpoint E.
template <endpoint E>
using call_result = csm::result<typename E::response, call_error>;

/// A transport: any callable taking `const http_request&` and returning an http_response. It adds
/// authentication and does the I/O; a transport failure is its own business (throw, or map it to a status).
template <class T>
concept http_transport = std::invocable<T&, const http_request&> &&
                    std::convertible_to<std::invoke_result_t<T&, const http_request&>, http_response>;

/// build_request, then `transport(request)`, then parse_response. No HTTP code of its own, no retries
/// (see advise_retry in csm/rest/retry.hpp).
template <endpoint E, http_transport Transport>
call_result<E> send(Transport&& transport, const E& ep, const api_base& base, const build_options& options = {},
                    csm::json::read_options read = {}) {
    csm::result<http_request> request = build_request(ep, base, options);
    if (!request) return call_error{std::move(request).error()};
    http_response response = std::invoke(transport, std::as_const(*request));
    response_result<E> parsed = parse_response<E>(response, read);
    if (!parsed) return call_error{std::move(parsed).error()};
    return std::move(*parsed);
}

} // namespace csm::rest

#endif

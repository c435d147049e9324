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
#include <csm/rest/transport_failure.hpp>
#include <csm/result.hpp>

#include <concepts>
#include <functional>
#include <ostream>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace csm::rest {

/// Why send() (and send_with_retry()) gave no typed response, whichever step failed: the request could not be
/// built (a csm::error: a client-side limit, an unsafe id; nothing was sent), the transport got no response
/// (a transport_failure), or the API answered with an error (an api_error).
struct call_error {
    std::variant<csm::error, api_error, transport_failure> error;

    /// The build error, or nullptr when the request was built.
    const csm::error* build_error() const noexcept { return std::get_if<csm::error>(&error); }
    /// The API error, or nullptr when no response came.
    const api_error* api() const noexcept { return std::get_if<api_error>(&error); }
    /// The transport failure, or nullptr when a response came or nothing was sent.
    const transport_failure* transport() const noexcept { return std::get_if<transport_failure>(&error); }

    /// "request not built: /path/organizationId: expected … (unsafe_value)", transport_failure::message() or
    /// api_error::message().
    std::string message() const {
        if (const csm::error* e = build_error()) return "request not built: " + e->message();
        if (const transport_failure* t = transport()) return t->message();
        return std::get<api_error>(error).message();
    }

    friend bool operator==(const call_error&, const call_error&) = default;
};

/// The result of send() for endpoint E.
template <endpoint E>
using call_result = csm::result<typename E::response, call_error>;

/// A transport: any callable taking `const http_request&` and returning an http_response, or a
/// transport_result when it reports failures without exceptions. It adds authentication and does the I/O.
template <class T>
concept http_transport = std::invocable<T&, const http_request&> &&
    (std::convertible_to<std::invoke_result_t<T&, const http_request&>, http_response> ||
     std::same_as<std::remove_cvref_t<std::invoke_result_t<T&, const http_request&>>, transport_result>);

/// Calls the transport; either kind of transport gives a transport_result.
template <http_transport Transport>
transport_result invoke_transport(Transport& transport, const http_request& request) {
    using R = std::remove_cvref_t<std::invoke_result_t<Transport&, const http_request&>>;
    if constexpr (std::is_same_v<R, transport_result>) return std::invoke(transport, request);
    else return transport_result(http_response(std::invoke(transport, request)));
}

// GCC 12 at -O2/-O3 reports a false -Wmaybe-uninitialized in std::variant's destructor when call_error is
// built from a moved error (a known GCC false positive); silenced for send() only, so that users' optimized
// -Werror builds stay clean.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

/// build_request, then `transport(request)`, then parse_response. No HTTP code of its own, no retries
/// (see advise_retry in csm/rest/retry.hpp, and send_with_retry in csm/rest/send_with_retry.hpp).
template <endpoint E, http_transport Transport>
call_result<E> send(Transport&& transport, const E& ep, const api_base& base, const build_options& options = {},
                    csm::json::read_options read = {}) {
    csm::result<http_request> request = build_request(ep, base, options);
    if (!request) return call_error{std::move(request).error()};
    transport_result response = invoke_transport(transport, std::as_const(*request));
    if (!response) return call_error{std::move(response).error()};
    response_result<E> parsed = parse_response<E>(*response, read);
    if (!parsed) return call_error{std::move(parsed).error()};
    return std::move(*parsed);
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

} // namespace csm::rest

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// csm::rest::parse_response<E> for every endpoint in csm::rest::all_endpoints as a success, any endpoint at
// error statuses, and api_error::from_response with the input's first line as the Retry-After header (fuzz/README.md).
#include "invariants.hpp"

#include <csm/rest.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {

namespace rest = csm::rest;

template <class E>
using response_of = typename E::response;
// Many endpoints share a response type: each is checked once for the fixed point.
using response_types = boost::mp11::mp_unique<boost::mp11::mp_transform<response_of, rest::all_endpoints>>;

// A success reads the body as the endpoint's response; a failure to read it is a malformed_response
// whose decode error obeys the invariants.
template <class E>
void check_success(std::string_view body, const std::vector<rest::http_header>& headers,
                   const boost::json::value* dom) {
    auto parsed = rest::parse_response<E>(200, headers, body);
    if (parsed) return;
    const rest::api_error& e = parsed.error();
    if (e.status != 200 || e.kind != rest::api_error_kind::malformed_response || !e.decode_error)
        csm_fuzz::broken("a 200 that does not read is not a malformed_response with its decode error");
    csm_fuzz::check_error(*e.decode_error, dom);
}

// Any other status gives an api_error, whatever the endpoint (so one endpoint stands for all).
void check_failures(std::string_view body, const std::vector<rest::http_header>& headers) {
    for (const int status : {100, 302, 400, 401, 403, 404, 409, 412, 429, 500, 503, 599, -1, 1000}) {
        auto parsed = rest::parse_response<rest::organization::get_organization>(status, headers, body);
        if (parsed) csm_fuzz::broken("an error status gave a typed response");
        if (parsed.error().status != status) csm_fuzz::broken("api_error lost its status");
        (void)parsed.error().message();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    // The first line, when there is one, is a Retry-After value; the rest is the body.
    const auto newline = input.find('\n');
    std::vector<rest::http_header> headers;
    std::string_view body = input;
    if (newline != std::string_view::npos && newline < 64) {
        headers.push_back({"Retry-After", std::string(input.substr(0, newline))});
        body = input.substr(newline + 1);
    }
    const auto dom = csm_fuzz::dom_of(body);
    check_failures(body, headers);
    boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, rest::all_endpoints>>(
        [&](auto endpoint) { check_success<typename decltype(endpoint)::type>(body, headers, dom ? &*dom : nullptr); });
    boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, response_types>>([&](auto type) {
        using R = typename decltype(type)::type;
        if constexpr (!std::is_same_v<R, rest::no_content>) csm_fuzz::check_all<R>(body);
    });
    return 0;
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_BUILD_HPP
#define CSM_REST_BUILD_HPP

#include <csm/config.hpp>
#include <csm/error.hpp>
#include <csm/rest/api_base.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http.hpp>
#include <csm/result.hpp>

namespace csm::rest {

/// How build_request fills in headers.
struct build_options {
    /// Send `X-ExperimentalApi: opt-in` on endpoints that any doc version marked experimental.
    bool experimental_opt_in = true;
    /// The Accept header; empty: none. Endpoints whose response is no_content never send Accept (the docs'
    /// curl examples for deletes send none). A header_text, so that the default options allocate nothing.
    header_text accept = "application/json";
    /// Which softer client-side checks validate() applies (UI limits, caps on what the server returns); all
    /// on by default.
    limit_options limits{};
};

/// Builds the HTTP request of an endpoint: method, URL, headers (Accept; X-ExperimentalApi: opt-in for
/// experimental endpoints; Content-Type when there is a body; Idempotency-Key) and the JSON body.
///
/// Errors, all before any URL exists: the endpoint's own validate() (client-side limits) and unsafe path
/// parameters (errc::unsafe_value at "/path/<key>"). The base was checked when it was made (api_base).
///
/// Heap allocations (docs/performance.md, W4): one for the URL, one for the header vector, one for the body
/// (once the thread's scratch string has grown to the body's size: detail::serialize_body). Header texts up
/// to header_text::inline_capacity characters, which every header build_request sends fits unless a caller
/// gives a longer Accept or Idempotency-Key, are kept inside the vector's elements.
///
/// In compiled mode (csm/config.hpp) this is a declaration for the library's endpoints; a TU that builds
/// requests of its own endpoint types includes <csm/rest/templates.hpp>.
template <endpoint E>
csm::result<http_request> build_request(const E& ep, const api_base& base, const build_options& options = {});

} // namespace csm::rest

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/rest/impl/build.hpp>
#endif

#endif

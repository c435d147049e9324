// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_RESPONSE_HPP
#define CSM_REST_RESPONSE_HPP

#include <csm/config.hpp>
#include <csm/json/options.hpp>
#include <csm/rest/api_error.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http_message.hpp>
#include <csm/result.hpp>

#include <string_view>
#include <vector>

namespace csm::rest {

/// The typed response of an endpoint, or an api_error.
template <endpoint E>
using response_result = csm::result<typename E::response, api_error>;

/// Reads a response of endpoint E.
///
/// - Any 2xx (the API answers creates with 200, deletes with no body): the typed response, read with
///   csm::json::parse and `options`. For no_content endpoints the body is ignored (empty is fine). A response
///   type std::optional<T> says a success may come without a body: an empty body reads as std::nullopt, any
///   other as T (help_center::grant_organization_access).
///   A body that does not decode gives api_error{kind = malformed_response, decode_error = the csm::error
///   with its JSON Pointer}.
/// - Anything else: api_error::from_response (kind by status, messages, Retry-After).
///
/// In compiled mode (csm/config.hpp) these are declarations for the library's endpoints; a TU that reads
/// responses of its own endpoint types includes <csm/rest/templates.hpp>.
template <endpoint E>
response_result<E> parse_response(int status, const std::vector<http_header>& headers, std::string_view body,
                                  csm::json::read_options options = {});

template <endpoint E>
response_result<E> parse_response(const http_response& response, csm::json::read_options options = {});

} // namespace csm::rest

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/rest/impl/response.hpp>
#endif

#endif

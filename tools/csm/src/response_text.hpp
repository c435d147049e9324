// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// A response read with csm::rest::parse_response<E> (typed response or api_error), turned into what the tool
// prints.
#ifndef CSM_CLI_RESPONSE_TEXT_HPP
#define CSM_CLI_RESPONSE_TEXT_HPP

#include "endpoint_ops.hpp"

#include <csm/json/serialize.hpp>
#include <csm/rest/api_error.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http.hpp>
#include <csm/rest/response.hpp>

#include <string>
#include <type_traits>

namespace csm_cli {

/// The outcome for an api_error: malformed 2xx bodies are invalid input (exit 1), error statuses API errors
/// (exit 3) with a JSON summary. Never includes the raw body.
parse_outcome api_error_outcome(const csm::rest::api_error& e);

template <class E>
parse_outcome parse_response_text(const csm::rest::http_response& res) {
    auto parsed = csm::rest::parse_response<E>(res);
    if (!parsed) return api_error_outcome(parsed.error());
    parse_outcome out;
    if constexpr (!std::is_same_v<typename E::response, csm::rest::no_content>)
        out.output = csm::json::serialize(*parsed) + "\n";
    return out;
}

} // namespace csm_cli

#endif

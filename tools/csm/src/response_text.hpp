// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// A response read as an endpoint's typed response (or its API error), turned into what the tool prints.
#ifndef CSM_CLI_RESPONSE_TEXT_HPP
#define CSM_CLI_RESPONSE_TEXT_HPP

#include "endpoint_ops.hpp"

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http.hpp>

#include <string>
#include <type_traits>

namespace csm_cli {

// TEMPORARY until include/csm/rest/response.hpp (parse_response, api_error) lands.
template <class E>
parse_outcome parse_response_text(const csm::rest::http_response& res) {
    parse_outcome out;
    if (res.status < 200 || res.status > 299) {
        out.code = exit_code::api_error;
        out.message = "API error: HTTP " + std::to_string(res.status);
        return out;
    }
    using R = typename E::response;
    if constexpr (std::is_same_v<R, csm::rest::no_content>) {
        return out;
    } else {
        auto parsed = csm::json::parse<R>(res.body);
        if (!parsed) {
            out.code = exit_code::invalid_input;
            out.message = "the response is not a " + std::string(E::info.name) + " response: " + parsed.error().message();
            return out;
        }
        out.output = csm::json::serialize(*parsed) + "\n";
        return out;
    }
}

} // namespace csm_cli

#endif

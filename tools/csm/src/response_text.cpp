// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include "response_text.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <chrono>

namespace csm_cli {

parse_outcome api_error_outcome(const csm::rest::api_error& e) {
    parse_outcome out;
    if (e.kind == csm::rest::api_error_kind::malformed_response) {
        out.code = exit_code::invalid_input;
        out.message = e.decode_error ? e.decode_error->message() : e.message();
        return out;
    }
    out.code = exit_code::api_error;
    out.message = "API error: " + e.message();

    boost::json::object summary;
    summary["status"] = e.status;
    summary["kind"] = csm::rest::to_string(e.kind);
    boost::json::array messages;
    for (const auto& m : e.messages) messages.emplace_back(m);
    summary["messages"] = std::move(messages);
    if (!e.field_errors.empty()) {
        boost::json::object fields;
        for (const auto& [field, m] : e.field_errors) fields[field] = m;
        summary["fieldErrors"] = std::move(fields);
    }
    if (e.retry_after) {
        const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
        const auto wait = e.retry_after->wait_from(now).count();
        summary["retryAfterSeconds"] = wait;
        out.message += " (retry after " + std::to_string(wait) + " s)";
    }
    out.error_json = boost::json::serialize(summary) + "\n";
    return out;
}

} // namespace csm_cli

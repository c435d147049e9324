// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_PARSE_VALUE_HPP
#define CSM_JSON_PARSE_VALUE_HPP

// JSON text to a boost::json::value with csm-cpp's pinned options, apart from the typed reader
// (csm/json/parse.hpp) so that code that only needs a DOM, such as API error bodies, does not compile it.

#include <csm/error.hpp>
#include <csm/result.hpp>

#include <boost/json/parse_options.hpp>
#include <boost/json/stream_parser.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace csm::json {

namespace detail {
/// The nesting limit of every csm-cpp parse (the DOM reader and the one-pass reader must agree).
inline constexpr std::size_t max_depth = 64;

/// The options every csm-cpp parse uses, pinned rather than left to the Boost version's defaults.
inline boost::json::parse_options pinned_parse_options() noexcept {
    boost::json::parse_options opts;
    opts.allow_comments = false;
    opts.allow_trailing_commas = false;
    opts.allow_invalid_utf8 = false;
    opts.max_depth = max_depth;
    return opts;
}
} // namespace detail

/// Parses JSON text into a boost::json::value with options pinned here rather than left to the Boost
/// version's defaults: strict RFC 8259 (no comments, no trailing commas), UTF-8 required, depth ≤ 64.
/// The error gives the byte offset where parsing stopped; it never quotes the text.
inline csm::result<boost::json::value> parse_value(std::string_view text, boost::json::storage_ptr sp = {}) {
    boost::json::stream_parser p({}, detail::pinned_parse_options());
    p.reset(std::move(sp)); // the value's memory resource (the constructor's is for temporary storage only)
    boost::system::error_code ec;
    const std::size_t used = p.write_some(text.data(), text.size(), ec);
    if (!ec && used != text.size()) ec = boost::json::error::extra_data;
    if (!ec) p.finish(ec);
    if (ec) {
        std::string expected = "valid UTF-8 JSON text (stopped at byte ";
        expected += std::to_string(used);
        expected += ')';
        return csm::error{errc::syntax_error, std::string(), std::move(expected)};
    }
    return p.release();
}

} // namespace csm::json

#endif

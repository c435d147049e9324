// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_PARSE_HPP
#define CSM_JSON_PARSE_HPP

#include <csm/config.hpp>
#include <csm/error.hpp>
#include <csm/json/options.hpp>
#include <csm/json/parse_value.hpp>
#include <csm/json/value.hpp>
#include <csm/result.hpp>

#include <optional>
#include <string_view>

namespace csm::json {

/// Parses JSON text into a T: syntax first, then the model's rules; the error names the JSON Pointer of the
/// failing element, what was expected there and the category, never the offending value.
///
/// Valid documents are read in one pass from parser events, without a DOM (detail/stream_read.hpp); any
/// problem reruns the DOM reader (from_value on parse_value), so that errors are exactly that reader's.
/// In compiled mode (csm/config.hpp) this is a declaration for the library's types; a TU that parses its own
/// types includes <csm/json/templates.hpp>.
template <class T>
csm::result<T> parse(std::string_view text, read_options options = {});

/// The one-pass reader alone: the value when it takes the document, empty when parse<T> would read it again
/// the DOM way (any error, or a document it cannot read in one pass, such as an envelope holding an object
/// of unknown type). For tests and benchmarks that check which path a document takes; otherwise use parse.
template <class T>
std::optional<T> parse_one_pass(std::string_view text, read_options options = {});

/// Throwing form of parse: throws csm::exception.
template <class T>
T parse_or_throw(std::string_view text, read_options options = {}) {
    return parse<T>(text, options).value();
}

} // namespace csm::json

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/json/impl/parse.hpp>
#endif

#endif

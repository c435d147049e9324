// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_PARSE_HPP
#define CSM_JSON_PARSE_HPP

#include <csm/error.hpp>
#include <csm/json/detail/stream_read.hpp>
#include <csm/json/options.hpp>
#include <csm/json/parse_value.hpp>
#include <csm/json/value.hpp>
#include <csm/result.hpp>

#include <boost/json/monotonic_resource.hpp>

#include <optional>
#include <string>
#include <string_view>

#if defined(CSM_SEPARATE_COMPILATION)
// Opt-in separate compilation (csm/src.hpp): the one-pass reader's parser is compiled once, in the TU that
// includes csm/src.hpp, instead of in every TU that parses.
extern template class boost::json::basic_parser<csm::json::detail::stream::handler>;
#endif

namespace csm::json {

/// Parses JSON text into a T: syntax first, then the model's rules; the error names the JSON Pointer of the
/// failing element, what was expected there and the category, never the offending value.
///
/// Valid documents are read in one pass from parser events, without a DOM (detail/stream_read.hpp); any
/// problem reruns the DOM reader below, so that errors are exactly those of from_value on parse_value.
template <class T>
csm::result<T> parse(std::string_view text, read_options options = {}) {
    {
        T out = detail::placeholder<T>();
        if (detail::stream::parse_into(text, options, out)) return out;
    }
    // The DOM lives only for this call, so a monotonic arena makes it cheap.
    boost::json::monotonic_resource arena;
    csm::result<boost::json::value> jv = parse_value(text, &arena);
    if (!jv) return std::move(jv).error();
    return from_value<T>(*jv, options);
}

/// The one-pass reader alone: the value when it takes the document, empty when parse<T> would read it again
/// the DOM way (any error, or a document it cannot read in one pass, such as an envelope holding an object
/// of unknown type). For tests and benchmarks that check which path a document takes; otherwise use parse.
template <class T>
std::optional<T> parse_one_pass(std::string_view text, read_options options = {}) {
    T out = detail::placeholder<T>();
    if (detail::stream::parse_into(text, options, out)) return out;
    return std::nullopt;
}

/// Throwing form of parse: throws csm::exception.
template <class T>
T parse_or_throw(std::string_view text, read_options options = {}) {
    return parse<T>(text, options).value();
}

} // namespace csm::json

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_IMPL_PARSE_HPP
#define CSM_JSON_IMPL_PARSE_HPP

// The definitions of csm/json/parse.hpp: the one-pass reader and its DOM fallback. Included by parse.hpp when
// header-only, by <csm/json/templates.hpp> and the library's sources in compiled mode.
#include <csm/json/parse.hpp>
#include <csm/json/detail/stream_read.hpp>
#include <csm/json/impl/value.hpp>

#include <boost/json/monotonic_resource.hpp>

#include <utility>

#if defined(CSM_SEPARATE_COMPILATION)
// The one-pass reader's parser is the same for every model type: the library compiles it once (csm/src.hpp),
// and TUs that parse their own types do not compile it again.
extern template class boost::json::basic_parser<csm::json::detail::stream::handler>;
#endif

namespace csm::json {

template <class T>
csm::result<T> parse(std::string_view text, read_options options) {
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

template <class T>
std::optional<T> parse_one_pass(std::string_view text, read_options options) {
    T out = detail::placeholder<T>();
    if (detail::stream::parse_into(text, options, out)) return out;
    return std::nullopt;
}

} // namespace csm::json

#endif

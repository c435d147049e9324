// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_IMPL_VALUE_HPP
#define CSM_JSON_IMPL_VALUE_HPP

// The definitions of csm/json/value.hpp (header-only mode, <csm/json/templates.hpp>, the library's sources).
#include <csm/json/value.hpp>
#include <csm/json/codec.hpp>
#include <csm/json/read_context.hpp>

#include <utility>

namespace csm::json {

template <class T>
boost::json::value to_value(const T& v, boost::json::storage_ptr sp) {
    return codec<T>::to_value(v, std::move(sp));
}

template <class T>
csm::result<T> from_value(const boost::json::value& jv, read_options options) {
    read_context ctx(options);
    T out = detail::placeholder<T>();
    if (!codec<T>::read(ctx, jv, out)) return *ctx.error();
    return out;
}

} // namespace csm::json

#endif

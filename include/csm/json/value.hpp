// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_VALUE_HPP
#define CSM_JSON_VALUE_HPP

#include <csm/config.hpp>
#include <csm/error.hpp>
#include <csm/json/options.hpp>
#include <csm/result.hpp>

#include <boost/json/storage_ptr.hpp>
#include <boost/json/value.hpp>

namespace csm::json {

/// v as a boost::json::value, for callers that want a DOM (to merge, inspect or hand to other code).
template <class T>
boost::json::value to_value(const T& v, boost::json::storage_ptr sp = {});

/// Reads a T from an already parsed value. The error names the JSON Pointer of the failing element.
template <class T>
csm::result<T> from_value(const boost::json::value& jv, read_options options = {});

/// Throwing form of from_value: throws csm::exception.
template <class T>
T from_value_or_throw(const boost::json::value& jv, read_options options = {}) {
    return from_value<T>(jv, options).value();
}

} // namespace csm::json

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/json/impl/value.hpp>
#endif

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_SERIALIZE_HPP
#define CSM_JSON_SERIALIZE_HPP

#include <csm/config.hpp>

#include <string>

namespace csm::json {

/// Appends the JSON text of v to out. Writes straight to text: no boost::json::value is built.
template <class T>
void serialize_to(std::string& out, const T& v);

/// The compact JSON text of v (keys in declaration order, no whitespace).
template <class T>
std::string serialize(const T& v);

} // namespace csm::json

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/json/impl/serialize.hpp>
#endif

#endif

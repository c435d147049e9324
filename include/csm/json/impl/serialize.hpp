// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_IMPL_SERIALIZE_HPP
#define CSM_JSON_IMPL_SERIALIZE_HPP

// The definitions of csm/json/serialize.hpp (header-only mode, <csm/json/templates.hpp>, the library's sources).
#include <csm/json/serialize.hpp>
#include <csm/json/codec.hpp>

namespace csm::json {

template <class T>
void serialize_to(std::string& out, const T& v) {
    codec<T>::write(out, v);
}

template <class T>
std::string serialize(const T& v) {
    std::string out;
    out.reserve(256);
    codec<T>::write(out, v);
    return out;
}

} // namespace csm::json

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The endpoint types the tool dispatches over, and how they are split across translation units.
#ifndef CSM_CLI_ENDPOINT_LIST_HPP
#define CSM_CLI_ENDPOINT_LIST_HPP

#include "endpoint_ops.hpp"

#include <csm/rest/endpoints.hpp>

#include <boost/mp11/list.hpp>

#include <cstddef>
#include <vector>

#ifndef CSM_CLI_SLICE_COUNT
#error "CSM_CLI_SLICE_COUNT (how many slices the endpoint table is built from) is set by tools/csm/CMakeLists.txt"
#endif

namespace csm_cli {

using cli_endpoints = csm::rest::all_endpoints;

/// How many translation units (endpoint_slice.cpp, compiled once per slice) instantiate the endpoints. CMake
/// derives it from the size of the registry; any count of one or more covers every endpoint.
inline constexpr std::size_t slice_count = CSM_CLI_SLICE_COUNT;
static_assert(slice_count >= 1);

/// Slice k instantiates endpoints [slice_begin(k), slice_begin(k + 1)) of cli_endpoints.
constexpr std::size_t slice_begin(std::size_t k) noexcept {
    return k * boost::mp11::mp_size<cli_endpoints>::value / slice_count;
}

/// Appends slice K's endpoints in registry order; defined (explicitly instantiated) by endpoint_slice.cpp
/// compiled with CSM_CLI_SLICE=K.
template <std::size_t K>
void append_slice(std::vector<endpoint_ops>& out);

} // namespace csm_cli

#endif

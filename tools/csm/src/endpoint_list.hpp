// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The endpoint types the tool dispatches over, and how they are split across translation units.
#ifndef CSM_CLI_ENDPOINT_LIST_HPP
#define CSM_CLI_ENDPOINT_LIST_HPP

#include <csm/rest/endpoints.hpp>

#include <boost/mp11/list.hpp>

#include <cstddef>

namespace csm_cli {

using cli_endpoints = csm::rest::all_endpoints;

/// endpoint_slice_<k>.cpp instantiates endpoints [k * slice_size, (k + 1) * slice_size).
inline constexpr std::size_t slice_size = 8;
inline constexpr std::size_t slice_count = 8;
static_assert(boost::mp11::mp_size<cli_endpoints>::value <= slice_size * slice_count,
              "more endpoints than the slices cover: add an endpoint_slice_<k>.cpp and raise slice_count");

} // namespace csm_cli

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The endpoint types the tool dispatches over, and how they are split across translation units.
#ifndef CSM_CLI_ENDPOINT_LIST_HPP
#define CSM_CLI_ENDPOINT_LIST_HPP

// TEMPORARY until include/csm/rest/endpoints.hpp lands: the resources that exist so far.
#include <csm/rest/product.hpp>
#include <csm/rest/task.hpp>

#include <boost/mp11/list.hpp>

#include <cstddef>

namespace csm_cli {

using cli_endpoints = boost::mp11::mp_list<csm::rest::product::list_products, csm::rest::product::create_product,
                                           csm::rest::product::get_product, csm::rest::product::rename_product,
                                           csm::rest::product::delete_product>;

/// endpoint_slice_<k>.cpp instantiates endpoints [k * slice_size, (k + 1) * slice_size).
inline constexpr std::size_t slice_size = 10;
inline constexpr std::size_t slice_count = 7;
static_assert(boost::mp11::mp_size<cli_endpoints>::value <= slice_size * slice_count,
              "more endpoints than the slices cover: add an endpoint_slice_<k>.cpp and raise slice_count");

} // namespace csm_cli

#endif

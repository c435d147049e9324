// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// One slice of the endpoint table (see endpoint_list.hpp): CMake compiles this file once per slice, with
// CSM_CLI_SLICE set to the slice's index, so that the build spreads over several translation units.
#include "endpoint_ops_impl.hpp"

#ifndef CSM_CLI_SLICE
#error "CSM_CLI_SLICE (the slice's index) is set by tools/csm/CMakeLists.txt"
#endif

namespace csm_cli {

template <std::size_t K>
void append_slice(std::vector<endpoint_ops>& out) {
    detail::append_ops<slice_begin(K), slice_begin(K + 1)>(out);
}
template void append_slice<CSM_CLI_SLICE>(std::vector<endpoint_ops>&);

} // namespace csm_cli

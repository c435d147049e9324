// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// One slice of the endpoint table (see endpoint_list.hpp): a translation unit of its own for build speed.
#include "endpoint_ops_impl.hpp"

namespace csm_cli {
void append_slice_7(std::vector<endpoint_ops>& out) { detail::append_ops<7 * slice_size, (7 + 1) * slice_size>(out); }
} // namespace csm_cli

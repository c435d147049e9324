// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_IMPL_SRC_AUTH_HPP
#define CSM_IMPL_SRC_AUTH_HPP

// Part of csm/src.hpp: the OAuth 2.0 (3LO) reads.
#include <csm/auth.hpp>
#include <csm/impl/instantiate.hpp>

#include <boost/mp11/list.hpp>

#include <vector>

namespace csm::detail::compiled {

template struct instantiate<boost::mp11::mp_list<std::vector<csm::auth::site>>, json_functions>;

} // namespace csm::detail::compiled

#endif

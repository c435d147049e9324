// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_IMPL_SRC_AUTH_HPP
#define CSM_IMPL_SRC_AUTH_HPP

// Part of csm/src.hpp: the OAuth 2.0 (3LO) requests and reads (authorization URL, callback, token requests and
// answers, the Authorization header, accessible resources).
#include <csm/auth.hpp>
#include <csm/auth/impl/authorization.hpp>
#include <csm/auth/impl/authorization_url.hpp>
#include <csm/auth/impl/callback.hpp>
#include <csm/auth/impl/token.hpp>
#include <csm/impl/instantiate.hpp>

#include <boost/mp11/list.hpp>

#include <vector>

namespace csm::detail::compiled {

template struct instantiate<boost::mp11::mp_list<csm::auth::site, std::vector<csm::auth::site>>, json_functions>;

} // namespace csm::detail::compiled

#endif

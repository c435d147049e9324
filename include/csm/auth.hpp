// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_HPP
#define CSM_AUTH_HPP

// OAuth 2.0 (3LO) and the Authorization header (csm::auth), sans-IO like csm::rest: the authorization URL,
// the callback, token exchange and refresh, accessible resources (cloud ids), and secrets that never print.
// See docs/auth.md. Include a single header (csm/auth/token.hpp, …) to pay for less.
#include <csm/auth/accessible_resources.hpp>
#include <csm/auth/authorization.hpp>
#include <csm/auth/authorization_url.hpp>
#include <csm/auth/callback.hpp>
#include <csm/auth/oauth_error.hpp>
#include <csm/auth/oauth_server.hpp>
#include <csm/auth/secret.hpp>
#include <csm/auth/token.hpp>

#endif

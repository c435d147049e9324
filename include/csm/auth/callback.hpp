// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_CALLBACK_HPP
#define CSM_AUTH_CALLBACK_HPP

#include <csm/config.hpp>
#include <csm/auth/oauth_error.hpp>
#include <csm/auth/secret.hpp>
#include <csm/result.hpp>

#include <optional>
#include <string>
#include <string_view>

/// Step 2 of OAuth 2.0 (3LO): Atlassian sends the user back to the redirect URI with `code` and `state`
/// (or with `error`, e.g. when the user refuses). read_callback checks the state the app made for
/// authorization_url and returns the one-time code.
namespace csm::auth {

/// Reads the URL the user's browser was sent back to (absolute, or the request target "/callback?code=…"):
///
/// - `error=…` (and `error_description`): oauth_error{kind callback, error, description};
/// - `state` missing, repeated or different from `expected_state`: kind callback, "state does not match"
///   (the values are never quoted); so is a URL that does not parse;
/// - `code` missing, repeated or empty: kind callback, "no authorization code";
/// - otherwise the code, ready for code_exchange.
CSM_DECL csm::result<authorization_code, oauth_error> read_callback(std::string_view callback_url,
                                                                    std::string_view expected_state);

} // namespace csm::auth

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/auth/impl/callback.hpp>
#endif

#endif

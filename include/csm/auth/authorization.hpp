// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_AUTHORIZATION_HPP
#define CSM_AUTH_AUTHORIZATION_HPP

#include <csm/config.hpp>
#include <csm/auth/secret.hpp>
#include <csm/error.hpp>
#include <csm/rest/http.hpp>
#include <csm/result.hpp>

#include <algorithm>
#include <string>
#include <string_view>

/// The `Authorization` header (docs/auth.md):
///
/// - bearer(token): `Bearer <access token>`, what every curl example of the CSM REST docs sends and what
///   OAuth 2.0 (3LO) gives (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api).
/// - basic(email, api_token): `Basic base64(email:api_token)`. The CSM docs say Basic authentication "is also
///   possible" for scripts, but do not say with which host or credential; the email-and-API-token form is
///   Atlassian's usual one (https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/)
///   and is NOT confirmed for the CSM API on api.atlassian.com.
///
/// The header goes to the transport (e.g. examples/transport_curl's `authorization` option), not into an
/// http_request: requests stay free of secrets, so that logging or tracing one cannot leak a credential.
///
/// Both refuse values that hold control characters (a CR or LF would end the header line and start
/// another): errc::unsafe_value, and the error never quotes the secret.
namespace csm::auth {

/// `Authorization: Bearer <token>`. Errors: an empty token, or one with control characters (pointer
/// "/access_token").
CSM_DECL csm::result<rest::http_header> bearer(const access_token& token);

/// `Authorization: Basic base64(email:api_token)` (unconfirmed for CSM, see above). Errors: an empty email or
/// one with ':' or control characters ("/email"), an empty token or one with control characters ("/api_token").
CSM_DECL csm::result<rest::http_header> basic(std::string_view email, const api_token& token);

} // namespace csm::auth

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/auth/impl/authorization.hpp>
#endif

#endif

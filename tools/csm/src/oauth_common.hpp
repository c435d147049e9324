// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// What `auth`, `sites` and `send` share for OAuth 2.0 (3LO): the token file (owner-only, 0600), where the
// authorization server is (--auth-url, --api-url), and refreshing an expired token.
#ifndef CSM_CLI_OAUTH_COMMON_HPP
#define CSM_CLI_OAUTH_COMMON_HPP

#include "args.hpp"
#include "endpoint_ops.hpp"
#include "io.hpp"

#include <csm/auth/oauth_server.hpp>
#include <csm/auth/token.hpp>
#include <csm/rest/http.hpp>
#include <csm/rest/transport_failure.hpp>
#include <csm/result.hpp>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace csm_cli {

/// A token file: the token set and the client id that got it (the client secret is never stored; it comes
/// from CSM_CLIENT_SECRET).
struct stored_token {
    std::string client_id;
    csm::auth::token_set tokens;
};

/// Reads a token file written by save_token_file. Failures: io_error (cannot read), invalid_input (not a
/// token file; the message never quotes its content).
csm::result<stored_token, failure> load_token_file(const std::filesystem::path& path);

/// Writes the token file with owner-only permissions (0600): a new file next to it, then renamed over it, so
/// that a reader never sees half a file and the old tokens never stay readable to others.
std::optional<failure> save_token_file(const std::filesystem::path& path, const stored_token& token);

/// --auth-url URL (default https://auth.atlassian.com) and --api-url URL (default https://api.atlassian.com).
csm::result<csm::auth::oauth_server, failure> oauth_server_from(const parsed_args& args);

/// The exit code and message for a transport failure ("connection failed (…)", "timed out (…)").
failure transport_failure_of(const csm::rest::transport_failure& f);

/// Sends a request with libcurl: `authorization` (a full header value, or empty) is added by the transport.
csm::result<csm::rest::http_response, failure>
send_http(const csm::rest::http_request& request, const std::string& authorization, std::chrono::milliseconds timeout);

/// Refreshes `token` (grant_type=refresh_token, CSM_CLIENT_SECRET) and saves the rotated set to `path`.
std::optional<failure> refresh_token_file(stored_token& token, const std::filesystem::path& path,
                                          const csm::auth::oauth_server& server, std::chrono::milliseconds timeout);

/// The client secret from CSM_CLIENT_SECRET, or a usage failure.
csm::result<csm::auth::client_secret, failure> client_secret_from_environment();

} // namespace csm_cli

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// A built request as text: raw HTTP/1.1 or a curl command line. Authorization is always the placeholder
// `Bearer $CSM_TOKEN`; no real token ever reaches these functions.
#ifndef CSM_CLI_HTTP_TEXT_HPP
#define CSM_CLI_HTTP_TEXT_HPP

#include <csm/rest/http.hpp>

#include <string>
#include <string_view>

namespace csm_cli {

inline constexpr std::string_view authorization_placeholder = "Bearer $CSM_TOKEN";

/// "POST /jsm/csm/cloudid/…/organization HTTP/1.1", Host, Authorization placeholder, the request's headers,
/// Content-Length when there is a body, a blank line and the body.
std::string to_raw_http(const csm::rest::http_request& req);

/// `curl --request POST \ --url '…' \ --header "Authorization: Bearer $CSM_TOKEN" \ … --data '…'`, quoted
/// for a POSIX shell (the token placeholder expands when pasted into one).
std::string to_curl(const csm::rest::http_request& req);

/// `text` in single quotes for a POSIX shell.
std::string shell_quote(std::string_view text);

} // namespace csm_cli

#endif

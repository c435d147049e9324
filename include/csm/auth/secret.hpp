// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_SECRET_HPP
#define CSM_AUTH_SECRET_HPP

#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace csm::json {
// Declared (not defined) here so that secrets can refuse the codec without this header including it.
template <class T>
struct codec;
} // namespace csm::json

/// Credentials (OAuth 2.0 access and refresh tokens, the client secret, an authorization code, an API token)
/// as types that cannot leak by accident: `operator<<` prints "<redacted>", there is no conversion to a
/// string, and csm::json refuses to serialize or parse them (a compile error, see
/// tests/compile_fail/auth_secret_serialize.cpp). The text is reachable only through reveal(), which is easy
/// to search for in a review.
namespace csm::auth {

namespace detail {
template <class>
inline constexpr bool always_false_v = false;
} // namespace detail

/// A secret string of one kind (Tag keeps an access token from being passed where a client secret is meant).
template <class Tag>
class basic_secret {
public:
    /// Explicit so that a plain string never becomes a secret by accident, nor a secret a string.
    explicit basic_secret(std::string text) : text_(std::move(text)) {}

    /// The secret itself: for the Authorization header, the token request body, an owner-only file.
    const std::string& reveal() const noexcept { return text_; }
    bool empty() const noexcept { return text_.empty(); }

    friend bool operator==(const basic_secret&, const basic_secret&) = default;

    /// Always "<redacted>", whatever the secret: logs and test failure messages never show it.
    friend std::ostream& operator<<(std::ostream& os, const basic_secret&) { return os << "<redacted>"; }

private:
    std::string text_;
};

namespace tags {
struct access_token {};
struct refresh_token {};
struct client_secret {};
struct authorization_code {};
struct api_token {};
} // namespace tags

using access_token = basic_secret<tags::access_token>;             ///< OAuth 2.0 bearer token
using refresh_token = basic_secret<tags::refresh_token>;           ///< OAuth 2.0 rotating refresh token
using client_secret = basic_secret<tags::client_secret>;           ///< the app's secret (developer console)
using authorization_code = basic_secret<tags::authorization_code>; ///< the one-time code of the callback
using api_token = basic_secret<tags::api_token>;                   ///< an Atlassian account API token

} // namespace csm::auth

namespace csm::json {

/// No codec for secrets: serializing one (alone or as a member of a described struct) stops the build.
template <class Tag>
struct codec<csm::auth::basic_secret<Tag>> {
    static_assert(csm::auth::detail::always_false_v<Tag>,
                  "csm::auth secrets have no JSON codec: they must never be serialized by accident; "
                  "write reveal() explicitly where a secret has to leave the program");
};

} // namespace csm::json

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_AUTHORIZATION_URL_HPP
#define CSM_AUTH_AUTHORIZATION_URL_HPP

#include <csm/config.hpp>
#include <csm/auth/oauth_server.hpp>
#include <csm/error.hpp>
#include <csm/rest/path.hpp>
#include <csm/rest/scopes.hpp>
#include <csm/result.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Step 1 of OAuth 2.0 (3LO): the URL the user opens to grant the app access
/// (https://developer.atlassian.com/cloud/jira/service-desk/oauth-2-authorization-code-grants-3lo-for-apps/):
///
///     constexpr auto scopes = csm::auth::scopes_with_refresh<get_organization, update_organization>;
///     auto url = csm::auth::authorization_url({.client_id = id, .redirect_uri = "https://app.example/cb",
///                                              .scopes = csm::auth::scope_strings(scopes), .state = state});
///     // https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=…&scope=…&redirect_uri=…
///     //   &state=…&response_type=code&prompt=consent
namespace csm::auth {

/// The scope that makes the token endpoint also return a refresh token
/// (https://developer.atlassian.com/cloud/oauth/getting-started/refresh-tokens/).
inline constexpr std::string_view offline_access = "offline_access";

namespace detail {

template <std::size_t N>
consteval rest::scope_set<N + 1> with_offline_access(const rest::scope_set<N>& scopes) {
    rest::scope_set<N + 1> set;
    for (std::string_view s : scopes) set.insert(s);
    set.insert(offline_access);
    return set;
}

} // namespace detail

/// rest::required_scopes<E...> plus offline_access: what an app that calls E... and refreshes its tokens asks
/// for. A constant; without refresh tokens, use rest::required_scopes<E...> itself.
template <rest::endpoint... E>
inline constexpr auto scopes_with_refresh = detail::with_offline_access(rest::required_scopes<E...>);

/// The same for a type list of endpoints (boost::mp11::mp_list<E...>, std::tuple<E...>, ...).
template <class EndpointList>
inline constexpr auto scopes_with_refresh_of = detail::with_offline_access(rest::required_scopes_of<EndpointList>);

/// The scopes of a set (or any range of string-like values) as strings, for authorization_request::scopes.
template <class Range>
std::vector<std::string> scope_strings(const Range& scopes) {
    std::vector<std::string> out;
    for (const auto& s : scopes) out.emplace_back(std::string_view(s));
    return out;
}

/// What the authorization URL carries besides the fixed `audience=api.atlassian.com` and
/// `response_type=code`.
struct authorization_request {
    std::string client_id;           ///< the app's Client ID (developer console, Settings)
    std::string redirect_uri;        ///< one of the app's callback URLs, exactly as registered
    std::vector<std::string> scopes; ///< e.g. scope_strings(scopes_with_refresh<E...>)
    /// A value bound to the user's session that the callback must return unchanged (CSRF protection).
    /// The caller makes it: unguessable (at least 128 random bits), kept until the callback arrives.
    std::string state;
    bool prompt_consent = true; ///< `prompt=consent`, as the docs' URL has it

    friend bool operator==(const authorization_request&, const authorization_request&) = default;
};

/// Checks an authorization request; the first problem, pointer "/client_id", "/redirect_uri", "/scopes",
/// "/scopes/<i>" or "/state". Values are never quoted.
CSM_DECL std::optional<csm::error> check(const authorization_request& r);

/// The authorization URL: `<authorize>?audience=api.atlassian.com&client_id=…&scope=…&redirect_uri=…&state=…
/// &response_type=code&prompt=consent`, in the docs' order; every value percent-encoded (scopes joined by
/// %20), so that no value can add or change a parameter. Errors: check(request).
CSM_DECL csm::result<std::string> authorization_url(const authorization_request& request,
                                                    const oauth_server& server = oauth_server::atlassian());

} // namespace csm::auth

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/auth/impl/authorization_url.hpp>
#endif

#endif

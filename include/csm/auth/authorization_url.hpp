// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_AUTHORIZATION_URL_HPP
#define CSM_AUTH_AUTHORIZATION_URL_HPP

#include <csm/auth/oauth_server.hpp>
#include <csm/error.hpp>
#include <csm/rest/path.hpp>
#include <csm/rest/scopes.hpp>
#include <csm/result.hpp>

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

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
inline std::optional<csm::error> check(const authorization_request& r);

/// The authorization URL: `<authorize>?audience=api.atlassian.com&client_id=…&scope=…&redirect_uri=…&state=…
/// &response_type=code&prompt=consent`, in the docs' order; every value percent-encoded (scopes joined by
/// %20), so that no value can add or change a parameter. Errors: check(request).
inline csm::result<std::string> authorization_url(const authorization_request& request,
                                                  const oauth_server& server = oauth_server::atlassian());

// ---- implementation -----------------------------------------------------------------------------------

namespace detail {

inline bool visible_ascii(std::string_view s) noexcept {
    for (char c : s)
        if (c < 0x21 || c > 0x7E) return false;
    return true;
}

/// RFC 6749 §3.3 scope-token: %x21 / %x23-5B / %x5D-7E.
inline bool scope_token(std::string_view s) noexcept { return !s.empty() && visible_ascii(s) && s.find_first_of("\"\\") == std::string_view::npos; }

inline bool no_control(std::string_view s) noexcept {
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) return false;
    }
    return true;
}

/// An absolute http or https URL with a host, no user info and no fragment (RFC 6749 §3.1.2), at most 2048
/// characters.
inline bool valid_redirect_uri(std::string_view uri) {
    if (uri.empty() || uri.size() > 2048 || !visible_ascii(uri)) return false;
    auto parsed = boost::urls::parse_absolute_uri(uri);
    if (!parsed) return false;
    const auto scheme = parsed->scheme_id();
    if (scheme != boost::urls::scheme::http && scheme != boost::urls::scheme::https) return false;
    return parsed->has_authority() && !parsed->encoded_host().empty() && !parsed->has_userinfo();
}

inline csm::error request_error(errc code, std::string pointer, std::string_view expected) {
    return csm::error{code, std::move(pointer), std::string(expected)};
}

inline void append_param(std::string& url, std::string_view key, std::string_view value) {
    url.push_back(url.find('?') == std::string::npos ? '?' : '&');
    url.append(key);
    url.push_back('=');
    rest::append_query_component(url, value);
}

} // namespace detail

inline std::optional<csm::error> check(const authorization_request& r) {
    if (r.client_id.empty() || r.client_id.size() > 256 || !detail::visible_ascii(r.client_id))
        return detail::request_error(errc::invalid_value, "/client_id", "1 to 256 visible ASCII characters");
    if (!detail::valid_redirect_uri(r.redirect_uri))
        return detail::request_error(errc::invalid_value, "/redirect_uri",
                                     "an absolute http or https URL with a host, without user info, fragment, spaces "
                                     "or control characters, at most 2048 characters");
    if (r.scopes.empty()) return detail::request_error(errc::missing_member, "/scopes", "at least one scope");
    for (std::size_t i = 0; i < r.scopes.size(); ++i)
        if (!detail::scope_token(r.scopes[i]))
            return detail::request_error(errc::invalid_value, "/scopes/" + std::to_string(i),
                                         "a scope: visible ASCII without spaces, '\"' or '\\'");
    if (r.state.empty() || r.state.size() > 1024 || !detail::no_control(r.state))
        return detail::request_error(errc::unsafe_value, "/state", "1 to 1024 characters without control characters");
    return std::nullopt;
}

inline csm::result<std::string> authorization_url(const authorization_request& request,
                                                  const oauth_server& server) {
    if (std::optional<csm::error> e = check(request)) return std::move(*e);
    std::string scope;
    for (const std::string& s : request.scopes) {
        if (!scope.empty()) scope.push_back(' ');
        scope.append(s);
    }
    std::string url = server.authorize_url();
    detail::append_param(url, "audience", "api.atlassian.com");
    detail::append_param(url, "client_id", request.client_id);
    detail::append_param(url, "scope", scope);
    detail::append_param(url, "redirect_uri", request.redirect_uri);
    detail::append_param(url, "state", request.state);
    detail::append_param(url, "response_type", "code");
    if (request.prompt_consent) detail::append_param(url, "prompt", "consent");
    return url;
}

} // namespace csm::auth

#endif

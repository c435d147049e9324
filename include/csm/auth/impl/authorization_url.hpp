// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_IMPL_AUTHORIZATION_URL_HPP
#define CSM_AUTH_IMPL_AUTHORIZATION_URL_HPP

// The definitions of auth/authorization_url.hpp: included by it when header-only; compiled into the library
// (csm/src.hpp) in compiled mode (csm/config.hpp).
#include <csm/auth/authorization_url.hpp>

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

namespace csm::auth {

namespace detail {

inline bool visible_ascii(std::string_view s) noexcept {
    for (char c : s)
        if (c < 0x21 || c > 0x7E) return false;
    return true;
}

/// RFC 6749 §3.3 scope-token: %x21 / %x23-5B / %x5D-7E.
inline bool scope_token(std::string_view s) noexcept {
    return !s.empty() && visible_ascii(s) && s.find_first_of("\"\\") == std::string_view::npos;
}

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

CSM_DECL std::optional<csm::error> check(const authorization_request& r) {
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

CSM_DECL csm::result<std::string> authorization_url(const authorization_request& request, const oauth_server& server) {
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

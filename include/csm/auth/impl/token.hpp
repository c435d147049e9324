// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_IMPL_TOKEN_HPP
#define CSM_AUTH_IMPL_TOKEN_HPP

// The definitions of auth/token.hpp: included by it when header-only; compiled into the library
// (csm/src.hpp) in compiled mode (csm/config.hpp).
#include <csm/auth/token.hpp>
#include <csm/auth/impl/authorization_url.hpp> // detail::request_error, detail::valid_redirect_uri

namespace csm::auth {

namespace detail {

inline std::optional<csm::error> check_client(const std::string& client_id, const client_secret& secret) {
    if (client_id.empty() || client_id.size() > 256 || !visible_ascii(client_id))
        return request_error(errc::invalid_value, "/client_id", "1 to 256 visible ASCII characters");
    if (secret.empty()) return request_error(errc::missing_member, "/client_secret", "a non-empty client secret");
    return std::nullopt;
}

inline rest::http_request token_post(const oauth_server& server, std::string_view name,
                                     const boost::json::object& body) {
    rest::http_request req;
    req.method = rest::http_method::post;
    req.url = boost::urls::url(server.token_url());
    req.endpoint_name = name;
    req.headers.push_back({"Content-Type", "application/json"});
    req.body = boost::json::serialize(body);
    return req;
}

inline csm::error token_field_error(errc code, std::string_view pointer, std::string_view expected) {
    return csm::error{code, std::string(pointer), std::string(expected)};
}

/// The optional string member `key`; nullopt when absent or null; an error for any other type.
inline csm::result<std::optional<std::string>> optional_string(const boost::json::object& o, std::string_view key) {
    const boost::json::value* v = o.if_contains(key);
    if (!v || v->is_null()) return std::optional<std::string>();
    if (!v->is_string()) return token_field_error(errc::type_mismatch, "/" + std::string(key), "a string");
    return std::optional<std::string>(std::string(v->get_string()));
}

} // namespace detail

CSM_DECL csm::result<rest::http_request> token_request(const code_exchange& x, const oauth_server& server) {
    if (auto e = detail::check_client(x.client_id, x.secret)) return std::move(*e);
    if (x.code.empty()) return detail::request_error(errc::missing_member, "/code", "a non-empty authorization code");
    if (!detail::valid_redirect_uri(x.redirect_uri))
        return detail::request_error(errc::invalid_value, "/redirect_uri",
                                     "the redirect URI of the authorization URL (an absolute http or https URL)");
    boost::json::object body;
    body["grant_type"] = "authorization_code";
    body["client_id"] = x.client_id;
    body["client_secret"] = x.secret.reveal();
    body["code"] = x.code.reveal();
    body["redirect_uri"] = x.redirect_uri;
    return detail::token_post(server, "oauth.token.authorization_code", body);
}

CSM_DECL csm::result<rest::http_request> token_request(const token_refresh& x, const oauth_server& server) {
    if (auto e = detail::check_client(x.client_id, x.secret)) return std::move(*e);
    if (x.refresh.empty())
        return detail::request_error(errc::missing_member, "/refresh_token", "a non-empty refresh token");
    boost::json::object body;
    body["grant_type"] = "refresh_token";
    body["client_id"] = x.client_id;
    body["client_secret"] = x.secret.reveal();
    body["refresh_token"] = x.refresh.reveal();
    return detail::token_post(server, "oauth.token.refresh_token", body);
}

CSM_DECL csm::result<token_set, oauth_error> read_token_response(const rest::http_response& response,
                                                                 clock::time_point now) {
    if (response.status < 200 || response.status > 299) return oauth_error::from_response(response);
    const auto bad = [&](errc code, std::string_view pointer, std::string_view expected) {
        return oauth_error::malformed(response.status, detail::token_field_error(code, pointer, expected));
    };
    csm::result<boost::json::value> doc = csm::json::parse_value(response.body);
    if (!doc) return oauth_error::malformed(response.status, std::move(doc).error());
    if (!doc->is_object()) return bad(errc::type_mismatch, "", "a JSON object");
    const boost::json::object& o = doc->get_object();

    const boost::json::value* access = o.if_contains("access_token");
    if (!access) return bad(errc::missing_member, "/access_token", "a non-empty string");
    if (!access->is_string() || access->get_string().empty())
        return bad(errc::type_mismatch, "/access_token", "a non-empty string");

    const boost::json::value* expires = o.if_contains("expires_in");
    if (!expires) return bad(errc::missing_member, "/expires_in", "a number of seconds from 1 to 31536000");
    std::int64_t seconds = 0;
    if (expires->is_int64()) seconds = expires->get_int64();
    else if (expires->is_uint64())
        seconds = expires->get_uint64() > 31536000u ? 31536001 : static_cast<std::int64_t>(expires->get_uint64());
    else return bad(errc::type_mismatch, "/expires_in", "a number of seconds from 1 to 31536000");
    if (seconds < 1 || seconds > 31536000)
        return bad(errc::out_of_range, "/expires_in", "a number of seconds from 1 to 31536000");

    auto refresh = detail::optional_string(o, "refresh_token");
    if (!refresh) return oauth_error::malformed(response.status, std::move(refresh).error());
    if (*refresh && (*refresh)->empty()) return bad(errc::invalid_value, "/refresh_token", "a non-empty string");
    auto scope = detail::optional_string(o, "scope");
    if (!scope) return oauth_error::malformed(response.status, std::move(scope).error());
    auto type = detail::optional_string(o, "token_type");
    if (!type) return oauth_error::malformed(response.status, std::move(type).error());
    if (*type && !rest::header_name_equals(**type, "bearer"))
        return bad(errc::invalid_value, "/token_type", "\"Bearer\" (any case)");

    token_set t{access_token(std::string(access->get_string())), std::nullopt, now + std::chrono::seconds(seconds),
                scope->value_or(std::string()), type->value_or(std::string())};
    if (*refresh) t.refresh.emplace(std::move(**refresh));
    return t;
}

} // namespace csm::auth

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_OAUTH_SERVER_HPP
#define CSM_AUTH_OAUTH_SERVER_HPP

#include <csm/error.hpp>
#include <csm/rest/api_base.hpp>
#include <csm/result.hpp>

#include <string>
#include <string_view>
#include <utility>

namespace csm::auth {

/// Where the OAuth 2.0 (3LO) URLs are. atlassian() gives the documented ones
/// (https://developer.atlassian.com/cloud/jira/service-desk/oauth-2-authorization-code-grants-3lo-for-apps/):
///
/// - authorize:            https://auth.atlassian.com/authorize
/// - token:                https://auth.atlassian.com/oauth/token
/// - accessible resources: https://api.atlassian.com/oauth/token/accessible-resources
///
/// custom() puts the same paths under other roots (a proxy, the loopback test server).
class oauth_server {
public:
    static oauth_server atlassian() { return oauth_server("https://auth.atlassian.com", "https://api.atlassian.com"); }

    /// `auth_root` takes /authorize and /oauth/token, `api_root` /oauth/token/accessible-resources; each an
    /// absolute http or https URL with a host, no user info, query or fragment (as rest::api_base::custom).
    /// Errors: errc::invalid_value at "/auth_root" or "/api_root".
    static csm::result<oauth_server> custom(std::string_view auth_root, std::string_view api_root) {
        auto auth = checked_root(auth_root, "/auth_root");
        if (!auth) return std::move(auth).error();
        auto api = checked_root(api_root, "/api_root");
        if (!api) return std::move(api).error();
        return oauth_server(std::move(*auth), std::move(*api));
    }

    std::string authorize_url() const { return auth_root_ + "/authorize"; }
    std::string token_url() const { return auth_root_ + "/oauth/token"; }
    std::string accessible_resources_url() const { return api_root_ + "/oauth/token/accessible-resources"; }

    friend bool operator==(const oauth_server&, const oauth_server&) = default;

private:
    oauth_server(std::string auth_root, std::string api_root)
        : auth_root_(std::move(auth_root)), api_root_(std::move(api_root)) {}

    static csm::result<std::string> checked_root(std::string_view url, std::string_view pointer) {
        auto base = rest::api_base::custom(url);
        if (!base || base->is_relative()) {
            return csm::error{errc::invalid_value, std::string(pointer),
                              "an absolute http or https URL with a host, without user info, query, fragment or "
                              "dot segments"};
        }
        return base->str();
    }

    std::string auth_root_;
    std::string api_root_;
};

} // namespace csm::auth

#endif

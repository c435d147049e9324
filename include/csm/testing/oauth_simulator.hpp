// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_OAUTH_SIMULATOR_HPP
#define CSM_TESTING_OAUTH_SIMULATOR_HPP

#include <csm/testing/simulator.hpp>

#include <csm/auth/accessible_resources.hpp>
#include <csm/detail/query.hpp>
#include <csm/json/serialize.hpp>
#include <csm/rest/http.hpp>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// OAuth 2.0 (3LO) for csm::testing::simulator, in-process: the authorization endpoint, the token endpoint
/// (authorization code, refresh with rotation) and accessible resources, at the documented paths under any
/// root (auth::oauth_server::custom), so that the library's own auth functions run their whole journey
/// against it. Every access token it issues is registered with the REST simulator for the configured site
/// with the scopes granted, so the token works, or fails, there as it would on the service
/// (https://developer.atlassian.com/cloud/jira/service-desk/oauth-2-authorization-code-grants-3lo-for-apps/,
/// https://developer.atlassian.com/cloud/oauth/getting-started/refresh-tokens/). docs/testing.md says what
/// is modelled.
namespace csm::testing {

/// The app as registered in the developer console, and the one site a grant reaches.
struct oauth_simulator_options {
    std::string client_id;
    std::string client_secret;
    std::string redirect_uri; ///< the app's callback URL; requests must use it exactly
    std::string cloud_id;
    std::string site_name = "Simulated site";
    std::string site_url = "https://simulated.atlassian.net";
    std::chrono::seconds expires_in{3600};
};

class oauth_simulator {
public:
    using clock = std::chrono::system_clock;

    /// Tokens are registered with `rest`, which must outlive this object.
    oauth_simulator(simulator& rest, oauth_simulator_options options) : rest_(&rest), options_(std::move(options)) {}

    /// The simulated time that issued tokens expire from (set the REST simulator's too).
    void set_now(clock::time_point now) noexcept { now_ = now; }

    /// GET /authorize, POST /oauth/token, GET /oauth/token/accessible-resources; 404 for anything else.
    rest::http_response operator()(const rest::http_request& req) {
        const std::string path(req.url.encoded_path());
        if (req.method == rest::http_method::get && path == "/authorize") return authorize(req);
        if (req.method == rest::http_method::post && path == "/oauth/token") return token(req);
        if (req.method == rest::http_method::get && path == "/oauth/token/accessible-resources")
            return accessible_resources(req);
        return oauth_failure(404, "not_found", "no such OAuth endpoint");
    }

    /// The site the grants reach.
    const std::string& cloud_id() const noexcept { return options_.cloud_id; }

    /// How many access tokens were issued (a refresh issues one).
    std::uint64_t issued() const noexcept { return issued_; }

private:
    struct grant {
        std::string scope; // space-separated, as asked for
    };
    struct access_grant {
        grant g;
        clock::time_point expires;
    };

    static rest::http_response oauth_failure(int status, std::string_view error, std::string_view description) {
        return {status,
                {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}},
                boost::json::serialize(boost::json::object{{"error", error}, {"error_description", description}})};
    }

    static std::vector<std::string> split_scopes(std::string_view scope) {
        std::vector<std::string> out;
        while (!scope.empty()) {
            const std::size_t space = scope.find(' ');
            if (space != 0) out.emplace_back(scope.substr(0, space));
            scope = space == std::string_view::npos ? std::string_view() : scope.substr(space + 1);
        }
        return out;
    }

    rest::http_response authorize(const rest::http_request& req) {
        std::map<std::string, std::string> p;
        const boost::urls::params_view params = csm::detail::has_query_params(req.url)
                                                    ? static_cast<const boost::urls::url_view_base&>(req.url).params()
                                                    : boost::urls::params_view();
        for (const auto& param : params) {
            if (p.count(param.key)) return oauth_failure(400, "invalid_request", "a parameter is repeated");
            p[param.key] = param.value;
        }
        const auto is = [&](const char* key, const std::string& value) { return p.count(key) && p[key] == value; };
        if (!is("audience", "api.atlassian.com")) return oauth_failure(400, "invalid_request", "audience");
        if (!is("client_id", options_.client_id)) return oauth_failure(400, "invalid_client", "client_id");
        if (!is("response_type", "code")) return oauth_failure(400, "unsupported_response_type", "response_type");
        if (!is("redirect_uri", options_.redirect_uri)) return oauth_failure(400, "invalid_request", "redirect_uri");
        if (p["scope"].empty()) return oauth_failure(400, "invalid_scope", "scope");
        if (p["state"].empty()) return oauth_failure(400, "invalid_request", "state");
        if (p.count("prompt") && p["prompt"] != "consent") return oauth_failure(400, "invalid_request", "prompt");
        // The user consents at once: the browser goes back to the app with a one-time code and the state.
        const std::string code = "sim-code-" + std::to_string(++counter_);
        codes_[code] = grant{p["scope"]};
        const auto encoded = [](std::string_view s) { return boost::urls::encode(s, boost::urls::unreserved_chars); };
        return {302,
                {{"Location", options_.redirect_uri + "?code=" + encoded(code) + "&state=" + encoded(p["state"])}},
                {}};
    }

    rest::http_response token(const rest::http_request& req) {
        const rest::http_header* type = req.find_header("Content-Type");
        if (!type || type->value != "application/json")
            return oauth_failure(400, "invalid_request", "Content-Type must be application/json");
        boost::system::error_code ec;
        const boost::json::value body = boost::json::parse(req.body.value_or(std::string()), ec);
        if (ec || !body.is_object()) return oauth_failure(400, "invalid_request", "the body is not a JSON object");
        const boost::json::object& o = body.get_object();
        const auto field = [&](const char* key) -> std::string {
            const boost::json::value* v = o.if_contains(key);
            return v && v->is_string() ? std::string(v->get_string()) : std::string();
        };
        if (field("client_id") != options_.client_id || field("client_secret") != options_.client_secret)
            return oauth_failure(401, "access_denied", "Unauthorized");
        const std::string kind = field("grant_type");
        if (kind == "authorization_code") {
            if (o.size() != 5) return oauth_failure(400, "invalid_request", "unexpected members");
            const auto it = codes_.find(field("code"));
            // A code works once (the authorization server forgets it when it is exchanged).
            if (it == codes_.end()) return oauth_failure(403, "invalid_grant", "Invalid authorization code");
            if (field("redirect_uri") != options_.redirect_uri)
                return oauth_failure(403, "invalid_grant", "redirect_uri does not match");
            const grant g = it->second;
            codes_.erase(it);
            return issue(g);
        }
        if (kind == "refresh_token") {
            if (o.size() != 4) return oauth_failure(400, "invalid_request", "unexpected members");
            const auto it = refresh_.find(field("refresh_token"));
            if (it == refresh_.end()) return oauth_failure(403, "invalid_grant", "Unknown or invalid refresh token.");
            // Rotation: the refresh token sent stops working, the answer carries its successor.
            const grant g = it->second;
            refresh_.erase(it);
            return issue(g);
        }
        return oauth_failure(400, "unsupported_grant_type", "grant_type");
    }

    rest::http_response issue(const grant& g) {
        const std::uint64_t n = ++counter_;
        ++issued_;
        const std::string access = "sim-access-" + std::to_string(n);
        const std::vector<std::string> scopes = split_scopes(g.scope);
        rest_->add_token(access, token_grant{options_.cloud_id, scopes, now_ + options_.expires_in});
        access_[access] = access_grant{g, now_ + options_.expires_in};
        boost::json::object o{{"access_token", access},
                              {"expires_in", options_.expires_in.count()},
                              {"scope", g.scope},
                              {"token_type", "Bearer"}};
        // A refresh token only with offline_access, as the docs say.
        if (std::find(scopes.begin(), scopes.end(), "offline_access") != scopes.end()) {
            const std::string refresh = "sim-refresh-" + std::to_string(n);
            refresh_[refresh] = g;
            o["refresh_token"] = refresh;
        }
        return {200, {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}}, boost::json::serialize(o)};
    }

    rest::http_response accessible_resources(const rest::http_request& req) {
        const rest::http_header* auth = req.find_header("Authorization");
        const auto it =
            auth && auth->value.starts_with("Bearer ") ? access_.find(auth->value.str().substr(7)) : access_.end();
        if (it == access_.end() || it->second.expires <= now_)
            return {401, {{"Content-Type", "application/json"}}, R"({"code":401,"message":"Unauthorized"})"};
        // The library's own model, written by its own serializer.
        const std::vector<auth::site> sites{auth::site{csm::cloud_id(options_.cloud_id),
                                                       options_.site_name,
                                                       options_.site_url,
                                                       split_scopes(it->second.g.scope),
                                                       std::nullopt,
                                                       {}}};
        return {200, {{"Content-Type", "application/json"}}, csm::json::serialize(sites)};
    }

    simulator* rest_;
    oauth_simulator_options options_;
    clock::time_point now_ = clock::now();
    std::map<std::string, grant> codes_;         // unused authorization codes
    std::map<std::string, grant> refresh_;       // live refresh tokens
    std::map<std::string, access_grant> access_; // issued access tokens
    std::uint64_t counter_ = 0;
    std::uint64_t issued_ = 0;
};

} // namespace csm::testing

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm_test_server/oauth.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/url/encode.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>
#include <boost/url/url.hpp>

#include <map>
#include <string_view>

namespace csm_test_server {

namespace {

canned_response json_answer(int status, std::string body) {
    return canned_response{
        status, {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}}, std::move(body)};
}

outcome oauth_failure(int status, std::string_view error, std::string_view description) {
    boost::json::object o;
    o["error"] = error;
    o["error_description"] = description;
    outcome out;
    out.route = "oauth";
    out.response = json_answer(status, boost::json::serialize(o));
    return out;
}

std::string encoded(std::string_view s) { return boost::urls::encode(s, boost::urls::unreserved_chars); }

} // namespace

std::string oauth_authority::required_authorization() const {
    std::lock_guard lock(mutex_);
    if (generation_ == 0) return "Bearer (no token issued yet)";
    return "Bearer e2e-access-" + std::to_string(generation_);
}

int oauth_authority::issued() const {
    std::lock_guard lock(mutex_);
    return generation_;
}

outcome oauth_authority::issue(const std::string& scope) {
    ++generation_;
    scope_ = scope;
    boost::json::object o;
    o["access_token"] = "e2e-access-" + std::to_string(generation_);
    o["expires_in"] = settings_.expires_in;
    o["scope"] = scope_;
    o["refresh_token"] = "e2e-refresh-" + std::to_string(generation_);
    o["token_type"] = "Bearer";
    outcome out;
    out.route = "oauth.token";
    out.response = json_answer(200, boost::json::serialize(o));
    return out;
}

std::optional<outcome> oauth_authority::handle(const incoming_request& req) {
    auto target = boost::urls::parse_origin_form(req.target);
    if (!target) return std::nullopt;
    const std::string path(target->path());
    std::lock_guard lock(mutex_);

    if (req.method == "GET" && path == "/authorize") {
        std::map<std::string, std::string> p;
        for (const auto& param : target->params()) {
            if (p.count(param.key)) return oauth_failure(400, "invalid_request", "repeated parameter " + param.key);
            p[param.key] = param.value;
        }
        const auto is = [&](const char* key, const std::string& value) { return p.count(key) && p[key] == value; };
        if (!is("audience", "api.atlassian.com")) return oauth_failure(400, "invalid_request", "audience");
        if (!is("client_id", settings_.client_id)) return oauth_failure(400, "invalid_client", "client_id");
        if (!is("response_type", "code")) return oauth_failure(400, "unsupported_response_type", "response_type");
        if (!is("redirect_uri", settings_.redirect_uri)) return oauth_failure(400, "invalid_request", "redirect_uri");
        if (p["scope"].empty()) return oauth_failure(400, "invalid_scope", "scope");
        if (p["state"].empty()) return oauth_failure(400, "invalid_request", "state");
        if (p.count("prompt") && p["prompt"] != "consent") return oauth_failure(400, "invalid_request", "prompt");
        scope_ = p["scope"];
        outcome out;
        out.route = "oauth.authorize";
        out.response.status = 302;
        out.response.headers.push_back({"Location", settings_.redirect_uri + "?code=" + encoded(settings_.code) +
                                                        "&state=" + encoded(p["state"])});
        return out;
    }

    if (req.method == "POST" && path == "/oauth/token") {
        const header* type = req.find_header("Content-Type");
        if (!type || type->value != "application/json")
            return oauth_failure(400, "invalid_request", "Content-Type must be application/json");
        boost::system::error_code ec;
        const boost::json::value body = boost::json::parse(req.body, ec);
        if (ec || !body.is_object()) return oauth_failure(400, "invalid_request", "the body is not a JSON object");
        const boost::json::object& o = body.get_object();
        const auto field = [&](const char* key) -> std::string {
            const boost::json::value* v = o.if_contains(key);
            return v && v->is_string() ? std::string(v->get_string()) : std::string();
        };
        if (field("client_id") != settings_.client_id || field("client_secret") != settings_.client_secret)
            return oauth_failure(401, "access_denied", "Unauthorized");
        const std::string grant = field("grant_type");
        if (grant == "authorization_code") {
            if (o.size() != 5) return oauth_failure(400, "invalid_request", "unexpected members");
            if (code_used_ || field("code") != settings_.code)
                return oauth_failure(403, "invalid_grant", "Invalid authorization code");
            if (field("redirect_uri") != settings_.redirect_uri)
                return oauth_failure(403, "invalid_grant", "redirect_uri does not match");
            code_used_ = true;
            return issue(scope_);
        }
        if (grant == "refresh_token") {
            if (o.size() != 4) return oauth_failure(400, "invalid_request", "unexpected members");
            if (generation_ == 0 || field("refresh_token") != "e2e-refresh-" + std::to_string(generation_))
                return oauth_failure(403, "invalid_grant", "Unknown or invalid refresh token.");
            return issue(scope_);
        }
        return oauth_failure(400, "unsupported_grant_type", "grant_type");
    }

    if (req.method == "GET" && path == "/oauth/token/accessible-resources") {
        const header* auth = req.find_header("Authorization");
        outcome out;
        out.route = "oauth.accessible_resources";
        if (generation_ == 0 || !auth || auth->value != "Bearer e2e-access-" + std::to_string(generation_)) {
            out.response = json_answer(401, R"({"code":401,"message":"Unauthorized"})");
            return out;
        }
        boost::json::array scopes;
        for (std::string_view rest = scope_; !rest.empty();) {
            const std::size_t space = rest.find(' ');
            if (space != 0) scopes.emplace_back(rest.substr(0, space));
            rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
        }
        boost::json::object s;
        s["id"] = settings_.cloud_id;
        s["name"] = settings_.site_name;
        s["url"] = settings_.site_url;
        s["scopes"] = std::move(scopes);
        s["avatarUrl"] = "https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/flag.png";
        out.response = json_answer(200, boost::json::serialize(boost::json::array{std::move(s)}));
        return out;
    }
    return std::nullopt;
}

} // namespace csm_test_server

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_SIMULATOR_HPP
#define CSM_TESTING_SIMULATOR_HPP

#include <csm/testing/detail/bulk.hpp>
#include <csm/testing/detail/bulk_entities.hpp>
#include <csm/testing/detail/csm_request.hpp>
#include <csm/testing/detail/customer.hpp>
#include <csm/testing/detail/help_center.hpp>
#include <csm/testing/detail/organization.hpp>
#include <csm/testing/detail/product.hpp>
#include <csm/testing/detail/profile.hpp>
#include <csm/testing/detail/respond.hpp>
#include <csm/testing/detail/site.hpp>
#include <csm/testing/fault_plan.hpp>

#include <csm/rest/endpoints.hpp>
#include <csm/rest/http.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// An in-process, sans-IO fake of the CSM REST service for integration tests (issue 19, first step): a
/// callable from http_request to http_response, so it plugs in wherever a transport does (send,
/// send_with_retry). Not part of csm/csm.hpp. Requests are routed by the library's own endpoint registry
/// (csm/rest/endpoints.hpp), bodies are read with the library's codec and answers written with its
/// serializers, so the client and the fake read the same models. docs/testing.md lists what it models.
namespace csm::testing {

/// What a Bearer token may do: the site it belongs to, its scopes and when it expires.
struct token_grant {
    std::string cloud_id;
    std::vector<std::string> scopes;
    std::chrono::system_clock::time_point expires = std::chrono::system_clock::time_point::max();
};

class simulator {
public:
    using clock = std::chrono::system_clock;

    /// Registers a token. Requests carry it as "Authorization: Bearer <token>".
    void add_token(std::string token, token_grant grant) { tokens_[std::move(token)] = std::move(grant); }

    /// The simulated time used for token expiry; tests move it, nothing sleeps.
    void set_now(clock::time_point now) noexcept { now_ = now; }

    /// Injects faults from now on (csm/testing/fault_plan.hpp).
    void set_faults(fault_plan plan) { faults_ = std::move(plan); }

    /// The total delay that `slow` faults reported so far (nothing sleeps in-process).
    std::chrono::milliseconds simulated_delay() const noexcept { return delay_; }

    rest::http_response operator()(const rest::http_request& req) {
        std::vector<std::string> params;
        std::string cloud;
        const rest::endpoint_info* info = locate(req, cloud, params);
        if (!info) return detail::error(404, "No such endpoint");
        const std::optional<fault> f = faults_ ? faults_->next(info->name) : std::nullopt;
        if (!f) return handle(req, *info, cloud, params);
        // A 429 or 5xx fault answers before the request acts, so a retry does not act twice.
        const bool acts =
            f->kind == fault_kind::slow || f->kind == fault_kind::truncated_body || f->kind == fault_kind::not_json;
        if (f->kind == fault_kind::slow) delay_ += f->delay;
        return fault_plan::apply(*f, acts ? handle(req, *info, cloud, params) : rest::http_response{});
    }

private:
    /// The endpoint of a request under the Atlassian base /jsm/csm/cloudid/{cloudId}/api/v1
    /// (csm/rest/api_base.hpp), its cloud id and its path parameters; nullptr when none matches.
    static const rest::endpoint_info* locate(const rest::http_request& req, std::string& cloud,
                                             std::vector<std::string>& params) {
        const std::string path(req.url.encoded_path());
        constexpr std::string_view prefix = "/jsm/csm/cloudid/";
        constexpr std::string_view api = "/api/v1";
        if (!path.starts_with(prefix)) return nullptr;
        const std::size_t slash = path.find('/', prefix.size());
        if (slash == std::string::npos || path.compare(slash, api.size(), api) != 0) return nullptr;
        cloud = path.substr(prefix.size(), slash - prefix.size());
        return route(req.method, std::string_view(path).substr(slash + api.size()), params);
    }

    rest::http_response handle(const rest::http_request& req, const rest::endpoint_info& endpoint,
                               const std::string& cloud, const std::vector<std::string>& params) {
        const rest::endpoint_info* info = &endpoint;
        const rest::http_header* auth = req.find_header("Authorization");
        if (!auth || !auth->value.starts_with("Bearer ")) return detail::error(401, "Unauthorized");
        const auto tok = tokens_.find(std::string(auth->value.view().substr(7)));
        if (tok == tokens_.end() || tok->second.expires <= now_) return detail::error(401, "Unauthorized");
        // Tenant isolation: a token of one site reads nothing of another (answered like an unknown token).
        if (tok->second.cloud_id != cloud) return detail::error(401, "Unauthorized");
        for (std::string_view s : info->scopes) {
            const auto& granted = tok->second.scopes;
            if (std::find(granted.begin(), granted.end(), s) == granted.end())
                return detail::error(403, "The token lacks a scope this endpoint requires");
        }
        if (info->experimental) {
            const rest::http_header* opt = req.find_header("X-ExperimentalApi");
            if (!opt || opt->value != "opt-in")
                return detail::error(412, "This experimental API requires X-ExperimentalApi: opt-in");
        }
        detail::site& s = sites_[cloud];
        // Idempotency-Key: a repeated key replays the first answer without acting again (bulk endpoints).
        const rest::http_header* key = req.find_header("Idempotency-Key");
        if (!key && info->bulk)
            return detail::bad_request(errc::missing_member, std::string(rest::detail::header_pointer),
                                       "an Idempotency-Key header (bulk operations require one)");
        if (!key) return dispatch(*info, params, req, s);
        const std::string k = std::string(info->name) + ' ' + key->value.str();
        if (const auto it = s.idempotent.find(k); it != s.idempotent.end()) return it->second;
        rest::http_response r = dispatch(*info, params, req, s);
        s.idempotent.emplace(k, r);
        return r;
    }

    /// Matches a path against the registry's templates; fills the `{placeholder}` segments in order.
    static const rest::endpoint_info* route(rest::http_method m, std::string_view path,
                                            std::vector<std::string>& params) {
        for (const rest::endpoint_info& info : rest::all_endpoint_infos()) {
            if (info.method != m) continue;
            params.clear();
            std::string_view t = info.path, p = path;
            bool ok = true;
            while (ok && !t.empty() && !p.empty()) {
                const std::size_t te = t.find('/', 1), pe = p.find('/', 1);
                const std::string_view ts = t.substr(0, te), ps = p.substr(0, pe);
                if (ts.size() > 2 && ts[1] == '{') ok = ps.size() > 1, params.emplace_back(ps.substr(1));
                else ok = ts == ps;
                t = te == std::string_view::npos ? std::string_view() : t.substr(te);
                p = pe == std::string_view::npos ? std::string_view() : p.substr(pe);
            }
            if (ok && t.empty() && p.empty()) return &info;
        }
        return nullptr;
    }

    /// Each resource's handler answers its endpoints and leaves the others (std::nullopt).
    rest::http_response dispatch(const rest::endpoint_info& info, const std::vector<std::string>& params,
                                 const rest::http_request& req, detail::site& s) const {
        const detail::call c{info.name, params, req, now_};
        if (auto r = detail::organization_call(c, s)) return *r;
        if (auto r = detail::customer_call(c, s)) return *r;
        if (auto r = detail::definitions_call(c, s)) return *r;
        if (auto r = detail::product_call(c, s)) return *r;
        if (auto r = detail::entitlement_call(c, s)) return *r;
        if (auto r = detail::organization_profile_call(c, s)) return *r;
        if (auto r = detail::customer_profile_call(c, s)) return *r;
        if (auto r = detail::bulk_call(c, s)) return *r;
        if (auto r = detail::bulk_entities_call(c, s)) return *r;
        if (auto r = detail::csm_request_call(c, s)) return *r;
        if (auto r = detail::help_center_call(c, s)) return *r;
        // Every endpoint of the registry has a handler (tests/unit/testing/simulator.cpp calls each one); an
        // endpoint added to the registry later answers this until it gets one.
        return detail::error(501, "Not simulated yet (docs/testing.md lists what the simulator models)");
    }

    std::map<std::string, token_grant> tokens_;
    std::map<std::string, detail::site> sites_; // by cloud id
    clock::time_point now_ = clock::now();
    std::optional<fault_plan> faults_;
    std::chrono::milliseconds delay_{0};
};

/// A transport that adds "Authorization: Bearer <token>" and hands the request to a simulator, as a real
/// transport adds authentication.
struct bearer_transport {
    simulator* sim;
    std::string token;
    rest::http_response operator()(const rest::http_request& req) const {
        rest::http_request r = req;
        r.headers.push_back({"Authorization", "Bearer " + token});
        return (*sim)(r);
    }
};

} // namespace csm::testing

#endif

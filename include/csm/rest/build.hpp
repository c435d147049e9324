// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_BUILD_HPP
#define CSM_REST_BUILD_HPP

#include <csm/error.hpp>
#include <csm/json/serialize.hpp>
#include <csm/rest/api_base.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http.hpp>
#include <csm/rest/idempotency_key.hpp>
#include <csm/rest/path.hpp>
#include <csm/result.hpp>
#include <csm/traits.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/url/param.hpp>
#include <boost/url/url.hpp>

#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace csm::rest {

/// How build_request fills in headers.
struct build_options {
    /// Send `X-ExperimentalApi: opt-in` on endpoints that any doc version marked experimental.
    bool experimental_opt_in = true;
    /// The Accept header; empty: none. Endpoints whose response is no_content never send Accept (the docs'
    /// curl examples for deletes send none).
    std::string accept = "application/json";
    /// Which softer client-side checks validate() applies (UI limits, caps on what the server returns); all
    /// on by default.
    limit_options limits{};
};

namespace detail {

template <class T>
void append_query_value(std::string& out, const T& v) {
    if constexpr (std::is_same_v<T, bool>) {
        out.append(v ? "true" : "false");
    } else if constexpr (std::is_integral_v<T>) {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        out.append(buf, r.ptr);
    } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
        append_query_component(out, std::string_view(v));
    } else if constexpr (csm::is_open_enum_v<T>) {
        append_query_component(out, v.str());
    } else {
        append_query_component(out, csm::text_of(v));
    }
}

} // namespace detail

/// Builds the HTTP request of an endpoint: method, URL, headers (Accept; X-ExperimentalApi: opt-in for
/// experimental endpoints; Content-Type when there is a body; Idempotency-Key) and the JSON body.
///
/// Errors, all before any URL exists: the endpoint's own validate() (client-side limits) and unsafe path
/// parameters (errc::unsafe_value at "/path/<key>"). The base was checked when it was made (api_base).
template <endpoint E>
csm::result<http_request> build_request(const E& ep, const api_base& base, const build_options& options = {}) {
    static_assert(check_endpoint<E>());
    using members = detail::endpoint_members<E>;

    if constexpr (requires { { ep.validate(options.limits) } -> std::same_as<std::optional<csm::error>>; }) {
        if (std::optional<csm::error> e = ep.validate(options.limits)) return std::move(*e);
    } else if constexpr (requires { { ep.validate() } -> std::same_as<std::optional<csm::error>>; }) {
        if (std::optional<csm::error> e = ep.validate()) return std::move(*e);
    }

    // Path: every path parameter is checked before anything is built.
    std::optional<csm::error> unsafe;
    boost::mp11::mp_for_each<members>([&](auto d) {
        using D = decltype(d);
        if constexpr (detail::role_of<E, D>() == parameter_role::path) {
            if (!unsafe) unsafe = check_path_segment((ep.*D::pointer).view(), detail::endpoint_member_key<E, D>);
        }
    });
    if (unsafe) return std::move(*unsafe);

    std::string path = base.encoded_path();
    constexpr std::string_view tmpl = E::info.path;
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        if (tmpl[i] != '{') {
            path.push_back(tmpl[i]);
            continue;
        }
        const std::size_t close = tmpl.find('}', i);
        const std::string_view key = tmpl.substr(i + 1, close - i - 1);
        boost::mp11::mp_for_each<members>([&](auto d) {
            using D = decltype(d);
            if constexpr (detail::role_of<E, D>() == parameter_role::path) {
                if (detail::endpoint_member_key<E, D> == key) append_path_segment(path, (ep.*D::pointer).view());
            }
        });
        i = close;
    }

    http_request req;
    req.method = E::info.method;
    req.endpoint_name = E::info.name;
    if (!base.is_relative()) req.url = boost::urls::url(base.origin());
    req.url.set_encoded_path(path);

    // Query, in declaration order; empty optionals are left out.
    std::string value;
    boost::mp11::mp_for_each<members>([&](auto d) {
        using D = decltype(d);
        if constexpr (detail::role_of<E, D>() == parameter_role::query) {
            using M = detail::endpoint_member_t<E, D>;
            const M& m = ep.*D::pointer;
            value.clear();
            if constexpr (csm::is_optional_v<M>) {
                if (!m) return;
                detail::append_query_value(value, *m);
            } else {
                detail::append_query_value(value, m);
            }
            req.url.encoded_params().append(
                boost::urls::param_pct_view(detail::endpoint_member_key<E, D>, boost::urls::pct_string_view(value)));
        }
    });

    // Headers, in the order of the docs' curl examples (Authorization, which comes first there, is the
    // transport's business).
    if (!std::is_same_v<typename E::response, no_content> && !options.accept.empty())
        req.headers.push_back({"Accept", options.accept});
    if (E::info.experimental && options.experimental_opt_in) req.headers.push_back({"X-ExperimentalApi", "opt-in"});
    if constexpr (detail::has_body<E>()) req.headers.push_back({"Content-Type", "application/json"});
    boost::mp11::mp_for_each<members>([&](auto d) {
        using D = decltype(d);
        if constexpr (detail::role_of<E, D>() == parameter_role::header) {
            using M = detail::endpoint_member_t<E, D>;
            const M& m = ep.*D::pointer;
            if constexpr (csm::is_optional_v<M>) {
                if (m) req.headers.push_back({"Idempotency-Key", std::string(m->view())});
            } else {
                req.headers.push_back({"Idempotency-Key", std::string(m.view())});
            }
        }
    });

    boost::mp11::mp_for_each<members>([&](auto d) {
        using D = decltype(d);
        if constexpr (detail::role_of<E, D>() == parameter_role::body) req.body = csm::json::serialize(ep.*D::pointer);
    });
    return req;
}

} // namespace csm::rest

#endif

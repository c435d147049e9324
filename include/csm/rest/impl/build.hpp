// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_IMPL_BUILD_HPP
#define CSM_REST_IMPL_BUILD_HPP

// The definition of build_request (csm/rest/build.hpp): header-only mode, <csm/rest/templates.hpp> and the
// library's sources include it.
#include <csm/rest/build.hpp>
#include <csm/json/impl/serialize.hpp>
#include <csm/rest/path.hpp>
#include <csm/traits.hpp>
// Not csm/rest/idempotency_key.hpp (and its <random>): an Idempotency-Key member is only used through the
// endpoint type, and the bulk resource headers that declare such members include it.

#include <boost/mp11/algorithm.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>

#include <charconv>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace csm::rest {

namespace detail {

template <class Out, class T>
void append_query_value(Out& out, const T& v) {
    if constexpr (std::is_same_v<T, bool>) {
        if (v) out.append("true", 4);
        else out.append("false", 5);
    } else if constexpr (std::is_integral_v<T>) {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        out.append(buf, static_cast<std::size_t>(r.ptr - buf));
    } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
        percent_encode(out, std::string_view(v), false);
    } else if constexpr (csm::is_open_enum_v<T>) {
        percent_encode(out, v.str(), false);
    } else {
        percent_encode(out, csm::text_of(v), false);
    }
}

/// The two passes over a URL: the first counts its characters, the second writes them into a buffer of
/// exactly that size, so that the URL costs one allocation (boost::urls::url's own buffer).
struct url_length {
    std::size_t n = 0;
    void push_back(char) noexcept { ++n; }
    void append(const char*, std::size_t k) noexcept { n += k; }
};
struct url_writer {
    char* p;
    void push_back(char c) noexcept { *p++ = c; }
    void append(const char* s, std::size_t k) noexcept {
        if (k != 0) std::memcpy(p, s, k);
        p += k;
    }
};

/// Writes the URL of `ep` on `base`: origin, encoded path (path parameters substituted) and the query in
/// declaration order, empty optionals left out. The path parameters have been checked already.
template <class E, class Out>
void write_url(Out& out, const E& ep, const api_base& base) {
    using members = endpoint_members<E>;
    out.append(base.origin().data(), base.origin().size());
    out.append(base.encoded_path().data(), base.encoded_path().size());
    constexpr std::string_view tmpl = E::info.path;
    std::size_t literal = 0; // start of the template text not written yet
    for_each_placeholder(tmpl, [&](std::string_view key) {
        const auto open = static_cast<std::size_t>(key.data() - tmpl.data()) - 1;
        out.append(tmpl.data() + literal, open - literal);
        literal = open + key.size() + 2;
        boost::mp11::mp_for_each<members>([&](auto d) {
            using D = decltype(d);
            if constexpr (role_of<E, D>() == parameter_role::path) {
                if (endpoint_member_key<E, D> == key) percent_encode(out, (ep.*D::pointer).view(), true);
            }
        });
    });
    out.append(tmpl.data() + literal, tmpl.size() - literal);

    char separator = '?';
    boost::mp11::mp_for_each<members>([&](auto d) {
        using D = decltype(d);
        if constexpr (role_of<E, D>() == parameter_role::query) {
            using M = endpoint_member_t<E, D>;
            const M& m = ep.*D::pointer;
            if constexpr (csm::is_optional_v<M>) {
                if (!m) return;
            }
            out.push_back(separator);
            separator = '&';
            constexpr std::string_view key = endpoint_member_key<E, D>;
            out.append(key.data(), key.size());
            out.push_back('=');
            if constexpr (csm::is_optional_v<M>) append_query_value(out, *m);
            else append_query_value(out, m);
        }
    });
}

/// The body's JSON text in a string of exactly its size, so that the body costs one allocation whatever its
/// length: written first into a per-thread scratch string that keeps its capacity from one request to the
/// next (released when it grew beyond 64 KiB, so that one huge bulk body does not stay in memory).
template <class Body>
std::string serialize_body(const Body& body) {
    thread_local std::string scratch;
    scratch.clear();
    csm::json::serialize_to(scratch, body);
    std::string text(scratch);
    if (scratch.capacity() > 64 * 1024) std::string().swap(scratch);
    return text;
}

} // namespace detail

template <endpoint E>
csm::result<http_request> build_request(const E& ep, const api_base& base, const build_options& options) {
    static_assert(check_endpoint<E>());
    using members = detail::endpoint_members<E>;

    if constexpr (requires {
                      { ep.validate(options.limits) } -> std::same_as<std::optional<csm::error>>;
                  }) {
        if (std::optional<csm::error> e = ep.validate(options.limits)) return std::move(*e);
    } else if constexpr (requires {
                             { ep.validate() } -> std::same_as<std::optional<csm::error>>;
                         }) {
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

    http_request req;
    req.method = E::info.method;
    req.endpoint_name = E::info.name;

    // URL: counted, then written on the stack (or, if it is very long, in a string of the exact size), then
    // parsed into the url in one allocation.
    {
        detail::url_length length;
        detail::write_url(length, ep, base);
        char stack[1024];
        std::string long_url;
        char* text = stack;
        if (length.n > sizeof stack) {
            long_url.resize(length.n);
            text = long_url.data();
        }
        detail::url_writer writer{text};
        detail::write_url(writer, ep, base);
        auto parsed = boost::urls::parse_uri_reference(std::string_view(text, length.n));
        // Cannot fail: the origin and base path were validated by api_base, path values and query values are
        // percent-encoded, and the template holds only unreserved characters (check_endpoint).
        if (!parsed) return csm::error{errc::invalid_value, "", "a valid URL"};
        req.url = *parsed;
    }

    // Headers, in the order of the docs' curl examples (Authorization, which comes first there, is the
    // transport's business). Counted first so that the vector allocates once.
    const bool accept = !std::is_same_v<typename E::response, no_content> && !options.accept.empty();
    const bool experimental = E::info.experimental && options.experimental_opt_in;
    std::size_t header_count = std::size_t{accept} + std::size_t{experimental} + std::size_t{detail::has_body<E>()};
    boost::mp11::mp_for_each<members>([&](auto d) {
        using D = decltype(d);
        if constexpr (detail::role_of<E, D>() == parameter_role::header) {
            if constexpr (csm::is_optional_v<detail::endpoint_member_t<E, D>>) {
                if (!(ep.*D::pointer)) return;
            }
            ++header_count;
        }
    });
    req.headers.reserve(header_count);
    if (accept) req.headers.push_back({"Accept", options.accept});
    if (experimental) req.headers.push_back({"X-ExperimentalApi", "opt-in"});
    if constexpr (detail::has_body<E>()) req.headers.push_back({"Content-Type", "application/json"});
    boost::mp11::mp_for_each<members>([&](auto d) {
        using D = decltype(d);
        if constexpr (detail::role_of<E, D>() == parameter_role::header) {
            using M = detail::endpoint_member_t<E, D>;
            const M& m = ep.*D::pointer;
            if constexpr (csm::is_optional_v<M>) {
                if (m) req.headers.push_back({"Idempotency-Key", m->view()});
            } else {
                req.headers.push_back({"Idempotency-Key", m.view()});
            }
        }
    });

    boost::mp11::mp_for_each<members>([&](auto d) {
        using D = decltype(d);
        if constexpr (detail::role_of<E, D>() == parameter_role::body)
            req.body = detail::serialize_body(ep.*D::pointer);
    });
    return req;
}

} // namespace csm::rest

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_IMPL_CALLBACK_HPP
#define CSM_AUTH_IMPL_CALLBACK_HPP

// The definitions of auth/callback.hpp: included by it when header-only; compiled into the library
// (csm/src.hpp) in compiled mode (csm/config.hpp).
#include <csm/auth/callback.hpp>

#include <csm/detail/query.hpp>

#include <boost/url/params_view.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

namespace csm::auth {

namespace detail {

/// Equality in time that does not depend on where the first difference is (only the length may show).
inline bool same_secret_text(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    unsigned diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

inline oauth_error callback_error(std::string_view what) {
    oauth_error e;
    e.kind = oauth_error_kind::callback;
    e.description = std::string(what);
    return e;
}

} // namespace detail

CSM_DECL csm::result<authorization_code, oauth_error> read_callback(std::string_view callback_url,
                                                                    std::string_view expected_state) {
    auto parsed = boost::urls::parse_uri_reference(callback_url);
    if (!parsed) return detail::callback_error("the callback is not a URL");
    const boost::urls::url_view& url = *parsed;
    std::optional<std::string> state, code, error, description;
    int states = 0, codes = 0;
    // csm::detail::has_query_params: "?#" would crash Boost.URL 1.81's iteration.
    for (const auto& p : csm::detail::has_query_params(url) ? url.params() : boost::urls::params_view()) {
        if (p.key == "state") {
            ++states;
            state = std::string(p.value);
        } else if (p.key == "code") {
            ++codes;
            code = std::string(p.value);
        } else if (p.key == "error") {
            error = std::string(p.value);
        } else if (p.key == "error_description") {
            description = std::string(p.value);
        }
    }
    if (error) {
        oauth_error e;
        e.kind = oauth_error_kind::callback;
        e.error = oauth_error::allowed_text(*error, 100) ? *error : std::string("(unprintable error code)");
        if (description && oauth_error::allowed_text(*description, 1000)) e.description = *description;
        return e;
    }
    if (states != 1 || expected_state.empty() || !detail::same_secret_text(*state, expected_state))
        return detail::callback_error("state does not match the one sent (a forged or stale callback)");
    if (codes != 1 || code->empty()) return detail::callback_error("no authorization code");
    return authorization_code(std::move(*code));
}

} // namespace csm::auth

#endif

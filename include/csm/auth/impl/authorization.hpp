// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_AUTH_IMPL_AUTHORIZATION_HPP
#define CSM_AUTH_IMPL_AUTHORIZATION_HPP

// The definitions of auth/authorization.hpp: included by it when header-only; compiled into the library
// (csm/src.hpp) in compiled mode (csm/config.hpp).
#include <csm/auth/authorization.hpp>

namespace csm::auth {

namespace detail {

inline bool header_safe(std::string_view text) noexcept {
    return std::none_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7F;
    });
}

inline void append_base64(std::string& out, std::string_view in) {
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::size_t i = 0;
    for (; i + 3 <= in.size(); i += 3) {
        const unsigned n = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                           static_cast<unsigned char>(in[i + 2]);
        out.push_back(alphabet[(n >> 18) & 63]);
        out.push_back(alphabet[(n >> 12) & 63]);
        out.push_back(alphabet[(n >> 6) & 63]);
        out.push_back(alphabet[n & 63]);
    }
    const std::size_t rest = in.size() - i;
    if (rest == 0) return;
    unsigned n = static_cast<unsigned char>(in[i]) << 16;
    if (rest == 2) n |= static_cast<unsigned char>(in[i + 1]) << 8;
    out.push_back(alphabet[(n >> 18) & 63]);
    out.push_back(alphabet[(n >> 12) & 63]);
    out.push_back(rest == 2 ? alphabet[(n >> 6) & 63] : '=');
    out.push_back('=');
}

inline csm::error unsafe_credential(std::string_view pointer, std::string_view expected) {
    return csm::error{errc::unsafe_value, std::string(pointer), std::string(expected)};
}

} // namespace detail

CSM_DECL csm::result<rest::http_header> bearer(const access_token& token) {
    if (token.empty() || !detail::header_safe(token.reveal()))
        return detail::unsafe_credential("/access_token", "a non-empty token without control characters");
    return rest::http_header{"Authorization", "Bearer " + token.reveal()};
}

CSM_DECL csm::result<rest::http_header> basic(std::string_view email, const api_token& token) {
    if (email.empty() || email.find(':') != std::string_view::npos || !detail::header_safe(email))
        return detail::unsafe_credential("/email", "a non-empty email without ':' or control characters");
    if (token.empty() || !detail::header_safe(token.reveal()))
        return detail::unsafe_credential("/api_token", "a non-empty token without control characters");
    std::string plain(email);
    plain.push_back(':');
    plain.append(token.reveal());
    std::string value = "Basic ";
    detail::append_base64(value, plain);
    return rest::http_header{"Authorization", std::move(value)};
}

} // namespace csm::auth

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_IMPL_IDEMPOTENCY_KEY_HPP
#define CSM_REST_IMPL_IDEMPOTENCY_KEY_HPP

// The definition of idempotency_key::generate_uuid_v4(G&), with <random>: included by rest/idempotency_key.hpp
// when header-only, by <csm/rest/templates.hpp> and the library's sources in compiled mode.
#include <csm/rest/idempotency_key.hpp>

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <utility>

namespace csm::rest {

template <detail::uniform_random_bit_generator G>
idempotency_key idempotency_key::generate_uuid_v4(G& gen) {
    std::uniform_int_distribution<std::uint32_t> dist(0, 0xFFFFFFFFu);
    std::array<unsigned char, 16> bytes{};
    for (std::size_t i = 0; i < bytes.size(); i += 4) {
        const std::uint32_t r = dist(gen);
        for (std::size_t j = 0; j < 4; ++j) bytes[i + j] = static_cast<unsigned char>(r >> (8 * j));
    }
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80); // variant 10xx
    constexpr char hex[] = "0123456789abcdef";
    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) text.push_back('-');
        text.push_back(hex[bytes[i] >> 4]);
        text.push_back(hex[bytes[i] & 0x0F]);
    }
    return idempotency_key(std::move(text));
}

} // namespace csm::rest

#endif

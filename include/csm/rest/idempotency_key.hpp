// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_IDEMPOTENCY_KEY_HPP
#define CSM_REST_IDEMPOTENCY_KEY_HPP

#include <csm/error.hpp>
#include <csm/result.hpp>

#include <array>
#include <concepts>
#include <cstdint>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <utility>

namespace csm::rest {

/// The value of the `Idempotency-Key` header that every bulk operation requires: 1 to 255 visible ASCII
/// characters (0x21–0x7E), so it can never split or extend a header line. The docs' examples are UUIDs;
/// generate_uuid_v4 makes one. Not default constructible: a bulk endpoint cannot be built without a key.
class idempotency_key {
public:
    static constexpr std::size_t max_length = 255;
    static constexpr std::string_view json_expected = "1 to 255 visible ASCII characters";

    idempotency_key() = delete;

    /// Validates `text`: empty → invalid_value; longer than 255 → too_long; CR, LF or another control
    /// character → unsafe_value; a space or a non-ASCII byte → invalid_value. Errors never quote the text.
    /// A valid key for the JSON codec to read into (users get no default constructor).
    static idempotency_key json_placeholder() { return idempotency_key(std::string("placeholder")); }

    static csm::result<idempotency_key> parse(std::string_view text) {
        if (text.empty()) return fail(errc::invalid_value);
        if (text.size() > max_length) return fail(errc::too_long);
        for (char c : text) {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || u == 0x7F) return fail(errc::unsafe_value);
            if (u == 0x20 || u > 0x7E) return fail(errc::invalid_value);
        }
        return idempotency_key(std::string(text));
    }

    /// A random (version 4, RFC 9562 variant) UUID in lower case, 8-4-4-4-12, from `gen`.
    template <std::uniform_random_bit_generator G>
    static idempotency_key generate_uuid_v4(G& gen);

    /// A random UUID v4 from std::random_device.
    static idempotency_key generate_uuid_v4() {
        std::random_device device;
        return generate_uuid_v4(device);
    }

    std::string_view view() const noexcept { return value_; }
    const std::string& str() const noexcept { return value_; }

    friend bool operator==(const idempotency_key&, const idempotency_key&) = default;
    friend std::ostream& operator<<(std::ostream& os, const idempotency_key& k) { return os << k.value_; }

private:
    explicit idempotency_key(std::string value) : value_(std::move(value)) {}

    static csm::error fail(errc code) { return csm::error{code, std::string(), std::string(json_expected)}; }

    std::string value_;
};

template <std::uniform_random_bit_generator G>
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

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_IDEMPOTENCY_KEY_HPP
#define CSM_REST_IDEMPOTENCY_KEY_HPP

#include <csm/config.hpp>
#include <csm/error.hpp>
#include <csm/result.hpp>

#include <array>
#include <concepts>
#include <cstdint>
#include <ostream>
#include <type_traits>
#include <string>
#include <string_view>
#include <utility>

namespace csm::rest {

namespace detail {
/// std::uniform_random_bit_generator, spelled out so that this header needs no <random>.
template <class G>
concept uniform_random_bit_generator =
    std::invocable<G&> && std::unsigned_integral<std::invoke_result_t<G&>> && requires {
    { G::min() } -> std::same_as<std::invoke_result_t<G&>>;
    { G::max() } -> std::same_as<std::invoke_result_t<G&>>;
    requires std::bool_constant<(G::min() < G::max())>::value;
};
} // namespace detail

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

    /// A random (version 4, RFC 9562 variant) UUID in lower case, 8-4-4-4-12, from `gen` (a
    /// std::uniform_random_bit_generator). In compiled mode the library holds it for std::mt19937 and
    /// std::mt19937_64; another generator needs <csm/rest/templates.hpp> (csm/config.hpp).
    template <detail::uniform_random_bit_generator G>
    static idempotency_key generate_uuid_v4(G& gen);

    /// A random UUID v4 from std::random_device.
    static idempotency_key generate_uuid_v4();

    std::string_view view() const noexcept { return value_; }
    const std::string& str() const noexcept { return value_; }

    friend bool operator==(const idempotency_key&, const idempotency_key&) = default;
    friend std::ostream& operator<<(std::ostream& os, const idempotency_key& k) { return os << k.value_; }

private:
    explicit idempotency_key(std::string value) : value_(std::move(value)) {}

    static csm::error fail(errc code) { return csm::error{code, std::string(), std::string(json_expected)}; }

    std::string value_;
};

} // namespace csm::rest

#if !defined(CSM_SEPARATE_COMPILATION)
#include <csm/rest/impl/idempotency_key.hpp>
#include <csm/rest/impl/random_idempotency_key.hpp>
#endif

#endif

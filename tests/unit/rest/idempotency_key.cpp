// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/idempotency_key.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.idempotency_key
#include <boost/test/unit_test.hpp>

#include <csm_test/generated_ids.hpp>

#include <random>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>

using csm::rest::idempotency_key;

namespace {

bool is_uuid_v4(std::string_view s) {
    if (s.size() != 36) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return s[14] == '4' && (s[19] == '8' || s[19] == '9' || s[19] == 'a' || s[19] == 'b');
}

} // namespace

static_assert(!std::is_default_constructible_v<idempotency_key>);
static_assert(!std::is_constructible_v<idempotency_key, std::string>);
static_assert(!std::is_convertible_v<const char*, idempotency_key>);

BOOST_AUTO_TEST_CASE(parse_accepts_visible_ascii) {
    auto k = idempotency_key::parse("c748a424-1db8-47f9-8288-713cdb0407b5");
    BOOST_TEST_REQUIRE(k.has_value());
    BOOST_TEST(k->view() == "c748a424-1db8-47f9-8288-713cdb0407b5");
    BOOST_TEST(idempotency_key::parse("!").has_value());
    BOOST_TEST(idempotency_key::parse("~{}[]\"'").has_value());
    BOOST_TEST(idempotency_key::parse(std::string(255, 'k')).has_value());
    std::ostringstream os;
    os << *k;
    BOOST_TEST(os.str() == "c748a424-1db8-47f9-8288-713cdb0407b5");
}

BOOST_AUTO_TEST_CASE(parse_refuses) {
    struct {
        std::string text;
        csm::errc code;
    } const cases[] = {
        {"", csm::errc::invalid_value},
        {std::string(256, 'k'), csm::errc::too_long},
        {"abc\r\nX-Injected: 1", csm::errc::unsafe_value},
        {"abc\n", csm::errc::unsafe_value},
        {std::string("a\0b", 3), csm::errc::unsafe_value},
        {"a\x7f", csm::errc::unsafe_value},
        {"a\tb", csm::errc::unsafe_value},
        {"a b", csm::errc::invalid_value},
        {"ü", csm::errc::invalid_value},
    };
    for (const auto& c : cases) {
        auto k = idempotency_key::parse(c.text);
        BOOST_TEST_REQUIRE(k.has_error());
        BOOST_TEST((k.error().code == c.code), csm::to_string(k.error().code));
        BOOST_TEST(k.error().expected == "1 to 255 visible ASCII characters");
    }
}

BOOST_AUTO_TEST_CASE(uuid_v4_from_a_generator) {
    std::mt19937 a(42), b(42);
    const idempotency_key x = idempotency_key::generate_uuid_v4(a);
    const idempotency_key y = idempotency_key::generate_uuid_v4(b);
    BOOST_TEST(x == y); // deterministic for a seeded generator
    BOOST_TEST(is_uuid_v4(x.view()), x.view());
    BOOST_TEST(idempotency_key::parse(x.view()).value() == x);

    std::set<std::string> seen;
    std::mt19937_64 g(7);
    for (int i = 0; i < 1000; ++i) {
        const idempotency_key k = idempotency_key::generate_uuid_v4(g);
        BOOST_TEST_REQUIRE(is_uuid_v4(k.view()), k.view());
        seen.insert(k.str());
    }
    BOOST_TEST(seen.size() == 1000u);
}

BOOST_AUTO_TEST_CASE(uuid_v4_from_random_device) {
    const idempotency_key a = idempotency_key::generate_uuid_v4();
    const idempotency_key b = idempotency_key::generate_uuid_v4();
    BOOST_TEST(is_uuid_v4(a.view()), a.view());
    BOOST_TEST(is_uuid_v4(b.view()), b.view());
    BOOST_TEST(a != b);
}

BOOST_AUTO_TEST_CASE(every_version_and_variant_nibble) {
    // The variant nibble takes all four values 8, 9, a, b across many keys; the version is always 4.
    std::mt19937 g(1);
    std::set<char> variants;
    for (int i = 0; i < 200; ++i) variants.insert(idempotency_key::generate_uuid_v4(g).view()[19]);
    BOOST_TEST((variants == std::set<char>{'8', '9', 'a', 'b'}));
}

BOOST_AUTO_TEST_CASE(generated_idempotency_keys_never_put_cr_lf_or_nul_in_a_header) {
    std::mt19937 gen(9);
    int accepted = 0;
    for (int i = 0; i < 10'000; ++i) {
        const std::string text = csm_test::generated_id(gen);
        auto key = idempotency_key::parse(text);
        if (!key) {
            if (text.size() >= 8) BOOST_TEST_REQUIRE(key.error().message().find(text) == std::string::npos);
            continue;
        }
        ++accepted;
        BOOST_TEST_REQUIRE(key->view().find_first_of(std::string_view("\r\n\0", 3)) == std::string::npos);
    }
    BOOST_TEST(accepted > 100);
}

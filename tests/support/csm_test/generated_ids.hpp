// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// Generated hostile values for property tests of path segments and header values.
#ifndef CSM_TEST_GENERATED_IDS_HPP
#define CSM_TEST_GENERATED_IDS_HPP

#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace csm_test {

// An id from every byte class: controls (CR, LF, NUL among them), '/', '?', '#', '%', '.', spaces, the
// unreserved and sub-delimiter characters, valid UTF-8 of 2-4 bytes, bytes that are not UTF-8; now and then
// ".", "..", an encoded dot-segment, or a very long id.
inline std::string generated_id(std::mt19937& gen) {
    static const std::vector<std::string> whole = {".", "..", "%2e%2e", "%2E.", "./", "../", "%", "%%", "%zz", ""};
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(gen); };
    if (pick(20) == 0) return whole[pick(whole.size())];
    const std::size_t length = pick(50) == 0 ? 2000 + pick(3000) : 1 + pick(24);
    static const std::string_view specials = "/?#%. ;+=&@:~-_!$'()*,[]\\\"<>^`{|}";
    static const std::vector<std::string> utf8 = {"\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xD0\x96"};
    std::string id;
    while (id.size() < length) {
        switch (pick(6)) {
        case 0: id.push_back(static_cast<char>(pick(2) ? pick(0x20) : 0x7F)); break;           // control
        case 1: id.push_back(specials[pick(specials.size())]); break;                          // delimiters
        case 2: id.push_back(static_cast<char>("azAZ09"[pick(6)] + (pick(2) ? 1 : 0))); break; // letters, digits
        case 3: id += utf8[pick(utf8.size())]; break;                                          // valid UTF-8
        case 4: id.push_back(static_cast<char>(0x80 + pick(0x80))); break;                     // not UTF-8
        default: id += "."; break;                                                             // dots
        }
    }
    return id;
}

} // namespace csm_test

#endif

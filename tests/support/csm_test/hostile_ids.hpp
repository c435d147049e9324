// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// Test support: ids that try to change which endpoint a built URL names. Not a public header.
//
//     for (const auto& [id, segment] : csm_test::hostile_segments)   // sent, as exactly one encoded segment
//         BOOST_TEST(url_of(id) == root + std::string(segment));
//     for (const std::string_view id : csm_test::unsafe_segments)       // refused: errc::unsafe_value
//         ...
#ifndef CSM_TEST_HOSTILE_IDS_HPP
#define CSM_TEST_HOSTILE_IDS_HPP

#include <string_view>

namespace csm_test {

/// An id and the one path segment it must be percent-encoded as (csm/rest/path.hpp).
struct encoded_segment {
    std::string_view id;
    std::string_view segment;
};

/// Ids that are sent, each encoded so that it stays one segment: slashes, query and fragment markers, encoded
/// dot segments (sent literally), dot segments followed by more text, non-ASCII, spaces, ';', and the ':' and
/// '@' that stay bare.
inline constexpr encoded_segment hostile_segments[] = {
    {"a/b", "a%2Fb"},
    {"?", "%3F"},
    {"#", "%23"},
    {"%2e%2e", "%252e%252e"},
    {"..%2f", "..%252f"},
    {"../x", "..%2Fx"},
    {"caf\xc3\xa9", "caf%C3%A9"},
    {"x y", "x%20y"},
    {"a;b=c", "a%3Bb%3Dc"},
    {"qm:a@b", "qm:a@b"},
};

/// Ids refused before any URL exists (errc::unsafe_value): empty, dot segments, control characters.
inline constexpr std::string_view unsafe_segments[] = {
    "", ".", "..", "a\r\nb", "a\nb", std::string_view("\0", 1), "a\x7f", "\t",
};

} // namespace csm_test

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// What every harness asserts beyond "no crash": an error never repeats an input value (a marker planted in
// every string value must not come back in `expected`), its JSON Pointer names something in the input,
// parse → serialize → parse reaches a fixed point, parse<T>'s two readers agree and a strict round trip
// gives the input back apart from the documented normalisations (csm_test::differential). A broken invariant
// aborts, which libFuzzer reports.
#ifndef CSM_FUZZ_INVARIANTS_HPP
#define CSM_FUZZ_INVARIANTS_HPP

#include "../tests/support/csm_test/differential.hpp"

#include <csm/error.hpp>
#include <csm/json/codec.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace csm_fuzz {

/// Planted in front of every string value of the input; no error text may contain it.
inline constexpr std::string_view marker = "CSMSECRETVALUE";

[[noreturn]] inline void broken(const char* invariant, std::string_view detail = {}) {
    std::fprintf(stderr, "csm-cpp fuzz: invariant broken: %s %.*s\n", invariant, static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}

/// The input as a DOM, when it is JSON (parsed with the library's pinned options).
inline std::optional<boost::json::value> dom_of(std::string_view text) {
    auto parsed = csm::json::parse_value(text);
    if (!parsed) return std::nullopt;
    return std::move(*parsed);
}

/// A copy of `v` whose string values (not keys) all start with the marker.
inline boost::json::value marked(const boost::json::value& v) {
    switch (v.kind()) {
    case boost::json::kind::string: {
        std::string s(marker);
        s += v.get_string();
        return boost::json::value(s);
    }
    case boost::json::kind::array: {
        boost::json::array a;
        for (const auto& e : v.get_array()) a.push_back(marked(e));
        return a;
    }
    case boost::json::kind::object: {
        boost::json::object o;
        for (const auto& kv : v.get_object()) o[kv.key()] = marked(kv.value());
        return o;
    }
    default: return v;
    }
}

/// The error names a place in `dom` (or, for a missing member, the object it is missing from), in
/// RFC 6901 form, and says what was expected without quoting any value.
inline void check_error(const csm::error& e, const boost::json::value* dom) {
    if (e.expected.find(marker) != std::string::npos) broken("an error repeats an input value:", e.message());
    if (e.code == csm::errc::syntax_error || dom == nullptr) return;
    boost::system::error_code ec;
    if (dom->find_pointer(e.pointer, ec) != nullptr) return;
    if (e.code == csm::errc::missing_member) {
        const auto slash = e.pointer.rfind('/');
        if (slash != std::string::npos && dom->find_pointer(std::string_view(e.pointer).substr(0, slash), ec)) return;
    }
    broken("an error's JSON Pointer names nothing in the input:", e.message());
}

using csm_test::same_json;

/// Reads `text` as a T; on success, serialize → parse → serialize must give the same JSON; on failure,
/// the error obeys check_error.
template <class T>
void check_parse(std::string_view text, const boost::json::value* dom, csm::json::read_options options) {
    auto first = csm::json::parse<T>(text, options);
    if (!first) return check_error(first.error(), dom);
    const std::string once = csm::json::serialize(*first);
    auto second = csm::json::parse<T>(once, options);
    if (!second) broken("what the library wrote does not read back:", second.error().message());
    const std::string twice = csm::json::serialize(*second);
    if (once != twice && !same_json(*dom_of(once), *dom_of(twice))) broken("parse → serialize is not a fixed point");
}

/// The one-pass and DOM readers agree on `text`, and a strict round trip gives it back
/// (tests/support/csm_test/differential.hpp, shared with the unit tests' fixture check).
template <class T>
void check_readers(std::string_view text) {
    if (const auto disagreement = csm_test::differential<T>(text)) broken("parse<T>:", *disagreement);
}

/// check_parse on the input as it is, tolerant and strict, and on the input with every string value marked;
/// check_readers on the input.
template <class T>
void check_all(std::string_view text) {
    check_readers<T>(text);
    const auto dom = dom_of(text);
    check_parse<T>(text, dom ? &*dom : nullptr, {});
    check_parse<T>(text, dom ? &*dom : nullptr, csm::json::read_options::strict());
    if (dom) {
        const boost::json::value marked_dom = marked(*dom);
        const std::string marked_text = boost::json::serialize(marked_dom);
        check_parse<T>(marked_text, &marked_dom, {});
    }
}

} // namespace csm_fuzz

#endif

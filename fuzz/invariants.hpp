// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// What every harness asserts beyond "no crash": an error never repeats an input value (a marker planted in
// every string value must not come back in `expected`), its JSON Pointer names something in the input, and
// parse → serialize → parse reaches a fixed point. A broken invariant aborts, which libFuzzer reports.
#ifndef CSM_FUZZ_INVARIANTS_HPP
#define CSM_FUZZ_INVARIANTS_HPP

#include <csm/error.hpp>
#include <csm/json/codec.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <cmath>
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

/// Equal as JSON, numbers within a few units in the last place (Boost 1.81 reads doubles to within 1 ULP).
inline bool same_json(const boost::json::value& a, const boost::json::value& b) {
    if (a.is_number() && b.is_number()) {
        if (a.kind() != boost::json::kind::double_ && b.kind() != boost::json::kind::double_) return a == b;
        const double x = a.to_number<double>(), y = b.to_number<double>();
        return x == y || std::fabs(x - y) <= 1e-14 * std::fmax(std::fabs(x), std::fabs(y));
    }
    if (a.kind() != b.kind()) return false;
    if (a.is_array()) {
        const auto &x = a.get_array(), &y = b.get_array();
        if (x.size() != y.size()) return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (!same_json(x[i], y[i])) return false;
        return true;
    }
    if (a.is_object()) {
        const auto &x = a.get_object(), &y = b.get_object();
        if (x.size() != y.size()) return false;
        for (const auto& kv : x) {
            const auto* other = y.if_contains(kv.key());
            if (other == nullptr || !same_json(kv.value(), *other)) return false;
        }
        return true;
    }
    return a == b;
}

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

/// check_parse on the input as it is, tolerant and strict, and on the input with every string value marked.
template <class T>
void check_all(std::string_view text) {
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

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// Test support shared by the unit tests and the fuzz harnesses (fuzz/invariants.hpp): the two readers of
// parse<T> checked against each other, and what a strict round trip may change (docs/json-mapping.md, "What a
// round trip changes"). No Boost.Test here: each check returns what disagrees, or nothing. Not a public header.
#ifndef CSM_TEST_DIFFERENTIAL_HPP
#define CSM_TEST_DIFFERENTIAL_HPP

#include <csm/error.hpp>
#include <csm/instant.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

namespace csm_test {

namespace detail {
/// Arrays of equal size whose elements are pairwise `equal`.
template <class Equal>
bool same_elements(const boost::json::array& x, const boost::json::array& y, Equal equal) {
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (!equal(x[i], y[i])) return false;
    return true;
}
} // namespace detail

/// Equal as JSON, numbers within a few units in the last place (Boost 1.81 reads doubles to within 1 ULP).
inline bool same_json(const boost::json::value& a, const boost::json::value& b) {
    if (a.is_number() && b.is_number()) {
        if (a.kind() != boost::json::kind::double_ && b.kind() != boost::json::kind::double_) return a == b;
        const double x = a.to_number<double>(), y = b.to_number<double>();
        return x == y || std::fabs(x - y) <= 1e-14 * std::fmax(std::fabs(x), std::fabs(y));
    }
    if (a.kind() != b.kind()) return false;
    if (a.is_array()) return detail::same_elements(a.get_array(), b.get_array(), same_json);
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

/// Keys a model reads but writes under another key or not at all: the aliases ("values", …, "lastUpdated") and
/// the read_only() keys ("ari", …) of the models (grep "alias(\"" and "read_only(" in include/csm). Only these
/// may vanish in a round trip with a value.
inline constexpr std::string_view keys_read_not_written[] = {
    "values", "externalEmailAddress", "url", "lastActivity", "lifeTimeValue", "lastUpdated", "ari", "name", "userName",
    "avatar",
};

namespace detail {
inline bool same_text_ignoring_case(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](unsigned char x, unsigned char y) { return std::tolower(x) == std::tolower(y); });
}
/// What a value-initialized member is written as (default_if_missing).
inline bool is_empty_value(const boost::json::value& v) {
    switch (v.kind()) {
    case boost::json::kind::null: return true;
    case boost::json::kind::bool_: return !v.get_bool();
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_: return v.to_number<double>() == 0;
    case boost::json::kind::string: return v.get_string().empty();
    case boost::json::kind::array: return v.get_array().empty();
    case boost::json::kind::object: return v.get_object().empty();
    }
    return false;
}
} // namespace detail

/// `written` (what serialize wrote after a strict read of `input`) is `input` apart from the documented
/// normalisations: numbers to within a few ULP and in the member's kind, integer ids as strings, open enum
/// names in their canonical spelling, instants as the same moment (upper-case "T"/"Z", leap second), a bare
/// element as a list of one, a null or absent optional member left out, an absent or null default_if_missing
/// member written value-initialized, an alias written under its canonical key, a read_only key left out.
inline bool same_json_normalised(const boost::json::value& input, const boost::json::value& written) {
    namespace json = boost::json;
    if (input.is_number() && written.is_number()) return same_json(input, written);
    if ((input.is_int64() || input.is_uint64()) && written.is_string())
        return json::serialize(input) == std::string_view(written.get_string());
    if (input.is_string() && written.is_string()) {
        const std::string_view a = input.get_string(), b = written.get_string();
        if (a == b || detail::same_text_ignoring_case(a, b)) return true;
        const auto x = csm::instant::parse(a), y = csm::instant::parse(b);
        return x && y && *x == *y;
    }
    if (input.is_null()) return detail::is_empty_value(written);
    if (input.is_object() && written.is_array())
        return written.get_array().size() == 1 && same_json_normalised(input, written.get_array()[0]);
    if (input.kind() != written.kind()) return false;
    if (input.is_array()) return detail::same_elements(input.get_array(), written.get_array(), same_json_normalised);
    if (!input.is_object()) return input == written;
    const auto &in = input.get_object(), &out = written.get_object();
    for (const auto& kv : in) {
        if (const auto* w = out.if_contains(kv.key())) {
            if (!same_json_normalised(kv.value(), *w)) return false;
        } else if (!kv.value().is_null() &&
                   std::find(std::begin(keys_read_not_written), std::end(keys_read_not_written), kv.key()) ==
                       std::end(keys_read_not_written)) {
            return false; // a key with a value vanished
        }
    }
    for (const auto& kv : out) {
        if (in.contains(kv.key()) || detail::is_empty_value(kv.value())) continue;
        // Written under its canonical key: some alias read carries the value.
        const bool from_alias = std::any_of(in.begin(), in.end(), [&](const json::key_value_pair& i) {
            return !out.contains(i.key()) && same_json_normalised(i.value(), kv.value());
        });
        if (!from_alias) return false; // a key with a value appeared
    }
    return true;
}

/// "code at pointer (expected)", the parts of an error the two readers must agree on.
inline std::string error_summary(const csm::error& e) {
    return std::string(csm::to_string(e.code)) + " at '" + e.pointer + "' (" + e.expected + ")";
}

/// Where the one-pass reader (parse_one_pass) and the DOM reader (from_value on parse_value) disagree about
/// `text` read as a T: the one-pass reader takes a document the DOM reader rejects or reads another value;
/// parse<T> gives another value than the DOM reader, or another error (code, pointer, expected). Nothing
/// when they agree.
template <class T>
std::optional<std::string> reader_disagreement(std::string_view text, csm::json::read_options options) {
    const auto dom = csm::json::parse_value(text);
    const csm::result<T> by_dom = dom ? csm::json::from_value<T>(*dom, options) : csm::result<T>(dom.error());
    if (const auto one_pass = csm::json::parse_one_pass<T>(text, options)) {
        if (!by_dom) return "the one-pass reader takes what the DOM reader rejects: " + error_summary(by_dom.error());
        const std::string a = csm::json::serialize(*one_pass), b = csm::json::serialize(*by_dom);
        if (a != b) return "the one-pass reader reads " + a + ", the DOM reader " + b;
    }
    const csm::result<T> parsed = csm::json::parse<T>(text, options);
    if (parsed && by_dom) {
        const std::string a = csm::json::serialize(*parsed), b = csm::json::serialize(*by_dom);
        if (a != b) return "parse reads " + a + ", the DOM reader " + b;
        return std::nullopt;
    }
    if (parsed) return "parse takes what the DOM reader rejects: " + error_summary(by_dom.error());
    if (by_dom) return "parse rejects what the DOM reader takes: " + error_summary(parsed.error());
    const std::string a = error_summary(parsed.error()), b = error_summary(by_dom.error());
    if (a != b) return "parse fails with " + a + ", the DOM reader with " + b;
    return std::nullopt;
}

/// What a strict round trip changed beyond the normalisations of same_json_normalised: nothing when `text`
/// is not read in strict mode, or when serialize(parse(text)) is `text` apart from them.
template <class T>
std::optional<std::string> round_trip_change(std::string_view text) {
    const auto parsed = csm::json::parse<T>(text, csm::json::read_options::strict());
    if (!parsed) return std::nullopt;
    const std::string written = csm::json::serialize(*parsed);
    const auto in = csm::json::parse_value(text), out = csm::json::parse_value(written);
    if (!out) return "serialize wrote what does not parse: " + written;
    if (!same_json_normalised(*in, *out)) return "a strict round trip changed the document: it wrote " + written;
    return std::nullopt;
}

/// Both checks, in strict and tolerant mode.
template <class T>
std::optional<std::string> differential(std::string_view text) {
    for (const auto options : {csm::json::read_options{}, csm::json::read_options::strict()})
        if (auto d = reader_disagreement<T>(text, options)) return d;
    return round_trip_change<T>(text);
}

} // namespace csm_test

#endif

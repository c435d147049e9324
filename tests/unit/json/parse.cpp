// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/json/parse.hpp>

#define BOOST_TEST_MODULE csm.json.parse
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <boost/describe/class.hpp>

#include <csm/graph/envelope.hpp>
#include <csm/json/value.hpp>
#include <csm_test/fixtures.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pm {
struct doc {
    std::string text;
};
BOOST_DESCRIBE_STRUCT(doc, (), (text))

// For the streaming reader (csm/json/detail/stream_read.hpp): aliases, kept keys, nesting, maps, raw JSON.
struct node {
    std::optional<std::vector<node>> children{};
    std::optional<int> n{};
    friend bool operator==(const node&, const node&) = default;
};
BOOST_DESCRIBE_STRUCT(node, (), (children, n))
struct rich {
    std::string name;
    std::optional<int> count{};
    std::map<std::string, std::vector<int>> groups{};
    std::optional<boost::json::value> raw{};
    csm::json::unknown_fields extra{};
    static constexpr csm::json::field_rule json_fields[] = {
        csm::json::alias("name", "title"), csm::json::alias("name", "label"), csm::json::default_if_missing("groups")};
    friend bool operator==(const rich&, const rich&) = default;
};
BOOST_DESCRIBE_STRUCT(rich, (), (name, count, groups, raw, extra))
} // namespace pm

namespace {
void expect_syntax_error(std::string_view text, std::string_view expected) {
    BOOST_TEST_CONTEXT("input: " << text) {
        const auto v = csm::json::parse_value(text);
        BOOST_TEST_REQUIRE(v.has_error());
        BOOST_TEST(csm::to_string(v.error().code) == "syntax_error");
        BOOST_TEST(v.error().pointer == "");
        BOOST_TEST(v.error().expected == expected);
        const auto d = csm::json::parse<pm::doc>(text);
        BOOST_TEST_REQUIRE(d.has_error());
        BOOST_TEST((d.error() == v.error()));
    }
}
std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }
} // namespace

BOOST_AUTO_TEST_CASE(well_formed_text) {
    BOOST_TEST(csm::json::parse<pm::doc>(R"({"text":"a"})").value().text == "a");
    BOOST_TEST(csm::json::parse<pm::doc>(" \t\r\n{\"text\":\"a\"} \n").value().text == "a");
    BOOST_TEST(csm::json::parse_value("[1,2]").value() == boost::json::value({1, 2}));
    BOOST_TEST(csm::json::parse<pm::doc>("{\"text\":\"\xE2\x82\xAC\"}").value().text == "\xE2\x82\xAC");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_rejected) {
    expect_syntax_error("{\"text\":\"\xFF\"}", "valid UTF-8 JSON text (stopped at byte 9)");
    expect_syntax_error("{\"text\":\"\xC3\"}", "valid UTF-8 JSON text (stopped at byte 9)");         // truncated
    expect_syntax_error("{\"text\":\"\xC0\xAF\"}", "valid UTF-8 JSON text (stopped at byte 9)");     // overlong '/'
    expect_syntax_error("{\"text\":\"\xED\xA0\x80\"}", "valid UTF-8 JSON text (stopped at byte 9)"); // surrogate
    expect_syntax_error("{\"t\xFF\":\"x\"}", "valid UTF-8 JSON text (stopped at byte 3)");           // in a key
}

BOOST_AUTO_TEST_CASE(non_standard_json_is_rejected) {
    expect_syntax_error(R"({"text":"a"} // comment)", "valid UTF-8 JSON text (stopped at byte 13)");
    expect_syntax_error(R"(/* c */ {"text":"a"})", "valid UTF-8 JSON text (stopped at byte 0)");
    expect_syntax_error(R"({"text":"a",})", "valid UTF-8 JSON text (stopped at byte 12)");
    expect_syntax_error(R"([1,2,])", "valid UTF-8 JSON text (stopped at byte 5)");
    expect_syntax_error(R"({'text':'a'})", "valid UTF-8 JSON text (stopped at byte 1)");
    expect_syntax_error(R"([NaN])", "valid UTF-8 JSON text (stopped at byte 1)");
    expect_syntax_error(R"([01])", "valid UTF-8 JSON text (stopped at byte 2)");
}

BOOST_AUTO_TEST_CASE(trailing_garbage_and_truncation) {
    expect_syntax_error(R"({"text":"a"} x)", "valid UTF-8 JSON text (stopped at byte 13)");
    expect_syntax_error(R"({"text":"a"}{})", "valid UTF-8 JSON text (stopped at byte 12)");
    expect_syntax_error(R"({"text":"a")", "valid UTF-8 JSON text (stopped at byte 11)");
    expect_syntax_error("", "valid UTF-8 JSON text (stopped at byte 0)");
    expect_syntax_error("   ", "valid UTF-8 JSON text (stopped at byte 3)");
}

BOOST_AUTO_TEST_CASE(nesting_is_limited_to_64) {
    BOOST_TEST(csm::json::parse_value(nested(64)).has_value());
    expect_syntax_error(nested(65), "valid UTF-8 JSON text (stopped at byte 64)");
    expect_syntax_error(nested(100000), "valid UTF-8 JSON text (stopped at byte 64)");
}

BOOST_AUTO_TEST_CASE(syntax_errors_never_quote_the_text) {
    const auto r = csm::json::parse<pm::doc>(R"({"text":"SECRET-VALUE-77" oops})");
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(r.error().message().find("SECRET") == std::string::npos);
    BOOST_TEST(r.error().message() == "(root): expected valid UTF-8 JSON text (stopped at byte 26) (syntax_error)");
}

BOOST_AUTO_TEST_CASE(model_errors_after_a_good_parse) {
    const auto r = csm::json::parse<pm::doc>(R"({"text":1})");
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST((r.error() == csm::error{csm::errc::type_mismatch, "/text", "a string"}));
    const auto s = csm::json::parse<pm::doc>(R"({"text":"a","x":1})", csm::json::read_options::strict());
    BOOST_TEST((s.error() == csm::error{csm::errc::unknown_member, "/x", "only documented members (strict mode)"}));
}

BOOST_AUTO_TEST_CASE(throwing_form) {
    BOOST_TEST(csm::json::parse_or_throw<pm::doc>(R"({"text":"a"})").text == "a");
    const auto missing_text = [](const csm::exception& e) {
        return e.error() == csm::error{csm::errc::missing_member, "/text", "a string"} &&
               std::string(e.what()) == "/text: expected a string (missing_member)";
    };
    BOOST_CHECK_EXCEPTION((void)csm::json::parse_or_throw<pm::doc>("{}"), csm::exception, missing_text);
    BOOST_CHECK_THROW((void)csm::json::parse_or_throw<pm::doc>("{"), csm::exception);
    BOOST_CHECK_THROW(
        (void)csm::json::parse_or_throw<pm::doc>(R"({"text":"a","x":1})", csm::json::read_options::strict()),
        csm::exception);
}

namespace {
/// parse<T> must agree with from_value on parse_value, and valid input must take the streaming path.
template <class T>
T streamed_and_dom(std::string_view text) {
    const std::optional<T> streamed = csm::json::parse_one_pass<T>(text);
    BOOST_TEST_REQUIRE(streamed.has_value(), "streaming path refused: " << text);
    const T& s = *streamed;
    const T dom = csm::json::from_value<T>(csm::json::parse_value(text).value()).value();
    BOOST_TEST((s == dom), text);
    BOOST_TEST((csm::json::parse<T>(text).value() == dom));
    return s;
}
} // namespace

BOOST_AUTO_TEST_CASE(streaming_reader_follows_the_dom_rules) {
    // The canonical key wins wherever it is; among aliases the first listed; among equal keys the last.
    BOOST_TEST(streamed_and_dom<pm::rich>(R"({"label":"l","name":"n","title":"t"})").name == "n");
    BOOST_TEST(streamed_and_dom<pm::rich>(R"({"label":"l","title":"t"})").name == "t");
    BOOST_TEST(streamed_and_dom<pm::rich>(R"({"title":"t","label":"l"})").name == "t");
    BOOST_TEST(streamed_and_dom<pm::rich>(R"({"name":"a","name":"b"})").name == "b");
    // A shadowed alias is not read at all, as in the DOM reader.
    BOOST_TEST(streamed_and_dom<pm::rich>(R"({"name":"n","title":[1,{"x":2}]})").name == "n");
    // Null: an optional is empty, a default_if_missing member is default.
    const auto nulls = streamed_and_dom<pm::rich>(R"({"name":"n","count":null,"groups":null,"raw":null})");
    BOOST_TEST(!nulls.count.has_value());
    BOOST_TEST(nulls.groups.empty());
    BOOST_TEST(!nulls.raw.has_value()); // std::optional<value>: null is empty, like any optional
    // Maps, raw JSON and kept unknown keys (with escapes, repeated keys: the last wins).
    const auto r = streamed_and_dom<pm::rich>(
        R"({"groups":{"a":[1,2],"b":[],"a":[3]},"name":"x\u00e9\n","raw":{"k":[true,1.5,"s"]},"zz\"":{"q":[]},"zz\"":7})");
    BOOST_TEST(r.name == "x\xC3\xA9\n");
    BOOST_TEST((r.groups == std::map<std::string, std::vector<int>>{{"a", {3}}, {"b", {}}}));
    BOOST_TEST((*r.raw == csm::json::parse_value(R"({"k":[true,1.5,"s"]})").value()));
    BOOST_TEST((r.extra.members == csm::json::parse_value(R"({"zz\"":7})").value().as_object()));
    // A repeated struct member reads as if it came once.
    const auto twice = streamed_and_dom<pm::node>(R"({"children":[{"n":1}],"n":2,"children":[{"children":[]}]})");
    BOOST_TEST(twice.children->size() == 1u);
    BOOST_TEST(!twice.children->at(0).n.has_value());
}

BOOST_AUTO_TEST_CASE(streaming_reader_deep_nesting_and_large_arrays) {
    std::string deep;
    for (int i = 0; i < 31; ++i) deep += R"({"children":[)";
    deep += R"({"n":7})";
    for (int i = 0; i < 31; ++i) deep += "]}";
    const pm::node d = streamed_and_dom<pm::node>(deep); // 63 levels: arrays and objects both count
    const pm::node* p = &d;
    for (int i = 0; i < 31; ++i) p = &p->children->at(0);
    BOOST_TEST(*p->n == 7);
    // Exactly 64 levels, the limit: every level holds a frame of the one-pass reader's fixed stack.
    std::string limit;
    for (int i = 0; i < 31; ++i) limit += R"({"children":[)";
    limit += R"({"children":[],"n":8})";
    for (int i = 0; i < 31; ++i) limit += "]}";
    const pm::node l = streamed_and_dom<pm::node>(limit);
    p = &l;
    for (int i = 0; i < 31; ++i) p = &p->children->at(0);
    BOOST_TEST(*p->n == 8);
    BOOST_TEST(p->children->empty());
    // One more level is beyond the limit of 64: the same syntax error as parse_value.
    const std::string too_deep = R"({"children":[)" + deep + "]}";
    BOOST_TEST(csm::json::parse_value(too_deep).has_value() == false);
    BOOST_TEST((csm::json::parse<pm::node>(too_deep).error() == csm::json::parse_value(too_deep).error()));

    std::string big = R"({"children":[)";
    for (int i = 0; i < 100000; ++i) big += i ? R"(,{"n":)" + std::to_string(i) + "}" : R"({"n":0})";
    big += "]}";
    const pm::node b = streamed_and_dom<pm::node>(big);
    BOOST_TEST(b.children->size() == 100000u);
    BOOST_TEST(*b.children->back().n == 99999);
}

BOOST_AUTO_TEST_CASE(streaming_reader_errors_are_the_dom_readers) {
    // The first problem in declaration order, not in document order: the DOM reader's precedence.
    const auto e = csm::json::parse<pm::rich>(R"({"count":"x","title":5})");
    BOOST_TEST(e.error().pointer == "/title");
    BOOST_TEST(csm::to_string(e.error().code) == "type_mismatch");
    const auto missing = csm::json::parse<pm::rich>(R"({"count":"x"})");
    BOOST_TEST(missing.error().pointer == "/name");
    BOOST_TEST(csm::to_string(missing.error().code) == "missing_member");
    // A model error before a syntax error: the syntax error wins.
    const auto syntax = csm::json::parse<pm::rich>(R"({"count":"x","name":)");
    BOOST_TEST(csm::to_string(syntax.error().code) == "syntax_error");
    // Strict mode: unknown keys are refused with their pointer.
    const auto strict = csm::json::parse<pm::rich>(R"({"name":"n","zz":1})", csm::json::read_options::strict());
    BOOST_TEST(strict.error().pointer == "/zz");
    BOOST_TEST(csm::to_string(strict.error().code) == "unknown_member");
}

namespace {
/// What the DOM path (parse_value, then from_value) gives for `text`: the reference the typed reader must
/// match, value for value and error for error.
template <class T>
csm::result<T> through_dom(std::string_view text) {
    csm::result<boost::json::value> jv = csm::json::parse_value(text);
    if (!jv) return std::move(jv).error();
    return csm::json::from_value<T>(*jv);
}
/// parse<T> and the streaming reader on their own agree with the DOM path on `text`.
template <class T>
void agrees_with_dom(std::string_view text, std::size_t at) {
    const csm::result<T> dom = through_dom<T>(text);
    const csm::result<T> typed = csm::json::parse<T>(text);
    BOOST_TEST_REQUIRE(typed.has_value() == dom.has_value(), "byte " << at);
    if (dom) {
        BOOST_TEST((*typed == *dom), "byte " << at);
    } else {
        BOOST_TEST((typed.error() == dom.error()),
                   "byte " << at << ": " << typed.error().message() << " vs " << dom.error().message());
    }
    // The streaming reader never accepts what the DOM path refuses, nor reads it differently.
    if (const std::optional<T> streamed = csm::json::parse_one_pass<T>(text)) {
        BOOST_TEST_REQUIRE(dom.has_value(), "streamed a document the DOM path refuses, byte " << at);
        BOOST_TEST((*streamed == *dom), "byte " << at);
    }
}
} // namespace

BOOST_AUTO_TEST_CASE(truncated_at_every_byte_of_a_fixture) {
    // The seed setObjects example (W2's object, docs/performance.md): every proper prefix is a syntax error
    // at a sensible offset (where the text ends, or earlier), the same as the DOM path gives; no crash.
    const std::string text = csm_test::read_fixture("seeds/graph-customer-org.json");
    std::size_t refused = 0;
    for (std::size_t n = 0; n < text.size(); ++n) {
        const std::string_view prefix(text.data(), n);
        agrees_with_dom<csm::graph::set_objects_request>(prefix, n);
        const auto r = csm::json::parse<csm::graph::set_objects_request>(prefix);
        if (r) continue; // only trailing whitespace cut off: nothing is missing
        ++refused;
        BOOST_TEST(csm::to_string(r.error().code) == "syntax_error");
        BOOST_TEST(r.error().pointer.empty());
        BOOST_TEST(r.error().expected.rfind("valid UTF-8 JSON text (stopped at byte ", 0) == 0u);
        const std::size_t stopped = std::stoul(r.error().expected.substr(39));
        BOOST_TEST(stopped <= n, "truncated at " << n << ", stopped at " << stopped);
    }
    BOOST_TEST(refused >= text.size() - 2); // at most a trailing newline may go
}

BOOST_AUTO_TEST_CASE(every_byte_of_a_fixture_corrupted) {
    // Each byte in turn replaced by characters that break the syntax ('\x01', '}', '"'), change a value's
    // type ('7', 'n') or change a key or a string ('x', non-UTF-8 '\xFF'): the typed reader gives exactly the
    // DOM path's result, whether an error (same pointer, expectation and category) or a value.
    const std::string text = csm_test::read_fixture("seeds/graph-customer-org.json");
    for (std::size_t i = 0; i < text.size(); ++i) {
        for (const char c : {'\x01', '}', '"', '7', 'n', 'x', '\xFF'}) {
            std::string corrupted = text;
            corrupted[i] = c;
            agrees_with_dom<csm::graph::set_objects_request>(corrupted, i);
        }
    }
}

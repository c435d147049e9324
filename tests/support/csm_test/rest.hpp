// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// Test support: "the built request equals the documented curl example". Not a public header.
//
//     const auto curl = csm_test::read_fixture("seeds/rest-organization/o5.get_organization.curl");
//     csm_test::check_request_matches_curl(csm_test::build_ok(ep), curl, {{"{organizationId}", "123"}});
//     csm_test::check_response_round_trip<E>(csm_test::read_fixture("…response.json"));
//
// The curl text is the docs' example copied verbatim. Placeholders in its URL are replaced before comparing:
// `{cloudId}` always by csm_test::cloud (build with the api.atlassian.com base for that cloud id), other
// `{name}`s by the substitutions given. Authorization is left out: transports add it.
#ifndef CSM_TEST_REST_HPP
#define CSM_TEST_REST_HPP

#include <csm/json/options.hpp>
#include <csm/json/serialize.hpp>
#include <csm/error.hpp>
#include <csm/ids.hpp>
#include <csm/rest/api_base.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http.hpp>
#include <csm/rest/response.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace csm_test {

/// The cloud id tests build with; curl URLs have `{cloudId}` replaced by it.
inline constexpr std::string_view cloud = "CLOUD";

/// The api.atlassian.com base for csm_test::cloud.
inline csm::rest::api_base atlassian_base() { return csm::rest::api_base::atlassian(csm::cloud_id(cloud)).value(); }

/// The request of `ep` on atlassian_base(); fails the test case if building fails.
template <csm::rest::endpoint E>
csm::rest::http_request build_ok(const E& ep, const csm::rest::build_options& options = {}) {
    auto built = csm::rest::build_request(ep, atlassian_base(), options);
    if (!built) BOOST_FAIL(built.error().message());
    return *std::move(built);
}

/// The error building `ep` on atlassian_base() gives; fails the test case if building succeeds.
template <csm::rest::endpoint E>
csm::error build_error(const E& ep) {
    auto built = csm::rest::build_request(ep, atlassian_base());
    if (built) BOOST_FAIL("expected build_request to fail");
    return built.error();
}

/// BOOST_TESTs that `e` is exactly the error expected: category, JSON Pointer and expectation text.
inline void check_error(const csm::error& e, csm::errc code, std::string_view pointer, std::string_view expected) {
    BOOST_TEST(csm::to_string(e.code) == csm::to_string(code));
    BOOST_TEST(e.pointer == pointer);
    BOOST_TEST(e.expected == expected);
}

/// What a documented curl command sends (Authorization excluded).
struct curl_command {
    std::string method = "GET";
    std::string url;
    std::vector<csm::rest::http_header> headers; ///< in the order the example lists them
    std::optional<std::string> data;             ///< the --data argument
};

namespace detail {

/// Shell-like words: single-quoted text is one word (the docs' examples use no escapes inside quotes);
/// backslash-newline continues a line.
inline std::vector<std::string> curl_words(std::string_view text) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\') {
            ++i;
        } else if (c == '\'') {
            const std::size_t close = text.find('\'', i + 1);
            if (close == std::string_view::npos) throw std::runtime_error("curl example: unterminated quote");
            words.emplace_back(text.substr(i + 1, close - i - 1));
            i = close + 1;
        } else {
            std::size_t end = i;
            while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\r') ++end;
            words.emplace_back(text.substr(i, end - i));
            i = end;
        }
    }
    return words;
}

} // namespace detail

/// Reads a curl example: `curl --request M --url 'U' --header 'N: V'… --data '…'`.
inline curl_command parse_curl(std::string_view text) {
    const std::vector<std::string> words = detail::curl_words(text);
    if (words.empty() || words[0] != "curl") throw std::runtime_error("curl example: does not start with curl");
    curl_command cmd;
    for (std::size_t i = 1; i < words.size(); i += 2) {
        if (i + 1 >= words.size()) throw std::runtime_error("curl example: option without argument");
        const std::string& opt = words[i];
        const std::string& arg = words[i + 1];
        if (opt == "--request" || opt == "-X") {
            cmd.method = arg;
        } else if (opt == "--url") {
            cmd.url = arg;
        } else if (opt == "--header" || opt == "-H") {
            const std::size_t colon = arg.find(':');
            if (colon == std::string::npos) throw std::runtime_error("curl example: header without ':'");
            std::string name = arg.substr(0, colon);
            std::size_t v = colon + 1;
            while (v < arg.size() && arg[v] == ' ') ++v;
            if (csm::rest::header_name_equals(name, "Authorization")) continue;
            cmd.headers.push_back({std::move(name), arg.substr(v)});
        } else if (opt == "--data" || opt == "--data-raw" || opt == "-d") {
            cmd.data = arg;
        } else {
            throw std::runtime_error("curl example: unsupported option " + opt);
        }
    }
    return cmd;
}

using substitutions = std::initializer_list<std::pair<std::string_view, std::string_view>>;

/// `text` with every occurrence of each `from` replaced by its `to`, and `{cloudId}` by csm_test::cloud.
inline std::string substitute(std::string text, substitutions subs = {}) {
    auto replace_all = [&text](std::string_view from, std::string_view to) {
        for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
            text.replace(at, from.size(), to);
    };
    replace_all("{cloudId}", cloud);
    for (const auto& [from, to] : subs) replace_all(from, to);
    return text;
}

/// The headers as "Name: value" lines, sorted: HTTP gives the order of different headers no meaning, so the
/// fixtures (some written where the docs give no example) do not pin the order build_request emits.
inline std::vector<std::string> header_lines(const std::vector<csm::rest::http_header>& headers) {
    std::vector<std::string> lines;
    for (const auto& h : headers) lines.push_back(h.name + ": " + h.value);
    std::sort(lines.begin(), lines.end());
    return lines;
}

/// An endpoint's scopes as a vector, so that a test compares the whole list (and its order) at once:
///     BOOST_TEST(csm_test::scopes_of(E::info) == csm_test::scope_names{"read:…"}, per_element());
using scope_names = std::vector<std::string_view>;
inline scope_names scopes_of(const csm::rest::endpoint_info& info) {
    return scope_names(info.scopes.begin(), info.scopes.end());
}

/// BOOST_TESTs that `request` is exactly what the curl example sends: method, full URL (after the
/// substitutions), the same headers (names and values exactly, in any order), and the body compared as JSON.
inline void check_request_matches_curl(const csm::rest::http_request& request, std::string_view curl_text,
                                       substitutions subs = {}) {
    const curl_command expected = parse_curl(curl_text);
    BOOST_TEST(std::string(csm::rest::to_string(request.method)) == expected.method);
    BOOST_TEST(std::string(request.url.buffer()) == substitute(expected.url, subs));
    BOOST_TEST(header_lines(request.headers) == header_lines(expected.headers), boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(request.body.has_value() == expected.data.has_value());
    if (expected.data) BOOST_TEST(boost::json::parse(*request.body) == boost::json::parse(*expected.data));
}

/// BOOST_TESTs that `body`, answered with `status`, parses (strictly: no unknown keys or enum values) into
/// E's typed response and re-serializes to JSON equal to `body`; returns the typed response for further checks.
template <csm::rest::endpoint E>
typename E::response check_response_round_trip(std::string_view body, int status = 200) {
    auto parsed = csm::rest::parse_response<E>(status, {}, body, csm::json::read_options::strict());
    if (!parsed) BOOST_FAIL(parsed.error().message());
    BOOST_TEST(boost::json::parse(csm::json::serialize(*parsed)) == boost::json::parse(body));
    return *std::move(parsed);
}

} // namespace csm_test

#endif

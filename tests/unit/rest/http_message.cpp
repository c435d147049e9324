// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/http_message.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.http_message
#include <boost/test/unit_test.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace csm::rest;

static_assert(header_name_equals("Retry-After", "retry-after"));
static_assert(header_name_equals("X-EXPERIMENTALAPI", "X-ExperimentalApi"));
static_assert(!header_name_equals("Accept", "Accept-Encoding"));
static_assert(!header_name_equals("a", "b"));

BOOST_AUTO_TEST_CASE(case_insensitive_lookup) {
    http_response r{429, {{"content-type", "application/json"}, {"RETRY-AFTER", "120"}, {"Retry-After", "5"}}, ""};
    BOOST_TEST_REQUIRE(r.find_header("Retry-After") != nullptr);
    BOOST_TEST(r.find_header("Retry-After")->value == "120"); // the first one wins
    BOOST_TEST(r.find_header("Content-Type")->value == "application/json");
    BOOST_TEST(r.find_header("Accept") == nullptr);
    BOOST_TEST(find_header(r.headers, "retry-after")->name == "RETRY-AFTER");
}

BOOST_AUTO_TEST_CASE(find_header_on_a_plain_vector) {
    std::vector<http_header> headers;
    BOOST_TEST(find_header(headers, "Accept") == nullptr);
    headers.push_back({"Accept", "application/json"});
    BOOST_TEST_REQUIRE(find_header(headers, "ACCEPT") != nullptr);
    BOOST_TEST(find_header(headers, "ACCEPT")->value == "application/json");
    BOOST_TEST((headers[0] == http_header{"Accept", "application/json"}));
    BOOST_TEST((headers[0] != http_header{"accept", "application/json"})); // == keeps the spelling
}

BOOST_AUTO_TEST_CASE(header_text_reads_like_a_string) {
    const std::string long_text(100, 'x');
    for (const std::string& s :
         {std::string(), std::string("opt-in"), std::string(39, 'a'), std::string(40, 'b'), long_text}) {
        const header_text t(s);
        BOOST_TEST(t == s);
        BOOST_TEST(t.size() == s.size());
        BOOST_TEST(t.empty() == s.empty());
        BOOST_TEST(std::string(t) == s);
        BOOST_TEST(t.str() == s);
        BOOST_TEST(std::string_view(t) == s);
        BOOST_TEST(std::string(t.c_str()) == s); // NUL-terminated
        BOOST_TEST((std::string(t.begin(), t.end()) == s));
        header_text copy = t;
        BOOST_TEST(copy == t);
        header_text moved = std::move(copy);
        BOOST_TEST(moved == s);
        header_text from_rvalue{std::string(s)};
        BOOST_TEST(from_rvalue == s);
    }
    const header_text v = "application/json; charset=utf-8";
    BOOST_TEST(v[0] == 'a');
    BOOST_TEST(v.front() == 'a');
    BOOST_TEST(v.back() == '8');
    BOOST_TEST(v.find(';') == 16u);
    BOOST_TEST(v.find("json") == 12u);
    BOOST_TEST(v.find_first_of("\r\n") == header_text::npos);
    BOOST_TEST(v.substr(0, 16) == "application/json");
    BOOST_TEST(v.starts_with("application/"));
    BOOST_TEST(v.ends_with("utf-8"));
    BOOST_TEST(v != "application/json");
    BOOST_TEST(("X: " + v + "\n") == "X: application/json; charset=utf-8\n");
    BOOST_TEST((v + std::string("!")) == "application/json; charset=utf-8!");
    BOOST_TEST((header_text("a") < header_text("b")));
}

BOOST_AUTO_TEST_CASE(header_text_assignment) {
    header_text t = "short";
    t = std::string(60, 'y'); // inline to heap
    BOOST_TEST(t == std::string(60, 'y'));
    t = t.view().substr(10); // from its own heap text
    BOOST_TEST(t == std::string(50, 'y'));
    t = t.view().substr(40); // heap to inline, from its own text
    BOOST_TEST(t == std::string(10, 'y'));
    t = t.view().substr(2); // inline, overlapping itself
    BOOST_TEST(t == std::string(8, 'y'));
    t.clear();
    BOOST_TEST(t.empty());
    BOOST_TEST(std::string(t.c_str()).empty());
}

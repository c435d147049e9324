// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/src.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.src
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <string_view>

// tests/CMakeLists.txt compiles this file with CSM_SEPARATE_COMPILATION: parse.hpp declares the parser an
// explicit instantiation that another TU provides, and csm/src.hpp (included above) is that TU here.
#if !defined(CSM_SEPARATE_COMPILATION)
#error "test.src is meant to be compiled with CSM_SEPARATE_COMPILATION"
#endif

namespace {
struct point {
    int x = 0;
    std::optional<std::string> label;
    friend bool operator==(const point&, const point&) = default;
};
BOOST_DESCRIBE_STRUCT(point, (), (x, label))
} // namespace

namespace csm_test {
std::optional<int> read_x_in_another_tu(std::string_view text); // tests/support/compiled_mode_user.cpp
}

BOOST_AUTO_TEST_CASE(the_one_pass_reader_runs_on_the_separately_compiled_parser) {
    const std::optional<point> p = csm::json::parse_one_pass<point>(R"({"x":3,"label":"a"})");
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST((*p == point{3, std::string("a")}));
}

// The other TU only declares the parser (tests/meta/parser_compiled_once.cmake); this link and call prove that
// csm/src.hpp's instantiation serves it.
BOOST_AUTO_TEST_CASE(another_tu_parses_its_own_type_with_this_tus_parser) {
    BOOST_TEST((csm_test::read_x_in_another_tu(R"({"x":7})") == std::optional<int>(7)));
    BOOST_TEST(!csm_test::read_x_in_another_tu(R"({"x":"7"})").has_value());
}

BOOST_AUTO_TEST_CASE(errors_still_come_from_the_dom_reader) {
    const csm::result<point> r = csm::json::parse<point>(R"({"x":"3"})");
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(r.error().pointer == "/x");
    BOOST_TEST(csm::to_string(r.error().code) == "type_mismatch");
}

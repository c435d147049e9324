// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The second TU of test.src (tests/unit/src.cpp is the first, holding csm/src.hpp): a compiled-mode user that
// parses its own type. Its object file must not define the one-pass reader's parser, because the parser's
// `extern template` declaration in csm/json/impl/parse.hpp points it at csm/src.hpp's instantiation;
// tests/meta/parser_compiled_once.cmake checks that with nm, and linking test.src proves the definition exists.
#include <csm/json/templates.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace csm_test {
namespace {
struct point {
    int x = 0;
    std::optional<std::string> label;
};
BOOST_DESCRIBE_STRUCT(point, (), (x, label))
} // namespace

std::optional<int> read_x_in_another_tu(std::string_view text) {
    const std::optional<point> p = csm::json::parse_one_pass<point>(text);
    if (!p) return std::nullopt;
    return p->x;
}
} // namespace csm_test

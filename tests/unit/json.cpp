// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/json.hpp>

#define BOOST_TEST_MODULE csm.json
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <optional>
#include <string>

// The umbrella alone is enough to describe a model and use every entry point.
namespace um {
struct note {
    std::string body_text;
    std::optional<int> line;
    csm::json::unknown_fields rest;
};
BOOST_DESCRIBE_STRUCT(note, (), (body_text, line, rest))
} // namespace um

BOOST_AUTO_TEST_CASE(every_entry_point) {
    const std::string text = R"({"bodyText":"b","line":3,"z":[]})";
    const um::note n = csm::json::parse_or_throw<um::note>(text);
    BOOST_TEST(csm::json::serialize(n) == text);
    BOOST_TEST(csm::json::to_value(n) == csm::json::parse_value(text).value());
    BOOST_TEST(csm::json::from_value<um::note>(csm::json::to_value(n)).value().body_text == "b");
    BOOST_TEST(csm::json::parse<um::note>(text, csm::json::read_options::strict()).error().pointer == "/z");
}

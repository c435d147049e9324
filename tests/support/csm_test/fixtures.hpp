// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// Test support: fixture files and JSON comparison. Not a public header.
#ifndef CSM_TEST_FIXTURES_HPP
#define CSM_TEST_FIXTURES_HPP

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace csm_test {

/// The text of tests/fixtures/<relative>, e.g. "graph/customer-org.json".
inline std::string read_fixture(const std::string& relative) {
    std::ifstream in(std::string(CSM_FIXTURES_DIR) + "/" + relative, std::ios::binary);
    if (!in) throw std::runtime_error("missing fixture: " + relative);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// JSON text parsed with Boost.JSON, for comparing documents as JSON (key order and spacing ignored).
inline boost::json::value json(const std::string& text) { return boost::json::parse(text); }

inline boost::json::value fixture_json(const std::string& relative) { return json(read_fixture(relative)); }

} // namespace csm_test

#endif

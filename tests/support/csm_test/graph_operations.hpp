// Shared by the tests of the Teamwork Graph user, group and relationship operations.
#ifndef CSM_TEST_GRAPH_OPERATIONS_HPP
#define CSM_TEST_GRAPH_OPERATIONS_HPP

#include <csm/graph/validate.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm_test/fixtures.hpp>

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

namespace csm_test {

/// Each problem's short form ("/users/0/externalId: required").
inline std::vector<std::string> briefs(const std::vector<csm::graph::problem>& problems) {
    std::vector<std::string> out;
    for (const csm::graph::problem& p : problems) out.push_back(p.brief());
    return out;
}

/// Reads tests/fixtures/graph/operations/<fixture> as T and checks that writing it gives the file back, and
/// that it reads in strict mode with no unknown members kept.
template <class T>
T read_exact(const std::string& fixture) {
    const std::string text = read_fixture("graph/operations/" + fixture);
    auto parsed = csm::json::parse<T>(text);
    BOOST_REQUIRE_MESSAGE(parsed.has_value(), (parsed ? std::string() : parsed.error().message()));
    BOOST_TEST(csm::json::serialize(*parsed) + "\n" == text); // canonical writing gives the fixture back
    // A tolerant read keeps a misspelled key in unknown_members and writes it back, so the round trip alone
    // would pass: every key must also be one the models know (strict mode) and nothing may be kept.
    const auto strict = csm::json::parse<T>(text, csm::json::read_options::strict());
    BOOST_REQUIRE_MESSAGE(strict.has_value(), "strict: " + (strict ? std::string() : strict.error().message()));
    if constexpr (requires { parsed->unknown_members.empty(); }) {
        BOOST_TEST(parsed->unknown_members.empty());
        BOOST_TEST(strict->unknown_members.empty());
    }
    return std::move(*parsed);
}

} // namespace csm_test

#endif

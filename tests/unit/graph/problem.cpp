// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/graph/problem.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.graph.problem
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using namespace csm::graph;

BOOST_AUTO_TEST_CASE(messages_name_the_pointer_the_expectation_and_the_rule) {
    const problem p{"/objects/0/lastUpdatedAt", rule::instant, severity::error, {}};
    BOOST_TEST(p.message() == "/objects/0/lastUpdatedAt: expected an RFC 3339 date-time with a UTC offset (instant)");
    BOOST_TEST(p.brief() == "/objects/0/lastUpdatedAt: instant");
    const problem w{"", rule::recommended, severity::warning, {}};
    BOOST_TEST(w.message() == "warning: (root): expected a value for a member that should be sent (recommended)");
    BOOST_TEST(w.brief() == "(root): recommended (warning)");
    // The codec's own expectation replaces the rule's when it says more.
    const problem t{"/id", rule::type, severity::error, "a string"};
    BOOST_TEST(t.message() == "/id: expected a string (type)");
}

BOOST_AUTO_TEST_CASE(rule_ids_are_stable_and_distinct) {
    BOOST_TEST(rule_id(rule::absolute_http_url) == "absolute_http_url");
    BOOST_TEST(rule_id(rule::one_of) == "one_of");
    BOOST_TEST(rule_expectation(rule::one_of) == "exactly one of the two members");
    static_assert(rule_id(rule::non_negative) == "non_negative"); // usable in constant expressions
}

BOOST_AUTO_TEST_CASE(only_errors_block_sending) {
    std::vector<problem> problems{{"/a", rule::recommended, severity::warning, {}}};
    BOOST_TEST(!has_errors(problems));
    problems.push_back({"/b", rule::required, severity::error, {}});
    BOOST_TEST(has_errors(problems));
    BOOST_TEST(!has_errors({}));
}

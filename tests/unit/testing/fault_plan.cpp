// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/testing/fault_plan.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.testing.fault_plan
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using namespace csm::testing;

BOOST_AUTO_TEST_CASE(scripted_fault_fires_on_the_nth_call_of_its_endpoint_only) {
    fault_plan plan;
    plan.add({.kind = fault_kind::unavailable, .endpoint = "organization.get", .nth = 3});
    BOOST_TEST(!plan.next("organization.get"));
    BOOST_TEST(!plan.next("customer.account.get"));
    BOOST_TEST(!plan.next("organization.get"));
    const auto third = plan.next("organization.get");
    BOOST_REQUIRE(third);
    BOOST_TEST((third->kind == fault_kind::unavailable));
    BOOST_TEST(!plan.next("organization.get"));
}

BOOST_AUTO_TEST_CASE(random_faults_are_reproducible_by_seed) {
    auto pattern = [](std::uint64_t seed) {
        fault_plan plan(seed);
        plan.add({.kind = fault_kind::server_error, .probability = 0.5});
        std::string s;
        for (int i = 0; i < 32; ++i) s += plan.next("organization.get") ? 'x' : '.';
        return s;
    };
    BOOST_TEST(pattern(7) == pattern(7));
    BOOST_TEST(pattern(7) != pattern(8));
    BOOST_TEST(pattern(7).find('x') != std::string::npos);
    BOOST_TEST(pattern(7).find('.') != std::string::npos);
}

BOOST_AUTO_TEST_CASE(apply_gives_exact_answers) {
    const csm::rest::http_response normal{200, {}, R"({"id":"1","name":"Acme"})"};
    const auto limited =
        fault_plan::apply({.kind = fault_kind::rate_limited, .retry_after = std::chrono::seconds(7)}, normal);
    BOOST_TEST(limited.status == 429);
    BOOST_REQUIRE(limited.find_header("Retry-After"));
    BOOST_TEST(limited.find_header("retry-after")->value == "7");
    BOOST_TEST(fault_plan::apply({.kind = fault_kind::server_error}, normal).status == 500);
    BOOST_TEST(fault_plan::apply({.kind = fault_kind::unavailable}, normal).status == 503);
    BOOST_TEST(fault_plan::apply({.kind = fault_kind::truncated_body}, normal).body == R"({"id":"1","n)");
    BOOST_TEST(fault_plan::apply({.kind = fault_kind::not_json}, normal).body == "<html>upstream error</html>");
    BOOST_TEST(fault_plan::apply({.kind = fault_kind::slow}, normal).body == normal.body);
}

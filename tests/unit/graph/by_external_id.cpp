// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/graph/by_external_id.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.graph.by_external_id
#include <boost/test/unit_test.hpp>

#include <csm/graph/groups.hpp>
#include <csm/graph/users.hpp>
#include <csm/graph/validate.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

#include <csm_test/graph_operations.hpp>

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

using namespace csm::graph;
using csm_test::briefs;
using list = std::vector<std::string>;

// The names users use are the templates' instances; users' and groups' stay distinct types.
static_assert(std::is_same_v<get_user_by_external_id_request, get_by_external_id_request<csm::external_user_id>>);
static_assert(
    std::is_same_v<delete_groups_by_external_id_request, delete_by_external_id_request<csm::external_group_id>>);
static_assert(std::is_same_v<delete_users_response, delete_by_external_id_response<delete_user_result>>);
static_assert(!std::is_same_v<bulk_users_response, bulk_groups_response>);
static_assert(!std::is_same_v<get_user_by_external_id_request, get_group_by_external_id_request>);

BOOST_AUTO_TEST_CASE(requests_are_written_the_same_for_users_and_groups) {
    BOOST_TEST(
        csm::json::serialize(get_user_by_external_id_request{csm::external_user_id("u-1"), csm::connection_id("c")}) ==
        R"({"externalId":"u-1","connectionId":"c"})");
    BOOST_TEST(csm::json::serialize(get_group_by_external_id_request{csm::external_group_id("g-1"), std::nullopt}) ==
               R"({"externalId":"g-1"})");
    const delete_users_by_external_id_request users{{csm::external_user_id("a"), csm::external_user_id("b")},
                                                    csm::connection_id("c")};
    BOOST_TEST(csm::json::serialize(users) == R"({"externalIds":["a","b"],"connectionId":"c"})");
    const auto groups = csm::json::parse<delete_groups_by_external_id_request>(R"({"externalIds":["g"]})").value();
    BOOST_TEST(groups.external_ids.at(0).view() == "g");
    BOOST_TEST(!groups.connection_id);
}

BOOST_AUTO_TEST_CASE(responses_keep_their_own_results_and_unknown_keys) {
    const std::string users = R"({"success":false,"results":[{"externalId":"a","success":false,"error":"e"}],"x":1})";
    const auto u = csm::json::parse<delete_users_response>(users).value();
    BOOST_TEST(u.results->at(0).error.value_or("") == "e");
    BOOST_TEST(csm::json::serialize(u) == users);
    const std::string groups = R"({"results":[{"externalId":"g","statusCode":404,"message":"m"}]})";
    const auto g = csm::json::parse<delete_groups_response>(groups).value();
    BOOST_TEST(g.results->at(0).status_code.value_or(0) == 404);
    BOOST_TEST(csm::json::serialize(g) == groups);
    const auto set = csm::json::parse<bulk_groups_response>(R"({"success":true,"results":{"n":1}})").value();
    BOOST_TEST(csm::json::serialize(set) == R"({"success":true,"results":{"n":1}})");
}

BOOST_AUTO_TEST_CASE(one_validation_for_both) {
    delete_users_by_external_id_request users{{}, std::nullopt};
    BOOST_TEST(briefs(validate(users)) == list({"/externalIds: non_empty", "/connectionId: recommended (warning)"}),
               boost::test_tools::per_element());
    delete_groups_by_external_id_request groups{{}, csm::connection_id("c")};
    for (int i = 0; i < 101; ++i) groups.external_ids.emplace_back(i == 7 ? "" : "g");
    BOOST_TEST(briefs(validate(groups)) == list({"/externalIds: max_external_ids", "/externalIds/7: required"}),
               boost::test_tools::per_element());
    BOOST_TEST(briefs(validate(get_user_by_external_id_request{csm::external_user_id(""), std::nullopt})) ==
                   list({"/externalId: required", "/connectionId: recommended (warning)"}),
               boost::test_tools::per_element());
}

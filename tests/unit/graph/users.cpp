#include <csm/graph/users.hpp>

#define BOOST_TEST_MODULE csm.graph.users
#include <boost/test/unit_test.hpp>

#include <csm_test/graph_operations.hpp>

#include <string>
#include <vector>

using namespace csm::graph;
using csm_test::briefs;
using csm_test::read_exact;
using list = std::vector<std::string>;

BOOST_AUTO_TEST_CASE(set_users_fixture_round_trips_and_is_valid) {
    const auto r = read_exact<set_users_request>("set-users.json");
    BOOST_TEST(r.users.size() == 2u);
    BOOST_TEST(r.users[0].external_id.view() == "crm-user-17");
    BOOST_TEST(r.users[0].name->given_name.value_or("") == "Jane");
    BOOST_TEST(r.users[0].emails->at(0).primary);
    BOOST_TEST(r.users[0].extended_profile->location.value_or("") == "Berlin");
    BOOST_TEST(!r.users[1].display_name.has_value());
    BOOST_TEST(validate(r).empty());
}

BOOST_AUTO_TEST_CASE(set_users_validation) {
    set_users_request r;
    BOOST_TEST(briefs(validate(r)) == list({"/users: non_empty", "/connectionId: recommended (warning)"}),
               boost::test_tools::per_element());
    r.connection_id.emplace("c");
    for (int i = 0; i < 101; ++i)
        r.users.push_back(user_payload{.external_id = csm::external_user_id("u-" + std::to_string(i))});
    r.users[3].external_id = csm::external_user_id("");
    r.users[5].external_id = csm::external_user_id("u-1");
    r.users[7].emails = std::vector<user_email>{user_email{"", true, {}}};
    r.users[8].photos = std::vector<user_photo>{user_photo{"", "photo", {}}};
    BOOST_TEST(briefs(validate(r)) ==
                   list({"/users: max_items", "/users/3/externalId: required", "/users/7/emails/0/value: required",
                         "/users/8/photos/0/value: required", "/users/5/externalId: duplicate_id"}),
               boost::test_tools::per_element());
    // A missing externalId is reported with its pointer when reading raw JSON.
    const auto raw =
        validate_json_as<set_users_request>(csm_test::json(R"({"users":[{"displayName":"x"}],"connectionId":"c"})"));
    BOOST_TEST(briefs(raw) == list{"/users/0/externalId: required"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(get_and_delete_users) {
    const auto got = read_exact<get_user_response>("get-user-response.json");
    BOOST_TEST(got.user->id.value_or("") == "user-record-1");
    BOOST_TEST(got.user->extended_profile->department.value_or("") == "Sales");
    const auto deleted = read_exact<delete_users_response>("delete-users-response.json");
    BOOST_TEST(deleted.results->size() == 2u);
    BOOST_TEST(deleted.results->at(1).error.value_or("") == "User not found");

    BOOST_TEST(
        csm::json::serialize(get_user_by_external_id_request{csm::external_user_id("u-1"), csm::connection_id("c")}) ==
        R"({"externalId":"u-1","connectionId":"c"})");
    BOOST_TEST(briefs(validate(get_user_by_external_id_request{csm::external_user_id(""), std::nullopt})) ==
                   list({"/externalId: required", "/connectionId: recommended (warning)"}),
               boost::test_tools::per_element());
    delete_users_by_external_id_request del{{}, csm::connection_id("c")};
    BOOST_TEST(briefs(validate(del)) == list{"/externalIds: non_empty"}, boost::test_tools::per_element());
    for (int i = 0; i < 101; ++i) del.external_ids.emplace_back("u-" + std::to_string(i));
    BOOST_TEST(briefs(validate(del)) == list{"/externalIds: max_external_ids"}, boost::test_tools::per_element());
    BOOST_TEST(csm::json::serialize(delete_users_by_external_id_request{{csm::external_user_id("a")}, std::nullopt}) ==
               R"({"externalIds":["a"]})");
}

BOOST_AUTO_TEST_CASE(map_users_fixture_and_one_of) {
    auto r = read_exact<map_users_request>("map-users.json");
    BOOST_TEST(r.direct_mappings[0].account_id->view() == "5fb4febcfacfd60076a1c699");
    BOOST_TEST(r.direct_mappings[1].email.value_or("") == "sam@example.com");
    BOOST_TEST(r.direct_mappings[1].updated_at == 1732700000000);
    BOOST_TEST(!r.connection_id.has_value());
    BOOST_TEST(briefs(validate(r)) == list{"/connectionId: recommended (warning)"}, boost::test_tools::per_element());
    r.direct_mappings[0].email = "x@example.com"; // both
    r.direct_mappings[1].email.reset();           // neither
    BOOST_TEST(briefs(validate(r)) == list({"/connectionId: recommended (warning)", "/directMappings/0: one_of",
                                            "/directMappings/1: one_of"}),
               boost::test_tools::per_element());
    BOOST_TEST(briefs(validate(map_users_request{})) ==
                   list({"/directMappings: non_empty", "/connectionId: recommended (warning)"}),
               boost::test_tools::per_element());
    // updateSequenceNumber and updatedAt are required.
    const auto missing = csm::json::parse<user_mapping>(R"({"externalId":"u","accountId":"a","updatedAt":1})");
    BOOST_REQUIRE(!missing);
    BOOST_TEST(missing.error().pointer == "/updateSequenceNumber");
}

// The page's key is `email`; the request reaches the service with it, and with the optional connectionId.
BOOST_AUTO_TEST_CASE(map_users_writes_email_and_connection_id) {
    const auto r = read_exact<map_users_request>("map-users-connection.json");
    BOOST_TEST(r.connection_id->view() == "crm-connection-1");
    BOOST_TEST(r.direct_mappings.at(0).email.value_or("") == "user@my-company.com");
    BOOST_TEST(validate(r).empty());
    map_users_request built{{user_mapping{.external_id = csm::external_user_id("u-1"),
                                          .email = "a@example.com",
                                          .update_sequence_number = 3,
                                          .updated_at = 1700000000000}},
                            csm::connection_id("c-1")};
    BOOST_TEST(csm::json::serialize(built) ==
               R"({"directMappings":[{"externalId":"u-1","email":"a@example.com","updateSequenceNumber":3,)"
               R"("updatedAt":1700000000000}],"connectionId":"c-1"})");
}

// Data written by csm-cpp before the correction (`externalEmailAddress`) still reads, and is written as `email`.
BOOST_AUTO_TEST_CASE(map_users_reads_the_old_key) {
    const auto old = csm::json::parse<map_users_request>(
        R"({"directMappings":[{"externalId":"u","externalEmailAddress":"sam@example.com","updateSequenceNumber":1,"updatedAt":2}]})");
    BOOST_TEST_REQUIRE(old.has_value());
    BOOST_TEST(old->direct_mappings.at(0).email.value_or("") == "sam@example.com");
    BOOST_TEST(old->direct_mappings.at(0).unknown_members.members.empty());
    BOOST_TEST(
        csm::json::serialize(*old) ==
        R"({"directMappings":[{"externalId":"u","email":"sam@example.com","updateSequenceNumber":1,"updatedAt":2}]})");
}

#include <csm/graph/user_reference.hpp>

#define BOOST_TEST_MODULE csm.graph.user_reference
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm_test/fixtures.hpp>

using csm::graph::user_reference;

BOOST_AUTO_TEST_CASE(current_shape_round_trips) {
    const std::string text = R"({"accountId":"5fb4febcfacfd60076a1c699","email":"a@example.com","externalId":"crm-7"})";
    const user_reference u = csm::json::parse<user_reference>(text).value();
    BOOST_TEST(u.account_id->view() == "5fb4febcfacfd60076a1c699");
    BOOST_TEST(*u.email == "a@example.com");
    BOOST_TEST(u.external_id->view() == "crm-7");
    BOOST_TEST(csm::json::serialize(u) == text);
}

BOOST_AUTO_TEST_CASE(legacy_fields_are_read_but_not_written) {
    // docs/decisions.md#legacy-user-fields: the old pages' eight-field UserReference and the `ari` of the old common tree.
    const user_reference u =
        csm::json::parse<user_reference>(
            R"({"accountId":"a","email":"e","externalId":"x","ari":"ari:cloud:identity::user/a",)"
            R"("name":"N","userName":"u","avatar":"https://a.example/p.png","url":"https://a.example"})")
            .value();
    BOOST_TEST(*u.ari == "ari:cloud:identity::user/a");
    BOOST_TEST(*u.name == "N");
    BOOST_TEST(*u.user_name == "u");
    BOOST_TEST(*u.avatar == "https://a.example/p.png");
    BOOST_TEST(*u.url == "https://a.example");
    BOOST_TEST(csm::json::serialize(u) == R"({"accountId":"a","email":"e","externalId":"x"})");
    BOOST_TEST(csm::json::to_value(u) == csm_test::json(R"({"accountId":"a","email":"e","externalId":"x"})"));
}

BOOST_AUTO_TEST_CASE(legacy_only_reference_writes_an_empty_object) {
    const user_reference u = csm::json::parse<user_reference>(R"({"ari":"ari:x"})").value();
    BOOST_TEST(csm::json::serialize(u) == "{}");
}

BOOST_AUTO_TEST_CASE(external_helper) {
    BOOST_TEST(csm::json::serialize(user_reference::external("external-id-1")) == R"({"externalId":"external-id-1"})");
    BOOST_TEST(csm::json::serialize(user_reference{}) == "{}");
}

BOOST_AUTO_TEST_CASE(wrong_types_are_reported_with_pointer) {
    const auto r = csm::json::parse<user_reference>(R"({"email":5})");
    BOOST_REQUIRE(!r);
    BOOST_TEST(r.error().pointer == "/email");
    BOOST_TEST(csm::to_string(r.error().code) == "type_mismatch");
    const auto legacy = csm::json::parse<user_reference>(R"({"avatar":[]})");
    BOOST_REQUIRE(!legacy);
    BOOST_TEST(legacy.error().pointer == "/avatar");
}

BOOST_AUTO_TEST_CASE(strict_mode_accepts_legacy_keys_as_known) {
    const auto r = csm::json::parse<user_reference>(R"({"ari":"x","userName":"u"})", csm::json::read_options::strict());
    BOOST_TEST(r.has_value());
    const auto bad = csm::json::parse<user_reference>(R"({"nickname":"x"})", csm::json::read_options::strict());
    BOOST_REQUIRE(!bad);
    BOOST_TEST(bad.error().pointer == "/nickname");
}

#include <csm/graph/permissions.hpp>

#define BOOST_TEST_MODULE csm.graph.permissions
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

using namespace csm::graph;

BOOST_AUTO_TEST_CASE(array_form_round_trips) {
    const std::string text =
        R"([{"action":"read","accessControls":[{"principals":[{"type":"USER","id":"user-123"},{"type":"GROUP","id":"group-456"}]}]},)"
        R"({"accessControls":[{"principals":[{"type":"GROUP","id":"group-789"}]}]}])";
    const permission_list p = csm::json::parse<permission_list>(text).value();
    BOOST_TEST(p.size() == 2u);
    BOOST_TEST(p.principal_count() == 3u);
    BOOST_TEST((*p[0].action == permission_action::known::read));
    BOOST_TEST(!p[1].action.has_value());
    BOOST_TEST(csm::json::serialize(p) == text);
}

BOOST_AUTO_TEST_CASE(single_object_is_read_as_one_element_list) {
    // docs/decisions.md#single-permission-object: permissions: { accessControls: [...] }.
    const permission_list p =
        csm::json::parse<permission_list>(R"({"accessControls":[{"principals":[{"type":"ATLASSIAN_WORKSPACE"}]}]})")
            .value();
    BOOST_TEST(p.size() == 1u);
    BOOST_TEST(csm::json::serialize(p) == R"([{"accessControls":[{"principals":[{"type":"ATLASSIAN_WORKSPACE"}]}]}])");
    BOOST_TEST(csm::json::to_value(p).is_array());
}

BOOST_AUTO_TEST_CASE(principal_types) {
    const permission_list p =
        csm::json::parse<permission_list>(
            R"([{"accessControls":[{"principals":[{"type":"user","id":"u"},{"type":"Group","id":"g"},)"
            R"({"type":"CONTAINER","id":"space-1"},{"type":"EVERYONE"},{"type":"ROBOT"}]}]}])")
            .value();
    const auto& ps = p[0].access_controls[0].principals;
    BOOST_TEST((ps[0].type == principal_type::known::user)); // docs/decisions.md#principal-type-case
    BOOST_TEST((ps[1].type == principal_type::known::group));
    BOOST_TEST(ps[2].id->view() == "space-1"); // docs/decisions.md#container-principal-id
    BOOST_TEST((ps[3].type == principal_type::known::everyone));
    BOOST_TEST(!ps[4].type.is_known());
    BOOST_TEST(csm::json::serialize(p) ==
               R"([{"accessControls":[{"principals":[{"type":"USER","id":"u"},{"type":"GROUP","id":"g"},)"
               R"({"type":"CONTAINER","id":"space-1"},{"type":"EVERYONE"},{"type":"ROBOT"}]}]}])");
}

BOOST_AUTO_TEST_CASE(builders) {
    permission_list p{permission::of(principal::everyone()), permission::of(principal::user("u-1"))};
    p.push_back(permission{
        permission_action::known::read,
        {access_control{{principal::group("g-1"), principal::atlassian_workspace(), principal::container()}}}});
    BOOST_TEST(
        csm::json::serialize(p) ==
        R"([{"accessControls":[{"principals":[{"type":"EVERYONE"}]}]},)"
        R"({"accessControls":[{"principals":[{"type":"USER","id":"u-1"}]}]},)"
        R"({"action":"read","accessControls":[{"principals":[{"type":"GROUP","id":"g-1"},{"type":"ATLASSIAN_WORKSPACE"},{"type":"CONTAINER"}]}]}])");
    BOOST_TEST(p.principal_count() == 5u);
    BOOST_TEST((p == csm::json::parse<permission_list>(csm::json::serialize(p)).value()));
}

BOOST_AUTO_TEST_CASE(errors_have_pointers) {
    const auto scalar = csm::json::parse<permission_list>("\"read\"");
    BOOST_REQUIRE(!scalar);
    BOOST_TEST(scalar.error().pointer == "");
    BOOST_TEST(csm::to_string(scalar.error().code) == "type_mismatch");
    const auto no_type = csm::json::parse<permission_list>(R"([{"accessControls":[{"principals":[{"id":"x"}]}]}])");
    BOOST_REQUIRE(!no_type);
    BOOST_TEST(no_type.error().pointer == "/0/accessControls/0/principals/0/type");
    const auto single_bad = csm::json::parse<permission_list>(R"({"accessControls":{}})");
    BOOST_REQUIRE(!single_bad);
    BOOST_TEST(single_bad.error().pointer == "/accessControls");
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/detail_fields.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.detail_fields
#include <boost/test/unit_test.hpp>

#include <csm/rest/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/rest/build.hpp>
#include <csm/rest/customer.hpp>
#include <csm/rest/entitlement.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/response.hpp>

#include <csm_test/rest.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace rest = csm::rest;
namespace model = csm::rest::model;
namespace fields = csm::rest::detail_fields;
using csm_test::check_error;

namespace {

/// A made-up resource, to show that the templates need nothing but the four infos.
struct widget_infos {
    static constexpr rest::endpoint_info get{.name = "widget.detail_fields.get",
                                             .method = rest::http_method::get,
                                             .path = "/widget/details",
                                             .docs = {.id = "W1"}};
    static constexpr rest::endpoint_info create{.name = "widget.detail_fields.create",
                                                .method = rest::http_method::post,
                                                .path = "/widget/details",
                                                .docs = {.id = "W2"}};
    static constexpr rest::endpoint_info edit{.name = "widget.detail_fields.edit",
                                              .method = rest::http_method::put,
                                              .path = "/widget/details/{fieldName}",
                                              .docs = {.id = "W3"}};
    static constexpr rest::endpoint_info delete_{.name = "widget.detail_fields.delete",
                                                 .method = rest::http_method::delete_,
                                                 .path = "/widget/details/{fieldName}",
                                                 .docs = {.id = "W4"}};
};

using get_widget_fields = fields::get_detail_fields<widget_infos>;
using create_widget_field = fields::create_detail_field<widget_infos>;
using edit_widget_field = fields::edit_detail_field<widget_infos>;
using delete_widget_field = fields::delete_detail_field<widget_infos>;

template <class E>
std::vector<std::string> member_names() {
    std::vector<std::string> names;
    boost::mp11::mp_for_each<boost::describe::describe_members<E, boost::describe::mod_public>>(
        [&](auto d) { names.emplace_back(d.name); });
    return names;
}

const model::detail_field_type select_type{.name = model::detail_field_type_name::known::select,
                                           .options = std::vector<std::string>{"EU", "US"}};

} // namespace

static_assert(rest::check_endpoint<get_widget_fields>());
static_assert(rest::check_endpoint<create_widget_field>());
static_assert(rest::check_endpoint<edit_widget_field>());
static_assert(rest::check_endpoint<delete_widget_field>());
static_assert(std::is_aggregate_v<create_widget_field> && std::is_aggregate_v<edit_widget_field>);
static_assert(std::is_same_v<get_widget_fields::response, model::detail_field_definitions>);
static_assert(std::is_same_v<create_widget_field::response, model::detail_field_response>);
static_assert(std::is_same_v<edit_widget_field::response, model::detail_field_response>);
static_assert(std::is_same_v<delete_widget_field::response, rest::no_content>);

// Each resource's names are its own types, with its own metadata.
static_assert(!std::is_same_v<rest::organization::get_detail_fields, rest::customer::get_detail_fields>);
static_assert(!std::is_same_v<rest::customer::edit_detail_field, rest::entitlement::edit_detail_field>);
static_assert(rest::organization::create_detail_field::info.docs.id == "O2");
static_assert(rest::customer::edit_detail_field::info.docs.id == "C3");
static_assert(rest::entitlement::delete_detail_field::info.docs.id == "E4");

BOOST_AUTO_TEST_CASE(the_info_comes_from_the_infos_struct) {
    BOOST_TEST(get_widget_fields::info.name == "widget.detail_fields.get");
    BOOST_TEST(create_widget_field::info.name == "widget.detail_fields.create");
    BOOST_TEST(edit_widget_field::info.name == "widget.detail_fields.edit");
    BOOST_TEST(delete_widget_field::info.name == "widget.detail_fields.delete");
    BOOST_TEST((rest::organization::get_detail_fields::info.path == rest::organization::detail_field_infos::get.path));
}

BOOST_AUTO_TEST_CASE(members_are_described_in_declaration_order) {
    BOOST_TEST(member_names<get_widget_fields>().empty());
    BOOST_TEST(member_names<create_widget_field>() == std::vector<std::string>{"body"});
    BOOST_TEST((member_names<edit_widget_field>() == std::vector<std::string>{"field_name", "body"}));
    BOOST_TEST(member_names<delete_widget_field>() == std::vector<std::string>{"field_name"});
}

BOOST_AUTO_TEST_CASE(requests_are_built_from_the_members) {
    const rest::http_request get = csm_test::build_ok(get_widget_fields{});
    BOOST_TEST(std::string(get.url.path()).ends_with("/widget/details"));
    BOOST_TEST(!get.body.has_value());

    const rest::http_request created =
        csm_test::build_ok(create_widget_field{.body = {.name = "Region", .type = select_type}});
    BOOST_TEST(std::string(created.url.path()).ends_with("/widget/details"));
    BOOST_TEST(*created.body == R"({"name":"Region","type":{"name":"SELECT","options":["EU","US"]}})");

    const rest::http_request edited = csm_test::build_ok(
        edit_widget_field{.field_name = rest::detail_field_name{"Region"}, .body = {.name = "Area", .options = {}}});
    BOOST_TEST(std::string(edited.url.path()).ends_with("/widget/details/Region"));
    BOOST_TEST(*edited.body == R"({"name":"Area"})");

    const rest::http_request deleted = csm_test::build_ok(delete_widget_field{rest::detail_field_name{"Region"}});
    BOOST_TEST(std::string(deleted.url.path()).ends_with("/widget/details/Region"));
    BOOST_TEST(!deleted.body.has_value());
}

BOOST_AUTO_TEST_CASE(definitions_are_checked_before_building) {
    check_error(csm_test::build_error(create_widget_field{.body = {.name = " ", .type = select_type}}),
                csm::errc::invalid_value, "/body/name", "a non-empty name");
    check_error(
        csm_test::build_error(edit_widget_field{rest::detail_field_name{"Region"}, {.name = "", .options = {}}}),
        csm::errc::invalid_value, "/body/name", "a non-empty name");

    model::detail_field_type many = select_type;
    many.options = std::vector<std::string>(51, "o");
    check_error(csm_test::build_error(create_widget_field{.body = {.name = "Tier", .type = many}}),
                csm::errc::limit_exceeded, "/body/type/options", "at most 50 items");
    check_error(csm_test::build_error(
                    edit_widget_field{rest::detail_field_name{"Tier"}, {.name = "Tier", .options = many.options}}),
                csm::errc::limit_exceeded, "/body/options", "at most 50 items");
}

BOOST_AUTO_TEST_CASE(endpoints_compare_by_their_members) {
    const edit_widget_field a{rest::detail_field_name{"Region"}, {.name = "Area", .options = {}}};
    edit_widget_field b = a;
    BOOST_TEST((a == b));
    b.body.name = "Zone";
    BOOST_TEST(!(a == b));
    BOOST_TEST((get_widget_fields{} == get_widget_fields{}));
    BOOST_TEST(
        (delete_widget_field{rest::detail_field_name{"x"}} == delete_widget_field{rest::detail_field_name{"x"}}));
}

BOOST_AUTO_TEST_CASE(responses_parse_like_any_endpoint) {
    BOOST_TEST(rest::parse_response<delete_widget_field>(204, {}, "").has_value());
    const auto defs = rest::parse_response<get_widget_fields>(200, {}, R"({"results":[]})");
    BOOST_TEST_REQUIRE(defs.has_value());
    BOOST_TEST(defs->results.empty());
}

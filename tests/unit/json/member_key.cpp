// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/json/member_key.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.json.member_key
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/json/fields.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <string>
#include <string_view>

namespace {

struct sample {
    std::string display_name;
    std::string block;

    static constexpr csm::json::field_rule json_fields[] = {csm::json::rename("block", "atlassian:customer-org")};
};
BOOST_DESCRIBE_STRUCT(sample, (), (display_name, block))

using members = boost::describe::describe_members<sample, boost::describe::mod_public>;

} // namespace

static_assert(csm::json::member_key_v<sample, boost::mp11::mp_at_c<members, 0>> == "displayName");
static_assert(csm::json::member_key_v<sample, boost::mp11::mp_at_c<members, 1>> == "atlassian:customer-org");

// The member a pointer names: the same keys, renames included.
static_assert(csm::json::member_pointer_key_v<&sample::display_name> == "displayName");
static_assert(csm::json::member_pointer_key_v<&sample::block> == "atlassian:customer-org");

BOOST_AUTO_TEST_CASE(keys_are_camel_case_or_renamed) {
    BOOST_TEST((csm::json::member_key_v<sample, boost::mp11::mp_at_c<members, 0>>) == "displayName");
    BOOST_TEST((csm::json::member_key_v<sample, boost::mp11::mp_at_c<members, 1>>) == "atlassian:customer-org");
    BOOST_TEST((csm::json::member_pointer_key_v<&sample::display_name>) == "displayName");
    BOOST_TEST((csm::json::member_pointer_key_v<&sample::block>) == "atlassian:customer-org");
}

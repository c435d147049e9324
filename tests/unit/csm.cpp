// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/csm.hpp>

#define BOOST_TEST_MODULE csm.csm
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <string>
#include <vector>

// The everything-header: vocabulary types and the codec together.
namespace all {
struct role_traits {
    enum class known { admin, member };
    static constexpr std::string_view names[] = {"ADMIN", "MEMBER"};
};
struct grant {
    csm::organization_id organization;
    std::vector<csm::customer_id> customers;
    csm::open_enum<role_traits> role;
    csm::tri_state<std::string> reason;
};
BOOST_DESCRIBE_STRUCT(grant, (), (organization, customers, role, reason))
} // namespace all

BOOST_AUTO_TEST_CASE(vocabulary_types_through_the_codec) {
    const auto g =
        csm::json::parse<all::grant>(R"({"organization":7,"customers":["qm:a"],"role":"OWNER","reason":null})");
    BOOST_TEST_REQUIRE(g.has_value());
    BOOST_TEST(csm::json::serialize(*g) == R"({"organization":"7","customers":["qm:a"],"role":"OWNER","reason":null})");
}

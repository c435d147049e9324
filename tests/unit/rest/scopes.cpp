// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/scopes.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.scopes
#include <boost/test/unit_test.hpp>

#include <csm/rest/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/ids.hpp>

#include <boost/describe/class.hpp>
#include <boost/mp11/list.hpp>

#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

using namespace csm::rest;
using namespace std::string_view_literals;

namespace test_api {

struct empty {};
BOOST_DESCRIBE_STRUCT(empty, (), ())

#define CSM_TEST_ENDPOINT(type, ...)                                                                                   \
    struct type {                                                                                                      \
        static constexpr endpoint_info info{                                                                           \
            .name = #type, .path = "/x", .scopes = {__VA_ARGS__}, .docs = {.id = #type}};                              \
        using response = empty;                                                                                        \
    };                                                                                                                 \
    BOOST_DESCRIBE_STRUCT(type, (), ())

CSM_TEST_ENDPOINT(get_organization, "read:organization:jira-service-management",
                  "read:organization.detail:jira-service-management")
CSM_TEST_ENDPOINT(fetch_organizations, "read:organization:jira-service-management")
CSM_TEST_ENDPOINT(update_organization, "write:organization:jira-service-management")
CSM_TEST_ENDPOINT(get_entitlements, "read:organization:entitlement:jira-service-management")
CSM_TEST_ENDPOINT(unscoped)
#undef CSM_TEST_ENDPOINT

} // namespace test_api

using namespace test_api;

// The union is a constant: de-duplicated and sorted.
constexpr auto org_scopes = required_scopes<get_organization, fetch_organizations, update_organization>;
static_assert(org_scopes.size() == 3);
static_assert(org_scopes[0] == "read:organization.detail:jira-service-management");
static_assert(org_scopes[1] == "read:organization:jira-service-management");
static_assert(org_scopes[2] == "write:organization:jira-service-management");
static_assert(org_scopes.contains("write:organization:jira-service-management"));
static_assert(!org_scopes.contains("write:organization"));

static_assert(required_scopes<>.empty());
static_assert(required_scopes<unscoped>.size() == 0);
static_assert(required_scopes<fetch_organizations, fetch_organizations>.size() == 1);
static_assert(required_scopes<get_organization, fetch_organizations> ==
              required_scopes<fetch_organizations, get_organization>); // order of endpoints does not matter
static_assert(required_scopes<get_organization, get_entitlements>.size() == 3);
static_assert(required_scopes<get_organization, get_entitlements>.includes(required_scopes<fetch_organizations>));
static_assert(!required_scopes<fetch_organizations>.includes(required_scopes<get_organization>));
static_assert(required_scopes_of<boost::mp11::mp_list<get_organization, fetch_organizations, update_organization>> ==
              org_scopes);
static_assert(required_scopes_of<std::tuple<unscoped, update_organization>>.size() == 1);

BOOST_AUTO_TEST_CASE(printable) {
    BOOST_TEST(org_scopes.to_string() ==
               "read:organization.detail:jira-service-management read:organization:jira-service-management "
               "write:organization:jira-service-management");
    std::ostringstream os;
    os << required_scopes<fetch_organizations, update_organization>;
    BOOST_TEST(os.str() == "read:organization:jira-service-management write:organization:jira-service-management");
    BOOST_TEST(required_scopes<unscoped>.to_string().empty());
}

BOOST_AUTO_TEST_CASE(iteration_and_manifest_check) {
    std::vector<std::string_view> listed(org_scopes.begin(), org_scopes.end());
    BOOST_TEST(listed.size() == 3u);

    const std::vector<std::string> manifest = {"read:organization:jira-service-management",
                                               "read:organization.detail:jira-service-management",
                                               "read:customer:jira-service-management"};
    BOOST_TEST((org_scopes.missing_from(manifest) ==
                std::vector<std::string_view>{"write:organization:jira-service-management"}));
    BOOST_TEST(required_scopes<get_organization>.missing_from(manifest).empty());
}

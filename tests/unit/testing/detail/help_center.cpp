// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/testing/detail/help_center.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.testing.detail.help_center
#include <boost/test/unit_test.hpp>

#include "sim_test.hpp"

#include <csm/rest/send.hpp>

#include <boost/json/parse.hpp>

#include <string>

using namespace csm::rest;
using boost::json::parse;

namespace {

const std::string h1 = "rest/help_center/h1.get_organization_access.curl";
const std::string h2 = "rest/help_center/h2.grant_organization_access.curl";
const std::string h3 = "rest/help_center/h3.revoke_organization_access.curl";
const std::string h4 = "rest/help_center/h4.raise_issue.curl";

/// Organizations Acme "1", Globex "2", Initech "3"; customer Ann "qm:4" in Acme.
struct site : sim_test::fixture {
    site() {
        for (const char* name : {"Acme", "Globex", "Initech"})
            BOOST_REQUIRE(call(organization::create_organization{{name}}).status == 201);
        customer::create_customer_profile_request ann{.display_name = "Ann", .email = "ann@example.com"};
        ann.associate_organizations = model::associate_organizations{{{csm::organization_id("1")}}};
        BOOST_REQUIRE(call(customer::create_profile{ann}).status == 201);
    }
    http_response access(std::string_view hc, std::string_view query = "startAt=0&limit=50") {
        return curl(h1, {{"{helpCenterId}", hc}, {"startAt=0&limit=50", query}});
    }
    http_response grant(std::string_view hc, std::string_view ids = R"(["1", "2"])") {
        return curl(h2, {{"{helpCenterId}", hc}, {R"(["1", "2"])", ids}});
    }
};

const std::string acme = R"({"id":"1","name":"Acme"})", globex = R"({"id":"2","name":"Globex"})";

} // namespace

BOOST_FIXTURE_TEST_CASE(h1_h2_h3_grant_list_and_revoke_organization_access, site) {
    const http_response granted = grant("hc-1");
    BOOST_TEST(granted.status == 204);
    BOOST_TEST(granted.body.empty());
    BOOST_TEST(access("hc-1").body ==
               R"({"startAt":0,"limit":50,"total":2,"isLast":true,"values":[)" + acme + "," + globex + "]}");
    BOOST_TEST(access("hc-1", "startAt=0&limit=1").body ==
               R"({"startAt":0,"limit":1,"total":2,"isLast":false,"values":[)" + acme + "]}");
    BOOST_TEST(access("hc-1", "startAt=1&limit=1").body ==
               R"({"startAt":1,"limit":1,"total":2,"isLast":true,"values":[)" + globex + "]}");
    BOOST_TEST(access("hc-1", "startAt=0&limit=500").body ==
               R"({"startAt":0,"limit":50,"total":2,"isLast":true,"values":[)" + acme + "," + globex + "]}");
    BOOST_TEST(access("hc-2").body == R"({"startAt":0,"limit":50,"total":0,"isLast":true,"values":[]})");
    BOOST_TEST(sim_test::errors_of(access("hc-1", "startAt=0&limit=-1")) ==
               parse(R"({"/query/limit":"expected a non-negative integer"})"));

    const http_response revoked = curl(h3, {{"{helpCenterId}", "hc-1"}, {"{organizationId}", "1"}});
    BOOST_TEST(revoked.status == 204);
    BOOST_TEST(curl(h3, {{"{helpCenterId}", "hc-1"}, {"{organizationId}", "1"}}).status == 204); // no access: no-op
    BOOST_TEST(access("hc-1").body == R"({"startAt":0,"limit":50,"total":1,"isLast":true,"values":[)" + globex + "]}");
    // A deleted organization loses its access.
    BOOST_REQUIRE(call(organization::delete_organization{csm::organization_id("2")}).status == 204);
    BOOST_TEST(parse(access("hc-1").body).at("total") == 0);
}

BOOST_FIXTURE_TEST_CASE(h2_grants_one_to_five_existing_organizations_or_none, site) {
    BOOST_TEST(sim_test::errors_of(grant("hc-1", R"(["1", "9"])")) ==
               parse(R"({"/body/organizationIds/1":"expected the id of an existing organization"})"));
    BOOST_TEST(sim_test::errors_of(grant("hc-1", "[]")) ==
               parse(R"({"/body/organizationIds":"expected at least one organization id"})"));
    BOOST_TEST(sim_test::errors_of(grant("hc-1", R"(["1","1","1","1","1","1"])")) ==
               parse(R"({"/body/organizationIds":"expected at most 5 items"})"));
    BOOST_TEST(sim_test::errors_of(curl(h2, {{"{helpCenterId}", "hc-1"}, {R"("organizationIds")", R"("ids")"}})) ==
               parse(R"({"/body/organizationIds":"expected an array"})"));
    BOOST_TEST(parse(access("hc-1").body).at("total") == 0);
    BOOST_TEST(grant("hc-1", "[3, 1]").status == 204); // numbers as AssociateOrganizations allows
    BOOST_TEST(parse(access("hc-1").body).at("total") == 2);
}

BOOST_FIXTURE_TEST_CASE(h4_raises_an_issue_once, site) {
    BOOST_REQUIRE(curl("rest/csm_request/r1.create_external_request.curl").status == 201); // CSM-1
    const csm_test::substitutions on_hc1 = {{"{helpCenterId}", "hc-1"}, {"{issueIdOrKey}", "CSM-1"}};
    const http_response raised = curl(h4, on_hc1);
    BOOST_TEST(raised.status == 200);
    BOOST_TEST(raised.body == R"({"link":"/helpcenter/hc-1/request/CSM-1"})");
    const http_response again = curl(h4, {{"{helpCenterId}", "hc-1"}, {"{issueIdOrKey}", "10001"}});
    BOOST_TEST(again.status == 409);
    BOOST_TEST(again.body == R"({"errorMessages":["A form is already attached to this issue"]})");
    BOOST_TEST(curl(h4, {{"{helpCenterId}", "hc-1"}, {"{issueIdOrKey}", "CSM-2"}}).status == 404);
    // Raised on hc-1, the issue takes comments there too.
    auto commented =
        send(http,
             csm_request::add_comment{
                 csm::help_center_id("hc-1"), csm::issue_id_or_key("CSM-1"), {{boost::json::object{{"body", "Seen"}}}}},
             base);
    BOOST_REQUIRE(commented);
    BOOST_TEST(*commented == parse(R"({"id":"1","body":"Seen","public":true})"));
}

BOOST_FIXTURE_TEST_CASE(c17_and_c14_expand_list_the_experiences_of_the_customers_organizations, site) {
    BOOST_REQUIRE(grant("hc-1").status == 204);             // Acme, Globex
    BOOST_REQUIRE(grant("hc-2", R"(["3"])").status == 204); // Initech only
    BOOST_REQUIRE(grant("hc-0", R"(["1"])").status == 204); // Acme
    const http_response experiences =
        curl("rest/customer/c17.get_customer_experiences.curl", {{"{customerId}", "qm:4"}});
    BOOST_TEST(experiences.status == 200);
    BOOST_TEST(experiences.body == R"({"values":[{"id":"hc-0"},{"id":"hc-1"}]})");
    BOOST_TEST(curl("rest/customer/c17.get_customer_experiences.curl", {{"{customerId}", "qm:9"}}).status == 404);

    const std::string profile = R"({"customerId":"qm:4","displayName":"Ann","email":"ann@example.com",)"
                                R"("organizations":[{"id":"1","name":"Acme"}],"details":[],"entitlements":[])";
    BOOST_TEST(curl("rest/customer/c14.get_customer_profile.expand.curl", {{"{customerId}", "qm:4"}}).body ==
               profile + R"(,"accessibleCustomerExperiences":[{"id":"hc-0"},{"id":"hc-1"}]})");
    BOOST_TEST(call(customer::get_profile{csm::customer_id("qm:4")}).body == profile + "}");
    BOOST_TEST(curl("rest/customer/c14.get_customer_profile.expand.curl",
                    {{"{customerId}", "qm:4"}, {"accessibleCustomerExperiences", "somethingElse"}})
                   .body == profile + "}"); // an unknown expand adds nothing
    // The client keeps the added member as a raw one.
    auto read =
        send(http,
             customer::get_profile{csm::customer_id("qm:4"), customer::profile_expand("accessibleCustomerExperiences")},
             base);
    BOOST_REQUIRE(read);
    BOOST_TEST(read->unknown_members.members.at("accessibleCustomerExperiences") ==
               parse(R"([{"id":"hc-0"},{"id":"hc-1"}])"));
}

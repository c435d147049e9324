// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/model/organization_ref.hpp> // first: the header must be self-contained

#include <csm/error.hpp>
#include <csm/json/options.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>

#include <csm_test/fixtures.hpp>

#define BOOST_TEST_MODULE csm.rest.model.organization_ref
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // lists and scalars the library does not hold, in compiled mode (docs/json-mapping.md)

#include <csm_test/model.hpp>

#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace model = csm::rest::model;
namespace json = csm::json;

namespace {

const model::organization_ref atlassian{csm::organization_id{"123"}, "Atlassian"};

} // namespace

BOOST_AUTO_TEST_CASE(o6_o11_responses) {
    for (const char* file : {"seeds/rest-organization/o6.update_organization.response.json",
                             "seeds/rest-organization/o11.create_organization.response.json"}) {
        BOOST_TEST_CONTEXT(file) {
            const std::string text = csm_test::read_fixture(file);
            const auto ref = csm_test::parse_strict<model::organization_ref>(text);
            BOOST_TEST(ref.id == csm::organization_id{"123"});
            BOOST_TEST(ref.name == "Atlassian");
            BOOST_TEST((ref == atlassian));
            BOOST_TEST(csm_test::json(json::serialize(ref)) == csm_test::json(text));
        }
    }
}

BOOST_AUTO_TEST_CASE(memberships_in_other_documents) {
    // FetchOrganizationsResponse (O12) and a customer profile's organizations (C14).
    const boost::json::value o12 =
        csm_test::fixture_json("seeds/rest-organization/o12.fetch_organizations.response.json");
    const auto fetched =
        json::from_value<std::vector<model::organization_ref>>(o12.at("organizations"), json::read_options::strict());
    BOOST_TEST_REQUIRE(fetched.has_value());
    BOOST_TEST((*fetched == std::vector<model::organization_ref>{atlassian}));

    const boost::json::value c14 = csm_test::fixture_json("seeds/rest-customer/c14.get_customer_profile.response.json");
    const auto memberships =
        json::from_value<std::vector<model::organization_ref>>(c14.at("organizations"), json::read_options::strict());
    BOOST_TEST_REQUIRE(memberships.has_value());
    BOOST_TEST((*memberships == std::vector<model::organization_ref>{atlassian}));
    BOOST_TEST(json::to_value(*memberships) == c14.at("organizations"));
}

BOOST_AUTO_TEST_CASE(serializes_id_then_name) {
    BOOST_TEST(json::serialize(atlassian) == R"({"id":"123","name":"Atlassian"})");
    BOOST_TEST(json::serialize(model::organization_ref{csm::organization_id{"a\"b"}, ""}) ==
               R"({"id":"a\"b","name":""})");
    BOOST_TEST(json::to_value(atlassian) == csm_test::json(R"({"id":"123","name":"Atlassian"})"));
}

BOOST_AUTO_TEST_CASE(id_reads_from_a_number) {
    // Organization ids accept JSON integers (docs/decisions.md#organization-ids-as-numbers) and are written back as strings.
    const auto ref = csm_test::parse_strict<model::organization_ref>(R"({"id":123,"name":"Atlassian"})");
    BOOST_TEST((ref == atlassian));
    BOOST_TEST(json::serialize(ref) == R"({"id":"123","name":"Atlassian"})");
    BOOST_TEST(csm_test::parse_strict<model::organization_ref>(R"({"id":18446744073709551615,"name":"x"})").id ==
               csm::organization_id{"18446744073709551615"});
    BOOST_TEST(csm_test::parse_strict<model::organization_ref>(R"({"id":-1,"name":"x"})").id ==
               csm::organization_id{"-1"});
}

BOOST_AUTO_TEST_CASE(errors) {
    using csm::errc;
    using T = model::organization_ref;
    csm_test::expect_parse_error<T>(R"({"name":"Atlassian"})", errc::missing_member, "/id", "an id string");
    csm_test::expect_parse_error<T>(R"({"id":null,"name":"Atlassian"})", errc::missing_member, "/id", "an id string");
    csm_test::expect_parse_error<T>(R"({"id":"123"})", errc::missing_member, "/name", "a string");
    csm_test::expect_parse_error<T>(R"({"id":"123","name":7})", errc::type_mismatch, "/name", "a string");
    csm_test::expect_parse_error<T>(R"({"id":1.5,"name":"A"})", errc::type_mismatch, "/id", "a string or an integer");
    csm_test::expect_parse_error<T>(R"({"id":true,"name":"A"})", errc::type_mismatch, "/id", "a string or an integer");
    csm_test::expect_parse_error<T>(R"({"id":{},"name":"A"})", errc::type_mismatch, "/id", "a string or an integer");
    csm_test::expect_parse_error<T>(R"(["123","Atlassian"])", errc::type_mismatch, "", "an object");
    // Unknown members are ignored by default and refused in strict mode.
    const auto tolerant = json::parse<T>(R"({"id":"123","name":"Atlassian","orgType":"X"})");
    BOOST_TEST_REQUIRE(tolerant.has_value());
    BOOST_TEST((*tolerant == atlassian));
    csm_test::expect_parse_error<T>(R"({"id":"123","name":"Atlassian","orgType":"X"})", errc::unknown_member,
                                    "/orgType", "only documented members (strict mode)", json::read_options::strict());
}

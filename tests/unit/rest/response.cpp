// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/response.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.response
#include <boost/test/unit_test.hpp>

#include <csm/rest/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/ids.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace csm::rest;

namespace test_api {

struct organization {
    csm::organization_id id;
    std::string name;
    std::optional<int> position;
    friend bool operator==(const organization&, const organization&) = default;
};
BOOST_DESCRIBE_STRUCT(organization, (), (id, name, position))

struct get_organization {
    csm::organization_id organization_id;
    static constexpr endpoint_info info{
        .name = "organization.get",
        .path = "/organization/{organizationId}",
        .scopes = {"read:organization:jira-service-management"},
        .docs = {.id = "O5", .permission = "Jira Service Management agent", .summary = ""}};
    using response = organization;
};
BOOST_DESCRIBE_STRUCT(get_organization, (), (organization_id))

struct list_entitlements {
    csm::organization_id organization_id;
    static constexpr endpoint_info info{.name = "organization.entitlements",
                                        .path = "/organization/{organizationId}/entitlement",
                                        .docs = {.id = "O9", .permission = "", .summary = ""}};
    using response = std::vector<organization>;
};
BOOST_DESCRIBE_STRUCT(list_entitlements, (), (organization_id))

struct delete_organization {
    csm::organization_id organization_id;
    static constexpr endpoint_info info{.name = "organization.delete",
                                        .method = http_method::delete_,
                                        .path = "/organization/{organizationId}",
                                        .docs = {.id = "O16", .permission = "", .summary = ""}};
    using response = no_content;
};
BOOST_DESCRIBE_STRUCT(delete_organization, (), (organization_id))

struct raw {
    csm::customer_id customer_id;
    static constexpr endpoint_info info{
        .name = "customer.experiences",
        .path = "/customer/{customerId}/customer-experiences",
        .scopes = {"read:customer:jira-service-management"},
        .experimental = true,
        .docs = {.id = "C17", .permission = "", .summary = "", .scopes_inferred = true}};
    using response = boost::json::value;
};
BOOST_DESCRIBE_STRUCT(raw, (), (customer_id))

} // namespace test_api

using namespace test_api;

BOOST_AUTO_TEST_CASE(success_gives_the_typed_response) {
    auto r = parse_response<get_organization>(200, {{"Content-Type", "application/json"}},
                                              R"({"id":"1","name":"Atlassian"})");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST((*r == organization{csm::organization_id("1"), "Atlassian", std::nullopt}));

    // Any 2xx, ids as numbers (docs/decisions.md#organization-ids-as-numbers), unknown keys ignored by default.
    auto created = parse_response<get_organization>(201, {}, R"({"id":123,"name":"A","extra":true})");
    BOOST_TEST_REQUIRE(created.has_value());
    BOOST_TEST(created->id.view() == "123");

    auto list =
        parse_response<list_entitlements>(http_response{200, {}, R"([{"id":"1","name":"a"},{"id":"2","name":"b"}])"});
    BOOST_TEST_REQUIRE(list.has_value());
    BOOST_TEST(list->size() == 2u);

    auto rawr = parse_response<raw>(200, {}, R"({"anything":[1,2]})");
    BOOST_TEST_REQUIRE(rawr.has_value());
    BOOST_TEST(rawr->at("anything").as_array().size() == 2u);
}

BOOST_AUTO_TEST_CASE(no_content_accepts_any_2xx_body) {
    BOOST_TEST(parse_response<delete_organization>(204, {}, "").has_value());
    BOOST_TEST(parse_response<delete_organization>(200, {}, "").has_value());
    BOOST_TEST(parse_response<delete_organization>(200, {}, "not json").has_value());
    auto r = parse_response<delete_organization>(404, {}, R"({"errorMessages":["gone"]})");
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST((r.error().kind == api_error_kind::not_found));
    BOOST_TEST((r.error().messages == std::vector<std::string>{"gone"}));
}

BOOST_AUTO_TEST_CASE(malformed_success_bodies) {
    struct {
        const char* body;
        csm::errc code;
        const char* pointer;
    } const cases[] = {
        {"", csm::errc::syntax_error, ""},
        {"<html>", csm::errc::syntax_error, ""},
        {R"({"id":"1"})", csm::errc::missing_member, "/name"},
        {R"({"id":"1","name":7})", csm::errc::type_mismatch, "/name"},
        {R"({"id":true,"name":"x"})", csm::errc::type_mismatch, "/id"},
        {R"({"id":"1","name":"x","position":1.5})", csm::errc::type_mismatch, "/position"},
        {R"([])", csm::errc::type_mismatch, ""},
    };
    for (const auto& c : cases) {
        auto r = parse_response<get_organization>(200, {}, c.body);
        BOOST_TEST_REQUIRE(r.has_error(), c.body);
        const api_error& e = r.error();
        BOOST_TEST(e.status == 200);
        BOOST_TEST((e.kind == api_error_kind::malformed_response));
        BOOST_TEST_REQUIRE(e.decode_error.has_value());
        BOOST_TEST((e.decode_error->code == c.code), c.body);
        BOOST_TEST(e.decode_error->pointer == c.pointer);
        BOOST_TEST(e.messages.empty());
        BOOST_TEST(e.body == c.body);
    }
    auto nested = parse_response<list_entitlements>(200, {}, R"([{"id":"1","name":"a"},{"id":"2"}])");
    BOOST_TEST_REQUIRE(nested.has_error());
    BOOST_TEST(nested.error().decode_error->pointer == "/1/name");
    BOOST_TEST(nested.error().message() == "200 malformed_response: /1/name: expected a string (missing_member)");
}

BOOST_AUTO_TEST_CASE(strict_read_options) {
    auto r = parse_response<get_organization>(200, {}, R"({"id":"1","name":"A","extra":true})",
                                              csm::json::read_options::strict());
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST((r.error().decode_error->code == csm::errc::unknown_member));
    BOOST_TEST(r.error().decode_error->pointer == "/extra");
}

BOOST_AUTO_TEST_CASE(error_statuses) {
    auto r = parse_response<get_organization>(
        http_response{429, {{"Retry-After", "30"}}, R"({"message":"Too many requests"})"});
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST((r.error().kind == api_error_kind::rate_limited));
    BOOST_TEST(r.error().retry_after->delay.count() == 30);
    BOOST_TEST(r.error().message() == "429 rate_limited: Too many requests");

    // A malformed error body is still the error of its status, without messages.
    auto m = parse_response<get_organization>(500, {}, "{\"errorMessages\":[");
    BOOST_TEST_REQUIRE(m.has_error());
    BOOST_TEST((m.error().kind == api_error_kind::server_error));
    BOOST_TEST(m.error().messages.empty());
    BOOST_TEST(!m.error().decode_error);

    // A body that would decode as the response does not turn an error status into a success.
    auto e = parse_response<get_organization>(404, {}, R"({"id":"1","name":"A"})");
    BOOST_TEST_REQUIRE(e.has_error());
    BOOST_TEST((e.error().kind == api_error_kind::not_found));

    auto redirect = parse_response<get_organization>(302, {{"Location", "/x"}}, "");
    BOOST_TEST_REQUIRE(redirect.has_error());
    BOOST_TEST((redirect.error().kind == api_error_kind::unexpected));
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/templates.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.templates
#include <boost/test/unit_test.hpp>

#include <csm/ids.hpp>
#include <csm/rest/api_base.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http_method.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

// An endpoint type of the user's own: in compiled mode build_request and parse_response are only declared for
// the library's endpoints, and this header gives their definitions for it (docs/rest.md, "Endpoints of your
// own").
namespace mine {
struct note {
    std::string text;
    friend bool operator==(const note&, const note&) = default;
};
BOOST_DESCRIBE_STRUCT(note, (), (text))

struct add_note {
    csm::organization_id organization_id;
    note body;
    static constexpr csm::rest::endpoint_info info{.name = "mine.note.add",
                                                   .method = csm::rest::http_method::post,
                                                   .path = "/organization/{organizationId}/note",
                                                   .scopes = {"write:organization:jira-service-management"},
                                                   .docs = {.id = "X1", .summary = "Adds a note."}};
    using response = note;
    friend bool operator==(const add_note&, const add_note&) = default;
};
BOOST_DESCRIBE_STRUCT(add_note, (), (organization_id, body))
} // namespace mine

BOOST_AUTO_TEST_CASE(own_endpoints_build_and_parse) {
    const auto base = csm::rest::api_base::atlassian(csm::cloud_id("c")).value();
    const auto req = csm::rest::build_request(mine::add_note{csm::organization_id("9"), {"hello"}}, base);
    BOOST_TEST_REQUIRE(req.has_value());
    BOOST_TEST(std::string(req->url.buffer()) ==
               "https://api.atlassian.com/jsm/csm/cloudid/c/api/v1/organization/9/note");
    BOOST_TEST(req->body.value_or("") == R"({"text":"hello"})");
    const auto res = csm::rest::parse_response<mine::add_note>(200, {}, R"({"text":"ok"})");
    BOOST_TEST_REQUIRE(res.has_value());
    BOOST_TEST(res->text == "ok");
}

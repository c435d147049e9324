// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/path.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.path
#include <boost/test/unit_test.hpp>

#include <csm/rest/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/ids.hpp>
#include <csm/rest/build.hpp>

#include <csm_test/generated_ids.hpp>

#include <boost/describe/class.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace std::string_view_literals;
using namespace csm::rest;

namespace test_api {

struct empty_response {};
BOOST_DESCRIBE_STRUCT(empty_response, (), ())

// Two path parameters, so that a hostile first id could try to swallow or move the second one.
struct get_detail_of_organization {
    csm::organization_id organization_id;
    detail_field_name field_name;
    static constexpr endpoint_info info{.name = "test.organization_detail",
                                        .path = "/organization/{organizationId}/details/{fieldName}",
                                        .docs = {.id = "X1", .permission = "", .summary = ""}};
    using response = empty_response;
};
BOOST_DESCRIBE_STRUCT(get_detail_of_organization, (), (organization_id, field_name))

// One path parameter of id kind Id between two fixed segments, for the generated-id property test.
template <class Id>
struct get_by_id {
    Id id;
    static constexpr endpoint_info info{
        .name = "test.by_id", .path = "/things/{id}/details", .docs = {.id = "X2", .permission = "", .summary = ""}};
    using response = empty_response;
};
BOOST_DESCRIBE_STRUCT(get_by_id<csm::organization_id>, (), (id))
BOOST_DESCRIBE_STRUCT(get_by_id<csm::customer_id>, (), (id))
BOOST_DESCRIBE_STRUCT(get_by_id<csm::product_id>, (), (id))
BOOST_DESCRIBE_STRUCT(get_by_id<csm::entitlement_id>, (), (id))
BOOST_DESCRIBE_STRUCT(get_by_id<csm::detail_field_id>, (), (id))
BOOST_DESCRIBE_STRUCT(get_by_id<csm::task_id>, (), (id))
BOOST_DESCRIBE_STRUCT(get_by_id<csm::help_center_id>, (), (id))
BOOST_DESCRIBE_STRUCT(get_by_id<detail_field_name>, (), (id))

} // namespace test_api

namespace {

std::string encoded(std::string_view value) {
    std::string out;
    append_path_segment(out, value);
    return out;
}

// The hostile ids of the issue: each is either refused or ends up as exactly one segment that decodes to
// itself.
const std::vector<std::string> hostile = {"..",
                                          ".",
                                          "a/b",
                                          "?x=1",
                                          "#frag",
                                          "%2e%2e",
                                          "a\r\nX-Injected: 1",
                                          std::string("a\0b", 3),
                                          "ü",
                                          "../../admin",
                                          "",
                                          "%",
                                          "a b",
                                          "a;b",
                                          "a+b",
                                          "\x7f",
                                          "\t",
                                          "..%2f",
                                          "./.",
                                          "...",
                                          "~user",
                                          "qm:1a2b:3c4d",
                                          "x@y",
                                          "%00",
                                          "a?b#c",
                                          "\\..\\",
                                          "//",
                                          "/",
                                          "é/../..",
                                          "\xff\xfe"};

} // namespace

BOOST_AUTO_TEST_CASE(safe_and_unsafe_values) {
    static_assert(is_safe_path_segment("123"));
    static_assert(is_safe_path_segment("..."));
    static_assert(is_safe_path_segment("a/b"));
    static_assert(!is_safe_path_segment(""));
    static_assert(!is_safe_path_segment("."));
    static_assert(!is_safe_path_segment(".."));
    static_assert(!is_safe_path_segment("a\rb"));
    static_assert(!is_safe_path_segment("a\nb"));
    static_assert(!is_safe_path_segment("\x7f"));
    static_assert(!is_safe_path_segment("\x1f"));
    BOOST_TEST(!is_safe_path_segment(std::string_view("a\0b", 3)));
    BOOST_TEST(is_safe_path_segment("ü"));

    BOOST_TEST(!check_path_segment("123", "organizationId"));
    const auto e = check_path_segment("..", "organizationId");
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST((e->code == csm::errc::unsafe_value));
    BOOST_TEST(e->pointer == "/path/organizationId");
    BOOST_TEST(e->expected == "a non-empty id without control characters that is not '.' or '..'");
    BOOST_TEST(e->message() == "/path/organizationId: expected a non-empty id without control characters that is not "
                               "'.' or '..' (unsafe_value)");
}

BOOST_AUTO_TEST_CASE(percent_encoding_of_segments) {
    BOOST_TEST(encoded("123") == "123");
    BOOST_TEST(encoded("a/b") == "a%2Fb");
    BOOST_TEST(encoded("?x=1") == "%3Fx%3D1");
    BOOST_TEST(encoded("#frag") == "%23frag");
    BOOST_TEST(encoded("%2e%2e") == "%252e%252e");
    BOOST_TEST(encoded("a b") == "a%20b");
    BOOST_TEST(encoded("a;b+c&d") == "a%3Bb%2Bc%26d");
    BOOST_TEST(encoded("ü") == "%C3%BC");
    BOOST_TEST(encoded("../../admin") == "..%2F..%2Fadmin");
    BOOST_TEST(encoded("qm:1a2b:3c4d") == "qm:1a2b:3c4d");
    BOOST_TEST(encoded("x@y.z-_~") == "x@y.z-_~");
    BOOST_TEST(encoded("Account Manager") == "Account%20Manager");

    std::string q;
    append_query_component(q, "a:b@c d+e");
    BOOST_TEST(q == "a%3Ab%40c%20d%2Be");
}

BOOST_AUTO_TEST_CASE(no_hostile_id_changes_the_endpoint) {
    const api_base base = api_base::atlassian(csm::cloud_id("cloud-1")).value();
    for (const std::string& id : hostile) {
        for (int which = 0; which < 2; ++which) {
            const test_api::get_detail_of_organization ep{csm::organization_id(which == 0 ? id : "42"),
                                                          detail_field_name(which == 1 ? id : "Region")};
            auto built = build_request(ep, base);
            if (!is_safe_path_segment(id)) {
                BOOST_TEST_REQUIRE(built.has_error());
                BOOST_TEST((built.error().code == csm::errc::unsafe_value));
                BOOST_TEST(built.error().pointer == (which == 0 ? "/path/organizationId" : "/path/fieldName"));
                continue;
            }
            BOOST_TEST_REQUIRE(built.has_value());
            // Parse the URL text again, as a server would.
            const std::string text(built->url.buffer());
            auto reparsed = boost::urls::parse_uri(text);
            BOOST_TEST_REQUIRE(reparsed.has_value());
            const boost::urls::url_view u = *reparsed;
            BOOST_TEST(u.host() == "api.atlassian.com");
            BOOST_TEST(!u.has_query());
            BOOST_TEST(!u.has_fragment());
            std::vector<std::string> segments;
            for (auto s : u.segments()) segments.push_back(s);
            const std::vector<std::string> expected = {"jsm",          "csm",
                                                       "cloudid",      "cloud-1",
                                                       "api",          "v1",
                                                       "organization", which == 0 ? id : "42",
                                                       "details",      which == 1 ? id : "Region"};
            BOOST_TEST(segments == expected, "id index " << (&id - hostile.data()));
            // No byte that could end a header line or the request line.
            BOOST_TEST(text.find_first_of(std::string_view("\r\n \0", 4)) == std::string::npos);
        }
    }
}

BOOST_AUTO_TEST_CASE(hostile_cloud_ids) {
    for (const std::string& id : hostile) {
        // An unsafe cloud id fails where the base is made, so no request can be built from it.
        const auto made = api_base::atlassian(csm::cloud_id(id));
        if (!is_safe_path_segment(id)) {
            BOOST_TEST_REQUIRE(made.has_error());
            BOOST_TEST(made.error().pointer == "/path/cloudId");
            continue;
        }
        BOOST_TEST_REQUIRE(made.has_value());
        auto built = build_request(
            test_api::get_detail_of_organization{csm::organization_id("1"), detail_field_name("Region")}, *made);
        BOOST_TEST_REQUIRE(built.has_value());
        const boost::urls::url_view u = built->url;
        BOOST_TEST(u.segments().size() == 10u);
        BOOST_TEST(*std::next(u.segments().begin(), 3) == id);
    }
}

namespace {

template <class Id>
void check_generated_ids(std::uint32_t seed) {
    const api_base base = api_base::atlassian(csm::cloud_id("cloud-1")).value();
    std::mt19937 gen(seed);
    int refused = 0, built_ok = 0;
    for (int i = 0; i < 10'000; ++i) {
        const std::string id = csm_test::generated_id(gen);
        auto built = build_request(test_api::get_by_id<Id>{Id(id)}, base);
        if (!built) {
            // Refused: only unsafe ids, with a clear error that does not quote the id.
            BOOST_TEST_REQUIRE(!is_safe_path_segment(id), "safe id refused, case " << i);
            BOOST_TEST_REQUIRE((built.error().code == csm::errc::unsafe_value));
            BOOST_TEST_REQUIRE(built.error().pointer == "/path/id");
            BOOST_TEST_REQUIRE(built.error().expected == path_segment_expected);
            ++refused;
            continue;
        }
        BOOST_TEST_REQUIRE(is_safe_path_segment(id), "unsafe id built, case " << i);
        const std::string text(built->url.buffer());
        auto reparsed = boost::urls::parse_uri(text);
        BOOST_TEST_REQUIRE(reparsed.has_value(), "URL does not parse, case " << i);
        const boost::urls::url_view u = *reparsed;
        BOOST_TEST_REQUIRE(!u.has_query());
        BOOST_TEST_REQUIRE(!u.has_fragment());
        BOOST_TEST_REQUIRE(u.segments().size() == 9u, "segments, case " << i);
        auto segment = u.segments().begin();
        std::advance(segment, 7);
        BOOST_TEST_REQUIRE(*segment == id, "the id does not decode to itself, case " << i);
        BOOST_TEST_REQUIRE(*std::next(segment) == "details");
        BOOST_TEST_REQUIRE(text.find_first_of(std::string_view("\r\n \0", 4)) == std::string::npos);
        for (const http_header& h : built->headers)
            BOOST_TEST_REQUIRE(h.value.find_first_of(std::string_view("\r\n\0", 3)) == std::string::npos);
        ++built_ok;
    }
    // The generator reaches both outcomes.
    BOOST_TEST(refused > 1000);
    BOOST_TEST(built_ok > 1000);
}

} // namespace

BOOST_AUTO_TEST_CASE(generated_ids_are_refused_or_one_segment_for_every_id_kind) {
    check_generated_ids<csm::organization_id>(1);
    check_generated_ids<csm::customer_id>(2);
    check_generated_ids<csm::product_id>(3);
    check_generated_ids<csm::entitlement_id>(4);
    check_generated_ids<csm::detail_field_id>(5);
    check_generated_ids<csm::task_id>(6);
    check_generated_ids<csm::help_center_id>(7);
    check_generated_ids<detail_field_name>(8);
}

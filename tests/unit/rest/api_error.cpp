// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/api_error.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.api_error
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <map>
#include <string>
#include <vector>

using namespace csm::rest;
using namespace std::chrono;
using strings = std::vector<std::string>;

namespace {

sys_seconds at(int y, unsigned mo, unsigned d, int h, int mi, int s) {
    return sys_days(year(y) / month(mo) / day(d)) + hours(h) + minutes(mi) + seconds(s);
}

} // namespace

static_assert(kind_of_status(400) == api_error_kind::bad_request);
static_assert(kind_of_status(401) == api_error_kind::unauthenticated);
static_assert(kind_of_status(403) == api_error_kind::forbidden);
static_assert(kind_of_status(404) == api_error_kind::not_found);
static_assert(kind_of_status(409) == api_error_kind::conflict);
static_assert(kind_of_status(412) == api_error_kind::precondition_failed);
static_assert(kind_of_status(429) == api_error_kind::rate_limited);
static_assert(kind_of_status(500) == api_error_kind::server_error);
static_assert(kind_of_status(503) == api_error_kind::server_error);
static_assert(kind_of_status(599) == api_error_kind::server_error);
static_assert(kind_of_status(405) == api_error_kind::unexpected);
static_assert(kind_of_status(302) == api_error_kind::unexpected);
static_assert(kind_of_status(600) == api_error_kind::unexpected);
static_assert(to_string(api_error_kind::precondition_failed) == "precondition_failed");
static_assert(to_string(api_error_kind::malformed_response) == "malformed_response");

BOOST_AUTO_TEST_CASE(every_status_kind) {
    const std::map<int, api_error_kind> expected = {
        {400, api_error_kind::bad_request},  {401, api_error_kind::unauthenticated},
        {403, api_error_kind::forbidden},    {404, api_error_kind::not_found},
        {409, api_error_kind::conflict},     {412, api_error_kind::precondition_failed},
        {429, api_error_kind::rate_limited}, {500, api_error_kind::server_error},
        {502, api_error_kind::server_error}, {503, api_error_kind::server_error},
        {405, api_error_kind::unexpected},   {418, api_error_kind::unexpected},
        {304, api_error_kind::unexpected},   {100, api_error_kind::unexpected}};
    for (const auto& [status, kind] : expected) {
        const api_error e = api_error::from_response(status, {}, "");
        BOOST_TEST(e.status == status);
        BOOST_TEST((e.kind == kind), status);
        BOOST_TEST(e.messages.empty());
        BOOST_TEST(!e.retry_after);
        BOOST_TEST(!e.decode_error);
    }
}

BOOST_AUTO_TEST_CASE(jira_style_error_body) {
    const api_error e = api_error::from_response(
        400, {{"Content-Type", "application/json"}},
        R"({"errorMessages":["Field name must not be empty","Too many options"],"errors":{"name":"required","options":["a","b"]}})");
    BOOST_TEST((e.kind == api_error_kind::bad_request));
    BOOST_TEST((e.messages == strings{"Field name must not be empty", "Too many options"}));
    BOOST_TEST(
        (e.field_errors == std::map<std::string, std::string>{{"name", "required"}, {"options", R"(["a","b"])"}}));
    BOOST_TEST(
        e.message() ==
        R"(400 bad_request: Field name must not be empty; Too many options; name: required; options: ["a","b"])");
}

BOOST_AUTO_TEST_CASE(other_error_body_forms) {
    BOOST_TEST((api_error::from_response(404, {}, R"({"errorMessage":"Organization not found"})").messages ==
                strings{"Organization not found"}));
    BOOST_TEST((api_error::from_response(403, {}, R"({"message":"Forbidden","status":403})").messages ==
                strings{"Forbidden"}));
    BOOST_TEST(
        (api_error::from_response(400, {}, R"({"errors":["first","second"]})").messages == strings{"first", "second"}));
    BOOST_TEST(
        (api_error::from_response(400, {}, R"({"errors":[{"message":"m1","field":"x"},{"code":7},"m2"]})").messages ==
         strings{"m1", "m2"}));
    BOOST_TEST((api_error::from_response(400, {}, R"({"errorMessages":"single"})").messages == strings{"single"}));
    // Every form at once, duplicates dropped, in a fixed order.
    const api_error all = api_error::from_response(
        409, {}, R"({"message":"dup","errorMessage":"one","errorMessages":["dup",2,null,""],"errors":"two"})");
    BOOST_TEST((all.messages == strings{"dup", "one", "two"}));
    BOOST_TEST((all.kind == api_error_kind::conflict));
}

BOOST_AUTO_TEST_CASE(non_json_and_empty_bodies_are_fine) {
    for (const char* body : {"", "<html><body>Bad gateway</body></html>", "not json", "[1,2]", "\"text\"", "{", "null",
                             R"({"errorMessages":{"a":1}})"}) {
        const api_error e = api_error::from_response(502, {}, body);
        BOOST_TEST((e.kind == api_error_kind::server_error));
        BOOST_TEST(e.messages.empty(), body);
        BOOST_TEST(e.field_errors.empty());
        BOOST_TEST(e.body == body);
        BOOST_TEST(e.message() == "502 server_error");
    }
}

BOOST_AUTO_TEST_CASE(precondition_failed_names_the_experimental_header) {
    const api_error e = api_error::from_response(412, {}, "");
    BOOST_TEST(e.message() == "412 precondition_failed (the X-ExperimentalApi: opt-in header was missing)");
}

BOOST_AUTO_TEST_CASE(retry_after_seconds) {
    const api_error e = api_error::from_response(429, {{"retry-after", "120"}}, "");
    BOOST_TEST((e.kind == api_error_kind::rate_limited));
    BOOST_TEST_REQUIRE(e.retry_after.has_value());
    BOOST_TEST((e.retry_after->kind == retry_after::form::delay_seconds));
    BOOST_TEST(e.retry_after->delay.count() == 120);
    BOOST_TEST(e.retry_after->wait_from(at(2026, 1, 1, 0, 0, 0)).count() == 120);

    BOOST_TEST(retry_after::parse(" 0 ")->delay.count() == 0);
    BOOST_TEST(retry_after::parse("999999999999")->delay.count() == 999999999999);
    for (const char* bad : {"", " ", "-1", "1.5", "12s", "+3", "0x10", "9999999999999", "soon"})
        BOOST_TEST(!retry_after::parse(bad), bad);
    BOOST_TEST(!api_error::from_response(503, {{"Retry-After", "later"}}, "").retry_after);
}

BOOST_AUTO_TEST_CASE(retry_after_http_dates) {
    const sys_seconds expected = at(2015, 10, 21, 7, 28, 0);
    for (const char* text :
         {"Wed, 21 Oct 2015 07:28:00 GMT", "Wednesday, 21-Oct-15 07:28:00 GMT", "Wed Oct 21 07:28:00 2015"}) {
        const auto r = retry_after::parse(text);
        BOOST_TEST_REQUIRE(r.has_value(), text);
        BOOST_TEST((r->kind == retry_after::form::http_date));
        BOOST_TEST((r->date == expected), text);
    }
    BOOST_TEST((retry_after::parse("Sun Nov  6 08:49:37 1994")->date == at(1994, 11, 6, 8, 49, 37)));
    BOOST_TEST((retry_after::parse("Sunday, 06-Nov-94 08:49:37 GMT")->date == at(1994, 11, 6, 8, 49, 37)));
    BOOST_TEST((retry_after::parse("Thursday, 01-Jan-26 00:00:00 GMT")->date == at(2026, 1, 1, 0, 0, 0)));

    const api_error e = api_error::from_response(503, {{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}}, "");
    BOOST_TEST_REQUIRE(e.retry_after.has_value());
    BOOST_TEST(e.retry_after->wait_from(at(2015, 10, 21, 7, 27, 0)).count() == 60);
    BOOST_TEST(e.retry_after->wait_from(at(2015, 10, 21, 7, 29, 0)).count() == 0); // in the past: now
    // Far dates and extreme clocks saturate instead of overflowing (UBSan: signed-integer-overflow).
    const auto far = retry_after::parse("Fri, 31 Dec 9999 23:59:59 GMT");
    BOOST_TEST_REQUIRE(far.has_value());
    BOOST_TEST((far->wait_from(sys_seconds::min()) == seconds::max()));
    BOOST_TEST((far->wait_from(at(2026, 1, 1, 0, 0, 0)) == at(9999, 12, 31, 23, 59, 59) - at(2026, 1, 1, 0, 0, 0)));
    BOOST_TEST(far->wait_from(sys_seconds::max()).count() == 0);
    const auto first = retry_after::parse("Sat, 01 Jan 0000 00:00:00 GMT");
    BOOST_TEST_REQUIRE(first.has_value());
    BOOST_TEST((first->date == at(0, 1, 1, 0, 0, 0)));
    BOOST_TEST(first->wait_from(at(2026, 1, 1, 0, 0, 0)).count() == 0);
    BOOST_TEST(!retry_after::parse("99999999999999999999"));

    for (const char* bad :
         {"Wed, 21 Oct 2015 07:28:00", "Wed, 21 Oct 2015 07:28:00 UTC", "Wed, 32 Oct 2015 07:28:00 GMT",
          "Wed, 29 Feb 2015 07:28:00 GMT", "Wed, 21 Okt 2015 07:28:00 GMT", "Wed, 21 Oct 2015 24:00:00 GMT",
          "Wed, 21 Oct 15 07:28:00 GMT", "21 Oct 2015 07:28:00 GMT", "2015-10-21T07:28:00Z",
          "Wed, 21 Oct 2015 07:28:00 GMT extra", "Wed Oct 21 07:28:00 15"})
        BOOST_TEST(!retry_after::parse(bad), bad);
}

BOOST_AUTO_TEST_CASE(equality) {
    BOOST_TEST((api_error::from_response(404, {}, "{}") == api_error::from_response(404, {}, "{}")));
    BOOST_TEST(!(api_error::from_response(404, {}, "{}") == api_error::from_response(403, {}, "{}")));
}

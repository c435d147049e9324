// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/send.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.send
#include <boost/test/unit_test.hpp>

#include <csm/rest/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/ids.hpp>
#include <csm/rest/retry.hpp>

#include <boost/describe/class.hpp>

#include <chrono>
#include <string>
#include <vector>

using namespace csm::rest;

namespace test_api {

struct organization {
    csm::organization_id id;
    std::string name;
    friend bool operator==(const organization&, const organization&) = default;
};
BOOST_DESCRIBE_STRUCT(organization, (), (id, name))

struct name_request {
    std::string name;
};
BOOST_DESCRIBE_STRUCT(name_request, (), (name))

struct update_organization {
    csm::organization_id organization_id;
    name_request body;
    static constexpr endpoint_info info{.name = "organization.update",
                                        .method = http_method::put,
                                        .path = "/organization/{organizationId}",
                                        .scopes = {"write:organization:jira-service-management"},
                                        .experimental = true,
                                        .docs = {.id = "O6"}};
    using response = organization;

    std::optional<csm::error> validate() const {
        if (body.name.empty()) return csm::error{csm::errc::invalid_value, "/body/name", "a non-empty name"};
        return std::nullopt;
    }
};
BOOST_DESCRIBE_STRUCT(update_organization, (), (organization_id, body))

} // namespace test_api

using namespace test_api;

namespace {

/// A test transport: records requests, answers from a script.
struct scripted_transport {
    std::vector<http_response> answers;
    std::vector<http_request> seen;

    http_response operator()(const http_request& req) {
        seen.push_back(req);
        http_response r = answers.front();
        answers.erase(answers.begin());
        return r;
    }
};

const api_base base = api_base::atlassian(csm::cloud_id("c1")).value();

} // namespace

static_assert(http_transport<scripted_transport>);
static_assert(http_transport<http_response (*)(const http_request&)>);
static_assert(!http_transport<int (*)(const http_request&)>);
static_assert(http_transport<transport_result (*)(const http_request&)>);
static_assert(!http_transport<csm::result<http_response> (*)(const http_request&)>);
static_assert(std::is_same_v<call_result<update_organization>, csm::result<organization, call_error>>);

BOOST_AUTO_TEST_CASE(success) {
    scripted_transport t{{http_response{200, {}, R"({"id":"123","name":"Atlassian"})"}}, {}};
    const call_result<update_organization> r =
        send(t, update_organization{csm::organization_id("123"), {"Atlassian"}}, base);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST((*r == organization{csm::organization_id("123"), "Atlassian"}));
    BOOST_TEST_REQUIRE(t.seen.size() == 1u);
    BOOST_TEST(t.seen[0].url.buffer() == "https://api.atlassian.com/jsm/csm/cloudid/c1/api/v1/organization/123");
    BOOST_TEST(t.seen[0].body.value() == R"({"name":"Atlassian"})");
    BOOST_TEST(t.seen[0].find_header("X-ExperimentalApi")->value == "opt-in");
    BOOST_TEST(t.seen[0].endpoint_name == "organization.update");
}

BOOST_AUTO_TEST_CASE(options_reach_the_builder) {
    scripted_transport t{{http_response{200, {}, R"({"id":"1","name":"x"})"}}, {}};
    build_options o;
    o.experimental_opt_in = false;
    BOOST_TEST(send(t, update_organization{csm::organization_id("1"), {"x"}}, base, o).has_value());
    BOOST_TEST(t.seen[0].find_header("X-ExperimentalApi") == nullptr);
}

BOOST_AUTO_TEST_CASE(build_errors_send_nothing) {
    scripted_transport t;
    auto r = send(t, update_organization{csm::organization_id(".."), {"x"}}, base);
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(t.seen.empty());
    BOOST_TEST_REQUIRE(r.error().build_error() != nullptr);
    BOOST_TEST(r.error().api() == nullptr);
    BOOST_TEST(r.error().build_error()->pointer == "/path/organizationId");
    BOOST_TEST(r.error().message() ==
               "request not built: /path/organizationId: expected a non-empty id without control characters that is "
               "not '.' or '..' (unsafe_value)");

    auto v = send(t, update_organization{csm::organization_id("1"), {""}}, base);
    BOOST_TEST_REQUIRE(v.has_error());
    BOOST_TEST(v.error().build_error()->pointer == "/body/name");
    BOOST_TEST(t.seen.empty());
}

BOOST_AUTO_TEST_CASE(api_errors_and_a_retry_loop) {
    scripted_transport t{{http_response{429, {{"Retry-After", "2"}}, R"({"message":"slow down"})"},
                          http_response{503, {}, ""}, http_response{200, {}, R"({"id":"1","name":"x"})"}},
                         {}};
    const update_organization ep{csm::organization_id("1"), {"x"}};
    const auto now = std::chrono::sys_seconds(std::chrono::seconds(1'800'000'000));
    std::vector<std::chrono::milliseconds> waits;
    call_result<update_organization> r = send(t, ep, base);
    for (int attempt = 1; r.has_error() && r.error().api(); ++attempt) {
        const retry_advice advice =
            advise_retry(*r.error().api(), repeatability_of(ep), attempt, now, [] { return 0.5; });
        if (!advice.retry) break;
        waits.push_back(advice.delay);
        r = send(t, ep, base);
    }
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(t.seen.size() == 3u);
    // Retry-After 2 plus jitter (0.5 · 0.3 · 2 s), then the second backoff (jitter factor 1 at 0.5).
    BOOST_TEST((waits == std::vector<std::chrono::milliseconds>{std::chrono::milliseconds(2300),
                                                                std::chrono::milliseconds(1000)}));
}

BOOST_AUTO_TEST_CASE(api_error_and_malformed_body) {
    scripted_transport t{{http_response{404, {}, R"({"errorMessages":["Organization does not exist"]})"},
                          http_response{200, {}, R"({"id":"1"})"}},
                         {}};
    const update_organization ep{csm::organization_id("1"), {"x"}};
    auto r = send(t, ep, base);
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST_REQUIRE(r.error().api() != nullptr);
    BOOST_TEST((r.error().api()->kind == api_error_kind::not_found));
    BOOST_TEST(r.error().message() == "404 not_found: Organization does not exist");

    auto m = send(t, ep, base);
    BOOST_TEST_REQUIRE(m.has_error());
    BOOST_TEST((m.error().api()->kind == api_error_kind::malformed_response));
    BOOST_TEST(m.error().api()->decode_error->pointer == "/name");
}

BOOST_AUTO_TEST_CASE(any_callable_is_a_transport) {
    auto lambda = [](const http_request& req) {
        const std::string path(req.url.encoded_path());
        return http_response{200, {}, R"({"id":")" + path.substr(path.rfind('/') + 1) + R"(","name":"n"})"};
    };
    auto r = send(lambda, update_organization{csm::organization_id("77"), {"n"}}, base);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->id.view() == "77");
}

BOOST_AUTO_TEST_CASE(a_transport_may_report_a_failure_without_throwing) {
    std::vector<transport_result> script{
        transport_failure{transport_failure_kind::connection_failed, false, "Connection refused"},
        http_response{200, {}, R"({"id":"1","name":"x"})"}};
    int calls = 0;
    auto transport = [&](const http_request&) { return script[static_cast<std::size_t>(calls++)]; };
    static_assert(http_transport<decltype(transport)>);
    const update_organization ep{csm::organization_id("1"), {"x"}};
    auto r = send(transport, ep, base);
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST_REQUIRE(r.error().transport() != nullptr);
    BOOST_TEST(r.error().api() == nullptr);
    BOOST_TEST(r.error().build_error() == nullptr);
    BOOST_TEST((*r.error().transport() ==
                transport_failure{transport_failure_kind::connection_failed, false, "Connection refused"}));
    BOOST_TEST(r.error().message() == "transport failure: connection_failed (nothing sent): Connection refused");
    const retry_advice advice = advise_retry(*r.error().transport(), repeatability_of(ep), 1, [] { return 0.5; });
    BOOST_TEST(advice.retry);
    BOOST_TEST(advice.delay.count() == 500);
    auto again = send(transport, ep, base);
    BOOST_TEST_REQUIRE(again.has_value());
    BOOST_TEST(again->name == "x");
    BOOST_TEST(calls == 2);
}

BOOST_AUTO_TEST_CASE(a_failing_transport_is_not_called_for_a_request_that_is_not_built) {
    int calls = 0;
    auto transport = [&](const http_request&) -> transport_result {
        ++calls;
        return transport_failure{transport_failure_kind::io, true, "reset"};
    };
    auto r = send(transport, update_organization{csm::organization_id("1"), {""}}, base);
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(r.error().build_error() != nullptr);
    BOOST_TEST(r.error().transport() == nullptr);
    BOOST_TEST(calls == 0);
}

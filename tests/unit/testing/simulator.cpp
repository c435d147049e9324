// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/testing/simulator.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.testing.simulator
#include <boost/test/unit_test.hpp>

#include <csm/rest/build.hpp>
#include <csm/rest/send.hpp>
#include <csm/rest/send_with_retry.hpp>

#include <chrono>
#include <string>

using namespace csm::rest;
using csm::testing::bearer_transport;
using csm::testing::simulator;
using csm::testing::token_grant;

namespace {

const std::vector<std::string> all_org_scopes = {
    "read:organization:jira-service-management", "read:organization.detail:jira-service-management",
    "write:organization:jira-service-management", "delete:organization:jira-service-management"};

/// The HTTP status of a failed call, 0 when the call succeeded or no response came (never dereferences null).
template <class R>
int status_of(const R& r) {
    if (r) return 0;
    const api_error* e = r.error().api();
    return e ? e->status : 0;
}

api_base site(std::string_view cloud) { return *api_base::atlassian(csm::cloud_id(cloud)); }

struct fixture {
    simulator sim;
    fixture() {
        sim.add_token("tok-a", token_grant{"cloud-a", all_org_scopes});
        sim.add_token("tok-b", token_grant{"cloud-b", all_org_scopes});
        sim.add_token("tok-read", token_grant{"cloud-a", {all_org_scopes[0], all_org_scopes[1]}});
    }
    bearer_transport as(std::string token) { return {&sim, std::move(token)}; }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(organization_create_get_update_delete_end_to_end, fixture) {
    auto created = send(as("tok-a"), organization::create_organization{{"Acme"}}, site("cloud-a"));
    BOOST_REQUIRE(created);
    BOOST_TEST(created->id.str() == "1");
    BOOST_TEST(created->name == "Acme");

    auto got = send(as("tok-a"), organization::get_organization{csm::organization_id("1")}, site("cloud-a"));
    BOOST_REQUIRE(got);
    BOOST_TEST(got->name == "Acme");
    BOOST_TEST(got->details.empty());

    auto renamed =
        send(as("tok-a"), organization::update_organization{csm::organization_id("1"), {"Acme Ltd"}}, site("cloud-a"));
    BOOST_REQUIRE(renamed);
    BOOST_TEST(renamed->name == "Acme Ltd");
    BOOST_TEST(send(as("tok-a"), organization::get_organization{csm::organization_id("1")}, site("cloud-a"))->name ==
               "Acme Ltd");

    BOOST_TEST(
        send(as("tok-a"), organization::delete_organization{csm::organization_id("1")}, site("cloud-a")).has_value());
    auto gone = send(as("tok-a"), organization::get_organization{csm::organization_id("1")}, site("cloud-a"));
    BOOST_REQUIRE(!gone);
    BOOST_REQUIRE(gone.error().api());
    BOOST_TEST(gone.error().api()->status == 404);
    BOOST_TEST(gone.error().api()->messages == std::vector<std::string>{"Organization does not exist"});
}

BOOST_FIXTURE_TEST_CASE(answers_are_the_library_serialization, fixture) {
    auto req = build_request(organization::create_organization{{"Acme"}}, site("cloud-a"));
    BOOST_REQUIRE(req);
    const http_response r = as("tok-a")(*req);
    BOOST_TEST(r.status == 201);
    BOOST_TEST(r.body == R"({"id":"1","name":"Acme"})");
}

BOOST_FIXTURE_TEST_CASE(tokens_scopes_and_tenants_are_checked, fixture) {
    BOOST_REQUIRE(send(as("tok-a"), organization::create_organization{{"Acme"}}, site("cloud-a")));
    const organization::get_organization get{csm::organization_id("1")};

    auto unknown = send(as("nope"), get, site("cloud-a"));
    BOOST_TEST(status_of(unknown) == 401);

    // The other tenant's token gets nothing, and its own site has no organization 1.
    BOOST_TEST(status_of(send(as("tok-b"), get, site("cloud-a"))) == 401);
    BOOST_TEST(status_of(send(as("tok-b"), get, site("cloud-b"))) == 404);

    // Read scopes only: reads pass, a delete is forbidden.
    BOOST_TEST(send(as("tok-read"), get, site("cloud-a")).has_value());
    auto del = send(as("tok-read"), organization::delete_organization{csm::organization_id("1")}, site("cloud-a"));
    BOOST_TEST(status_of(del) == 403);
    BOOST_TEST((!del && del.error().api() && del.error().api()->kind == api_error_kind::forbidden));

    sim.add_token("tok-old", token_grant{"cloud-a", all_org_scopes, std::chrono::system_clock::now()});
    sim.set_now(std::chrono::system_clock::now() + std::chrono::hours(1));
    BOOST_TEST(status_of(send(as("tok-old"), get, site("cloud-a"))) == 401);
    BOOST_TEST(send(as("tok-a"), get, site("cloud-a")).has_value());
}

BOOST_FIXTURE_TEST_CASE(experimental_header_is_required, fixture) {
    BOOST_REQUIRE(send(as("tok-a"), organization::create_organization{{"Acme"}}, site("cloud-a")));
    auto req = build_request(organization::update_organization{csm::organization_id("1"), {"B"}}, site("cloud-a"));
    BOOST_REQUIRE(req);
    std::erase_if(req->headers, [](const http_header& h) { return header_name_equals(h.name, "X-ExperimentalApi"); });
    const http_response r = as("tok-a")(*req);
    BOOST_TEST(r.status == 412);
    BOOST_TEST(api_error::from_response(r.status, r.headers, r.body).kind == api_error_kind::precondition_failed);
}

BOOST_FIXTURE_TEST_CASE(bad_bodies_get_400_naming_the_field, fixture) {
    auto req = build_request(organization::create_organization{{"Acme"}}, site("cloud-a"));
    BOOST_REQUIRE(req);
    req->body = R"({"name":5})";
    http_response r = as("tok-a")(*req);
    BOOST_TEST(r.status == 400);
    api_error e = api_error::from_response(r.status, r.headers, r.body);
    BOOST_TEST(e.kind == api_error_kind::bad_request);
    BOOST_TEST(e.field_errors.count("/body/name") == 1);

    req->body = R"({"name":""})";
    r = as("tok-a")(*req);
    BOOST_TEST(r.body == R"j({"errorMessages":["/body/name: expected a non-empty name (invalid_value)"],)j"
                         R"("errors":{"/body/name":"expected a non-empty name"}})");
}

BOOST_FIXTURE_TEST_CASE(unknown_routes_are_404, fixture) {
    auto req = build_request(organization::create_organization{{"Acme"}}, site("cloud-a"));
    BOOST_REQUIRE(req);
    req->url.set_encoded_path("/jsm/csm/cloudid/cloud-a/api/v1/nothing");
    BOOST_TEST(as("tok-a")(*req).status == 404);
}

// Every endpoint of the registry has a handler: none falls through to the 501 "Not simulated yet" answer that
// an endpoint added to the registry later would get. Each is called with placeholders for its path
// parameters, every header it may need and an empty object as the body: the answers are 2xx, 400, 404 or
// 409, never 501 (nor any other 5xx).
BOOST_AUTO_TEST_CASE(every_registry_endpoint_is_simulated) {
    simulator sim;
    std::vector<std::string> scopes;
    for (const endpoint_info& info : all_endpoint_infos())
        for (std::string_view s : info.scopes) scopes.emplace_back(s);
    sim.add_token("tok", token_grant{"cloud-a", scopes});
    std::size_t n = 0;
    for (const endpoint_info& info : all_endpoint_infos()) {
        std::string path(info.path);
        for (std::size_t open; (open = path.find('{')) != std::string::npos;)
            path.replace(open, path.find('}', open) - open + 1, "x");
        http_request req;
        req.method = info.method;
        req.url = boost::urls::url("https://api.atlassian.com/jsm/csm/cloudid/cloud-a/api/v1" + path);
        req.headers = {{"Authorization", "Bearer tok"},
                       {"X-ExperimentalApi", "opt-in"},
                       {"Content-Type", "application/json"},
                       {"Idempotency-Key", "k-" + std::to_string(n)}};
        if (info.method != http_method::get && info.method != http_method::delete_) req.body = "{}";
        const http_response r = sim(req);
        BOOST_TEST_INFO(info.name << " answered " << r.status << " " << r.body);
        BOOST_TEST((r.status < 500 && r.status != 401 && r.status != 403 && r.status != 412));
        ++n;
    }
    BOOST_TEST(n >= 60u); // the registry's 60 endpoints when this was written
}

BOOST_FIXTURE_TEST_CASE(customer_account_create_get_update_delete, fixture) {
    sim.add_token("tok-c",
                  token_grant{"cloud-a",
                              {"write:customer:jira-service-management", "read:customer:jira-service-management",
                               "delete:customer:jira-service-management"}});
    auto req =
        build_request(customer::create_account{{.display_name = "Ann", .email = "ann@example.com"}}, site("cloud-a"));
    BOOST_REQUIRE(req);
    const http_response r = as("tok-c")(*req);
    BOOST_TEST(r.status == 201);
    BOOST_TEST(r.body == R"({"customerId":"qm:1","displayName":"Ann","email":"ann@example.com"})");

    const csm::customer_id id("qm:1");
    auto got = send(as("tok-c"), customer::get_account{id}, site("cloud-a"));
    BOOST_REQUIRE(got);
    BOOST_TEST(*got->display_name == "Ann");
    BOOST_TEST(*got->email == "ann@example.com");

    auto renamed = send(as("tok-c"), customer::update_account{id, {"Ann B"}}, site("cloud-a"));
    BOOST_REQUIRE(renamed);
    BOOST_TEST(*renamed->display_name == "Ann B");
    BOOST_TEST(*renamed->email == "ann@example.com");

    BOOST_TEST(send(as("tok-c"), customer::delete_account{id}, site("cloud-a")).has_value());
    BOOST_TEST(status_of(send(as("tok-c"), customer::get_account{id}, site("cloud-a"))) == 404);

    auto bad = build_request(customer::create_account{{.display_name = {}, .email = "x@example.com"}}, site("cloud-a"));
    BOOST_REQUIRE(bad);
    bad->body = R"({"displayName":"N"})";
    const http_response missing = as("tok-c")(*bad);
    BOOST_TEST(missing.status == 400);
    BOOST_TEST(
        api_error::from_response(missing.status, missing.headers, missing.body).field_errors.count("/body/email") == 1);
}

BOOST_FIXTURE_TEST_CASE(idempotency_key_replays_the_first_answer, fixture) {
    auto req = build_request(organization::create_organization{{"Acme"}}, site("cloud-a"));
    BOOST_REQUIRE(req);
    req->headers.push_back({"Idempotency-Key", "k-1"});
    const http_response first = as("tok-a")(*req);
    req->body = R"({"name":"Other"})";
    const http_response again = as("tok-a")(*req);
    BOOST_TEST(again.status == 201);
    BOOST_TEST(again.body == R"({"id":"1","name":"Acme"})");
    BOOST_TEST(first.body == again.body);
    // Acted once: there is no organization 2.
    BOOST_TEST(status_of(send(as("tok-a"), organization::get_organization{csm::organization_id("2")},
                              site("cloud-a"))) == 404);
}

BOOST_FIXTURE_TEST_CASE(send_with_retry_retries_a_scripted_503_and_a_429, fixture) {
    BOOST_REQUIRE(send(as("tok-a"), organization::create_organization{{"Acme"}}, site("cloud-a")));
    csm::testing::fault_plan plan;
    plan.add({.kind = csm::testing::fault_kind::unavailable, .endpoint = "organization.get", .nth = 1});
    plan.add({.kind = csm::testing::fault_kind::rate_limited,
              .endpoint = "organization.get",
              .nth = 2,
              .retry_after = std::chrono::seconds(5)});
    sim.set_faults(plan);

    // Fake time: sleeping only records the wait and moves the clock.
    auto now = std::chrono::sys_seconds(std::chrono::seconds(1'800'000'000));
    std::vector<std::chrono::milliseconds> waits;
    int calls = 0;
    auto transport = [&](const http_request& r) {
        ++calls;
        return as("tok-a")(r);
    };
    auto got = send_with_retry(
        transport, organization::get_organization{csm::organization_id("1")}, site("cloud-a"), [&] { return now; },
        [&](std::chrono::milliseconds d) {
            waits.push_back(d);
            now += std::chrono::duration_cast<std::chrono::seconds>(d);
        },
        [] { return 0.5; });
    BOOST_REQUIRE(got);
    BOOST_TEST(got->name == "Acme");
    BOOST_TEST(calls == 3);
    BOOST_REQUIRE(waits.size() == 2u);
    BOOST_TEST(waits[1] >= std::chrono::seconds(5)); // at least the Retry-After of the 429 (plus jitter)
}

BOOST_FIXTURE_TEST_CASE(a_rate_limited_create_does_not_act_and_slow_reports_delay, fixture) {
    csm::testing::fault_plan plan;
    plan.add({.kind = csm::testing::fault_kind::rate_limited, .endpoint = "organization.create", .nth = 1});
    plan.add({.kind = csm::testing::fault_kind::slow,
              .endpoint = "organization.create",
              .nth = 2,
              .delay = std::chrono::milliseconds(250)});
    sim.set_faults(plan);
    BOOST_TEST(status_of(send(as("tok-a"), organization::create_organization{{"A"}}, site("cloud-a"))) == 429);
    auto second = send(as("tok-a"), organization::create_organization{{"B"}}, site("cloud-a"));
    BOOST_REQUIRE(second);
    BOOST_TEST(second->id.str() == "1"); // the 429 issued no id
    BOOST_TEST(sim.simulated_delay().count() == 250);
}

BOOST_FIXTURE_TEST_CASE(organization_fetch_by_id_and_name_leaves_out_unknown, fixture) {
    for (const char* name : {"Acme", "Beta", "Gamma"})
        BOOST_REQUIRE(send(as("tok-a"), organization::create_organization{{name}}, site("cloud-a")));
    organization::fetch_organizations fetch;
    fetch.body.organization_ids =
        std::vector<csm::organization_id>{csm::organization_id("3"), csm::organization_id("99")};
    fetch.body.organization_names = std::vector<std::string>{"Acme", "Gamma", "Nobody"};
    auto req = build_request(fetch, site("cloud-a"));
    BOOST_REQUIRE(req);
    const http_response r = as("tok-a")(*req);
    BOOST_TEST(r.status == 200);
    BOOST_TEST(r.body == R"({"organizations":[{"id":"3","name":"Gamma"},{"id":"1","name":"Acme"}]})");
    // Another tenant's site has none of them.
    sim.add_token("tok-b2", token_grant{"cloud-b", all_org_scopes});
    auto other = send(as("tok-b2"), fetch, site("cloud-b"));
    BOOST_REQUIRE(other);
    BOOST_TEST(other->organizations.empty());
}

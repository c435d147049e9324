// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// An integration test of your own code against csm::testing::simulator (docs/testing.md): no site, no
// credentials, no sockets. `rename_with_retry` stands for the code under test; its transport is a template
// parameter, so production passes a real transport and the test passes the simulator.
#include <csm/testing/simulator.hpp>

#include <csm/rest/send.hpp>
#include <csm/rest/send_with_retry.hpp>

#include <chrono>
#include <cstdio>
#include <string>

namespace app {

/// The code under test: renames an organization, retrying transient failures (a 429, a 503).
template <class Transport, class Sleep>
bool rename_with_retry(Transport&& transport, const csm::rest::api_base& base, const csm::organization_id& id,
                       std::string name, Sleep&& sleep) {
    auto r = csm::rest::send_with_retry(
        transport, csm::rest::organization::update_organization{id, {std::move(name)}}, base,
        [] { return std::chrono::system_clock::now(); }, sleep, [] { return 0.5; });
    return r.has_value();
}

} // namespace app

int main() {
    csm::testing::simulator sim;
    sim.add_token("tok",
                  {.cloud_id = "example-cloud",
                   .scopes = {"write:organization:jira-service-management", "read:organization:jira-service-management",
                              "read:organization.detail:jira-service-management"}});
    csm::testing::bearer_transport transport{&sim, "tok"};
    const auto base = *csm::rest::api_base::atlassian(csm::cloud_id("example-cloud"));

    auto created = csm::rest::send(transport, csm::rest::organization::create_organization{{"Acme"}}, base);
    if (!created) return 1;

    // The first rename is rate limited; the code under test must wait and retry.
    csm::testing::fault_plan plan;
    plan.add({.kind = csm::testing::fault_kind::rate_limited,
              .endpoint = "organization.update",
              .nth = 1,
              .retry_after = std::chrono::seconds(2)});
    sim.set_faults(plan);
    std::chrono::milliseconds waited{0};
    const bool ok = app::rename_with_retry(transport, base, created->id, "Acme Ltd",
                                           [&](std::chrono::milliseconds d) { waited += d; }); // no real sleep

    auto read = csm::rest::send(transport, csm::rest::organization::get_organization{created->id}, base);
    if (!ok || !read) return 1;
    std::printf("renamed=%s waited_at_least_retry_after=%s name=%s\n", ok ? "yes" : "no",
                waited >= std::chrono::seconds(2) ? "yes" : "no", read->name.c_str());
    return read->name == "Acme Ltd" ? 0 : 1;
}

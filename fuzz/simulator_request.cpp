// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The simulators' request handling (csm::testing::simulator, graph_simulator, oauth_simulator) with any
// method, target, headers and body (fuzz/README.md). Input: the method on the first line, the target on the
// second, then header lines "Name: value" up to an empty line, then the body. Besides "no crash", a 2xx
// answer of the REST simulator is for the token's own site only, the bridge answers 200 only with its
// secret, an OAuth token is issued only to the right client secret, and no answer carries a token or secret
// that the request sent in a header.
#include <csm/testing/graph_simulator.hpp>
#include <csm/testing/oauth_simulator.hpp>
#include <csm/testing/simulator.hpp>

#include <boost/url/parse.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

namespace rest = csm::rest;

constexpr std::string_view token_a = "SIMTOKEN-a-4f1d9c";
constexpr std::string_view token_b = "SIMTOKEN-b-88e0aa";
constexpr std::string_view bridge_secret = "BRIDGESECRET-51c2";
constexpr std::string_view client_secret = "CLIENTSECRET-0b7e";

[[noreturn]] void broken(const char* invariant) {
    std::fprintf(stderr, "csm-cpp fuzz: invariant broken: %s\n", invariant);
    std::abort();
}

std::string_view next_line(std::string_view& input) {
    const std::size_t end = input.find('\n');
    const std::string_view line = input.substr(0, end);
    input = end == std::string_view::npos ? std::string_view() : input.substr(end + 1);
    return line;
}

/// Whether the answer carries a token or secret that the request sent only in a header: one that came in
/// the body or target may come back as data (an organization named after it), one from a header never.
bool leaks_secret(const rest::http_request& req, const rest::http_response& r) {
    const std::string target = req.target();
    for (std::string_view s : {token_a, token_b, bridge_secret, client_secret}) {
        if (target.find(s) != std::string::npos || (req.body && req.body->find(s) != std::string::npos)) continue;
        if (r.body.find(s) != std::string::npos) return true;
        for (const rest::http_header& h : r.headers)
            if (h.value.view().find(s) != std::string_view::npos) return true;
    }
    return false;
}

void check_leak(const rest::http_request& req, const rest::http_response& r) {
    if (leaks_secret(req, r)) broken("an answer carries a token or secret the request sent in a header");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::string_view method = next_line(input);
    const std::string_view target = next_line(input);
    rest::http_request req;
    if (method == "GET") req.method = rest::http_method::get;
    else if (method == "POST") req.method = rest::http_method::post;
    else if (method == "PUT") req.method = rest::http_method::put;
    else if (method == "DELETE") req.method = rest::http_method::delete_;
    else return 0;
    auto url = boost::urls::parse_origin_form(target);
    if (!url) return 0;
    req.url = boost::urls::url("https://sim.example.invalid");
    req.url.set_encoded_path(url->encoded_path());
    if (url->has_query()) req.url.set_encoded_query(url->encoded_query());
    for (std::string_view line = next_line(input); !line.empty() && !input.empty(); line = next_line(input)) {
        const std::size_t colon = line.find(": ");
        if (colon == std::string_view::npos) return 0;
        req.headers.push_back({std::string(line.substr(0, colon)), std::string(line.substr(colon + 2))});
    }
    if (!input.empty() || method != "GET") req.body = std::string(input);

    csm::testing::simulator sim;
    const std::vector<std::string> scopes = {
        "read:organization:jira-service-management", "write:organization:jira-service-management",
        "read:customer:jira-service-management", "write:customer:jira-service-management"};
    sim.add_token(std::string(token_a), {"cloud-a", scopes});
    sim.add_token(std::string(token_b), {"cloud-b", scopes});
    // Some state first, so that reads and updates find something.
    rest::http_request seed;
    seed.method = rest::http_method::post;
    seed.url = boost::urls::url("https://sim.example.invalid/jsm/csm/cloudid/cloud-a/api/v1/organization");
    seed.headers = {{"Authorization", "Bearer " + std::string(token_a)}, {"Content-Type", "application/json"}};
    seed.body = R"({"name":"Acme"})";
    (void)sim(seed);

    const rest::http_response r = sim(req);
    check_leak(req, r);
    if (r.status >= 200 && r.status < 300) {
        // Tenant isolation: the path's cloud id is the token's.
        const std::string path(req.url.encoded_path());
        const rest::http_header* auth = req.find_header("Authorization");
        const std::string_view cloud = path.starts_with("/jsm/csm/cloudid/cloud-a/")   ? "a"
                                       : path.starts_with("/jsm/csm/cloudid/cloud-b/") ? "b"
                                                                                       : "";
        const bool with_a = auth && auth->value == "Bearer " + std::string(token_a);
        const bool with_b = auth && auth->value == "Bearer " + std::string(token_b);
        if (!((cloud == "a" && with_a) || (cloud == "b" && with_b))) broken("a 2xx answer outside the token's site");
    }

    csm::testing::graph_simulator graph({.secret = std::string(bridge_secret)});
    const rest::http_response g = graph(req);
    check_leak(req, g);
    if (g.status == 200) {
        const rest::http_header* auth = req.find_header("Authorization");
        if (!auth || auth->value != "Bearer " + std::string(bridge_secret))
            broken("the bridge answered without its secret");
    }

    csm::testing::oauth_simulator oauth(sim, {.client_id = "client-1",
                                              .client_secret = std::string(client_secret),
                                              .redirect_uri = "https://app.example.invalid/callback",
                                              .cloud_id = "cloud-a"});
    const rest::http_response o = oauth(req);
    check_leak(req, o);
    if (o.status == 200 && req.url.encoded_path() == "/oauth/token" &&
        (!req.body || req.body->find(client_secret) == std::string::npos))
        broken("a token was issued without the client secret");
    return 0;
}

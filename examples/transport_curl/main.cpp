// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// Gets one organization through libcurl: build the request, send it, parse the response.
//
//     CSM_TOKEN=<access token> transport_curl <cloud id | base URL> <organization id>
//
// A cloud id uses https://api.atlassian.com/jsm/csm/cloudid/<cloud id>/api/v1; a base URL (for a proxy or a
// local test server) is used as it is. Exit codes: 0 ok, 1 API error, 2 usage or request not built,
// 3 connection failure, 4 timeout, 5 other transport failure.
#include "curl_transport.hpp"

#include <csm/rest/build.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/response.hpp>

#include <cstdlib>
#include <iostream>
#include <string_view>

int main(int argc, char** argv) {
    if (argc != 3 || std::string_view(argv[1]) == "--help") {
        std::cout << "usage: transport_curl <cloud id | base URL> <organization id>   (token in CSM_TOKEN)\n";
        return argc == 2 && std::string_view(argv[1]) == "--help" ? 0 : 2;
    }
    const auto base = csm_examples::api_base_from_argument(argv[1]);
    if (!base) {
        std::cerr << "bad base URL: " << base.error().message() << '\n';
        return 2;
    }
    const char* token = std::getenv("CSM_TOKEN");
    csm_examples::curl_transport http({
        .timeout = std::chrono::seconds(20),
        .authorization = token ? csm_examples::bearer_authorization(token) : std::string(),
    });

    using get_organization = csm::rest::organization::get_organization;
    auto request = csm::rest::build_request(get_organization{.organization_id = csm::organization_id(argv[2])}, *base);
    if (!request) {
        std::cerr << "request not built: " << request.error().message() << '\n';
        return 2;
    }
    const csm::rest::transport_result response = http(*request);
    if (!response) {
        std::cerr << response.error().message() << '\n';
        switch (response.error().kind) {
        case csm::rest::transport_failure_kind::connection_failed: return 3;
        case csm::rest::transport_failure_kind::timed_out: return 4;
        default: return 5;
        }
    }
    auto organization = csm::rest::parse_response<get_organization>(*response);
    if (!organization) {
        std::cerr << organization.error().message() << '\n';
        return 1;
    }
    std::cout << organization->id.view() << ' ' << organization->name << '\n';
    return 0;
}

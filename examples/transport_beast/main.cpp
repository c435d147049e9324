// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// Lists every product through Boost.Beast, following the cursor to the last page, with csm::rest::send
// (build_request, the transport, parse_response in one call).
//
//     CSM_TOKEN=<access token> transport_beast <cloud id | base URL>
//
// Exit codes: 0 ok, 1 API error, 2 usage, 3 transport failure.
#include "beast_transport.hpp"

#include <csm/rest/product.hpp>
#include <csm/rest/send.hpp>

#include <cstdlib>
#include <iostream>
#include <string_view>

int main(int argc, char** argv) {
    if (argc != 2 || std::string_view(argv[1]) == "--help") {
        std::cout << "usage: transport_beast <cloud id | base URL>   (token in CSM_TOKEN)\n";
        return argc == 2 ? 0 : 2;
    }
    const auto base = csm_examples::api_base_from_argument(argv[1]);
    if (!base) {
        std::cerr << "bad base URL: " << base.error().message() << '\n';
        return 2;
    }
    const char* token = std::getenv("CSM_TOKEN");
    csm_examples::beast_transport http({
        .timeout = std::chrono::seconds(20),
        .authorization = token ? csm_examples::bearer_authorization(token) : std::string(),
    });

    csm::rest::product::list_products request{};
    for (int page = 0; page < 1000; ++page) { // bounded, whatever the server says
        auto result = csm::rest::send(http, request, *base);
        if (!result) {
            std::cerr << result.error().message() << '\n';
            return result.error().transport() ? 3 : 1;
        }
        for (const auto& product : result->results) std::cout << product.id.view() << ' ' << product.name << '\n';
        auto next = csm::rest::product::next_page(request, *result);
        if (!next) break;
        request = *next;
    }
    return 0;
}

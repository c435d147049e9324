// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// csm_test_server: the end-to-end test server as a program, for tests that launch a client process (the csm
// CLI). Prints its port on the first line of stdout, serves 127.0.0.1 until killed, until --max-requests
// requests were handled, or until --timeout seconds have passed (default 60), and exits 0.
//
//     csm_test_server [--routes FILE] [--fixtures DIR] [--port N] [--max-requests N] [--timeout SECONDS]
//                     [--authorization VALUE] [--hang-limit SECONDS]
//
// The defaults are the bundled route table (tests/fixtures/e2e/routes.json) and fixtures (tests/fixtures).
// Each handled request is logged on stderr as it happens: "METHOD target -> status [route] mismatch: ...".
#include <csm_test_server/server.hpp>

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>

#ifndef CSM_TEST_SERVER_ROUTES
#define CSM_TEST_SERVER_ROUTES ""
#endif
#ifndef CSM_TEST_SERVER_FIXTURES
#define CSM_TEST_SERVER_FIXTURES ""
#endif

namespace {

constexpr std::string_view usage =
    "usage: csm_test_server [--routes FILE] [--fixtures DIR] [--port N] [--max-requests N] [--timeout SECONDS]\n"
    "                       [--authorization VALUE] [--hang-limit SECONDS]\n"
    "Serves the CSM REST test routes on 127.0.0.1 and prints the port on the first line of stdout.\n"
    "Scenarios: header 'X-Test-Scenario: 404|412|429|500|503|malformed|hang' or a path prefix /scenario/<name>.\n"
    "Stops after --max-requests handled requests (default: no bound) or --timeout seconds (default 60, at most\n"
    "3600).\n";

unsigned long number(std::string_view flag, std::string_view text, unsigned long max) {
    unsigned long value = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || value > max) {
        std::cerr << "csm_test_server: " << flag << " needs a number up to " << max << "\n" << usage;
        std::exit(2);
    }
    return value;
}

} // namespace

int main(int argc, char** argv) {
    std::string routes = CSM_TEST_SERVER_ROUTES;
    std::string fixtures = CSM_TEST_SERVER_FIXTURES;
    csm_test_server::server_options options;
    options.lifetime = std::chrono::seconds(60);
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << usage;
            return 0;
        }
        if (i + 1 >= argc) {
            std::cerr << "csm_test_server: unknown option or missing value: " << arg << "\n" << usage;
            return 2;
        }
        const std::string_view value = argv[++i];
        if (arg == "--routes") routes = value;
        else if (arg == "--fixtures") fixtures = value;
        else if (arg == "--port") options.port = static_cast<std::uint16_t>(number(arg, value, 65535));
        else if (arg == "--max-requests") options.max_requests = number(arg, value, 1'000'000);
        else if (arg == "--timeout") options.lifetime = std::chrono::seconds(number(arg, value, 3600));
        else if (arg == "--hang-limit") options.hang_limit = std::chrono::seconds(number(arg, value, 3600));
        else if (arg == "--authorization") options.authorization = std::string(value);
        else {
            std::cerr << "csm_test_server: unknown option " << arg << "\n" << usage;
            return 2;
        }
    }
    if (options.lifetime.count() == 0) options.lifetime = std::chrono::seconds(60); // always bounded
    try {
        options.routes = csm_test_server::load_routes(routes, fixtures);
        options.on_request = [](const csm_test_server::recorded_request& r) {
            std::cerr << r.request.method << ' ' << r.request.target << " -> " << r.status;
            if (!r.route.empty()) std::cerr << " [" << r.route << ']';
            if (r.mismatch) std::cerr << " mismatch: " << *r.mismatch;
            std::cerr << std::endl;
        };
        csm_test_server::test_server server(std::move(options));
        std::cout << server.port() << std::endl; // the first line, flushed
        server.wait();
    } catch (const std::exception& e) {
        std::cerr << "csm_test_server: " << e.what() << '\n';
        return 1;
    }
    return 0;
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// End-to-end: the standalone csm_test_server program, launched the way the CLI's tests launch it. It prints
// its port on the first line, serves the bundled routes and exits by itself after --max-requests.
#include "curl_transport.hpp"

#define BOOST_TEST_MODULE e2e.server_program
#include <boost/test/unit_test.hpp>

#include <csm/rest/organization.hpp>
#include <csm/rest/send.hpp>

#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

namespace {

/// Runs the server with `args`, reads the first line of its stdout. pclose() waits for it to exit.
struct server_process {
    std::FILE* pipe = nullptr;
    std::string first_line;

    explicit server_process(const std::string& args) {
        pipe = ::popen((std::string(CSM_TEST_SERVER_EXE) + " " + args + " 2>/dev/null").c_str(), "r");
        BOOST_TEST_REQUIRE(pipe != nullptr);
        char line[64] = {};
        if (std::fgets(line, sizeof line, pipe)) first_line = line;
    }
    /// The exit status once the program has ended.
    int wait() {
        const int status = ::pclose(std::exchange(pipe, nullptr));
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    ~server_process() {
        if (pipe) ::pclose(pipe);
    }
};

csm::rest::api_base base_on(const std::string& port, const std::string& prefix = "") {
    auto base = csm::rest::api_base::custom("http://127.0.0.1:" + port + prefix + "/jsm/csm/cloudid/CLOUD/api/v1");
    BOOST_TEST_REQUIRE(base.has_value());
    return *base;
}

} // namespace

BOOST_AUTO_TEST_CASE(prints_its_port_serves_and_stops_after_max_requests) {
    server_process server("--max-requests 2 --timeout 30");
    BOOST_TEST_REQUIRE(!server.first_line.empty());
    const std::string port = server.first_line.substr(0, server.first_line.find('\n'));
    BOOST_TEST(std::stoi(port) > 0);

    csm_examples::curl_transport http({.timeout = std::chrono::seconds(5)});
    const csm::rest::organization::get_organization get{csm::organization_id("123")};
    auto ok = csm::rest::send(http, get, base_on(port));
    BOOST_REQUIRE_MESSAGE(ok.has_value(), (ok ? std::string() : ok.error().message()));
    BOOST_TEST(ok->name == "Atlassian");

    auto limited = csm::rest::send(http, get, base_on(port, "/scenario/429"));
    BOOST_TEST_REQUIRE(!limited.has_value());
    BOOST_TEST_REQUIRE(limited.error().api() != nullptr);
    BOOST_TEST(limited.error().api()->status == 429);

    const auto start = std::chrono::steady_clock::now();
    BOOST_TEST(server.wait() == 0); // the second request was the last one
    BOOST_TEST((std::chrono::steady_clock::now() - start < std::chrono::seconds(10)));
}

BOOST_AUTO_TEST_CASE(exits_by_itself_after_its_timeout) {
    server_process server("--timeout 1");
    BOOST_TEST_REQUIRE(!server.first_line.empty());
    const auto start = std::chrono::steady_clock::now();
    BOOST_TEST(server.wait() == 0);
    BOOST_TEST((std::chrono::steady_clock::now() - start < std::chrono::seconds(10)));
}

BOOST_AUTO_TEST_CASE(bad_arguments_exit_2) {
    server_process server("--max-requests lots");
    BOOST_TEST(server.first_line.empty());
    BOOST_TEST(server.wait() == 2);
}

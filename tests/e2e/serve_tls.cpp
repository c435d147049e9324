// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// End-to-end: `csm serve --tls-self-signed CERT_OUT` (a child process, tests/support/csm_test/serve_process.hpp)
// over https with the libcurl transport: trusted through the written certificate as the CA file, refused
// without it (verification is on by default), and nothing answered to plain http.
#include "curl_transport.hpp"

#define BOOST_TEST_MODULE e2e.serve_tls
#include <boost/test/unit_test.hpp>

#include <csm/rest/organization.hpp>
#include <csm/rest/send.hpp>

#include <csm_test/serve_process.hpp>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace rest = csm::rest;
using namespace std::chrono_literals;

struct tls_fixture {
    std::string files = std::string(CSM_E2E_WORK_DIR) + "/serve_tls." + std::to_string(::getpid()) + ".";
    std::string ca = files + "ca.pem";
    csm_test::serve_process server{CSM_EXE, {"--tls-self-signed", ca}, files + "server.log"};
    rest::api_base base = *rest::api_base::custom(server.api_base("test-cloud", "https"));

    ~tls_fixture() {
        server.stop();
        std::remove(ca.c_str());
        std::remove((files + "server.log").c_str());
    }

    /// The transport with the default test token; `ca_file` empty: the system's CA paths only.
    static csm_examples::curl_transport https(std::string ca_file) {
        return csm_examples::curl_transport(csm_examples::curl_options{.timeout = 5s,
                                                                       .connect_timeout = 2s,
                                                                       .authorization = "Bearer csm-serve-test-token",
                                                                       .ca_file = std::move(ca_file)});
    }

    /// The request lines of the server's log.
    std::vector<std::string> seen() const { return csm_test::serve_log_requests(files + "server.log"); }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(https_with_the_written_certificate_as_ca_file, tls_fixture) {
    // Only the certificate was written: one PEM certificate, no key.
    std::ifstream in(ca);
    std::stringstream pem;
    pem << in.rdbuf();
    BOOST_TEST(pem.str().starts_with("-----BEGIN CERTIFICATE-----\n"));
    BOOST_TEST(pem.str().ends_with("-----END CERTIFICATE-----\n"));
    BOOST_TEST(pem.str().find("PRIVATE KEY") == std::string::npos);

    const auto transport = https(ca);
    auto created = rest::send(transport, rest::organization::create_organization{{"Atlassian"}}, base);
    BOOST_TEST_REQUIRE(created.has_value(), (created ? std::string() : created.error().message()));
    BOOST_TEST(created->id.view() == "1");
    auto read = rest::send(transport, rest::organization::get_organization{csm::organization_id("1")}, base);
    BOOST_TEST_REQUIRE(read.has_value(), (read ? std::string() : read.error().message()));
    BOOST_TEST(read->name == "Atlassian");
    const std::vector<std::string> expected{"POST /jsm/csm/cloudid/test-cloud/api/v1/organization -> 201",
                                            "GET /jsm/csm/cloudid/test-cloud/api/v1/organization/1 -> 200"};
    BOOST_TEST(seen() == expected, boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_CASE(https_without_the_ca_file_fails_verification, tls_fixture) {
    auto refused = rest::send(https(""), rest::organization::get_organization{csm::organization_id("1")}, base);
    BOOST_TEST_REQUIRE(!refused.has_value());
    const rest::transport_failure* failure = refused.error().transport();
    BOOST_TEST_REQUIRE(failure != nullptr, refused.error().message());
    BOOST_TEST(failure->kind == rest::transport_failure_kind::tls);
    // Plain http to the https port is not answered either.
    const auto plain = rest::api_base::custom(server.api_base("test-cloud", "http"));
    auto unanswered = rest::send(https(ca), rest::organization::get_organization{csm::organization_id("1")}, *plain);
    BOOST_TEST(!unanswered.has_value());
    BOOST_TEST(seen().empty()); // no request got through a handshake
}

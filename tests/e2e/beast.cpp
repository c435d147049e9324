// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// End-to-end: examples/transport_beast against the local test server (cases.hpp).
#include "beast_transport.hpp"

#define BOOST_TEST_MODULE e2e.beast
#include <boost/test/unit_test.hpp>

namespace e2e {
struct transport_factory {
    template <class Settings>
    static csm_examples::beast_transport make(const Settings& s) {
        return csm_examples::beast_transport({.timeout = s.timeout,
                                              .connect_timeout = s.connect_timeout,
                                              .authorization = s.authorization,
                                              .verbose = s.verbose});
    }
};
} // namespace e2e

#include "cases.hpp"

// ---- TLS: the transport against the test server speaking https (a self-signed identity made at run time) ----
#include <csm_test_server/tls.hpp>

#include <filesystem>
#include <fstream>
#include <system_error>

#include <unistd.h>

namespace e2e {

/// A test server on https://127.0.0.1:<port> with a fresh self-signed certificate for 127.0.0.1. The
/// certificate (never the key, which stays in memory) is written to a file in this test's build directory,
/// for the client to trust through its CA-file option; the file is removed afterwards.
struct tls_server_fixture {
    csm_test_server::tls_identity identity = csm_test_server::make_self_signed_identity();
    csm_test_server::test_server server{csm_test_server::server_options{
        .routes = routes(),
        .authorization = csm_examples::bearer_authorization(token),
        .lifetime = std::chrono::milliseconds(90'000),
        .hang_limit = std::chrono::milliseconds(10'000),
        .tls = identity,
    }};
    std::filesystem::path ca_file =
        std::filesystem::path(CSM_E2E_WORK_DIR) / ("e2e.beast.tls-ca." + std::to_string(::getpid()) + ".pem");
    rest::api_base base = base_for(server, "", "https");

    tls_server_fixture() {
        std::ofstream out(ca_file, std::ios::binary | std::ios::trunc);
        out << identity.certificate_pem;
        out.close();
        BOOST_TEST_REQUIRE(out.good(), "cannot write " << ca_file);
    }
    ~tls_server_fixture() {
        std::error_code ignored;
        std::filesystem::remove(ca_file, ignored);
    }
    tls_server_fixture(const tls_server_fixture&) = delete;
    tls_server_fixture& operator=(const tls_server_fixture&) = delete;

    /// The Beast transport as the other cases make it, plus (when given) a CA file; peer verification stays on.
    static csm_examples::beast_transport https(std::string ca = {}, csm_examples::verbose_hook verbose = {}) {
        return csm_examples::beast_transport({.timeout = std::chrono::milliseconds(5'000),
                                              .connect_timeout = std::chrono::milliseconds(2'000),
                                              .authorization = csm_examples::bearer_authorization(token),
                                              .ca_file = std::move(ca),
                                              .verbose = std::move(verbose)});
    }
};

} // namespace e2e

BOOST_FIXTURE_TEST_SUITE(tls, e2e::tls_server_fixture)

BOOST_AUTO_TEST_CASE(tls_exchange_succeeds) {
    BOOST_TEST(server.base_url().rfind("https://127.0.0.1:", 0) == 0u);
    std::vector<std::string> lines;
    const auto http = https(ca_file.string(), [&lines](std::string_view line) { lines.emplace_back(line); });
    BOOST_TEST(http.options().verify_peer);

    // A GET: the documented response comes back whole over TLS.
    auto got = e2e::rest::send(http, e2e::get_organization_123(), base);
    BOOST_REQUIRE_MESSAGE(got.has_value(), (got ? std::string() : got.error().message()));
    BOOST_TEST(got->id.view() == "123");
    BOOST_TEST(got->name == "Atlassian");
    BOOST_TEST(!got->details.empty());
    BOOST_TEST(std::count(lines.begin(), lines.end(), "< HTTP 200") == 1);

    // A POST with a JSON body: the server checks the body against the docs.
    auto created = e2e::rest::send(http, e2e::rest::product::create_product{.body = {.name = "Acme Widget"}}, base);
    BOOST_REQUIRE_MESSAGE(created.has_value(), (created ? std::string() : created.error().message()));
    BOOST_TEST(created->name == "Acme Widget");

    const auto log = server.requests();
    BOOST_TEST_REQUIRE(log.size() == 2u);
    BOOST_TEST(log[0].route == "o5.get_organization");
    BOOST_TEST(log[0].status == 200);
    BOOST_TEST(log[0].request.target == "/jsm/csm/cloudid/CLOUD/api/v1/organization/123");
    const auto* auth = log[0].request.find_header("Authorization");
    BOOST_TEST_REQUIRE(auth != nullptr);
    BOOST_TEST(auth->value == "Bearer " + std::string(e2e::token));
    const auto* host = log[0].request.find_header("Host");
    BOOST_TEST_REQUIRE(host != nullptr);
    BOOST_TEST(host->value == "127.0.0.1:" + std::to_string(server.port()));
    BOOST_TEST(log[1].request.method == "POST");
    BOOST_TEST(log[1].request.target == "/jsm/csm/cloudid/CLOUD/api/v1/product");
    BOOST_TEST(log[1].route == "p2.create_product");
    for (const std::string& m : server.mismatches()) BOOST_ERROR("server mismatch: " << m);
}

BOOST_AUTO_TEST_CASE(tls_without_the_ca_file_fails_verification) {
    const auto http = https(); // the system's CA paths only: the self-signed certificate is not trusted
    BOOST_TEST(http.options().verify_peer);
    const auto failure = e2e::failure_of(e2e::rest::send(http, e2e::get_organization_123(), base));
    BOOST_TEST(failure.kind == e2e::rest::transport_failure_kind::tls);
    BOOST_TEST(!failure.request_sent);
    BOOST_TEST(server.requests().empty()); // nothing was sent before the handshake failed

    // The control: the same transport with verification switched off gets through, so the failure above was
    // the certificate check and not the handshake itself.
    auto options = http.options();
    options.verify_peer = false;
    auto unverified = e2e::rest::send(csm_examples::beast_transport(options), e2e::get_organization_123(), base);
    BOOST_REQUIRE_MESSAGE(unverified.has_value(), (unverified ? std::string() : unverified.error().message()));
    const auto log = server.requests();
    BOOST_TEST_REQUIRE(log.size() == 1u);
    BOOST_TEST(log[0].request.method + " " + log[0].request.target ==
               "GET /jsm/csm/cloudid/CLOUD/api/v1/organization/123");
}

BOOST_AUTO_TEST_CASE(tls_host_name_is_verified) {
    // The certificate is trusted but names only IP:127.0.0.1; "localhost" (still the loopback) is not it.
    const auto http = https(ca_file.string());
    auto by_name = e2e::rest::api_base::custom("https://localhost:" + std::to_string(server.port()) +
                                               "/jsm/csm/cloudid/CLOUD/api/v1");
    BOOST_TEST_REQUIRE(by_name.has_value());
    const auto failure = e2e::failure_of(e2e::rest::send(http, e2e::get_organization_123(), *by_name));
    BOOST_TEST(failure.kind == e2e::rest::transport_failure_kind::tls);
    BOOST_TEST(!failure.request_sent);
    BOOST_TEST(server.requests().empty());
}

BOOST_AUTO_TEST_CASE(tls_plain_http_client_is_not_answered) {
    // A plain http client against the TLS listener: no HTTP answer (the handshake fails on the server side),
    // and the server records no request.
    auto http = e2e::server_fixture::http({.timeout = std::chrono::milliseconds(3'000)});
    const auto plain = e2e::base_for(server);
    const auto failure = e2e::failure_of(e2e::rest::send(http, e2e::get_organization_123(), plain));
    BOOST_TEST(failure.kind == e2e::rest::transport_failure_kind::io);
    BOOST_TEST(failure.request_sent); // the request bytes went to a listener expecting a TLS handshake
    BOOST_TEST(server.requests().empty());
}

BOOST_AUTO_TEST_SUITE_END()

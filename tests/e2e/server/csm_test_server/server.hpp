// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// An HTTP/1.1 test server on 127.0.0.1 for end-to-end tests: Boost.Beast, one thread of its own, routes from
// csm_test_server/routes.hpp. Loopback only; every connection and the server itself have time bounds.
//
//     csm_test_server::test_server server({.routes = csm_test_server::load_routes(table, fixtures)});
//     auto base = csm::rest::api_base::custom(server.base_url() + "/jsm/csm/cloudid/CLOUD/api/v1");
//     ... send requests ...
//     BOOST_TEST(server.mismatches().empty());
//
// With `.tls = csm_test_server::make_self_signed_identity()` (csm_test_server/tls.hpp) it speaks HTTPS only:
// each connection starts with a TLS handshake (Boost.Asio SSL, TLS 1.2 or later) with that identity.
//
// The destructor stops the server and joins its thread.
#ifndef CSM_TEST_SERVER_SERVER_HPP
#define CSM_TEST_SERVER_SERVER_HPP

#include <csm_test_server/routes.hpp>
#include <csm_test_server/tls.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace csm_test_server {

struct recorded_request;

struct server_options {
    std::vector<route> routes{};
    /// When set, every request must carry exactly this Authorization value, else 401.
    std::optional<std::string> authorization{};
    /// 0: an ephemeral port (see test_server::port()).
    std::uint16_t port = 0;
    /// Stop by itself after answering this many requests; 0: no bound.
    std::size_t max_requests = 0;
    /// Stop by itself after this long; 0: no bound (the in-process server stops with its owner).
    std::chrono::milliseconds lifetime{0};
    /// How long a `hang` scenario holds its connection before closing it without an answer.
    std::chrono::milliseconds hang_limit{30'000};
    /// How long a connection may take to deliver a request before it is closed.
    std::chrono::milliseconds read_timeout{10'000};
    /// Called on the server's thread after each request is handled (answered, or left hanging).
    std::function<void(const recorded_request&)> on_request{};
    /// Set: serve HTTPS with this certificate and key (a handshake failure closes the connection, unlogged).
    /// Needs a server library built with OpenSSL (CSM_TEST_SERVER_HAS_TLS); otherwise the constructor throws.
    std::optional<tls_identity> tls{};
};

/// One request as received, with the route that took it.
struct recorded_request {
    incoming_request request;
    std::string route;
    int status = 0; ///< 0 for a hang
    std::optional<std::string> mismatch;
};

class test_server {
public:
    /// Binds 127.0.0.1 and starts serving on a thread of its own. Throws std::system_error if it cannot bind.
    explicit test_server(server_options options);
    ~test_server();
    test_server(const test_server&) = delete;
    test_server& operator=(const test_server&) = delete;

    std::uint16_t port() const noexcept;
    /// "http://127.0.0.1:<port>" ("https://..." with server_options::tls)
    std::string base_url() const;

    /// Every request so far, in arrival order.
    std::vector<recorded_request> requests() const;
    /// Every mismatch so far ("route: what differs"); empty when every request was what the docs specify.
    std::vector<std::string> mismatches() const;

    /// Blocks until the server stops (a bound from server_options, or stop()).
    void wait();
    /// Waits at most `timeout`; true if the server has stopped.
    bool wait_for(std::chrono::milliseconds timeout);
    /// Stops serving and closes every connection. Idempotent.
    void stop();

    struct impl; ///< the implementation (server.cpp); public only so that its connections can name it

private:
    std::unique_ptr<impl> impl_;
};

} // namespace csm_test_server

#endif

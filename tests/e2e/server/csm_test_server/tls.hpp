// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// A throwaway TLS identity for the test server: a fresh P-256 key and a self-signed certificate for
// 127.0.0.1 (subjectAltName IP:127.0.0.1, CN 127.0.0.1), made with the OpenSSL C API at run time; nothing
// is read from or written to disk and nothing touches the network. A test trusts the certificate by writing
// `certificate_pem` to a file in its build directory and passing that as the client's CA file; the private
// key stays in memory (never write it to a file that could be committed).
//
//     auto identity = csm_test_server::make_self_signed_identity();
//     csm_test_server::test_server server({.routes = ..., .tls = identity});   // https://127.0.0.1:<port>
//
// Available when the server library was built with OpenSSL (CSM_TEST_SERVER_HAS_TLS is defined).
#ifndef CSM_TEST_SERVER_TLS_HPP
#define CSM_TEST_SERVER_TLS_HPP

#include <chrono>
#include <string>

namespace csm_test_server {

/// A certificate and its private key, both PEM.
struct tls_identity {
    std::string certificate_pem;
    std::string private_key_pem;
};

/// A new key pair and a self-signed certificate for 127.0.0.1, valid from an hour ago for `validity`.
/// Throws std::runtime_error (with OpenSSL's reason) if OpenSSL fails.
tls_identity make_self_signed_identity(std::chrono::hours validity = std::chrono::hours(24));

} // namespace csm_test_server

#endif

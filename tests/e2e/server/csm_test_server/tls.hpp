// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// A throwaway TLS identity for the test server: csm_tools::make_self_signed_identity()
// (tools/common/csm_tools/self_signed_tls.hpp, shared with `csm serve --tls-self-signed`): a fresh P-256 key and
// a self-signed certificate for 127.0.0.1, made with the OpenSSL C API at run time; nothing is read from or
// written to disk. A test trusts the certificate by writing `certificate_pem` to a file in its build directory
// and passing that as the client's CA file; the private key stays in memory.
//
//     auto identity = csm_test_server::make_self_signed_identity();
//     csm_test_server::test_server server({.routes = ..., .tls = identity});   // https://127.0.0.1:<port>
//
// make_self_signed_identity is available when the server library was built with OpenSSL
// (CSM_TEST_SERVER_HAS_TLS is defined).
#ifndef CSM_TEST_SERVER_TLS_HPP
#define CSM_TEST_SERVER_TLS_HPP

#ifdef CSM_TEST_SERVER_HAS_TLS
#include <csm_tools/self_signed_tls.hpp>
#endif

#include <string>

namespace csm_test_server {

#ifdef CSM_TEST_SERVER_HAS_TLS
using csm_tools::make_self_signed_identity;
using csm_tools::tls_identity;
#else
/// A certificate and its private key, both PEM.
struct tls_identity {
    std::string certificate_pem;
    std::string private_key_pem;
};
#endif

} // namespace csm_test_server

#endif

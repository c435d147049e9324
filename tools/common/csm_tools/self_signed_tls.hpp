// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// A throwaway TLS identity for a loopback test server: a fresh P-256 key and a self-signed certificate for
// 127.0.0.1 (subjectAltName IP:127.0.0.1, CN 127.0.0.1), made with the OpenSSL C API at run time; nothing
// is read from or written to disk and nothing touches the network. A client trusts the certificate through a
// CA file holding `certificate_pem`; the private key stays in memory (never write it to a file).
//
// Header-only, shared by `csm serve --tls-self-signed` (tools/csm/src/cmd_serve.cpp) and the e2e test server
// (tests/e2e/server/csm_test_server/tls.hpp). Needs OpenSSL (link OpenSSL::SSL and OpenSSL::Crypto).
#ifndef CSM_TOOLS_SELF_SIGNED_TLS_HPP
#define CSM_TOOLS_SELF_SIGNED_TLS_HPP

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>

namespace csm_tools {

/// A certificate and its private key, both PEM.
struct tls_identity {
    std::string certificate_pem;
    std::string private_key_pem;
};

namespace self_signed_detail {

template <auto Free>
struct openssl_deleter {
    template <class T>
    void operator()(T* p) const noexcept {
        Free(p);
    }
};
template <class T, auto Free>
using openssl_ptr = std::unique_ptr<T, openssl_deleter<Free>>;

[[noreturn]] inline void fail(const char* what) {
    std::string message = std::string("self-signed certificate: ") + what;
    if (const unsigned long code = ERR_get_error(); code != 0) {
        char reason[256] = {};
        ERR_error_string_n(code, reason, sizeof reason);
        message += ": ";
        message += reason;
    }
    ERR_clear_error();
    throw std::runtime_error(message);
}

inline void require(bool ok, const char* what) {
    if (!ok) fail(what);
}

inline openssl_ptr<EVP_PKEY, EVP_PKEY_free> make_p256_key() {
    openssl_ptr<EVP_PKEY_CTX, EVP_PKEY_CTX_free> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nullptr));
    require(ctx != nullptr, "EVP_PKEY_CTX_new_id");
    require(EVP_PKEY_keygen_init(ctx.get()) == 1, "EVP_PKEY_keygen_init");
    require(EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx.get(), NID_X9_62_prime256v1) == 1, "set the curve");
    EVP_PKEY* key = nullptr;
    require(EVP_PKEY_keygen(ctx.get(), &key) == 1, "EVP_PKEY_keygen");
    return openssl_ptr<EVP_PKEY, EVP_PKEY_free>(key);
}

inline void add_extension(X509* cert, int nid, const char* value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    openssl_ptr<X509_EXTENSION, X509_EXTENSION_free> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    require(ext != nullptr, "X509V3_EXT_conf_nid");
    require(X509_add_ext(cert, ext.get(), -1) == 1, "X509_add_ext");
}

inline std::string drain(BIO* bio) {
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    require(size > 0 && data != nullptr, "BIO_get_mem_data");
    return std::string(data, static_cast<std::size_t>(size));
}

} // namespace self_signed_detail

/// A new key pair and a self-signed certificate for 127.0.0.1, valid from an hour ago for `validity`.
/// Throws std::runtime_error (with OpenSSL's reason) if OpenSSL fails.
inline tls_identity make_self_signed_identity(std::chrono::hours validity = std::chrono::hours(24)) {
    using namespace self_signed_detail;
    auto key = make_p256_key();

    openssl_ptr<X509, X509_free> cert(X509_new());
    require(cert != nullptr, "X509_new");
    require(X509_set_version(cert.get(), 2) == 1, "X509_set_version"); // v3
    require(ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1) == 1, "set the serial number");
    require(X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) != nullptr, "set notBefore");
    require(X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(validity.count()) * 3600) != nullptr,
            "set notAfter");
    require(X509_set_pubkey(cert.get(), key.get()) == 1, "X509_set_pubkey");

    X509_NAME* name = X509_get_subject_name(cert.get());
    const unsigned char* organization = reinterpret_cast<const unsigned char*>("csm-cpp test server");
    const unsigned char* common_name = reinterpret_cast<const unsigned char*>("127.0.0.1");
    require(X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, organization, -1, -1, 0) == 1, "set O");
    require(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, common_name, -1, -1, 0) == 1, "set CN");
    require(X509_set_issuer_name(cert.get(), name) == 1, "X509_set_issuer_name"); // self-signed

    // What `openssl req -x509` gives a self-signed certificate, plus the loopback address as its only name.
    add_extension(cert.get(), NID_basic_constraints, "critical,CA:TRUE");
    add_extension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign");
    add_extension(cert.get(), NID_ext_key_usage, "serverAuth");
    add_extension(cert.get(), NID_subject_key_identifier, "hash");
    add_extension(cert.get(), NID_subject_alt_name, "IP:127.0.0.1");

    require(X509_sign(cert.get(), key.get(), EVP_sha256()) > 0, "X509_sign");

    tls_identity identity;
    {
        openssl_ptr<BIO, BIO_free_all> bio(BIO_new(BIO_s_mem()));
        require(bio != nullptr && PEM_write_bio_X509(bio.get(), cert.get()) == 1, "PEM_write_bio_X509");
        identity.certificate_pem = drain(bio.get());
    }
    {
        openssl_ptr<BIO, BIO_free_all> bio(BIO_new(BIO_s_mem()));
        require(bio != nullptr &&
                    PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1,
                "PEM_write_bio_PrivateKey");
        identity.private_key_pem = drain(bio.get());
    }
    return identity;
}

} // namespace csm_tools

#endif

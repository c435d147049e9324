// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// A libcurl transport for csm::rest: http_request in, http_response out. Header-only; copy this file and
// examples/transport_common/csm_examples/transport_common.hpp into your codebase and link libcurl.
//
//     csm_examples::curl_transport http({.authorization = csm_examples::bearer_authorization(token)});
//     csm::rest::transport_result res = http(request);   // an http_response or a csm::rest::transport_failure
//
// One easy handle per call, so an instance may be shared between threads. Redirects are not followed (the
// Authorization header must not travel to another host). Only http and https are allowed.
#ifndef CSM_EXAMPLES_CURL_TRANSPORT_HPP
#define CSM_EXAMPLES_CURL_TRANSPORT_HPP

#include <csm_examples/transport_common.hpp>

#include <csm/rest/http.hpp>

#include <curl/curl.h>

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace csm_examples {

/// The options (timeouts, Authorization, TLS verification, verbose hook): transport_common.hpp.
using curl_options = transport_options;

class curl_transport {
public:
    explicit curl_transport(curl_options options = {}) : options_(std::move(options)) {
        // Not a failure of one exchange: the process cannot use libcurl at all.
        static const bool initialized = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
        if (!initialized) throw std::runtime_error("curl_global_init failed");
    }

    const curl_options& options() const noexcept { return options_; }

    /// One exchange: the response (any status), or why there is none.
    transport_result operator()(const csm::rest::http_request& req) const {
        return detail::catch_failure([&] { return exchange(req); });
    }

    /// The transport_failure_kind of a libcurl error code.
    static transport_failure_kind classify(CURLcode rc) noexcept {
        switch (rc) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
        case CURLE_COULDNT_CONNECT: return transport_failure_kind::connection_failed;
        case CURLE_OPERATION_TIMEDOUT: return transport_failure_kind::timed_out;
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ENGINE_NOTFOUND:
        case CURLE_SSL_ENGINE_SETFAILED:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        case CURLE_SSL_INVALIDCERTSTATUS:
        case CURLE_SSL_CRL_BADFILE:
        case CURLE_SSL_SHUTDOWN_FAILED: return transport_failure_kind::tls;
        default: return transport_failure_kind::io;
        }
    }

private:
    csm::rest::http_response exchange(const csm::rest::http_request& req) const {
        const bool https = check_url(req);
        std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> handle(curl_easy_init(), &curl_easy_cleanup);
        if (!handle) detail::fail(transport_failure_kind::io, false, "curl_easy_init failed");
        CURL* curl = handle.get();

        std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(nullptr, &curl_slist_free_all);
        auto add_header = [&](const std::string& line) {
            curl_slist* next = curl_slist_append(headers.get(), line.c_str());
            if (!next) detail::fail(transport_failure_kind::io, false, "out of memory");
            headers.release();
            headers.reset(next);
        };
        if (!options_.authorization.empty()) add_header("Authorization: " + options_.authorization);
        for (const auto& h : req.headers)
            if (!is_transport_owned_header(h.name)) add_header(h.name + ": " + h.value);
        add_header("Expect:");                                 // no 100-continue round trip
        if (!req.find_header("Accept")) add_header("Accept:"); // libcurl would send Accept: */*
        // Without a body, empty POSTFIELDS (below) would make libcurl add its default
        // Content-Type: application/x-www-form-urlencoded; a request without a body carries no Content-Type.
        if (!req.body && !req.find_header("Content-Type")) add_header("Content-Type:");

        const std::string url(req.url.buffer());
        std::string method(csm::rest::to_string(req.method));
        state st{options_.max_body_bytes, {}, false};
        char error_text[CURL_ERROR_SIZE] = {};

        set(curl, CURLOPT_URL, url.c_str());
#if LIBCURL_VERSION_NUM >= 0x075500
        set(curl, CURLOPT_PROTOCOLS_STR, "http,https");
#else
        set(curl, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
        set(curl, CURLOPT_NOSIGNAL, 1L);
        set(curl, CURLOPT_FOLLOWLOCATION, 0L);
        set(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout.count()));
        set(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.connect_timeout.count()));
        set(curl, CURLOPT_ERRORBUFFER, error_text);
        set(curl, CURLOPT_HTTPHEADER, headers.get());
        set(curl, CURLOPT_USERAGENT, "csm-cpp-curl-example");
        if (https) {
            set(curl, CURLOPT_SSL_VERIFYPEER, options_.verify_peer ? 1L : 0L);
            set(curl, CURLOPT_SSL_VERIFYHOST, options_.verify_peer ? 2L : 0L);
            if (!options_.ca_file.empty()) set(curl, CURLOPT_CAINFO, options_.ca_file.c_str());
        }
        if (req.body) {
            set(curl, CURLOPT_POSTFIELDS, req.body->data());
            set(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(req.body->size()));
            if (req.method != csm::rest::http_method::post) set(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
        } else if (req.method == csm::rest::http_method::get) {
            set(curl, CURLOPT_HTTPGET, 1L);
        } else {
            // POST, PUT or DELETE without a body: an empty body with Content-Length: 0.
            set(curl, CURLOPT_POSTFIELDS, "");
            set(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(0));
            if (req.method != csm::rest::http_method::post) set(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
        }
        set(curl, CURLOPT_WRITEFUNCTION, &on_body);
        set(curl, CURLOPT_WRITEDATA, &st);
        set(curl, CURLOPT_HEADERFUNCTION, &on_header);
        set(curl, CURLOPT_HEADERDATA, &st);

        trace_request(options_.verbose, req, !options_.authorization.empty());
        const CURLcode rc = curl_easy_perform(curl);
        if (rc != CURLE_OK) {
            if (st.too_large) detail::fail(transport_failure_kind::io, true, "response body too large");
            // The request goes after the pre-transfer phase (connect, TLS handshake): if that never ended and
            // no request byte was counted, nothing was sent. When libcurl cannot tell, assume it was.
            curl_off_t pretransfer = 0;
            long request_bytes = 0;
            const bool sent = curl_easy_getinfo(curl, CURLINFO_PRETRANSFER_TIME_T, &pretransfer) != CURLE_OK ||
                              curl_easy_getinfo(curl, CURLINFO_REQUEST_SIZE, &request_bytes) != CURLE_OK ||
                              pretransfer > 0 || request_bytes > 0;
            std::string text = error_text[0] ? std::string(error_text) : std::string(curl_easy_strerror(rc));
            detail::fail(classify(rc), sent, std::move(text));
        }
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        st.response.status = static_cast<int>(status);
        trace_response(options_.verbose, st.response);
        return std::move(st.response);
    }

    struct state {
        std::size_t max_body_bytes;
        csm::rest::http_response response;
        bool too_large;
    };

    template <class V>
    static void set(CURL* curl, CURLoption option, V value) {
        if (const CURLcode rc = curl_easy_setopt(curl, option, value); rc != CURLE_OK)
            detail::fail(transport_failure_kind::io, false, curl_easy_strerror(rc));
    }

    static std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
        auto* st = static_cast<state*>(user);
        const std::size_t n = size * count;
        if (st->response.body.size() + n > st->max_body_bytes) {
            st->too_large = true;
            return 0; // aborts the transfer with CURLE_WRITE_ERROR
        }
        st->response.body.append(data, n);
        return n;
    }

    static std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
        auto* st = static_cast<state*>(user);
        const std::size_t n = size * count;
        std::string_view line(data, n);
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
        if (line.starts_with("HTTP/")) {
            st->response.headers.clear(); // a new response (after 100 Continue)
        } else if (const auto colon = line.find(':'); colon != std::string_view::npos) {
            std::string_view value = line.substr(colon + 1);
            while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
            while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
            st->response.headers.push_back({std::string(line.substr(0, colon)), std::string(value)});
        }
        return n;
    }

    curl_options options_;
};

} // namespace csm_examples

#endif

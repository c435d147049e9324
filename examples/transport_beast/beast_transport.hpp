// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// A synchronous Boost.Beast transport for csm::rest: http_request in, http_response out. https through
// OpenSSL (SNI, peer and host name verified against the system CA paths by default); plain http for http://
// URLs. Header-only; copy this file and examples/transport_common/csm_examples/transport_common.hpp into your
// codebase and link OpenSSL (libssl, libcrypto) and threads.
//
//     csm_examples::beast_transport http({.authorization = csm_examples::bearer_authorization(token)});
//     csm::rest::transport_result res = http(request);   // an http_response or a csm::rest::transport_failure
//
// Each call opens one connection, sends one request, reads one response and closes; an instance may be shared
// between threads. Every step runs on a private io_context against a deadline, so a silent server ends in
// transport_failure_kind::timed_out instead of a hang. Redirects are not followed.
#ifndef CSM_EXAMPLES_BEAST_TRANSPORT_HPP
#define CSM_EXAMPLES_BEAST_TRANSPORT_HPP

#include <csm_examples/transport_common.hpp>

#include <csm/rest/http.hpp>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <openssl/ssl.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace csm_examples {

/// The options (timeouts, Authorization, TLS verification, verbose hook): transport_common.hpp.
using beast_options = transport_options;

class beast_transport {
public:
    explicit beast_transport(beast_options options = {}) : options_(std::move(options)) {}

    const beast_options& options() const noexcept { return options_; }

    /// One exchange: the response (any status), or why there is none.
    transport_result operator()(const csm::rest::http_request& req) const {
        return detail::catch_failure([&] { return exchange(req); });
    }

private:
    csm::rest::http_response exchange(const csm::rest::http_request& req) const {
        namespace asio = boost::asio;
        namespace beast = boost::beast;
        namespace http = boost::beast::http;
        using tcp = asio::ip::tcp;

        const bool https = check_url(req);
        const std::string host(req.url.host_address());
        const std::string port = req.url.has_port() ? std::string(req.url.port()) : (https ? "443" : "80");
        const auto start = std::chrono::steady_clock::now();
        const auto deadline = start + options_.timeout;
        const auto connect_deadline = std::min(deadline, start + options_.connect_timeout);

        http::request<http::string_body> out(verb_of(req.method), req.target(), 11);
        out.set(http::field::host, std::string(req.url.encoded_host_and_port()));
        out.set(http::field::user_agent, "csm-cpp-beast-example");
        if (!options_.authorization.empty()) out.set(http::field::authorization, options_.authorization);
        for (const auto& h : req.headers)
            if (!is_transport_owned_header(h.name)) out.insert(h.name, h.value);
        if (req.body) out.body() = *req.body;
        if (req.body || req.method != csm::rest::http_method::get) out.prepare_payload();

        asio::io_context ioc(1);
        trace_request(options_.verbose, req, !options_.authorization.empty());

        // Resolve, bounded by the connect deadline (a numeric host resolves at once).
        tcp::resolver resolver(ioc);
        tcp::resolver::results_type endpoints;
        {
            asio::steady_timer timer(ioc, connect_deadline);
            bool timed_out = false;
            timer.async_wait([&](beast::error_code ec) {
                if (!ec) {
                    timed_out = true;
                    resolver.cancel();
                }
            });
            beast::error_code ec;
            resolver.async_resolve(host, port, [&](beast::error_code e, tcp::resolver::results_type r) {
                ec = e;
                endpoints = std::move(r);
                timer.cancel();
            });
            ioc.run();
            if (timed_out) detail::fail(transport_failure_kind::timed_out, false, "resolving the host timed out");
            if (ec)
                detail::fail(transport_failure_kind::connection_failed, false,
                             "cannot resolve the host: " + ec.message());
        }

        csm::rest::http_response res;
        if (https) {
            asio::ssl::context ctx(asio::ssl::context::tls_client);
            ctx.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                            asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                            asio::ssl::context::no_tlsv1_1);
            beast::error_code ec;
            if (options_.ca_file.empty()) ctx.set_default_verify_paths(ec);
            else ctx.load_verify_file(options_.ca_file, ec);
            if (ec) detail::fail(transport_failure_kind::tls, false, "cannot load CA certificates: " + ec.message());
            ctx.set_verify_mode(options_.verify_peer ? asio::ssl::verify_peer : asio::ssl::verify_none);

            beast::ssl_stream<beast::tcp_stream> stream(ioc, ctx);
            if (options_.verify_peer) stream.set_verify_callback(asio::ssl::host_name_verification(host));
            if (!SSL_set_tlsext_host_name(stream.native_handle(), host.c_str())) // SNI
                detail::fail(transport_failure_kind::tls, false, "cannot set the SNI host name");
            connect(ioc, beast::get_lowest_layer(stream), endpoints, connect_deadline);
            beast::get_lowest_layer(stream).expires_at(deadline);
            run(
                ioc, [&](auto handler) { stream.async_handshake(asio::ssl::stream_base::client, handler); },
                transport_failure_kind::tls, false, "TLS handshake failed");
            res = round_trip(ioc, stream, beast::get_lowest_layer(stream), out, deadline);
            beast::error_code ignored;
            beast::get_lowest_layer(stream).socket().shutdown(tcp::socket::shutdown_both, ignored);
        } else {
            beast::tcp_stream stream(ioc);
            connect(ioc, stream, endpoints, connect_deadline);
            res = round_trip(ioc, stream, stream, out, deadline);
            beast::error_code ignored;
            stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        }
        trace_response(options_.verbose, res);
        return res;
    }

    static boost::beast::http::verb verb_of(csm::rest::http_method m) noexcept {
        using boost::beast::http::verb;
        switch (m) {
        case csm::rest::http_method::get: return verb::get;
        case csm::rest::http_method::post: return verb::post;
        case csm::rest::http_method::put: return verb::put;
        case csm::rest::http_method::delete_: return verb::delete_;
        }
        return verb::get;
    }

    /// Starts one asynchronous operation through `start(handler)`, runs the io_context until it completes,
    /// and turns an error into a transport_failure of `kind` (a Beast timeout into timed_out); `sent` says
    /// whether any of the request may have left by then.
    template <class Start>
    static void run(boost::asio::io_context& ioc, Start&& start, transport_failure_kind kind, bool sent,
                    const char* what) {
        boost::beast::error_code result;
        start([&result](boost::beast::error_code ec, auto&&...) { result = ec; });
        ioc.restart();
        ioc.run();
        if (!result) return;
        if (result == boost::beast::error::timeout) detail::fail(transport_failure_kind::timed_out, sent, what);
        detail::fail(kind, sent, std::string(what) + ": " + result.message());
    }

    static void connect(boost::asio::io_context& ioc, boost::beast::tcp_stream& stream,
                        const boost::asio::ip::tcp::resolver::results_type& endpoints,
                        std::chrono::steady_clock::time_point deadline) {
        stream.expires_at(deadline);
        run(
            ioc, [&](auto handler) { stream.async_connect(endpoints, handler); },
            transport_failure_kind::connection_failed, false, "cannot connect");
    }

    template <class Stream>
    csm::rest::http_response round_trip(boost::asio::io_context& ioc, Stream& stream, boost::beast::tcp_stream& lowest,
                                        boost::beast::http::request<boost::beast::http::string_body>& out,
                                        std::chrono::steady_clock::time_point deadline) const {
        namespace http = boost::beast::http;
        lowest.expires_at(deadline);
        run(
            ioc, [&](auto handler) { http::async_write(stream, out, handler); }, transport_failure_kind::io, true,
            "sending the request failed");

        boost::beast::flat_buffer buffer;
        http::response_parser<http::string_body> parser;
        parser.body_limit(options_.max_body_bytes);
        parser.header_limit(64 * 1024);
        lowest.expires_at(deadline);
        run(
            ioc, [&](auto handler) { http::async_read(stream, buffer, parser, handler); }, transport_failure_kind::io,
            true, "reading the response failed");

        auto msg = parser.release();
        csm::rest::http_response res;
        res.status = static_cast<int>(msg.result_int());
        for (const auto& field : msg)
            res.headers.push_back({std::string(field.name_string()), std::string(field.value())});
        res.body = std::move(msg.body());
        return res;
    }

    beast_options options_;
};

} // namespace csm_examples

#endif

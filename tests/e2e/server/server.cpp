// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm_test_server/server.hpp>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#ifdef CSM_TEST_SERVER_HAS_TLS
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#endif

#include <condition_variable>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <utility>

namespace csm_test_server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

struct test_server::impl {
    server_options options;
    asio::io_context ioc{1};
    tcp::acceptor acceptor{ioc};
    asio::steady_timer lifetime{ioc};
    std::uint16_t port = 0;
#ifdef CSM_TEST_SERVER_HAS_TLS
    std::optional<asio::ssl::context> tls; ///< set: every connection is TLS with options.tls
#endif

    mutable std::mutex mutex;
    std::condition_variable stopped_cv;
    bool stopped = false;
    std::vector<recorded_request> log;
    std::size_t handled = 0;

    std::thread thread;

    explicit impl(server_options o) : options(std::move(o)) {
        if (options.tls) {
#ifdef CSM_TEST_SERVER_HAS_TLS
            tls.emplace(asio::ssl::context::tls_server);
            tls->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                             asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                             asio::ssl::context::no_tlsv1_1 | asio::ssl::context::single_dh_use);
            tls->use_certificate_chain(asio::buffer(options.tls->certificate_pem));
            tls->use_private_key(asio::buffer(options.tls->private_key_pem), asio::ssl::context::pem);
#else
            throw std::runtime_error("csm_test_server: built without OpenSSL, cannot serve TLS");
#endif
        }
        const tcp::endpoint where(asio::ip::make_address_v4("127.0.0.1"), options.port);
        acceptor.open(where.protocol());
        acceptor.set_option(tcp::acceptor::reuse_address(true));
        acceptor.bind(where);
        acceptor.listen();
        port = acceptor.local_endpoint().port();
        if (options.lifetime.count() > 0) {
            lifetime.expires_after(options.lifetime);
            lifetime.async_wait([this](beast::error_code ec) {
                if (!ec) ioc.stop();
            });
        }
        accept();
        thread = std::thread([this] {
            ioc.run();
            std::lock_guard lock(mutex);
            stopped = true;
            stopped_cv.notify_all();
        });
    }

    void accept();

    /// Logs a request as soon as it is read (before the answer is written, so that a client that has its
    /// answer finds the request logged).
    void record(recorded_request r) {
        if (options.on_request) options.on_request(r);
        std::lock_guard lock(mutex);
        log.push_back(std::move(r));
    }

    /// Counts a handled request (answered, or left hanging); stops the server when max_requests is reached.
    void handled_one() {
        bool last = false;
        {
            std::lock_guard lock(mutex);
            ++handled;
            last = options.max_requests != 0 && handled >= options.max_requests;
        }
        if (last) ioc.stop();
    }
};

namespace {

/// One connection. Stream: beast::tcp_stream (http) or beast::ssl_stream<beast::tcp_stream> (https).
template <class Stream>
class session : public std::enable_shared_from_this<session<Stream>> {
public:
    template <class... TlsContext>
    session(tcp::socket socket, test_server::impl& server, TlsContext&... tls)
        : stream_(std::move(socket), tls...), server_(server), hang_timer_(server.ioc) {}

#ifdef CSM_TEST_SERVER_HAS_TLS
    /// TLS: the server side of the handshake, bounded by the read timeout, then read().
    void handshake() {
        lowest().expires_after(server_.options.read_timeout);
        stream_.async_handshake(asio::ssl::stream_base::server,
                                [self = this->shared_from_this()](beast::error_code ec) {
                                    if (ec) return self->close();
                                    self->read();
                                });
    }
#endif

    void read() {
        request_ = {};
        lowest().expires_after(server_.options.read_timeout);
        http::async_read(stream_, buffer_, request_,
                         [self = this->shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
    }

private:
    void on_read(beast::error_code ec) {
        if (ec) return close();
        incoming_request in;
        in.method = std::string(request_.method_string());
        in.target = std::string(request_.target());
        for (const auto& field : request_)
            in.headers.push_back({std::string(field.name_string()), std::string(field.value())});
        in.body = request_.body();

        outcome out = respond(server_.options.routes, in, check_options{server_.options.authorization});
        recorded_request rec{std::move(in), out.route, out.hang ? 0 : out.response.status, out.mismatch};

        if (out.hang) {
            // Never answer; hold the connection until the hang limit (or the server stops).
            lowest().expires_never();
            hang_timer_.expires_after(server_.options.hang_limit);
            hang_timer_.async_wait([self = this->shared_from_this()](beast::error_code) { self->close(); });
            server_.record(std::move(rec));
            server_.handled_one();
            return;
        }

        response_ = {};
        response_.version(request_.version());
        response_.result(static_cast<unsigned>(out.response.status));
        response_.set(http::field::server, "csm_test_server");
        // The request line as received, for clients that assert what arrived (the server's own header).
        response_.set("X-Csm-Test-Route", rec.request.method + " " + rec.request.target);
        for (const header& h : out.response.headers) response_.set(h.name, h.value);
        response_.body() = std::move(out.response.body);
        response_.keep_alive(request_.keep_alive());
        response_.prepare_payload();
        server_.record(std::move(rec));
        lowest().expires_after(server_.options.read_timeout);
        http::async_write(stream_, response_,
                          [self = this->shared_from_this()](beast::error_code e, std::size_t) { self->on_write(e); });
    }

    void on_write(beast::error_code ec) {
        const bool keep = !ec && response_.keep_alive();
        server_.handled_one();
        if (keep) return read();
        close();
    }

    /// Closes the TCP connection (for TLS without close_notify: the clients read by Content-Length).
    void close() {
        beast::error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        lowest().close();
    }

    beast::tcp_stream& lowest() { return beast::get_lowest_layer(stream_); }

    Stream stream_;
    test_server::impl& server_;
    asio::steady_timer hang_timer_;
    beast::flat_buffer buffer_;
    http::request<http::string_body> request_;
    http::response<http::string_body> response_;
};

} // namespace

void test_server::impl::accept() {
    acceptor.async_accept([this](beast::error_code ec, tcp::socket socket) {
        if (ec) return; // the acceptor was closed
#ifdef CSM_TEST_SERVER_HAS_TLS
        if (tls) {
            using tls_session = session<beast::ssl_stream<beast::tcp_stream>>;
            std::make_shared<tls_session>(std::move(socket), *this, *tls)->handshake();
            return accept();
        }
#endif
        std::make_shared<session<beast::tcp_stream>>(std::move(socket), *this)->read();
        accept();
    });
}

test_server::test_server(server_options options) : impl_(std::make_unique<impl>(std::move(options))) {}

test_server::~test_server() {
    stop();
    if (impl_->thread.joinable()) impl_->thread.join();
}

std::uint16_t test_server::port() const noexcept { return impl_->port; }

std::string test_server::base_url() const {
    return (impl_->options.tls ? "https://127.0.0.1:" : "http://127.0.0.1:") + std::to_string(impl_->port);
}

std::vector<recorded_request> test_server::requests() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->log;
}

std::vector<std::string> test_server::mismatches() const {
    std::lock_guard lock(impl_->mutex);
    std::vector<std::string> out;
    for (const recorded_request& r : impl_->log)
        if (r.mismatch) out.push_back(*r.mismatch);
    return out;
}

void test_server::wait() {
    std::unique_lock lock(impl_->mutex);
    impl_->stopped_cv.wait(lock, [this] { return impl_->stopped; });
}

bool test_server::wait_for(std::chrono::milliseconds timeout) {
    std::unique_lock lock(impl_->mutex);
    return impl_->stopped_cv.wait_for(lock, timeout, [this] { return impl_->stopped; });
}

void test_server::stop() { impl_->ioc.stop(); }

} // namespace csm_test_server

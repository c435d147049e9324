// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The baseline of the `csm serve` load benchmark (bench/serve_load.sh, docs/performance.md "csm serve under
// load"): the same HTTP stack as `csm serve` (Boost.Beast, async, HTTP/1.1 keep-alive, an io_context run by
// N threads) answering every request with one fixed JSON body. What it serves per second is the ceiling of
// the stack on this machine; csm serve's rate is reported as a ratio of it.
//
//   serve_baseline [--threads N]      prints "serve_baseline: port P" and serves on 127.0.0.1 until SIGTERM
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

// About the size of the organization csm serve answers in the GET workload.
constexpr std::string_view fixed_body = R"({"id":"1","name":"load-organization","details":[]})";

class session : public std::enable_shared_from_this<session> {
public:
    explicit session(tcp::socket socket) : stream_(std::move(socket)) {}
    void read() {
        request_ = {};
        http::async_read(stream_, buffer_, request_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec) return self->close();
            self->respond();
        });
    }

private:
    void respond() {
        response_ = {};
        response_.version(11);
        response_.result(http::status::ok);
        response_.set(http::field::content_type, "application/json");
        response_.body() = fixed_body;
        response_.keep_alive(request_.keep_alive());
        response_.prepare_payload();
        http::async_write(stream_, response_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec || !self->response_.keep_alive()) return self->close();
            self->read();
        });
    }
    void close() {
        beast::error_code ec;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    http::request<http::string_body> request_;
    http::response<http::string_body> response_;
};

void accept(tcp::acceptor& acceptor) {
    acceptor.async_accept([&acceptor](beast::error_code ec, tcp::socket socket) {
        if (!acceptor.is_open()) return;
        if (!ec) std::make_shared<session>(std::move(socket))->read();
        accept(acceptor);
    });
}

} // namespace

int main(int argc, char** argv) {
    int threads = 4; // csm serve's default
    if (argc == 3 && std::string_view(argv[1]) == "--threads") threads = std::atoi(argv[2]);
    if (threads < 1 || threads > 64 || (argc != 1 && argc != 3)) {
        std::cerr << "usage: serve_baseline [--threads N]  (N from 1 to 64)\n";
        return 2;
    }
    asio::io_context ioc(threads);
    tcp::acceptor acceptor(ioc, {asio::ip::make_address("127.0.0.1"), 0});
    asio::signal_set signals(ioc, SIGINT, SIGTERM);
    signals.async_wait([&](beast::error_code, int) {
        beast::error_code ignored;
        acceptor.close(ignored);
        ioc.stop();
    });
    std::cout << "serve_baseline: port " << acceptor.local_endpoint().port() << std::endl;
    accept(acceptor);
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i) pool.emplace_back([&ioc] { ioc.run(); });
    ioc.run();
    for (auto& t : pool) t.join();
}

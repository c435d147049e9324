// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// `csm serve` as a child process for end-to-end tests (docs/testing.md, "`csm serve`"): started with the
// given arguments, its first stdout line read for the port and the cloud ids, stopped with SIGTERM (then
// SIGKILL after a bounded wait) when the object goes. POSIX only, loopback only.
#ifndef CSM_TEST_SERVE_PROCESS_HPP
#define CSM_TEST_SERVE_PROCESS_HPP

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace csm_test {

class serve_process {
public:
    /// Runs `exe serve --port 0 <args…>` with stderr (one log line per request) sent to `log_path`, or
    /// discarded when it is empty. Throws std::runtime_error when the server does not print its first line
    /// within `startup`.
    serve_process(const std::string& exe, std::vector<std::string> args, const std::string& log_path = {},
                  std::chrono::milliseconds startup = std::chrono::seconds(20)) {
        int out[2];
        if (::pipe(out) != 0) throw std::runtime_error("serve_process: pipe failed");
        args.insert(args.begin(), {exe, "serve", "--port", "0"});
        pid_ = ::fork();
        if (pid_ < 0) throw std::runtime_error("serve_process: fork failed");
        if (pid_ == 0) {
            ::dup2(out[1], STDOUT_FILENO);
            ::close(out[0]);
            ::close(out[1]);
            const int err = ::open(log_path.empty() ? "/dev/null" : log_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
            if (err >= 0) ::dup2(err, STDERR_FILENO);
            std::vector<char*> argv;
            for (auto& a : args) argv.push_back(a.data());
            argv.push_back(nullptr);
            ::execv(exe.c_str(), argv.data());
            ::_exit(127);
        }
        ::close(out[1]);
        out_ = out[0];
        first_line_ = read_line(startup);
        // "csm serve: port N, cloud ids: a,b"
        const std::string port_tag = "port ", ids_tag = ", cloud ids: ";
        const auto p = first_line_.find(port_tag), i = first_line_.find(ids_tag);
        if (p == std::string::npos || i == std::string::npos) {
            stop();
            throw std::runtime_error("serve_process: unexpected first line: " + first_line_);
        }
        port_ = std::stoi(first_line_.substr(p + port_tag.size(), i - p - port_tag.size()));
        for (std::string ids = first_line_.substr(i + ids_tag.size()); !ids.empty();) {
            const auto comma = ids.find(',');
            cloud_ids_.push_back(ids.substr(0, comma));
            ids = comma == std::string::npos ? std::string() : ids.substr(comma + 1);
        }
    }

    serve_process(const serve_process&) = delete;
    serve_process& operator=(const serve_process&) = delete;
    ~serve_process() { stop(); }

    int port() const noexcept { return port_; }
    const std::vector<std::string>& cloud_ids() const noexcept { return cloud_ids_; }
    /// `http://127.0.0.1:<port>` (`https://` for a server started with TLS: pass the scheme).
    std::string origin(std::string_view scheme = "http") const {
        return std::string(scheme) + "://127.0.0.1:" + std::to_string(port_);
    }
    /// The REST API base URL of `cloud_id` on this server.
    std::string api_base(const std::string& cloud_id, std::string_view scheme = "http") const {
        return origin(scheme) + "/jsm/csm/cloudid/" + cloud_id + "/api/v1";
    }

    /// Sends `signal`, waits at most `limit` for the exit; the exit status (WEXITSTATUS), or -1 when it was
    /// killed by a signal or had to be. Idempotent.
    int stop(int signal = SIGTERM, std::chrono::milliseconds limit = std::chrono::seconds(10)) {
        if (pid_ <= 0) return status_;
        ::kill(pid_, signal);
        int status = 0;
        const auto deadline = std::chrono::steady_clock::now() + limit;
        pid_t done = 0;
        while ((done = ::waitpid(pid_, &status, WNOHANG)) == 0 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (done == 0) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, &status, 0);
            status_ = -1;
        } else {
            status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
        pid_ = -1;
        if (out_ >= 0) ::close(std::exchange(out_, -1));
        return status_;
    }

private:
    std::string read_line(std::chrono::milliseconds limit) {
        std::string line;
        const auto deadline = std::chrono::steady_clock::now() + limit;
        char c = 0;
        while (true) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            pollfd p{out_, POLLIN, 0};
            if (left.count() <= 0 || ::poll(&p, 1, static_cast<int>(left.count())) <= 0 || ::read(out_, &c, 1) != 1) {
                stop(SIGKILL);
                throw std::runtime_error("serve_process: no first line from csm serve");
            }
            if (c == '\n') return line;
            line.push_back(c);
        }
    }

    pid_t pid_ = -1;
    int out_ = -1;
    int status_ = -1;
    int port_ = 0;
    std::string first_line_;
    std::vector<std::string> cloud_ids_;
};

/// The request lines of a csm serve log (`"GET /path?name= -> 200"`, in order), without its other lines.
inline std::vector<std::string> serve_log_requests(const std::string& log_path) {
    std::vector<std::string> out;
    std::ifstream log(log_path);
    for (std::string line; std::getline(log, line);)
        if (line.starts_with("GET ") || line.starts_with("POST ") || line.starts_with("PUT ") ||
            line.starts_with("DELETE "))
            out.push_back(line);
    return out;
}

} // namespace csm_test

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include "oauth_common.hpp"

#ifdef CSM_CLI_HAVE_CURL
#include <curl_transport.hpp>
#endif

#include <csm/json/parse.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace csm_cli {

namespace {

failure bad_token_file(const std::filesystem::path& path, std::string_view what) {
    return failure{exit_code::invalid_input, path.string() + ": not a csm token file (" + std::string(what) + ")"};
}

} // namespace

csm::result<stored_token, failure> load_token_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return failure{exit_code::io_error, "cannot read " + path.string()};
    std::ostringstream text;
    text << in.rdbuf();
    auto doc = csm::json::parse_value(text.str());
    if (!doc || !doc->is_object()) return bad_token_file(path, "not a JSON object");
    const boost::json::object& o = doc->get_object();
    const auto str = [&](const char* key) -> const boost::json::string* {
        const boost::json::value* v = o.if_contains(key);
        return v && v->is_string() ? &v->get_string() : nullptr;
    };
    const boost::json::string* client_id = str("client_id");
    const boost::json::string* access = str("access_token");
    const boost::json::value* expires = o.if_contains("expires_at");
    if (!client_id || !access || access->empty()) return bad_token_file(path, "client_id and access_token needed");
    if (!expires || !expires->is_int64()) return bad_token_file(path, "expires_at needed, in seconds since 1970");
    stored_token t{std::string(*client_id),
                   csm::auth::token_set{csm::auth::access_token(std::string(*access)), std::nullopt,
                                        csm::auth::clock::time_point(std::chrono::seconds(expires->get_int64())),
                                        str("scope") ? std::string(*str("scope")) : std::string(),
                                        str("token_type") ? std::string(*str("token_type")) : std::string()}};
    if (const boost::json::string* r = str("refresh_token"); r && !r->empty())
        t.tokens.refresh.emplace(std::string(*r));
    return t;
}

std::optional<failure> save_token_file(const std::filesystem::path& path, const stored_token& token) {
    boost::json::object o;
    o["client_id"] = token.client_id;
    // The one place the secrets are written out, on purpose: an owner-only file.
    o["access_token"] = token.tokens.access.reveal();
    if (token.tokens.refresh) o["refresh_token"] = token.tokens.refresh->reveal();
    o["expires_at"] =
        std::chrono::duration_cast<std::chrono::seconds>(token.tokens.expires_at.time_since_epoch()).count();
    o["scope"] = token.tokens.scope;
    o["token_type"] = token.tokens.token_type;
    const std::string text = boost::json::serialize(o) + "\n";

    const std::string temp = path.string() + ".tmp." + std::to_string(::getpid());
    const failure cannot{exit_code::io_error, "cannot write " + path.string()};
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return cannot;
    bool ok = ::fchmod(fd, 0600) == 0; // whatever the umask
    for (std::size_t done = 0; ok && done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) ok = false;
        else done += static_cast<std::size_t>(n);
    }
    ok = ::fsync(fd) == 0 && ok;
    ok = ::close(fd) == 0 && ok;
    if (ok) ok = std::rename(temp.c_str(), path.c_str()) == 0;
    if (!ok) {
        std::remove(temp.c_str());
        return cannot;
    }
    return std::nullopt;
}

csm::result<csm::auth::oauth_server, failure> oauth_server_from(const parsed_args& args) {
    const std::string auth_url = args.value("auth-url").value_or("https://auth.atlassian.com");
    const std::string api_url = args.value("api-url").value_or("https://api.atlassian.com");
    auto server = csm::auth::oauth_server::custom(auth_url, api_url);
    if (!server) {
        const std::string option = server.error().pointer == "/auth_root" ? "--auth-url" : "--api-url";
        return failure{exit_code::usage, option + " needs " + server.error().expected};
    }
    return std::move(*server);
}

failure transport_failure_of(const csm::rest::transport_failure& f) {
    const std::string what = std::string(to_string(f.kind)) + ": " + f.detail;
    switch (f.kind) {
    case csm::rest::transport_failure_kind::timed_out: return {exit_code::timeout, "timed out (" + what + ")"};
    case csm::rest::transport_failure_kind::connection_failed:
    case csm::rest::transport_failure_kind::tls:
        return {exit_code::connection_failed, "connection failed (" + what + ")"};
    case csm::rest::transport_failure_kind::io: return {exit_code::connection_failed, "no response (" + what + ")"};
    }
    return {exit_code::connection_failed, what};
}

csm::result<csm::rest::http_response, failure>
send_http(const csm::rest::http_request& request, const std::string& authorization, std::chrono::milliseconds timeout) {
#ifndef CSM_CLI_HAVE_CURL
    (void)request, (void)authorization, (void)timeout;
    return failure{exit_code::internal, "this csm was built without libcurl; install libcurl4-openssl-dev and rebuild"};
#else
    csm_examples::curl_options options;
    options.timeout = timeout;
    options.authorization = authorization;
    csm::rest::transport_result sent = csm_examples::curl_transport(std::move(options))(request);
    if (!sent) return transport_failure_of(sent.error());
    return std::move(*sent);
#endif
}

csm::result<csm::auth::client_secret, failure> client_secret_from_environment() {
    const char* env = std::getenv("CSM_CLIENT_SECRET");
    if (!env || !*env)
        return failure{exit_code::usage, "CSM_CLIENT_SECRET is not set (the app's secret, from the developer console)"};
    return csm::auth::client_secret(env);
}

std::optional<failure> refresh_token_file(stored_token& token, const std::filesystem::path& path,
                                          const csm::auth::oauth_server& server, std::chrono::milliseconds timeout) {
    if (!token.tokens.refresh)
        return failure{exit_code::invalid_input,
                       "the token has expired and " + path.string() +
                           " holds no refresh token: authorize again with `csm auth` (ask for offline_access to get "
                           "one; a refresh answer without one leaves none, since the token sent is disabled)"};
    auto secret = client_secret_from_environment();
    if (!secret) return std::move(secret).error();
    const csm::auth::refresh_token sent = *token.tokens.refresh;
    auto request =
        csm::auth::token_request(csm::auth::token_refresh{token.client_id, std::move(*secret), sent}, server);
    if (!request) return failure{exit_code::invalid_input, "cannot refresh: " + request.error().message()};
    auto response = send_http(*request, std::string(), timeout);
    if (!response) return std::move(response).error();
    auto refreshed = csm::auth::read_token_response(*response, csm::auth::clock::now());
    if (!refreshed) {
        const bool answered = refreshed.error().kind != csm::auth::oauth_error_kind::malformed_response;
        return failure{answered ? exit_code::api_error : exit_code::invalid_input,
                       "token refresh failed: " + refreshed.error().message()};
    }
    token.tokens = std::move(*refreshed); // rotation: the old refresh token no longer works
    return save_token_file(path, token);
}

} // namespace csm_cli

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// csm send <endpoint> --param value … [--body FILE|-] (--base-url URL | --cloud-id ID) [--verbose] [--timeout S]
#include "commands.hpp"
#include "oauth_common.hpp"
#include "request_common.hpp"

#include <csm/auth/authorization.hpp>
#include <csm/rest/api_error.hpp>
#include <csm/rest/retry.hpp>

#ifdef CSM_CLI_HAVE_CURL
#include <curl_transport.hpp>
#endif

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <ostream>
#include <random>
#include <string>
#include <thread>

namespace csm_cli {

namespace {

constexpr option_spec options[] = {
    {"body", true},    {"base-url", true},        {"cloud-id", true},   {"no-experimental", false}, {"verbose", false},
    {"timeout", true}, {"connect-timeout", true}, {"token-file", true}, {"auth-url", true},         {"retries", true}};

constexpr std::string_view help = R"(Usage: csm send <endpoint> [--<param> VALUE]... [--body FILE|-]
                (--base-url URL | --cloud-id ID) [--verbose] [--timeout SECONDS] [--connect-timeout SECONDS]
                [--token-file FILE [--auth-url URL]] [--retries N]

Builds the request as `csm request` does and sends it with libcurl. The token comes from the CSM_TOKEN
environment variable, or from --token-file (sent as "Authorization: Bearer <token>"), and never appears in any
output. A saved token that has expired is refreshed first (CSM_CLIENT_SECRET) and the file rewritten. A 2xx
response is printed as canonical JSON (nothing for deletes); an API error is printed to standard error with
its status, kind, messages and Retry-After.

Options:
  --body FILE|-            the JSON body (- reads standard input)
  --base-url URL           the API root, e.g. http://127.0.0.1:8080/api/v1 or a proxy
  --cloud-id ID            https://api.atlassian.com/jsm/csm/cloudid/ID/api/v1 (default: $CSM_CLOUD_ID)
  --no-experimental        leave X-ExperimentalApi: opt-in out on experimental endpoints
  --verbose                show request and response headers on standard error (the token redacted)
  --timeout SECONDS        the whole exchange (default 30)
  --connect-timeout SECONDS
                           connecting alone (default 10)
  --token-file FILE        the OAuth 2.0 tokens `csm auth token` saved (instead of CSM_TOKEN)
  --auth-url URL           the authorization server for a refresh (default https://auth.atlassian.com)
  --retries N              send again up to N times (at most 10) after a 429, a 5xx or a lost connection, as
                           the library's retry rules advise (docs/rest.md, "Retry"): after Retry-After or a
                           backoff, and a 5xx or a lost answer only for a request that may be repeated (GET,
                           PUT, DELETE, a read-only POST, one with Idempotency-Key); each wait is told on
                           standard error
  -h, --help               this text; `csm send <endpoint> --help` describes one endpoint

Examples:
  CSM_TOKEN=... csm send organization.get --organizationId 123 --cloud-id 4a1b2c3d
  CSM_TOKEN=... csm send product.create --body product.json --base-url http://127.0.0.1:8080/api/v1 --verbose

Exit codes: 0 success; 1 invalid body or parameter, or a 2xx body that does not match the response type;
2 usage; 3 the API answered with an error status; 4 connection failed (refused, unreachable, DNS, TLS);
5 timed out; 6 internal error (or csm was built without libcurl); 7 the body file cannot be read.
)";

/// Replaces every occurrence of `secret` in `text` (a server could echo the token back).
std::string redact(std::string text, const std::string& secret) {
    if (secret.empty()) return text;
    for (std::size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at))
        text.replace(at, secret.size(), "<redacted>");
    return text;
}

csm::result<std::chrono::milliseconds, usage_error> parse_seconds(const parsed_args& args, std::string_view name,
                                                                  std::chrono::milliseconds fallback) {
    const auto text = args.value(name);
    if (!text) return fallback;
    double seconds = 0;
    const auto r = std::from_chars(text->data(), text->data() + text->size(), seconds);
    if (text->empty() || r.ec != std::errc() || r.ptr != text->data() + text->size() || !(seconds > 0) ||
        seconds > 86400)
        return usage_error{"--" + std::string(name) + " needs a number of seconds above 0"};
    // At least 1 ms: libcurl reads a timeout of 0 as "never time out".
    return std::chrono::milliseconds(std::max(1LL, static_cast<long long>(seconds * 1000 + 0.5)));
}

/// Sends, and again while --retries allows and the library's retry advice says so (csm/rest/retry.hpp).
template <class Transport>
csm::rest::transport_result send_with_retries(const Transport& transport, const built_request& built, int retries,
                                              const context& ctx) {
    csm::rest::retry_policy policy;
    policy.max_attempts = 1 + retries;
    const csm::rest::http_request& request = built.request;
    const auto repeat = csm::rest::repeatability(request.method, request.find_header("Idempotency-Key") != nullptr,
                                                 built.ops->info->read_only);
    std::mt19937 rng(std::random_device{}());
    auto random = [&rng] { return std::uniform_real_distribution<>(0, 1)(rng); };
    for (int attempt = 1;; ++attempt) {
        csm::rest::transport_result sent = transport(request);
        csm::rest::retry_advice advice;
        std::string what;
        if (!sent) {
            advice = csm::rest::advise_retry(sent.error(), repeat, attempt, random, policy);
            what = std::string(to_string(sent.error().kind));
        } else if (sent->status == 429 || sent->status >= 500) {
            const auto error = csm::rest::api_error::from_response(sent->status, sent->headers, sent->body);
            const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
            advice = csm::rest::advise_retry(error, repeat, attempt, now, random, policy);
            what = std::to_string(sent->status);
        }
        if (!advice.retry) return sent;
        ctx.err << "csm send: " << what << "; attempt " << attempt + 1 << " of " << policy.max_attempts << " in "
                << advice.delay.count() << " ms\n";
        std::this_thread::sleep_for(advice.delay);
    }
}

exit_code run(args_view words, const context& ctx) {
    for (const std::string& w : words)
        if (w == "--forge" || w == "--curl")
            return usage_failure(ctx, "send",
                                 w + " belongs to csm request; send needs --base-url URL or --cloud-id ID");
    auto args = parse_args(words, options, /*allow_params=*/true);
    if (!args) return usage_failure(ctx, "send", args.error().message);
    if (args->help) {
        if (!args->positionals.empty()) {
            if (const endpoint_ops* ops = find_endpoint(args->positionals[0])) {
                ctx.out << endpoint_help(*ops, "send");
                return exit_code::ok;
            }
        }
        return print_help(ctx, send_command);
    }
    auto timeout = parse_seconds(*args, "timeout", std::chrono::seconds(30));
    if (!timeout) return usage_failure(ctx, "send", timeout.error().message);
    auto connect_timeout = parse_seconds(*args, "connect-timeout", std::chrono::seconds(10));
    if (!connect_timeout) return usage_failure(ctx, "send", connect_timeout.error().message);
    auto retries = parse_count(args->value("retries").value_or("0"), "--retries", 10);
    if (!retries) return usage_failure(ctx, "send", retries.error().message);

    auto built = build_from_args(*args, ctx, /*allow_forge=*/false);
    if (!built) {
        if (built.error().code == exit_code::usage) return usage_failure(ctx, "send", built.error().message);
        return fail(ctx, "send", built.error().code, built.error().message);
    }

#ifndef CSM_CLI_HAVE_CURL
    return fail(ctx, "send", exit_code::internal,
                "this csm was built without libcurl; install libcurl4-openssl-dev and rebuild");
#else
    std::string token;
    if (const auto file = args->value("token-file")) {
        auto stored = load_token_file(*file);
        if (!stored) return fail(ctx, "send", stored.error().code, stored.error().message);
        if (stored->tokens.expired(csm::auth::clock::now())) {
            auto server = oauth_server_from(*args);
            if (!server) return usage_failure(ctx, "send", server.error().message);
            if (auto f = refresh_token_file(*stored, *file, *server, *timeout)) {
                if (f->code == exit_code::usage) return usage_failure(ctx, "send", f->message);
                return fail(ctx, "send", f->code, f->message);
            }
        }
        token = stored->tokens.access.reveal();
    } else {
        const char* env = std::getenv("CSM_TOKEN");
        token = env ? env : "";
        if (token.empty()) ctx.err << "csm send: CSM_TOKEN is not set; sending without Authorization\n";
    }

    csm_examples::curl_options transport_options;
    transport_options.timeout = *timeout;
    transport_options.connect_timeout = *connect_timeout;
    if (!token.empty()) transport_options.authorization = csm_examples::bearer_authorization(token);
    if (args->has("verbose"))
        transport_options.verbose = [&](std::string_view line) { ctx.err << redact(std::string(line), token) << '\n'; };

    const csm_examples::curl_transport transport(std::move(transport_options));
    csm::rest::transport_result sent = send_with_retries(transport, *built, static_cast<int>(*retries), ctx);
    if (!sent) {
        const csm::rest::transport_failure& failure = sent.error();
        const std::string what = redact(std::string(to_string(failure.kind)) + ": " + failure.detail, token);
        switch (failure.kind) {
        case csm::rest::transport_failure_kind::timed_out:
            return fail(ctx, "send", exit_code::timeout, "timed out (" + what + ")");
        case csm::rest::transport_failure_kind::connection_failed:
        case csm::rest::transport_failure_kind::tls:
            return fail(ctx, "send", exit_code::connection_failed, "connection failed (" + what + ")");
        case csm::rest::transport_failure_kind::io:
            return fail(ctx, "send", exit_code::connection_failed, "no response (" + what + ")");
        }
        return fail(ctx, "send", exit_code::connection_failed, what);
    }
    const csm::rest::http_response& response = *sent;

    parse_outcome outcome = built->ops->parse(response);
    ctx.out << redact(std::move(outcome.output), token);
    if (!outcome.message.empty()) {
        std::string message = redact(std::move(outcome.message), token);
        if (outcome.code == exit_code::invalid_input) message = "the response body: " + message;
        return fail(ctx, "send", outcome.code, message);
    }
    return outcome.code;
#endif
}

} // namespace

const command send_command{"send", "build a request and send it with libcurl (token from CSM_TOKEN)", help, &run};

} // namespace csm_cli

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// csm auth url …, csm auth token …, csm sites …: OAuth 2.0 (3LO) from the command line (docs/auth.md).
#include "commands.hpp"
#include "args.hpp"
#include "endpoint_ops.hpp"
#include "oauth_common.hpp"

#include <csm/auth/accessible_resources.hpp>
#include <csm/auth/authorization.hpp>
#include <csm/auth/authorization_url.hpp>
#include <csm/auth/callback.hpp>
#include <csm/auth/token.hpp>

#include <chrono>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace csm_cli {

namespace {

constexpr std::string_view auth_help =
    R"help(Usage: csm auth url <endpoint>... --client-id ID --redirect-uri URI --state STATE
                     [--scope "SCOPE..."] [--offline] [--no-prompt] [--auth-url URL]
       csm auth token (--code CODE | --callback URL --state STATE) --client-id ID --redirect-uri URI
                     --out FILE [--auth-url URL] [--timeout SECONDS]
       csm auth token --refresh --token-file FILE [--auth-url URL] [--timeout SECONDS]

OAuth 2.0 (3LO) with Atlassian's authorization server (docs/auth.md).

`auth url` prints the authorization URL for the user to open: the scopes are the union of the endpoints'
scopes (as `csm scopes`), plus --scope, plus offline_access with --offline (needed for refresh tokens). STATE
is yours to make: unguessable, checked when the user comes back.

`auth token` exchanges the code of the callback (--code, or --callback with the whole URL the browser was
sent to and the STATE you made) for tokens, or refreshes them (--refresh: the refresh token rotates and the
file is rewritten). The client secret comes from CSM_CLIENT_SECRET. The tokens are written to FILE, readable
by its owner only (0600), and never printed.

Options:
  --client-id ID         the app's Client ID
  --redirect-uri URI     the app's callback URL, as registered (the same for url and token)
  --state STATE          the value bound to the user's session
  --scope "SCOPE..."     more scopes, space-separated
  --offline              add offline_access (refresh tokens)
  --no-prompt            leave prompt=consent out
  --code CODE            the authorization code of the callback
  --callback URL         the callback URL itself (checked against --state)
  --out FILE             where to write the tokens (token exchange)
  --refresh              refresh the tokens in --token-file
  --token-file FILE      a file written by `csm auth token`
  --auth-url URL         the authorization server (default https://auth.atlassian.com)
  --timeout SECONDS      the whole exchange (default 30)
  -h, --help             this text

Examples:
  csm auth url organization.get product.list --offline --client-id abc --redirect-uri https://app.example/cb --state 7f3a…
  CSM_CLIENT_SECRET=... csm auth token --code CODE --client-id abc --redirect-uri https://app.example/cb --out token.json
  CSM_CLIENT_SECRET=... csm auth token --refresh --token-file token.json

Exit codes: 0 success; 1 invalid value (client id, redirect URI, state, scope) or a malformed answer; 2 usage;
3 the authorization server refused (its OAuth error is shown); 4 connection failed; 5 timed out; 7 the token
file cannot be read or written.
)help";

constexpr std::string_view sites_help =
    R"help(Usage: csm sites --token-file FILE [--url URL | --name NAME] [--api-url URL] [--auth-url URL]
                 [--timeout SECONDS]

Lists the sites (cloud ids) the token in FILE reaches: one line per site, "<cloud id>  <name>  <url>". With
--url or --name, prints only the cloud id of that one site (for --cloud-id). An expired token is refreshed
first (CSM_CLIENT_SECRET), and FILE rewritten.

Options:
  --token-file FILE      a file written by `csm auth token`
  --url URL              the site with this URL (scheme, case and trailing '/' do not matter)
  --name NAME            the site with this name
  --api-url URL          where accessible-resources is (default https://api.atlassian.com)
  --auth-url URL         the authorization server, for a refresh (default https://auth.atlassian.com)
  --timeout SECONDS      each exchange (default 30)
  -h, --help             this text

Examples:
  csm sites --token-file token.json
  csm send product.list --token-file token.json --cloud-id "$(csm sites --token-file token.json --url your-domain.atlassian.net)"

Exit codes: 0 success; 1 no site or several match, or a malformed answer; 2 usage; 3 the server refused (an
expired or revoked token); 4 connection failed; 5 timed out; 7 the token file cannot be read or written.
)help";

constexpr option_spec auth_options[] = {
    {"client-id", true},  {"redirect-uri", true}, {"state", true},    {"scope", true}, {"offline", false},
    {"no-prompt", false}, {"code", true},         {"callback", true}, {"out", true},   {"refresh", false},
    {"token-file", true}, {"auth-url", true},     {"timeout", true}};

constexpr option_spec sites_options[] = {{"token-file", true}, {"url", true},      {"name", true},
                                         {"api-url", true},    {"auth-url", true}, {"timeout", true}};

exit_code failed(const context& ctx, std::string_view command, const failure& f) {
    if (f.code == exit_code::usage) return usage_failure(ctx, command, f.message);
    return fail(ctx, command, f.code, f.message);
}

csm::result<std::chrono::milliseconds, failure> timeout_of(const parsed_args& args) {
    const auto text = args.value("timeout");
    if (!text) return std::chrono::milliseconds(std::chrono::seconds(30));
    auto n = parse_count(*text, "--timeout", 86400);
    if (!n || *n == 0) return failure{exit_code::usage, "--timeout needs a whole number of seconds from 1 to 86400"};
    return std::chrono::milliseconds(std::chrono::seconds(*n));
}

exit_code run_url(const parsed_args& args, const context& ctx) {
    std::set<std::string> scopes;
    for (std::size_t i = 1; i < args.positionals.size(); ++i) {
        const endpoint_ops* ops = find_endpoint(args.positionals[i]);
        if (!ops) return usage_failure(ctx, "auth", unknown_endpoint_message(args.positionals[i]));
        for (std::string_view s : ops->info->scopes) scopes.emplace(s);
    }
    if (const auto extra = args.value("scope")) {
        for (std::string_view rest = *extra; !rest.empty();) {
            const std::size_t space = rest.find(' ');
            if (space != 0) scopes.emplace(rest.substr(0, space));
            rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
        }
    }
    if (args.has("offline")) scopes.emplace(csm::auth::offline_access);
    if (scopes.empty()) return usage_failure(ctx, "auth", "which endpoints (or --scope)? csm list shows them");
    for (const char* needed : {"client-id", "redirect-uri", "state"})
        if (!args.value(needed)) return usage_failure(ctx, "auth", std::string("auth url needs --") + needed);
    auto server = oauth_server_from(args);
    if (!server) return failed(ctx, "auth", server.error());
    csm::auth::authorization_request request{*args.value("client-id"), *args.value("redirect-uri"),
                                             std::vector<std::string>(scopes.begin(), scopes.end()),
                                             *args.value("state"), !args.has("no-prompt")};
    auto url = csm::auth::authorization_url(request, *server);
    if (!url) return fail(ctx, "auth", exit_code::invalid_input, url.error().message());
    ctx.out << *url << '\n';
    return exit_code::ok;
}

void describe_tokens(const context& ctx, const std::string& file, const csm::auth::token_set& t) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(t.expires_at - csm::auth::clock::now());
    ctx.out << "wrote " << file << " (access token valid for " << seconds.count()
            << " s; refresh token: " << (t.refresh ? "yes" : "no") << "; scopes: " << (t.scope.empty() ? "-" : t.scope)
            << ")\n";
}

exit_code run_token(const parsed_args& args, const context& ctx) {
    auto timeout = timeout_of(args);
    if (!timeout) return failed(ctx, "auth", timeout.error());
    auto server = oauth_server_from(args);
    if (!server) return failed(ctx, "auth", server.error());

    if (args.has("refresh")) {
        const auto file = args.value("token-file");
        if (!file) return usage_failure(ctx, "auth", "auth token --refresh needs --token-file FILE");
        auto stored = load_token_file(*file);
        if (!stored) return failed(ctx, "auth", stored.error());
        if (auto f = refresh_token_file(*stored, *file, *server, *timeout)) return failed(ctx, "auth", *f);
        describe_tokens(ctx, *file, stored->tokens);
        return exit_code::ok;
    }

    for (const char* needed : {"client-id", "redirect-uri", "out"})
        if (!args.value(needed)) return usage_failure(ctx, "auth", std::string("auth token needs --") + needed);
    std::optional<csm::auth::authorization_code> code;
    if (const auto c = args.value("code")) {
        if (args.has("callback")) return usage_failure(ctx, "auth", "--code and --callback exclude each other");
        code.emplace(*c);
    } else if (const auto callback = args.value("callback")) {
        const auto state = args.value("state");
        if (!state) return usage_failure(ctx, "auth", "--callback needs --state (the one of the authorization URL)");
        auto read = csm::auth::read_callback(*callback, *state);
        if (!read) return fail(ctx, "auth", exit_code::invalid_input, read.error().message());
        code.emplace(std::move(*read));
    } else {
        return usage_failure(ctx, "auth", "auth token needs --code CODE, --callback URL or --refresh");
    }
    auto secret = client_secret_from_environment();
    if (!secret) return failed(ctx, "auth", secret.error());
    auto request = csm::auth::token_request(csm::auth::code_exchange{*args.value("client-id"), std::move(*secret),
                                                                     std::move(*code), *args.value("redirect-uri")},
                                            *server);
    if (!request) return fail(ctx, "auth", exit_code::invalid_input, request.error().message());
    auto response = send_http(*request, std::string(), *timeout);
    if (!response) return failed(ctx, "auth", response.error());
    auto tokens = csm::auth::read_token_response(*response, csm::auth::clock::now());
    if (!tokens) {
        const bool answered = tokens.error().kind != csm::auth::oauth_error_kind::malformed_response;
        return fail(ctx, "auth", answered ? exit_code::api_error : exit_code::invalid_input,
                    "token exchange failed: " + tokens.error().message());
    }
    const stored_token stored{*args.value("client-id"), std::move(*tokens)};
    if (auto f = save_token_file(*args.value("out"), stored)) return failed(ctx, "auth", *f);
    describe_tokens(ctx, *args.value("out"), stored.tokens);
    return exit_code::ok;
}

exit_code run_auth(args_view words, const context& ctx) {
    auto args = parse_args(words, auth_options);
    if (!args) return usage_failure(ctx, "auth", args.error().message);
    if (args->help) return print_help(ctx, auth_command);
    if (args->positionals.empty()) return usage_failure(ctx, "auth", "auth url or auth token?");
    const std::string& what = args->positionals[0];
    if (what == "url") return run_url(*args, ctx);
    if (what == "token") {
        if (args->positionals.size() > 1)
            return usage_failure(ctx, "auth", "unexpected argument '" + args->positionals[1] + "'");
        return run_token(*args, ctx);
    }
    return usage_failure(ctx, "auth", "unknown 'auth " + what + "'; auth url or auth token?");
}

exit_code run_sites(args_view words, const context& ctx) {
    auto args = parse_args(words, sites_options);
    if (!args) return usage_failure(ctx, "sites", args.error().message);
    if (args->help) return print_help(ctx, sites_command);
    if (!args->positionals.empty())
        return usage_failure(ctx, "sites", "unexpected argument '" + args->positionals[0] + "'");
    const auto file = args->value("token-file");
    if (!file) return usage_failure(ctx, "sites", "sites needs --token-file FILE (see csm auth token)");
    if (args->has("url") && args->has("name"))
        return usage_failure(ctx, "sites", "--url and --name exclude each other");
    auto timeout = timeout_of(*args);
    if (!timeout) return failed(ctx, "sites", timeout.error());
    auto server = oauth_server_from(*args);
    if (!server) return failed(ctx, "sites", server.error());
    auto stored = load_token_file(*file);
    if (!stored) return failed(ctx, "sites", stored.error());
    if (stored->tokens.expired(csm::auth::clock::now()))
        if (auto f = refresh_token_file(*stored, *file, *server, *timeout)) return failed(ctx, "sites", *f);

    auto authorization = csm::auth::bearer(stored->tokens.access);
    if (!authorization) return fail(ctx, "sites", exit_code::invalid_input, authorization.error().message());
    auto response = send_http(csm::auth::accessible_resources_request(*server), authorization->value, *timeout);
    if (!response) return failed(ctx, "sites", response.error());
    auto sites = csm::auth::read_accessible_resources(*response);
    if (!sites) {
        const bool answered = sites.error().kind != csm::auth::oauth_error_kind::malformed_response;
        return fail(ctx, "sites", answered ? exit_code::api_error : exit_code::invalid_input, sites.error().message());
    }
    if (args->has("url") || args->has("name")) {
        const auto selector = args->has("url") ? csm::auth::site_selector::url(*args->value("url"))
                                               : csm::auth::site_selector::name(*args->value("name"));
        auto chosen = csm::auth::choose_site(*sites, selector);
        if (!chosen) return fail(ctx, "sites", exit_code::invalid_input, chosen.error().message());
        ctx.out << chosen->id.view() << '\n';
        return exit_code::ok;
    }
    for (const csm::auth::site& s : *sites) ctx.out << s.id.view() << "  " << s.name << "  " << s.url << '\n';
    return exit_code::ok;
}

} // namespace

const command auth_command{"auth", "OAuth 2.0 (3LO): the authorization URL, token exchange and refresh", auth_help,
                           &run_auth};
const command sites_command{"sites", "the sites (cloud ids) a saved token reaches", sites_help, &run_sites};

} // namespace csm_cli

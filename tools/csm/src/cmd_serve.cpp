// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// csm serve --port N [--bind ADDR] [--seed N] [--faults FILE] [--state FILE] [--tokens FILE] [--threads N]
//           [--oauth FILE]
// csm::testing::simulator (and oauth_simulator) over HTTP/1.1 (Boost.Beast, keep-alive, several threads); docs/testing.md, "csm serve".
#include "args.hpp"
#include "commands.hpp"

#include <csm/json/parse.hpp>
#include <csm/json/templates.hpp> // parse<T> for this file's own token and fault file types, in compiled mode too
#include <csm/testing/graph_simulator.hpp>
#include <csm/testing/oauth_simulator.hpp>
#include <csm/testing/simulator.hpp>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>
#include <boost/url/parse.hpp>

#ifdef CSM_CLI_HAVE_SQLITE
#include <sqlite3.h>
#endif
#ifdef CSM_CLI_HAVE_OPENSSL
#include <csm_tools/self_signed_tls.hpp>

#include <boost/asio/ssl/context.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#endif

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <random>
#include <set>
#include <sstream>
#include <thread>

namespace csm_cli {

/// One entry of the --tokens file, keyed by the token (tools/csm/README.md, "csm serve").
struct serve_token_spec {
    std::string cloud_id;
    std::optional<std::vector<std::string>> scopes; ///< absent: every scope of the registry
    std::optional<std::int64_t> expires;            ///< Unix seconds; absent: never
};
BOOST_DESCRIBE_STRUCT(serve_token_spec, (), (cloud_id, scopes, expires))

/// One entry of the --faults file's "faults" array (csm/testing/fault_plan.hpp, plus "connection_reset").
struct serve_fault_spec {
    std::string kind;
    std::optional<std::string> endpoint;
    std::optional<std::uint64_t> nth;
    std::optional<double> probability;
    std::optional<std::int64_t> retry_after;
    std::optional<std::int64_t> delay_ms;
};
BOOST_DESCRIBE_STRUCT(serve_fault_spec, (), (kind, endpoint, nth, probability, retry_after, delay_ms))

struct serve_fault_file {
    std::vector<serve_fault_spec> faults;
};
BOOST_DESCRIBE_STRUCT(serve_fault_file, (), (faults))

/// The --oauth file: the app as registered in the developer console and the one site a grant reaches.
struct serve_oauth_spec {
    std::string client_id;
    std::string client_secret;
    std::string redirect_uri;
    std::string cloud_id;
    std::optional<std::string> site_name;
    std::optional<std::string> site_url;
    std::optional<std::vector<std::string>> scopes; ///< the scopes the app may ask for; absent: any
    std::optional<std::int64_t> expires_in;         ///< seconds an access token lives (default 3600)
};
/// The --graph file: the Forge bridge's web trigger (csm::testing::graph_simulator).
struct serve_graph_spec {
    std::string path;   ///< the trigger's path, e.g. "/x1/XUBR5WnG2Hk2V52APDdGaRSDm"
    std::string secret; ///< the bridge's shared secret (Authorization: Bearer <secret>)
    std::optional<std::map<std::string, std::size_t>> per_minute; ///< by SDK operation name
};
BOOST_DESCRIBE_STRUCT(serve_graph_spec, (), (path, secret, per_minute))

BOOST_DESCRIBE_STRUCT(serve_oauth_spec, (),
                      (client_id, client_secret, redirect_uri, cloud_id, site_name, site_url, scopes, expires_in))

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

constexpr option_spec options[] = {{"port", true},  {"bind", true},       {"seed", true},    {"faults", true},
                                   {"state", true}, {"state-sync", true}, {"tokens", true},  {"threads", true},
                                   {"oauth", true}, {"tls-cert", true},   {"tls-key", true}, {"tls-self-signed", true},
                                   {"graph", true}};

constexpr std::string_view default_token = "csm-serve-test-token";
constexpr std::string_view default_cloud = "test-cloud";

constexpr std::string_view help =
    R"(Usage: csm serve --port N [--bind ADDRESS] [--seed N] [--faults FILE]
                 [--state FILE [--state-sync process|machine]] [--tokens FILE] [--threads N] [--oauth FILE] [--graph FILE]
                 [--tls-cert FILE --tls-key FILE | --tls-self-signed CERT_OUT]

Serves csm::testing::simulator (docs/testing.md) over HTTP/1.1 with keep-alive, for integration tests: the
API root is http://127.0.0.1:PORT/jsm/csm/cloudid/CLOUD_ID/api/v1. With --oauth it is also the OAuth 2.0
(3LO) authorization server and api.atlassian.com of `csm auth` and `csm sites` (--auth-url and --api-url
http://127.0.0.1:PORT). At start it prints one line on standard
output:
  csm serve: port 41234, cloud ids: test-cloud
then one line per request on standard error (method, path, query names without values, status; never a token
or a body). SIGINT or SIGTERM stops it (exit 0).

Options:
  --port N          the TCP port; 0 picks a free one (printed)
  --bind ADDRESS    the address to listen on (default 127.0.0.1)
  --seed N          the seed of the fault plan's random faults (default 0)
  --faults FILE     a fault plan: {"faults":[{"kind":"unavailable","endpoint":"organization.get","nth":3}]};
                    kinds rate_limited (with "retryAfter" seconds), server_error, unavailable, slow (with
                    "delayMs"; the answer really waits), truncated_body, not_json, connection_reset (the
                    connection is reset before the request acts; "endpoint" must be absent: every request
                    counts); "nth" (1-based) or "probability" (default 1). With --graph, an "endpoint" that
                    is a Teamwork Graph operation (setObjects, ...) puts the fault on the web trigger
  --state FILE      keep the state in this SQLite file (WAL): every request that changed state is committed
                    before it is answered and replayed at the next start (faults are not replayed)
  --state-sync process|machine
                    what an answered write survives: the server process being killed (default: SQLite
                    synchronous=NORMAL, the commit is in the file before the answer) or also the machine
                    crashing or losing power (synchronous=FULL: an fsync per write, several times slower)
  --tokens FILE     the tokens: {"TOKEN":{"cloudId":"...","scopes":["..."],"expires":1893456000}}; scopes
                    absent: every scope; expires (Unix seconds) absent: never. Without --tokens one test
                    token is registered: csm-serve-test-token for cloud id test-cloud, every scope
  --threads N       worker threads (default 4)
  --oauth FILE      serve GET /authorize, POST /oauth/token (code exchange; refresh with rotation) and
                    GET /oauth/token/accessible-resources (csm::testing::oauth_simulator) for one app and site:
                    {"clientId":"...","clientSecret":"...","redirectUri":"https://app.example/cb",
                     "cloudId":"...","siteName":"...","siteUrl":"https://x.atlassian.net",
                     "scopes":["..."],"expiresIn":3600}; scopes (those the app may ask for) absent: any;
                    expiresIn (seconds) default 3600. The tokens it issues work on the REST routes for that
                    cloud id with the scopes granted until they expire; grants are not kept by --state.
                    The log shows the grant type of a token request, never a code, token or secret
  --graph FILE      serve the Forge bridge's web trigger (POST PATH?operation=NAME, Authorization: Bearer
                    SECRET) in front of a stateful Teamwork Graph (csm::testing::graph_simulator):
                    {"path":"/x1/TRIGGER","secret":"...","perMinute":{"setObjects":1500}}; perMinute (units a
                    minute by SDK operation) absent: the documented limits. Not kept by --state. The log
                    shows the operation's name, never the secret or a body
  --tls-cert FILE   serve HTTPS only (TLS 1.2 or later) with this PEM certificate (chain) ...
  --tls-key FILE    ... and this PEM private key
  --tls-self-signed CERT_OUT
                    serve HTTPS only with a fresh P-256 key made in memory and a self-signed certificate for
                    IP:127.0.0.1 (valid 24 hours), and write only the certificate (PEM) to CERT_OUT, for a
                    client's CA file (curl --cacert CERT_OUT https://127.0.0.1:PORT/...); the key is never
                    written. TLS needs a csm built with OpenSSL
  -h, --help        this text

Examples:
  csm serve --port 0
  csm serve --port 8080 --state csm.db --faults faults.json --seed 7
  CSM_TOKEN=csm-serve-test-token csm send organization.get --organizationId 1 \
      --base-url http://127.0.0.1:8080/jsm/csm/cloudid/test-cloud/api/v1

Exit codes: 0 stopped by SIGINT/SIGTERM; 1 invalid --tokens, --faults, --oauth, --graph or TLS content; 2 usage; 4 the port
cannot be bound; 6 internal error (or --state without SQLite, TLS without OpenSSL); 7 a file cannot be read or
written, or the state file fails.
)";

struct serve_error {
    exit_code code;
    std::string message;
};

std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> all_scopes() {
    std::set<std::string> all;
    for (const csm::rest::endpoint_info& info : csm::rest::all_endpoint_infos())
        for (std::string_view s : info.scopes) all.emplace(s);
    return {all.begin(), all.end()};
}

/// Registers the tokens of `path` (or the default test token); returns the cloud ids they serve.
csm::result<std::vector<std::string>, serve_error> load_tokens(csm::testing::simulator& sim,
                                                               const std::optional<std::string>& path) {
    if (!path) {
        sim.add_token(std::string(default_token), {std::string(default_cloud), all_scopes()});
        return std::vector<std::string>{std::string(default_cloud)};
    }
    const auto text = read_file(*path);
    if (!text) return serve_error{exit_code::io_error, "cannot read --tokens " + *path};
    boost::system::error_code ec;
    const boost::json::value doc = boost::json::parse(*text, ec);
    if (ec || !doc.is_object()) return serve_error{exit_code::invalid_input, *path + ": expected a JSON object"};
    std::set<std::string> clouds;
    for (const auto& [token, value] : doc.as_object()) {
        auto spec = csm::json::parse<serve_token_spec>(boost::json::serialize(value));
        // The message names the position, never the token (the key) itself.
        if (!spec)
            return serve_error{exit_code::invalid_input, *path + ": entry " + std::to_string(clouds.size() + 1) +
                                                             spec.error().pointer + ": expected " +
                                                             spec.error().expected};
        csm::testing::token_grant grant{spec->cloud_id, spec->scopes.value_or(all_scopes())};
        if (spec->expires)
            grant.expires = csm::testing::simulator::clock::time_point(std::chrono::seconds(*spec->expires));
        sim.add_token(std::string(token), std::move(grant));
        clouds.insert(spec->cloud_id);
    }
    if (clouds.empty()) return serve_error{exit_code::invalid_input, *path + ": no tokens"};
    return std::vector<std::string>(clouds.begin(), clouds.end());
}

/// The Teamwork Graph operation of an SDK method name ("setObjects"), if it is one.
std::optional<csm::graph::graph_operation> graph_operation_named(std::string_view name) {
    for (int i = 0; i <= static_cast<int>(csm::graph::graph_operation::set_relationships); ++i)
        if (csm::graph::limits_of(static_cast<csm::graph::graph_operation>(i)).name == name)
            return static_cast<csm::graph::graph_operation>(i);
    return std::nullopt;
}

/// The simulator's plan, and the connection resets that only a socket can do.
struct fault_plans {
    std::optional<csm::testing::fault_plan> http;
    std::optional<csm::testing::fault_plan> resets;
    std::optional<csm::testing::fault_plan> graph; ///< faults whose endpoint is a Teamwork Graph operation
};

/// The file of `option` read with the library's codec; a message names the file and the member, never a value.
template <class Spec>
csm::result<Spec, serve_error> read_spec(const std::string& path, std::string_view option) {
    const auto text = read_file(path);
    if (!text) return serve_error{exit_code::io_error, "cannot read --" + std::string(option) + " " + path};
    auto spec = csm::json::parse<Spec>(*text);
    if (!spec)
        return serve_error{exit_code::invalid_input,
                           path + ": " + spec.error().pointer + ": expected " + spec.error().expected};
    return std::move(*spec);
}

csm::result<fault_plans, serve_error> load_faults(const std::string& path, std::uint64_t seed) {
    auto file = read_spec<serve_fault_file>(path, "faults");
    if (!file) return file.error();
    using csm::testing::fault_kind;
    static const std::pair<std::string_view, fault_kind> kinds[] = {
        {"rate_limited", fault_kind::rate_limited},     {"server_error", fault_kind::server_error},
        {"unavailable", fault_kind::unavailable},       {"slow", fault_kind::slow},
        {"truncated_body", fault_kind::truncated_body}, {"not_json", fault_kind::not_json}};
    fault_plans plans;
    std::size_t i = 0;
    for (const serve_fault_spec& s : file->faults) {
        const std::string where = path + ": /faults/" + std::to_string(i++);
        csm::testing::fault f;
        f.endpoint = s.endpoint.value_or("");
        f.nth = s.nth;
        f.probability = s.probability.value_or(1.0);
        f.retry_after = std::chrono::seconds(s.retry_after.value_or(1));
        f.delay = std::chrono::milliseconds(s.delay_ms.value_or(0));
        if (s.kind == "connection_reset") {
            if (!f.endpoint.empty())
                return serve_error{exit_code::invalid_input,
                                   where + "/endpoint: a connection_reset fault applies to every request"};
            if (!plans.resets) plans.resets.emplace(seed + 1);
            plans.resets->add(f);
            continue;
        }
        const auto k = std::find_if(std::begin(kinds), std::end(kinds), [&](auto& p) { return p.first == s.kind; });
        if (k == std::end(kinds))
            return serve_error{exit_code::invalid_input,
                               where + "/kind: expected rate_limited, server_error, unavailable, slow, "
                                       "truncated_body, not_json or connection_reset"};
        f.kind = k->second;
        auto& plan = graph_operation_named(f.endpoint) ? plans.graph : plans.http;
        if (!plan) plan.emplace(&plan == &plans.graph ? seed + 2 : seed);
        plan->add(f);
    }
    return plans;
}

/// The OAuth server of --oauth: the simulator's options and the scopes the app may ask for (empty: any).
struct oauth_config {
    csm::testing::oauth_simulator_options options;
    std::vector<std::string> scopes;
};

csm::result<oauth_config, serve_error> load_oauth(const std::string& path) {
    auto spec = read_spec<serve_oauth_spec>(path, "oauth"); // the file holds the client secret: never echoed
    if (!spec) return spec.error();
    const auto empty = [&](std::string_view member) {
        return serve_error{exit_code::invalid_input,
                           path + ": /" + std::string(member) + ": expected a non-empty string"};
    };
    if (spec->client_id.empty()) return empty("clientId");
    if (spec->client_secret.empty()) return empty("clientSecret");
    if (spec->redirect_uri.empty()) return empty("redirectUri");
    if (spec->cloud_id.empty()) return empty("cloudId");
    if (spec->expires_in && *spec->expires_in <= 0)
        return serve_error{exit_code::invalid_input, path + ": /expiresIn: expected a positive number of seconds"};
    oauth_config c;
    c.options.client_id = spec->client_id;
    c.options.client_secret = spec->client_secret;
    c.options.redirect_uri = spec->redirect_uri;
    c.options.cloud_id = spec->cloud_id;
    if (spec->site_name) c.options.site_name = *spec->site_name;
    if (spec->site_url) c.options.site_url = *spec->site_url;
    c.options.expires_in = std::chrono::seconds(spec->expires_in.value_or(3600));
    c.scopes = spec->scopes.value_or(std::vector<std::string>{});
    return c;
}

/// The graph simulator of --graph and its trigger path.
struct graph_config {
    std::string path;
    csm::testing::graph_simulator_options options;
};

csm::result<graph_config, serve_error> load_graph(const std::string& path) {
    auto spec = read_spec<serve_graph_spec>(path, "graph"); // the file holds the shared secret: never echoed
    if (!spec) return spec.error();
    if (!spec->path.starts_with('/') || spec->path.find_first_of("?#") != std::string::npos)
        return serve_error{exit_code::invalid_input, path + ": /path: expected a path starting with /, no query"};
    if (spec->secret.empty())
        return serve_error{exit_code::invalid_input, path + ": /secret: expected a non-empty string"};
    graph_config c{spec->path, {spec->secret, {}}};
    for (const auto& [name, units] : spec->per_minute.value_or(std::map<std::string, std::size_t>{})) {
        const auto op = graph_operation_named(name);
        if (!op)
            return serve_error{exit_code::invalid_input,
                               path + ": /perMinute: expected Teamwork Graph operation names (setObjects, ...)"};
        c.options.per_minute[*op] = units;
    }
    return c;
}

constexpr std::string_view oauth_paths[] = {"/authorize", "/oauth/token", "/oauth/token/accessible-resources"};

/// The request headers the simulator reads besides Authorization (journaled; the token never is).
constexpr std::string_view journaled_headers[] = {"Content-Type", "X-ExperimentalApi", "Idempotency-Key"};

/// The durable journal of --state: every request that changed state, in order (docs/testing.md).
class journal {
public:
#ifdef CSM_CLI_HAVE_SQLITE
    ~journal() {
        if (insert_) sqlite3_finalize(insert_);
        if (db_) sqlite3_close(db_);
    }
    /// `machine`: survive a machine crash too (synchronous=FULL, an fsync per commit). Otherwise NORMAL: in WAL
    /// mode a commit is written to the file before it returns, so it survives the process being killed
    /// (https://www.sqlite.org/pragma.html#pragma_synchronous).
    std::optional<std::string> open(const std::string& path, bool machine) {
        if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) return "cannot open --state " + path + ": " + last();
        const std::string setup = std::string("PRAGMA journal_mode=WAL; PRAGMA synchronous=") +
                                  (machine ? "FULL;" : "NORMAL;") +
                                  "CREATE TABLE IF NOT EXISTS journal(seq INTEGER PRIMARY KEY, method TEXT NOT NULL,"
                                  " target TEXT NOT NULL, headers TEXT NOT NULL, body TEXT, now_ms INTEGER NOT NULL);";
        if (sqlite3_exec(db_, setup.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return "--state " + path + ": " + last();
        if (sqlite3_prepare_v2(db_, "INSERT INTO journal(method,target,headers,body,now_ms) VALUES(?,?,?,?,?)", -1,
                               &insert_, nullptr) != SQLITE_OK)
            return "--state " + path + ": " + last();
        return std::nullopt;
    }
    /// Replays every journaled request through `sim`; returns how many, or a message.
    csm::result<std::size_t, std::string> replay(csm::testing::simulator& sim) {
        sqlite3_stmt* q = nullptr;
        if (sqlite3_prepare_v2(db_, "SELECT method,target,headers,body,now_ms FROM journal ORDER BY seq", -1, &q,
                               nullptr) != SQLITE_OK)
            return last();
        // Replayed requests carry a random token of this run, valid for their site and every scope, and expired
        // when the replay ends, so nobody can use it afterwards.
        std::random_device rd;
        std::string secret = "replay-";
        for (int i = 0; i < 4; ++i) secret += std::to_string(rd());
        std::set<std::string> clouds;
        std::size_t n = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
            csm::rest::http_request req;
            const std::string method = text(q, 0);
            if (method == "POST") req.method = csm::rest::http_method::post;
            else if (method == "PUT") req.method = csm::rest::http_method::put;
            else if (method == "DELETE") req.method = csm::rest::http_method::delete_;
            const std::string target = text(q, 1); // the url_view below points into it
            const auto url = boost::urls::parse_origin_form(target);
            if (!url) continue;
            req.url = *url;
            const boost::json::value h = boost::json::parse(text(q, 2));
            for (const auto& [name, value] : h.as_object())
                req.headers.push_back({std::string(name), std::string(value.as_string())});
            if (sqlite3_column_type(q, 3) != SQLITE_NULL) req.body = text(q, 3);
            const std::string cloud = cloud_of(target);
            if (clouds.insert(cloud).second) sim.add_token(secret + cloud, {cloud, all_scopes()});
            req.headers.push_back({"Authorization", "Bearer " + secret + cloud});
            sim.set_now(
                csm::testing::simulator::clock::time_point(std::chrono::milliseconds(sqlite3_column_int64(q, 4))));
            sim(req);
            ++n;
        }
        sqlite3_finalize(q);
        for (const std::string& cloud : clouds)
            sim.add_token(secret + cloud, {"", {}, csm::testing::simulator::clock::time_point::min()});
        if (rc != SQLITE_DONE) return last();
        return n;
    }
    /// Commits one request (its own transaction); false when it could not be written.
    bool append(std::string_view method, std::string_view target, const std::string& headers,
                const std::optional<std::string>& body, std::int64_t now_ms) {
        sqlite3_reset(insert_);
        sqlite3_bind_text(insert_, 1, method.data(), static_cast<int>(method.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert_, 2, target.data(), static_cast<int>(target.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert_, 3, headers.data(), static_cast<int>(headers.size()), SQLITE_TRANSIENT);
        if (body) sqlite3_bind_text(insert_, 4, body->data(), static_cast<int>(body->size()), SQLITE_TRANSIENT);
        else sqlite3_bind_null(insert_, 4);
        sqlite3_bind_int64(insert_, 5, now_ms);
        return sqlite3_step(insert_) == SQLITE_DONE;
    }

private:
    static std::string text(sqlite3_stmt* q, int col) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(q, col));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(q, col))) : std::string();
    }
    static std::string cloud_of(std::string_view target) {
        constexpr std::string_view prefix = "/jsm/csm/cloudid/";
        if (!target.starts_with(prefix)) return {};
        target.remove_prefix(prefix.size());
        return std::string(target.substr(0, target.find('/')));
    }
    std::string last() const { return db_ ? sqlite3_errmsg(db_) : "out of memory"; }
    sqlite3* db_ = nullptr;
    sqlite3_stmt* insert_ = nullptr;
#else
    std::optional<std::string> open(const std::string&, bool) {
        return "this csm was built without SQLite (Debian: libsqlite3-dev); --state is unavailable";
    }
    csm::result<std::size_t, std::string> replay(csm::testing::simulator&) { return std::size_t{0}; }
    bool append(std::string_view, std::string_view, const std::string&, const std::optional<std::string>&,
                std::int64_t) {
        return false;
    }
#endif
};

/// What the server shares between its threads: the simulator behind one mutex, the journal, the log.
struct service {
    std::mutex mutex;
    csm::testing::simulator sim;
    std::optional<csm::testing::fault_plan> resets;
    std::unique_ptr<journal> state;                     ///< null without --state
    std::optional<csm::testing::oauth_simulator> oauth; ///< --oauth; its tokens are registered with `sim`
    std::vector<std::string> oauth_scopes;              ///< the scopes the app may ask for; empty: any
    std::optional<csm::testing::graph_simulator> graph; ///< --graph
    std::string graph_path;                             ///< its web trigger's path
    std::mutex log_mutex;

    struct outcome {
        csm::rest::http_response response;
        std::chrono::milliseconds delay{0};
        bool reset = false;
    };

    outcome handle(const http::request<http::string_body>& in) {
        csm::rest::http_request req;
        const auto verb = in.method();
        if (verb == http::verb::get) req.method = csm::rest::http_method::get;
        else if (verb == http::verb::post) req.method = csm::rest::http_method::post;
        else if (verb == http::verb::put) req.method = csm::rest::http_method::put;
        else if (verb == http::verb::delete_) req.method = csm::rest::http_method::delete_;
        else return {{405, {{"Content-Type", "application/json"}}, R"({"errorMessages":["Method not allowed"]})"}};
        const auto url = boost::urls::parse_origin_form(in.target());
        if (!url) return {{400, {{"Content-Type", "application/json"}}, R"({"errorMessages":["Bad request target"]})"}};
        req.url = *url;
        for (const auto& field : in)
            req.headers.push_back({std::string(field.name_string()), std::string(field.value())});
        if (!in.body().empty()) req.body = in.body();

        std::lock_guard lock(mutex);
        if (resets && resets->next("")) return {{}, {}, true};
        const auto now = std::chrono::time_point_cast<std::chrono::milliseconds>(csm::testing::simulator::clock::now());
        sim.set_now(now);
        const std::string_view path = url->encoded_path();
        if (oauth && std::find(std::begin(oauth_paths), std::end(oauth_paths), path) != std::end(oauth_paths)) {
            // Not journaled: a grant does not outlive the process (docs/testing.md).
            if (auto refused = unregistered_scope(req)) return {std::move(*refused)};
            oauth->set_now(now);
            return {(*oauth)(req)};
        }
        if (graph && path == graph_path) { // not journaled either
            graph->set_now(now);
            return {(*graph)(req)};
        }
        const auto before = sim.simulated_delay();
        outcome out{sim(req), sim.simulated_delay() - before, false};
        const int status = out.response.status;
        if (state && verb != http::verb::get && status >= 200 && status < 300) {
            boost::json::object headers;
            for (std::string_view name : journaled_headers)
                if (const auto* h = req.find_header(name)) headers[name] = h->value.view();
            // Committed before the answer is written: an acknowledged write survives SIGKILL.
            if (!state->append(std::string_view(in.method_string()), std::string_view(in.target()),
                               boost::json::serialize(headers), req.body, now.time_since_epoch().count())) {
                out.response = {500,
                                {{"Content-Type", "application/json"}},
                                R"({"errorMessages":["The state file could not be written"]})"};
                out.delay = {};
            }
        }
        return out;
    }

    /// 400 invalid_scope when an authorization request asks for a scope the --oauth file does not list.
    std::optional<csm::rest::http_response> unregistered_scope(const csm::rest::http_request& req) const {
        if (oauth_scopes.empty() || req.url.encoded_path() != "/authorize" || !csm::detail::has_query_params(req.url))
            return {};
        const auto params = static_cast<const boost::urls::url_view_base&>(req.url).params();
        const auto scope = params.find("scope");
        if (scope == params.end()) return {};
        const std::string asked = (*scope).value;
        for (std::string_view rest = asked; !rest.empty();) {
            const std::size_t space = rest.find(' ');
            const std::string_view one = rest.substr(0, space);
            rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
            if (!one.empty() && std::find(oauth_scopes.begin(), oauth_scopes.end(), one) == oauth_scopes.end())
                return csm::rest::http_response{
                    400,
                    {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}},
                    R"({"error":"invalid_scope","error_description":"a scope the app is not registered for"})"};
        }
        return {};
    }

    /// The grant type of a token request when it is one of the two the server knows (never another value).
    static std::string_view grant_type(const http::request<http::string_body>& in) {
        boost::system::error_code ec;
        const boost::json::value body = boost::json::parse(in.body(), ec);
        const boost::json::value* g = !ec && body.is_object() ? body.get_object().if_contains("grant_type") : nullptr;
        if (g && g->is_string() && (g->get_string() == "authorization_code" || g->get_string() == "refresh_token"))
            return g->get_string() == "refresh_token" ? "refresh_token" : "authorization_code";
        return "other";
    }

    /// "POST /path?name=&other= -> 201": the path and the query's names, never their values, a token or a body;
    /// for POST /oauth/token the grant type too ("POST /oauth/token grant_type=refresh_token -> 200"), on the
    /// web trigger the operation ("POST /x1/T?operation=setObjects -> 200").
    void log(const http::request<http::string_body>& in, std::string_view result) {
        std::string line(in.method_string());
        line += ' ';
        const std::string_view target = in.target();
        line += target.substr(0, target.find('?'));
        const auto url = boost::urls::parse_origin_form(target);
        if (url && url->has_query()) {
            const bool trigger = graph && url->encoded_path() == graph_path;
            char sep = '?';
            for (const auto& p : url->encoded_params()) {
                line += sep;
                line += std::string_view(p.key);
                line += '=';
                // On the web trigger, the operation's name when it is one (never another value).
                if (trigger && p.key == "operation")
                    line += graph_operation_named(p.value.decode()) ? p.value.decode() : std::string("other");
                sep = '&';
            }
        }
        if (oauth && in.method() == http::verb::post && target == "/oauth/token") {
            line += " grant_type=";
            line += grant_type(in);
        }
        line += " -> ";
        line += result;
        line += '\n';
        std::lock_guard lock(log_mutex);
        std::cerr << line << std::flush;
    }
};

#ifdef CSM_CLI_HAVE_OPENSSL
using tls_stream = beast::ssl_stream<beast::tcp_stream>;
#endif

/// One connection: plain HTTP on a beast::tcp_stream, or HTTPS on a beast::ssl_stream over one.
template <class Stream>
class session : public std::enable_shared_from_this<session<Stream>> {
public:
    template <class... Tls>
    session(tcp::socket socket, service& svc, Tls&... tls)
        : stream_(std::move(socket), tls...), svc_(svc), timer_(stream_.get_executor()) {}
    void start() {
#ifdef CSM_CLI_HAVE_OPENSSL
        if constexpr (std::is_same_v<Stream, tls_stream>) {
            // A client that never finishes its handshake is dropped.
            beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(30));
            stream_.async_handshake(asio::ssl::stream_base::server,
                                    [self = this->shared_from_this()](beast::error_code ec) {
                                        beast::get_lowest_layer(self->stream_).expires_never();
                                        if (ec) return self->close();
                                        self->read();
                                    });
            return;
        }
#endif
        read();
    }

private:
    void read() {
        request_ = {};
        http::async_read(stream_, buffer_, request_,
                         [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                             if (ec) return self->close();
                             self->respond();
                         });
    }
    void respond() {
        service::outcome out = svc_.handle(request_);
        if (out.reset) {
            svc_.log(request_, "reset");
            // SO_LINGER 0: close() sends RST, which the client sees as "connection reset by peer".
            beast::error_code ec;
            beast::get_lowest_layer(stream_).socket().set_option(asio::socket_base::linger(true, 0), ec);
            beast::get_lowest_layer(stream_).socket().close(ec);
            return;
        }
        svc_.log(request_, std::to_string(out.response.status));
        response_ = {};
        response_.version(11);
        response_.result(static_cast<unsigned>(out.response.status));
        for (const auto& h : out.response.headers) response_.set(h.name.view(), h.value.view());
        response_.body() = std::move(out.response.body);
        response_.keep_alive(request_.keep_alive());
        response_.prepare_payload();
        if (out.delay.count() <= 0) return write();
        // A slow fault really waits here, off the simulator's mutex.
        timer_.expires_after(out.delay);
        timer_.async_wait([self = this->shared_from_this()](beast::error_code) { self->write(); });
    }
    void write() {
        http::async_write(stream_, response_, [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec || !self->response_.keep_alive()) return self->close();
            self->read();
        });
    }
    void close() {
        beast::error_code ec;
        beast::get_lowest_layer(stream_).socket().shutdown(tcp::socket::shutdown_send, ec);
    }

    Stream stream_;
    service& svc_;
    asio::steady_timer timer_;
    beast::flat_buffer buffer_;
    http::request<http::string_body> request_;
    http::response<http::string_body> response_;
};

/// Accepts connections for ever; `tls` (an asio::ssl::context&) makes them HTTPS.
template <class Stream, class... Tls>
void accept(tcp::acceptor& acceptor, service& svc, Tls&... tls) {
    acceptor.async_accept([&acceptor, &svc, &tls...](beast::error_code ec, tcp::socket socket) {
        if (ec == asio::error::operation_aborted || !acceptor.is_open()) return;
        if (!ec) std::make_shared<session<Stream>>(std::move(socket), svc, tls...)->start();
        accept<Stream>(acceptor, svc, tls...);
    });
}

/// --tls-cert/--tls-key or --tls-self-signed: the PEM certificate and key, or a message.
csm::result<std::pair<std::string, std::string>, serve_error> load_tls(const parsed_args& args) {
    const auto cert = args.value("tls-cert"), key = args.value("tls-key"), self = args.value("tls-self-signed");
    if (self && (cert || key))
        return serve_error{exit_code::usage, "--tls-self-signed makes its own key: give it without --tls-cert"};
    if (!self && (!cert || !key)) return serve_error{exit_code::usage, "--tls-cert and --tls-key go together"};
#ifdef CSM_CLI_HAVE_OPENSSL
    if (self) {
        csm_tools::tls_identity identity;
        try {
            identity = csm_tools::make_self_signed_identity();
        } catch (const std::exception& e) {
            return serve_error{exit_code::internal, e.what()};
        }
        // Only the certificate is written; the key never leaves this process.
        std::ofstream out(*self, std::ios::binary | std::ios::trunc);
        out << identity.certificate_pem;
        if (!out.flush()) return serve_error{exit_code::io_error, "cannot write --tls-self-signed " + *self};
        return std::pair{std::move(identity.certificate_pem), std::move(identity.private_key_pem)};
    }
    auto cert_pem = read_file(*cert);
    if (!cert_pem) return serve_error{exit_code::io_error, "cannot read --tls-cert " + *cert};
    auto key_pem = read_file(*key);
    if (!key_pem) return serve_error{exit_code::io_error, "cannot read --tls-key " + *key};
    return std::pair{std::move(*cert_pem), std::move(*key_pem)};
#else
    return serve_error{exit_code::internal,
                       "this csm was built without OpenSSL (Debian: libssl-dev); --tls-cert, --tls-key and "
                       "--tls-self-signed are unavailable"};
#endif
}

exit_code run(args_view words, const context& ctx) {
    auto args = parse_args(words, options);
    if (!args) return usage_failure(ctx, "serve", args.error().message);
    if (args->help) return print_help(ctx, serve_command);
    if (!args->positionals.empty())
        return usage_failure(ctx, "serve", "unexpected argument '" + args->positionals[0] + "'");
    const auto port_text = args->value("port");
    if (!port_text) return usage_failure(ctx, "serve", "which port? (--port N; 0 picks a free one)");
    auto port = parse_count(*port_text, "--port", 65535);
    if (!port) return usage_failure(ctx, "serve", port.error().message);
    auto seed = parse_count(args->value("seed").value_or("0"), "--seed");
    if (!seed) return usage_failure(ctx, "serve", seed.error().message);
    auto threads = parse_count(args->value("threads").value_or("4"), "--threads", 64);
    if (!threads || *threads == 0) return usage_failure(ctx, "serve", "--threads needs a number from 1 to 64");
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(args->value("bind").value_or("127.0.0.1"), ec);
    if (ec) return usage_failure(ctx, "serve", "--bind needs an IP address");

#ifdef CSM_CLI_HAVE_OPENSSL
    std::optional<asio::ssl::context> tls;
#endif
    if (args->has("tls-cert") || args->has("tls-key") || args->has("tls-self-signed")) {
        auto pem = load_tls(*args);
        if (!pem && pem.error().code == exit_code::usage) return usage_failure(ctx, "serve", pem.error().message);
        if (!pem) return fail(ctx, "serve", pem.error().code, pem.error().message);
#ifdef CSM_CLI_HAVE_OPENSSL
        tls.emplace(asio::ssl::context::tls_server);
        tls->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                         asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 | asio::ssl::context::no_tlsv1_1);
        tls->use_certificate_chain(asio::buffer(pem->first), ec);
        if (!ec) tls->use_private_key(asio::buffer(pem->second), asio::ssl::context::pem, ec);
        // OpenSSL's reason, never the file's content.
        if (ec) return fail(ctx, "serve", exit_code::invalid_input, "--tls-cert/--tls-key: " + ec.message());
#endif
    }

    service svc;
    if (const auto oauth_path = args->value("oauth")) {
        auto config = load_oauth(*oauth_path);
        if (!config) return fail(ctx, "serve", config.error().code, config.error().message);
        svc.oauth.emplace(svc.sim, std::move(config->options));
        svc.oauth_scopes = std::move(config->scopes);
    }
    if (const auto graph_path = args->value("graph")) {
        auto config = load_graph(*graph_path);
        if (!config) return fail(ctx, "serve", config.error().code, config.error().message);
        svc.graph.emplace(std::move(config->options));
        svc.graph_path = std::move(config->path);
    }
    auto clouds = load_tokens(svc.sim, args->value("tokens"));
    if (!clouds) return fail(ctx, "serve", clouds.error().code, clouds.error().message);
    if (svc.oauth) clouds->push_back(svc.oauth->cloud_id());
    if (!args->has("tokens"))
        ctx.err << "csm serve: no --tokens; registered the default test token (docs/testing.md) for cloud id "
                   "test-cloud with every scope\n";
    const std::string sync = args->value("state-sync").value_or("process");
    if (sync != "process" && sync != "machine")
        return usage_failure(ctx, "serve", "--state-sync takes process or machine");
    if (args->has("state-sync") && !args->has("state"))
        return usage_failure(ctx, "serve", "--state-sync needs --state FILE");
    if (const auto state_path = args->value("state")) {
        svc.state = std::make_unique<journal>();
        if (auto e = svc.state->open(*state_path, sync == "machine"))
            return fail(ctx, "serve", exit_code::io_error, *e);
        // The journal goes through a simulator without faults, so the ids come out as they were.
        auto n = svc.state->replay(svc.sim);
        if (!n) return fail(ctx, "serve", exit_code::io_error, "--state " + *state_path + ": " + n.error());
        ctx.err << "csm serve: replayed " << *n << " requests from " << *state_path << '\n';
    }
    if (const auto faults = args->value("faults")) {
        auto plans = load_faults(*faults, *seed);
        if (!plans) return fail(ctx, "serve", plans.error().code, plans.error().message);
        if (plans->http) svc.sim.set_faults(std::move(*plans->http));
        if (plans->graph && !svc.graph)
            return fail(ctx, "serve", exit_code::invalid_input,
                        *faults + ": a fault names a Teamwork Graph operation, but there is no --graph");
        if (plans->graph) svc.graph->set_faults(std::move(*plans->graph));
        svc.resets = std::move(plans->resets);
    }

    asio::io_context ioc(static_cast<int>(*threads));
    tcp::acceptor acceptor(ioc);
    acceptor.open(address.is_v6() ? tcp::v6() : tcp::v4(), ec);
    if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor.bind({address, static_cast<unsigned short>(*port)}, ec);
    if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        return fail(ctx, "serve", exit_code::connection_failed,
                    "cannot listen on port " + *port_text + ": " + ec.message());

    // Before the port line: whoever reads it may send SIGTERM at once, and must get a clean stop.
    asio::signal_set signals(ioc, SIGINT, SIGTERM);
    signals.async_wait([&](beast::error_code, int) {
        beast::error_code ignored;
        acceptor.close(ignored);
        ioc.stop();
    });

    std::sort(clouds->begin(), clouds->end());
    clouds->erase(std::unique(clouds->begin(), clouds->end()), clouds->end());
    std::string ids;
    for (const std::string& c : *clouds) ids += (ids.empty() ? "" : ",") + c;
    ctx.out << "csm serve: port " << acceptor.local_endpoint().port() << ", cloud ids: " << ids << std::endl;
#ifdef CSM_CLI_HAVE_OPENSSL
    if (tls) accept<tls_stream>(acceptor, svc, *tls);
    else accept<beast::tcp_stream>(acceptor, svc);
#else
    accept<beast::tcp_stream>(acceptor, svc);
#endif
    std::vector<std::thread> pool;
    for (std::uint64_t i = 1; i < *threads; ++i) pool.emplace_back([&ioc] { ioc.run(); });
    ioc.run();
    for (std::thread& t : pool) t.join();
    ctx.err << "csm serve: stopped\n";
    return exit_code::ok;
}

} // namespace

const command serve_command{"serve", "serve the simulator over HTTP (csm::testing::simulator; docs/testing.md)", help,
                            &run};

} // namespace csm_cli

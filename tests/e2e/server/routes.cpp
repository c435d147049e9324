// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm_test_server/routes.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace csm_test_server {

namespace {

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw std::runtime_error("csm_test_server: cannot read " + p.string());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// The words of a shell command line as the docs write curl examples: '…' quotes (no escapes inside),
/// backslash-newline continuations, whitespace separators.
std::vector<std::string> shell_words(std::string_view text) {
    std::vector<std::string> words;
    std::string current;
    bool in_word = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\'') {
            const std::size_t close = text.find('\'', i + 1);
            if (close == std::string_view::npos) throw std::runtime_error("curl example: unterminated quote");
            current.append(text.substr(i + 1, close - i - 1));
            in_word = true;
            i = close;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\') {
            if (in_word) words.push_back(std::exchange(current, {}));
            in_word = false;
        } else {
            current.push_back(c);
            in_word = true;
        }
    }
    if (in_word) words.push_back(std::move(current));
    return words;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// Percent-decodes a query component ('+' is a space).
std::string decode_component(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') {
            out.push_back(' ');
        } else if (s[i] == '%' && i + 2 < s.size() && hex_digit(s[i + 1]) >= 0 && hex_digit(s[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex_digit(s[i + 1]) * 16 + hex_digit(s[i + 2])));
            i += 2;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

using query_params = std::vector<std::pair<std::string, std::string>>;

/// Decoded (key, value) pairs, sorted: the order of query parameters is not part of the contract.
query_params parse_query(std::string_view q) {
    query_params params;
    while (!q.empty()) {
        const std::size_t amp = q.find('&');
        const std::string_view item = q.substr(0, amp);
        q = amp == std::string_view::npos ? std::string_view() : q.substr(amp + 1);
        if (item.empty()) continue;
        const std::size_t eq = item.find('=');
        params.emplace_back(decode_component(item.substr(0, eq)),
                            eq == std::string_view::npos ? std::string() : decode_component(item.substr(eq + 1)));
    }
    std::sort(params.begin(), params.end());
    return params;
}

std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> segments;
    if (!path.empty() && path.front() == '/') path.remove_prefix(1);
    while (true) {
        const std::size_t slash = path.find('/');
        segments.push_back(path.substr(0, slash));
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash + 1);
    }
    return segments;
}

bool is_placeholder(std::string_view segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

/// -1 if `path` does not match `pattern`; otherwise the number of literal segments (a specificity rank).
int match_path(std::string_view pattern, std::string_view path) {
    const auto want = split_path(pattern);
    const auto got = split_path(path);
    if (want.size() != got.size()) return -1;
    int literals = 0;
    for (std::size_t i = 0; i < want.size(); ++i) {
        if (is_placeholder(want[i])) {
            if (got[i].empty()) return -1;
        } else if (want[i] != got[i]) {
            return -1;
        } else {
            ++literals;
        }
    }
    return literals;
}

bool valid_idempotency_key(std::string_view v) {
    if (v.empty() || v.size() > 255) return false;
    return std::all_of(v.begin(), v.end(), [](char c) { return c >= 0x21 && c <= 0x7E; });
}

std::string error_body(std::string_view message) {
    boost::json::object o;
    o["errorMessages"] = boost::json::array{boost::json::string(message)};
    return boost::json::serialize(o);
}

canned_response json_answer(int status, std::string body, std::vector<header> extra = {}) {
    canned_response r{status, std::move(extra), std::move(body)};
    r.headers.push_back({"Content-Type", "application/json"});
    return r;
}

/// The answer for an error scenario, or nullopt if the name is unknown.
std::optional<outcome> scenario_outcome(std::string_view name) {
    outcome o;
    if (name == "hang") {
        o.hang = true;
        return o;
    }
    if (name == "malformed") {
        o.response = json_answer(200, R"({"id": "123", "name": "Atlassian", "details": [)");
        return o;
    }
    if (name.size() != 3 || !std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const int status = std::stoi(std::string(name));
    if (status < 200 || status > 599) return std::nullopt;
    std::vector<header> extra;
    std::string body;
    switch (status) {
    case 404: body = error_body("The requested resource does not exist."); break;
    case 412: body = error_body("The experimental opt-in header was not set."); break;
    case 429:
        extra.push_back({"Retry-After", "2"});
        body = R"({"message":"Rate limit exceeded."})";
        break;
    case 500: body = R"({"errorMessage":"Internal Server Error."})"; break;
    case 503:
        extra.push_back({"Retry-After", "2"});
        body = R"({"message":"Service unavailable."})";
        break;
    default: body = error_body("scenario " + std::string(name));
    }
    o.response = json_answer(status, std::move(body), std::move(extra));
    return o;
}

outcome mismatch(const route& r, std::string what) {
    outcome o;
    o.route = r.name;
    o.response =
        json_answer(400, error_body("csm_test_server: " + r.name + ": " + what), {{"X-Test-Mismatch", "true"}});
    o.mismatch = r.name + ": " + what;
    return o;
}

/// Headers a real HTTP client or transport adds by itself, allowed on any request besides the route's own
/// (https://www.rfc-editor.org/rfc/rfc9110): Host, User-Agent, Accept-Encoding, Content-Length, Connection,
/// Authorization (checked separately, never echoed), and the server's own X-Test-Scenario.
constexpr std::string_view transport_headers[] = {"Host",       "User-Agent",    "Accept-Encoding", "Content-Length",
                                                  "Connection", "Authorization", "X-Test-Scenario"};

bool allowed_extra(std::string_view name) {
    return std::any_of(std::begin(transport_headers), std::end(transport_headers),
                       [&](std::string_view a) { return csm::rest::header_name_equals(a, name); });
}

/// Every check of the request against the route; the first problem, or nullopt. Messages name what differs
/// (query, header name, body) and echo only values of the route's own headers, never Authorization.
std::optional<std::string> check(const expected_request& e, const incoming_request& req, std::string_view path,
                                 std::string_view query) {
    const auto pattern = split_path(e.path);
    const auto segments = split_path(path);
    for (std::size_t i = 0; i < pattern.size() && i < segments.size(); ++i) {
        if (!is_placeholder(pattern[i])) continue;
        const auto value = e.path_values.find(std::string(pattern[i].substr(1, pattern[i].size() - 2)));
        if (value != e.path_values.end() && segments[i] != value->second)
            return "path segment " + std::string(pattern[i]) + " is \"" + std::string(segments[i]) + "\", expected \"" +
                   value->second + "\"";
    }
    if (e.query && parse_query(*e.query) != parse_query(query))
        return "query is \"" + std::string(query) + "\", expected \"" + *e.query + "\" (in any order)";
    if (!e.body && !req.body.empty()) return "unexpected request body on " + e.method;
    for (const header& h : e.headers) {
        const header* got = req.find_header(h.name);
        if (!got) return "missing header " + h.name;
        if (got->value != h.value)
            return "header " + h.name + " is \"" + got->value + "\", expected \"" + h.value + "\"";
    }
    // The exact set: nothing beyond the route's headers and the transport-level ones.
    for (const header& h : req.headers) {
        if (allowed_extra(h.name) || csm::rest::find_header(e.headers, h.name)) continue;
        if (e.idempotency_key && csm::rest::header_name_equals(h.name, "Idempotency-Key")) continue;
        if (e.experimental && csm::rest::header_name_equals(h.name, "X-ExperimentalApi")) continue;
        return "unexpected header " + h.name;
    }
    if (e.idempotency_key) {
        const header* key = req.find_header("Idempotency-Key");
        if (!key) return "missing header Idempotency-Key";
        if (!valid_idempotency_key(key->value)) return "invalid Idempotency-Key";
    }
    if (!e.body) return std::nullopt;
    if (req.body.empty()) return "missing request body";
    const header* type = req.find_header("Content-Type");
    if (!type || type->value != "application/json") return "a body needs Content-Type: application/json";
    boost::system::error_code ec;
    const boost::json::value got = boost::json::parse(req.body, ec);
    if (ec) return "request body is not JSON";
    if (got != *e.body)
        return "body " + boost::json::serialize(got) + " differs from the documented " +
               boost::json::serialize(*e.body);
    return std::nullopt;
}

std::vector<header> headers_from_object(const boost::json::value* v) {
    std::vector<header> out;
    if (!v) return out;
    for (const auto& [k, val] : v->as_object()) out.push_back({std::string(k), std::string(val.as_string())});
    return out;
}

} // namespace

expected_request expectation_from_curl(std::string_view curl_text) {
    const std::vector<std::string> words = shell_words(curl_text);
    if (words.empty() || words[0] != "curl") throw std::runtime_error("curl example: does not start with curl");
    expected_request e;
    e.method = "GET";
    std::string url;
    for (std::size_t i = 1; i < words.size(); i += 2) {
        if (i + 1 >= words.size()) throw std::runtime_error("curl example: option without argument");
        const std::string& opt = words[i];
        const std::string& arg = words[i + 1];
        if (opt == "--request" || opt == "-X") {
            e.method = arg;
        } else if (opt == "--url") {
            url = arg;
        } else if (opt == "--header" || opt == "-H") {
            const std::size_t colon = arg.find(':');
            if (colon == std::string::npos) throw std::runtime_error("curl example: header without ':'");
            const std::string name(trim(std::string_view(arg).substr(0, colon)));
            const std::string value(trim(std::string_view(arg).substr(colon + 1)));
            if (csm::rest::header_name_equals(name, "Authorization")) continue;
            if (csm::rest::header_name_equals(name, "Idempotency-Key")) {
                e.idempotency_key = true;
            } else if (csm::rest::header_name_equals(name, "X-ExperimentalApi")) {
                e.experimental = true;
            } else {
                e.headers.push_back({name, value});
            }
        } else if (opt == "--data" || opt == "--data-raw" || opt == "-d") {
            e.body = boost::json::parse(arg);
        } else {
            throw std::runtime_error("curl example: unsupported option " + opt);
        }
    }
    // https://host/path?query: the host is not checked (the server answers on 127.0.0.1).
    const std::size_t scheme = url.find("://");
    if (scheme == std::string::npos) throw std::runtime_error("curl example: --url is not absolute");
    const std::size_t path_start = url.find('/', scheme + 3);
    const std::string path_and_query = path_start == std::string::npos ? "/" : url.substr(path_start);
    const std::size_t q = path_and_query.find('?');
    e.path = path_and_query.substr(0, q);
    e.query = q == std::string::npos ? std::string() : path_and_query.substr(q + 1);
    return e;
}

std::vector<route> load_routes(const std::filesystem::path& table, const std::filesystem::path& fixtures_dir) {
    const boost::json::value doc = boost::json::parse(read_file(table));
    const std::vector<header> placeholders = headers_from_object(doc.as_object().if_contains("placeholders"));
    std::vector<route> routes;
    for (const boost::json::value& entry : doc.at("routes").as_array()) {
        const boost::json::object& o = entry.as_object();
        route r;
        if (const auto* curl = o.if_contains("curl")) {
            const std::filesystem::path file = fixtures_dir / std::string(curl->as_string());
            r.expect = expectation_from_curl(read_file(file));
            r.name = file.stem().string();
        } else {
            r.expect.method = std::string(o.at("method").as_string());
            r.expect.path = std::string(o.at("path").as_string());
            if (const auto* q = o.if_contains("query")) r.expect.query = std::string(q->as_string());
            r.expect.headers = headers_from_object(o.if_contains("headers"));
            if (const auto* b = o.if_contains("body")) r.expect.body = *b;
            if (const auto* x = o.if_contains("experimental")) r.expect.experimental = x->as_bool();
            if (const auto* k = o.if_contains("idempotencyKey")) r.expect.idempotency_key = k->as_bool();
            r.name = r.expect.method + " " + r.expect.path;
        }
        if (const auto* n = o.if_contains("name")) r.name = std::string(n->as_string());
        std::vector<header> values = headers_from_object(o.if_contains("params"));
        values.insert(values.end(), placeholders.begin(), placeholders.end()); // a route's own come first
        for (const header& v : values) {
            if (r.expect.path.find("{" + v.name + "}") != std::string::npos)
                r.expect.path_values.emplace(v.name, v.value);
        }
        if (const auto* q = o.if_contains("query")) r.expect.query = std::string(q->as_string());
        if (const auto* res = o.if_contains("response")) {
            const boost::json::object& ro = res->as_object();
            if (const auto* s = ro.if_contains("status")) r.respond.status = static_cast<int>(s->to_number<int>());
            r.respond.headers = headers_from_object(ro.if_contains("headers"));
            if (const auto* f = ro.if_contains("file")) {
                r.respond.body = read_file(fixtures_dir / std::string(f->as_string()));
            } else if (const auto* j = ro.if_contains("json")) {
                r.respond.body = boost::json::serialize(*j);
            } else if (const auto* t = ro.if_contains("text")) {
                r.respond.body = std::string(t->as_string());
            }
        }
        if (!r.respond.body.empty() && !csm::rest::find_header(r.respond.headers, "Content-Type"))
            r.respond.headers.push_back({"Content-Type", "application/json"});
        routes.push_back(std::move(r));
    }
    return routes;
}

outcome respond(const std::vector<route>& routes, const incoming_request& req, const check_options& options) {
    std::string_view target = req.target;
    const std::size_t q = target.find('?');
    std::string_view path = target.substr(0, q);
    const std::string_view query = q == std::string_view::npos ? std::string_view() : target.substr(q + 1);

    std::optional<std::string> scenario;
    if (path.starts_with("/scenario/")) {
        const std::size_t end = path.find('/', 10);
        scenario = std::string(path.substr(10, end == std::string_view::npos ? std::string_view::npos : end - 10));
        path = end == std::string_view::npos ? std::string_view("/") : path.substr(end);
    }
    if (const header* h = req.find_header("X-Test-Scenario")) scenario = h->value;

    // The most specific route for the method and path; among equals, the one whose query matches.
    const route* best = nullptr;
    int best_rank = -1;
    bool best_query_matches = false;
    for (const route& r : routes) {
        if (r.expect.method != req.method) continue;
        const int rank = match_path(r.expect.path, path);
        if (rank < 0) continue;
        const bool query_matches = !r.expect.query || parse_query(*r.expect.query) == parse_query(query);
        if (rank > best_rank || (rank == best_rank && query_matches && !best_query_matches)) {
            best = &r;
            best_rank = rank;
            best_query_matches = query_matches;
        }
    }
    if (!best) {
        outcome o;
        o.response = json_answer(404, R"({"errorMessages":["no route"]})");
        return o;
    }

    outcome o;
    o.route = best->name;
    if (options.authorization) {
        const header* auth = req.find_header("Authorization");
        if (!auth || auth->value != *options.authorization) {
            o.response = json_answer(401, error_body("Unauthenticated: the Authorization header is missing or wrong."));
            return o;
        }
    }
    if (best->expect.experimental) {
        const header* opt_in = req.find_header("X-ExperimentalApi");
        if (!opt_in || opt_in->value != "opt-in") {
            o.response = json_answer(412, error_body("The experimental opt-in header was not set."));
            return o;
        }
    }
    if (auto problem = check(best->expect, req, path, query)) return mismatch(*best, std::move(*problem));

    if (scenario) {
        std::optional<outcome> s = scenario_outcome(*scenario);
        if (!s) return mismatch(*best, "unknown scenario \"" + *scenario + "\"");
        s->route = best->name;
        return std::move(*s);
    }
    o.response = best->respond;
    return o;
}

} // namespace csm_test_server

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The test server's route table and request checks, without any I/O (tests/e2e/server/server.cpp serves it).
//
// A route is what the docs say one endpoint receives (method, path, query, headers, JSON body) and the
// example response to give back. Routes are usually read from a documented curl example:
//
//     {"curl": "seeds/rest-organization/o5.get_organization.curl",
//      "response": {"file": "seeds/rest-organization/o5.get_organization.response.json"}}
//
// A path placeholder ({organizationId}, {cloudId}) takes the route; its segment must then be the value the
// table gives that placeholder ("placeholders" at the top of the table, "params" per route; the ids of the
// example responses), else 400. A placeholder with no value accepts any one segment. The request carries
// exactly the example's headers with the same values (Idempotency-Key: present and valid, any value), plus
// only transport-level ones (Host, User-Agent, Accept-Encoding, Content-Length, Connection, Authorization)
// and X-Test-Scenario: any other header, such as X-ExperimentalApi on a route whose example does not send it,
// is a mismatch (400). An experimental route (its example sends X-ExperimentalApi: opt-in) answers 412 when
// the header is missing. No body where the example has none; a body is compared as JSON.
//
// Errors on demand, for any request that matches a route: a header `X-Test-Scenario: <name>` or a path
// prefix `/scenario/<name>` (so a base URL `http://127.0.0.1:P/scenario/429/...` turns every call into a 429).
// Names: a status code (`404`, `412`, `429`, `500`, `503`, ...; 429 and 503 carry `Retry-After: 2`),
// `malformed` (200 with a broken JSON body), `hang` (never answers; the connection is held until the server
// stops or its hang limit passes).
#ifndef CSM_TEST_SERVER_ROUTES_HPP
#define CSM_TEST_SERVER_ROUTES_HPP

#include <csm/rest/http.hpp>

#include <boost/json/value.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace csm_test_server {

using header = csm::rest::http_header;

/// What a route accepts.
struct expected_request {
    std::string method; ///< "GET", "POST", ...
    std::string path;   ///< "/jsm/csm/cloudid/{cloudId}/api/v1/organization/{organizationId}"
    std::map<std::string, std::string> path_values; ///< placeholder name -> the one segment accepted; absent: any
    std::optional<std::string> query;       ///< encoded query without '?'; params compared in any order; unset: any
    std::vector<header> headers;            ///< required (name compared case-insensitively, value exactly)
    std::optional<boost::json::value> body; ///< compared as JSON; unset: the request must have no body
    bool experimental = false;              ///< X-ExperimentalApi: opt-in required, else 412
    bool idempotency_key = false;           ///< Idempotency-Key required (any valid value), else 400
};

/// What a route answers.
struct canned_response {
    int status = 200;
    std::vector<header> headers;
    std::string body;
};

struct route {
    std::string name; ///< for messages: the curl file's stem or the "name" in the table
    expected_request expect;
    canned_response respond;
};

/// A request as the server received it.
struct incoming_request {
    std::string method;
    std::string target; ///< origin form: path and query
    std::vector<header> headers;
    std::string body;

    const header* find_header(std::string_view name) const noexcept { return csm::rest::find_header(headers, name); }
};

/// The server's answer to one request.
struct outcome {
    canned_response response;
    bool hang = false;                   ///< send nothing
    std::string route;                   ///< the route that matched, empty if none
    std::optional<std::string> mismatch; ///< set when the request differs from what the route expects (answer: 400)
};

/// Reads a documented curl example (`curl --request M --url 'U' --header 'N: V'… --data '…'`) as an
/// expectation. Authorization is dropped (the server checks it separately). Throws std::runtime_error.
expected_request expectation_from_curl(std::string_view curl_text);

/// Reads a route table: `{"routes": [ {...}, ... ]}`, each entry either {"curl": FILE} or explicit
/// {"method", "path", "query", "headers": {name: value}, "body": JSON, "experimental", "idempotencyKey"},
/// plus optional "name" and "response": {"status", "headers": {name: value}, "file": FILE | "json": JSON |
/// "text": STRING}, and optional "params": {placeholder: value} over the table's top-level "placeholders"
/// (the same form). FILE paths are relative to `fixtures_dir`. Throws std::runtime_error.
std::vector<route> load_routes(const std::filesystem::path& table, const std::filesystem::path& fixtures_dir);

/// Who may call: when set, every request must carry exactly this Authorization value (else 401).
struct check_options {
    std::optional<std::string> authorization;
};

/// Picks the route for `req`, checks the request against it and returns the answer. Pure: no I/O.
outcome respond(const std::vector<route>& routes, const incoming_request& req, const check_options& options = {});

} // namespace csm_test_server

#endif

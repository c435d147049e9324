// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The end-to-end cases against `csm serve` (the stateful simulator over HTTP/1.1, docs/testing.md), compiled
// once per transport: included by cases.hpp when CSM_E2E_CSM_EXE (the csm tool's path) is defined. Each case
// starts its own `csm serve --port 0` on 127.0.0.1 (csm_test::serve_process) and stops it at its end.
//
// - serve_journey: a user journey on state, every id, name, status and body exact.
// - serve_faults: `--faults FILE` over real HTTP: send_with_retry through 429 and 503 (on a fake clock: nothing
//   sleeps), truncated and non-JSON bodies, a reset connection; `--tokens FILE`: 401, 403, tenant isolation.
#ifndef CSM_E2E_SERVE_CASES_HPP
#define CSM_E2E_SERVE_CASES_HPP

#include <csm_test/serve_process.hpp>

#include <csm/rest/pages.hpp>
#include <csm/rest/send_with_retry.hpp>

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <system_error>

#include <unistd.h>

namespace e2e::serve {

/// The token `csm serve` registers without --tokens, for cloud id `test-cloud`, with every scope.
inline constexpr std::string_view default_token = "csm-serve-test-token";
inline constexpr std::string_view default_cloud = "test-cloud";

/// A file in this test's build directory, named after the process and `name`, removed at the end; none when
/// `content` is std::nullopt.
class work_file {
public:
    work_file(std::string_view name, std::optional<std::string_view> content) {
        if (!content) return;
        path_ = std::filesystem::path(CSM_E2E_SERVE_WORK_DIR) /
                ("e2e.serve." + std::to_string(::getpid()) + "." + std::to_string(++count()) + "." + std::string(name));
        std::ofstream out(path_, std::ios::binary | std::ios::trunc);
        out << *content;
        out.close();
        BOOST_TEST_REQUIRE(out.good(), "cannot write " << path_);
    }
    ~work_file() {
        std::error_code ignored;
        if (!path_.empty()) std::filesystem::remove(path_, ignored);
    }
    work_file(const work_file&) = delete;
    work_file& operator=(const work_file&) = delete;
    const std::filesystem::path& path() const noexcept { return path_; }

private:
    static int& count() {
        static int n = 0; // one test runs at a time: no two files of a process share a name
        return n;
    }
    std::filesystem::path path_;
};

/// The content of an optional file: none when empty.
inline std::optional<std::string_view> unless_empty(const std::string& content) {
    return content.empty() ? std::nullopt : std::optional<std::string_view>(content);
}

struct serve_options {
    std::string faults{}; ///< the --faults file's content; empty: no faults
    std::string tokens{}; ///< the --tokens file's content; empty: the default token
};

/// `csm serve --port 0 [--faults FILE] [--tokens FILE]`, its request log in a work file.
class csm_serve {
public:
    explicit csm_serve(const serve_options& o = {})
        : faults_("faults.json", unless_empty(o.faults)), tokens_("tokens.json", unless_empty(o.tokens)),
          log_("serve.log", ""), process_(CSM_E2E_CSM_EXE, arguments(), log_.path().string()) {}

    const csm_test::serve_process& process() const noexcept { return process_; }

    /// The REST API base of `cloud` on this server.
    rest::api_base base(std::string_view cloud = default_cloud) const {
        auto b = rest::api_base::custom(process_.api_base(std::string(cloud)));
        BOOST_TEST_REQUIRE(b.has_value());
        return *b;
    }

    /// Stops the server (SIGTERM: exit 0) and returns its request log, one line per request in arrival order
    /// (`GET /jsm/csm/cloudid/test-cloud/api/v1/organization/1 -> 200`), without its own `csm serve: ` lines.
    std::vector<std::string> stop_and_read_log() {
        BOOST_TEST(process_.stop() == 0);
        std::ifstream in(log_.path());
        std::vector<std::string> lines;
        for (std::string line; std::getline(in, line);)
            if (!line.starts_with("csm serve: ")) lines.push_back(line);
        return lines;
    }

private:
    std::vector<std::string> arguments() const {
        std::vector<std::string> args;
        if (!faults_.path().empty()) args.insert(args.end(), {"--faults", faults_.path().string()});
        if (!tokens_.path().empty()) args.insert(args.end(), {"--tokens", tokens_.path().string()});
        return args;
    }

    work_file faults_;
    work_file tokens_;
    work_file log_;
    csm_test::serve_process process_;
};

/// The transport with `Authorization: Bearer <token>`.
inline auto http_for(std::string_view token = default_token) {
    return transport_factory::make(transport_settings{.authorization = csm_examples::bearer_authorization(token)});
}

/// build_request + the transport: the raw response, which must come.
template <rest::endpoint E, class Transport>
rest::http_response exchange(Transport& http, const E& ep, const rest::api_base& base,
                             const rest::build_options& options = {}) {
    auto request = rest::build_request(ep, base, options);
    BOOST_TEST_REQUIRE(request.has_value());
    rest::transport_result response = http(*request);
    BOOST_REQUIRE_MESSAGE(response.has_value(), (response ? std::string() : response.error().message()));
    return std::move(*response);
}

/// The response has exactly this status and, compared as JSON, this body.
inline void check_answer(const rest::http_response& response, int status, std::string_view json) {
    BOOST_TEST(response.status == status);
    boost::system::error_code ec;
    const boost::json::value body = boost::json::parse(response.body, ec);
    BOOST_TEST_REQUIRE(!ec, "not JSON: " << response.body);
    BOOST_TEST(body == boost::json::parse(json), response.body << " is not " << json);
}

/// The typed value of a 2xx response.
template <rest::endpoint E>
typename E::response typed(const rest::http_response& response) {
    auto parsed = rest::parse_response<E>(response);
    BOOST_REQUIRE_MESSAGE(parsed.has_value(), (parsed ? std::string() : parsed.error().message()));
    return std::move(*parsed);
}

/// The api_error of a send() that must end in one, with this status and kind.
template <class Result>
rest::api_error api_error_is(const Result& result, int status, rest::api_error_kind kind) {
    const rest::api_error e = api_error_of(result);
    BOOST_TEST(e.status == status);
    BOOST_TEST(e.kind == kind, rest::to_string(e.kind) << " is not " << rest::to_string(kind));
    return e;
}

/// Fake time for send_with_retry (as in tests/unit/rest/send_with_retry.cpp): waiting only moves the clock.
struct fake_time {
    std::chrono::sys_time<std::chrono::milliseconds> now =
        std::chrono::sys_days(std::chrono::year(2026) / 1 / 22) + std::chrono::hours(12);
    std::vector<std::chrono::milliseconds> waits;

    auto clock() {
        return [this] { return now; };
    }
    auto sleeper() {
        return [this](std::chrono::milliseconds d) {
            waits.push_back(d);
            now += d;
        };
    }
};

/// A jitter factor of exactly 1 on backoff (backoff_delay(n)); +15 % on Retry-After.
inline double middle() { return 0.5; }

/// A transport that counts the attempts it passes on.
template <class Transport>
struct counting {
    Transport* http;
    int attempts = 0;
    rest::transport_result operator()(const rest::http_request& request) {
        ++attempts;
        return (*http)(request);
    }
};

/// send_with_retry of organization 1 ("Acme") on a fake clock: answered at the 2nd attempt, after exactly
/// backoff_delay(1).
template <class Transport>
void read_acme_after_one_retry(Transport& http, const rest::api_base& base) {
    fake_time t;
    counting<Transport> counted{&http};
    auto got = rest::send_with_retry(counted, rest::organization::get_organization{csm::organization_id("1")}, base,
                                     t.clock(), t.sleeper(), middle);
    BOOST_REQUIRE_MESSAGE(got.has_value(), (got ? std::string() : got.error().message()));
    BOOST_TEST(got->name == "Acme");
    BOOST_TEST(counted.attempts == 2);
    BOOST_TEST((t.waits == std::vector<std::chrono::milliseconds>{rest::backoff_delay(1)}));
}

inline const std::string api = "/jsm/csm/cloudid/test-cloud/api/v1";

/// The log of a case that created organization 1 and then read it once per outcome ("200", "429", "reset").
inline std::vector<std::string> created_then_read(std::initializer_list<std::string_view> outcomes) {
    std::vector<std::string> lines{"POST " + api + "/organization -> 201"};
    for (std::string_view outcome : outcomes)
        lines.push_back("GET " + api + "/organization/1 -> " + std::string(outcome));
    return lines;
}

} // namespace e2e::serve

BOOST_AUTO_TEST_SUITE(serve_journey)

BOOST_AUTO_TEST_CASE(organization_from_create_to_404) {
    namespace rest = e2e::rest;
    namespace model = rest::model;
    using e2e::serve::check_answer;
    using e2e::serve::exchange;
    e2e::serve::csm_serve serve;
    BOOST_TEST(serve.process().cloud_ids() == std::vector<std::string>{"test-cloud"}, boost::test_tools::per_element());
    const rest::api_base base = serve.base();
    auto http = e2e::serve::http_for();

    // Create, read back, rename (an experimental endpoint: without the opt-in it is 412 and changes nothing).
    const csm::organization_id org("1");
    auto created = exchange(http, rest::organization::create_organization{{"Acme"}}, base);
    check_answer(created, 201, R"({"id":"1","name":"Acme"})");
    BOOST_TEST(e2e::serve::typed<rest::organization::create_organization>(created).id == org);
    check_answer(exchange(http, rest::organization::get_organization{org}, base), 200,
                 R"({"id":"1","name":"Acme","details":[]})");
    const rest::organization::update_organization rename{org, {"Acme Corp"}};
    e2e::serve::api_error_is(rest::send(http, rename, base, {.experimental_opt_in = false}), 412,
                             rest::api_error_kind::precondition_failed);
    check_answer(exchange(http, rename, base), 200, R"({"id":"1","name":"Acme Corp"})");
    auto renamed = rest::send(http, rest::organization::get_organization{org}, base);
    BOOST_REQUIRE_MESSAGE(renamed.has_value(), (renamed ? std::string() : renamed.error().message()));
    BOOST_TEST(renamed->name == "Acme Corp");

    // Several more organizations: ids from the site's counter.
    for (const char* name : {"Beta", "Gamma"}) {
        auto more = rest::send(http, rest::organization::create_organization{{name}}, base);
        BOOST_REQUIRE_MESSAGE(more.has_value(), (more ? std::string() : more.error().message()));
    }
    auto fetched = rest::send(
        http,
        rest::organization::fetch_organizations{{.organization_names = std::vector<std::string>{"Gamma", "Beta"}}},
        base);
    BOOST_REQUIRE_MESSAGE(fetched.has_value(), (fetched ? std::string() : fetched.error().message()));
    BOOST_TEST_REQUIRE(fetched->organizations.size() == 2u);
    BOOST_TEST(fetched->organizations[0].id.view() == "3");
    BOOST_TEST(fetched->organizations[0].name == "Gamma");
    BOOST_TEST(fetched->organizations[1].id.view() == "2");
    BOOST_TEST(fetched->organizations[1].name == "Beta");

    // Organizations have no paged list in the API; products do (cursor paging): five, two per page.
    const std::vector<std::string> names{"P1", "P2", "P3", "P4", "P5"};
    std::vector<std::string> product_ids;
    for (const std::string& name : names) {
        auto p = rest::send(http, rest::product::create_product{.body = {.name = name}}, base);
        BOOST_REQUIRE_MESSAGE(p.has_value(), (p ? std::string() : p.error().message()));
        product_ids.emplace_back(p->id.view());
    }
    BOOST_TEST(product_ids == (std::vector<std::string>{
                                  "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
                                  "00000000-0000-4000-8000-000000000003", "00000000-0000-4000-8000-000000000004",
                                  "00000000-0000-4000-8000-000000000005"}),
               boost::test_tools::per_element());
    auto products = rest::all_items(http, rest::product::list_products{.limit = 2}, base);
    std::vector<std::string> listed, listed_ids;
    for (const auto& p : products) {
        listed.push_back(p.name);
        listed_ids.emplace_back(p.id.view());
    }
    BOOST_TEST(!products.error().has_value());
    BOOST_TEST(products.pages() == 3u);
    BOOST_TEST(listed == names, boost::test_tools::per_element());
    BOOST_TEST(listed_ids == product_ids, boost::test_tools::per_element());

    // A detail field and a value.
    check_answer(
        exchange(http,
                 rest::organization::create_detail_field{
                     {"Region", {model::detail_field_type_name("SELECT"), std::vector<std::string>{"EU", "Asia"}}}},
                 base),
        201, R"({"name":"Region","type":{"name":"SELECT","options":["EU","Asia"]}})");
    auto set =
        exchange(http, rest::organization::set_detail_value{org, rest::detail_field_name("Region"), {{"EU"}}}, base);
    BOOST_TEST(set.status == 200);
    check_answer(exchange(http, rest::organization::get_organization{org}, base), 200,
                 R"({"id":"1","name":"Acme Corp","details":[{"id":"1","name":"Region","type":{"name":"SELECT",)"
                 R"("options":["EU","Asia"]},"values":["EU"],"configuration":{"position":1}}]})");

    // A bulk operation: a task, polled until it is no longer IN_PROGRESS, whose result is the change.
    rest::organization_bulk::update_detail_values bulk{rest::idempotency_key::generate_uuid_v4(), {}};
    bulk.body.organizations.push_back(
        {org, {{model::detail_value_operation_type("UPDATE"), {"Region", std::vector<std::string>{"Asia"}}}}});
    bulk.body.organizations.push_back(
        {csm::organization_id("2"),
         {{model::detail_value_operation_type("UPDATE"), {"Region", std::vector<std::string>{"EU"}}}}});
    bulk.body.organizations.push_back(
        {csm::organization_id("9"),
         {{model::detail_value_operation_type("UPDATE"), {"Region", std::vector<std::string>{"EU"}}}}});
    const std::string task = "00000000-0000-4000-8000-000000000006";
    auto submitted = exchange(http, bulk, base);
    check_answer(submitted, 200, R"({"id":")" + task + R"(","statusUrl":"/api/v1/tasks/)" + task + R"("})");
    auto poll = rest::task::status_request(e2e::serve::typed<decltype(bulk)>(submitted));
    BOOST_TEST_REQUIRE(poll.has_value());
    std::vector<std::string> statuses;
    std::optional<rest::task::task_status_response> done;
    for (int polls = 0; polls < 5 && !done; ++polls) {
        auto status = rest::send(http, *poll, base);
        BOOST_REQUIRE_MESSAGE(status.has_value(), (status ? std::string() : status.error().message()));
        statuses.emplace_back(status->status.str());
        if (!status->in_progress()) done = std::move(*status);
    }
    BOOST_TEST(statuses == (std::vector<std::string>{"IN_PROGRESS", "COMPLETED"}), boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(done.has_value());
    BOOST_TEST(done->id.str() == task);
    BOOST_TEST(done->type.str() == "BULK_ORGANIZATION_DETAIL_VALUE_UPDATE");
    BOOST_TEST_REQUIRE(done->failures.size() == 1u);
    BOOST_TEST(done->failures[0].entity.value().str() == "ORGANIZATION");
    BOOST_TEST(done->failures[0].entity_id.value() == "9");
    BOOST_TEST(done->failures[0].error.value() == "Organization does not exist");
    for (const auto& [id, region] : {std::pair{"1", "Asia"}, std::pair{"2", "EU"}}) {
        auto after = rest::send(http, rest::organization::get_organization{csm::organization_id(id)}, base);
        BOOST_REQUIRE_MESSAGE(after.has_value(), (after ? std::string() : after.error().message()));
        BOOST_TEST_REQUIRE(after->details.size() == 1u);
        BOOST_TEST(after->details[0].name == "Region");
        BOOST_TEST(after->details[0].values == std::vector<std::string>{region}, boost::test_tools::per_element());
    }

    // The same Idempotency-Key again: the first answer, replayed; no second task.
    BOOST_TEST(exchange(http, bulk, base).body == submitted.body);
    const std::string no_task = "00000000-0000-4000-8000-000000000007";
    e2e::serve::api_error_is(rest::send(http, rest::task::get_task_status{csm::task_id(no_task)}, base), 404,
                             rest::api_error_kind::not_found);

    // Delete: 204, then the organization is gone.
    auto deleted = exchange(http, rest::organization::delete_organization{org}, base);
    BOOST_TEST(deleted.status == 204);
    BOOST_TEST(deleted.body.empty());
    const auto gone = e2e::serve::api_error_is(rest::send(http, rest::organization::get_organization{org}, base), 404,
                                               rest::api_error_kind::not_found);
    BOOST_TEST(gone.messages == std::vector<std::string>{"Organization does not exist"},
               boost::test_tools::per_element());
    BOOST_TEST(!rest::advise_retry(gone, rest::repeatable::yes, 1,
                                   std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()),
                                   e2e::serve::middle)
                    .retry);

    // What the server saw, in order (its log shows query names without their values).
    const std::string& api = e2e::serve::api;
    std::vector<std::string> expected{
        "POST " + api + "/organization -> 201",  "GET " + api + "/organization/1 -> 200",
        "PUT " + api + "/organization/1 -> 412", "PUT " + api + "/organization/1 -> 200",
        "GET " + api + "/organization/1 -> 200", "POST " + api + "/organization -> 201",
        "POST " + api + "/organization -> 201",  "POST " + api + "/organization/fetch -> 200",
    };
    for (int i = 0; i < 5; ++i) expected.push_back("POST " + api + "/product -> 201");
    expected.insert(expected.end(), {
                                        "GET " + api + "/product?limit= -> 200",
                                        "GET " + api + "/product?limit=&cursor= -> 200",
                                        "GET " + api + "/product?limit=&cursor= -> 200",
                                        "POST " + api + "/organization/details -> 201",
                                        "PUT " + api + "/organization/1/details?fieldName= -> 200",
                                        "GET " + api + "/organization/1 -> 200",
                                        "POST " + api + "/organization/details/bulk -> 200",
                                        "GET " + api + "/tasks/" + task + " -> 200",
                                        "GET " + api + "/tasks/" + task + " -> 200",
                                        "GET " + api + "/organization/1 -> 200",
                                        "GET " + api + "/organization/2 -> 200",
                                        "POST " + api + "/organization/details/bulk -> 200",
                                        "GET " + api + "/tasks/" + no_task + " -> 404",
                                        "DELETE " + api + "/organization/1 -> 204",
                                        "GET " + api + "/organization/1 -> 404",
                                    });
    BOOST_TEST(serve.stop_and_read_log() == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(serve_faults)

BOOST_AUTO_TEST_CASE(send_with_retry_gets_through_a_429_then_a_503) {
    namespace rest = e2e::rest;
    // organization.get: the 1st call is rate limited (Retry-After: 1), the 2nd unavailable, the 3rd answers.
    e2e::serve::csm_serve serve({.faults =
                                     R"({"faults":[)"
                                     R"({"kind":"rate_limited","endpoint":"organization.get","nth":1,"retryAfter":1},)"
                                     R"({"kind":"unavailable","endpoint":"organization.get","nth":2}]})"});
    const rest::api_base base = serve.base();
    auto http = e2e::serve::http_for();
    BOOST_TEST_REQUIRE(rest::send(http, rest::organization::create_organization{{"Acme"}}, base).has_value());

    e2e::serve::fake_time t;
    e2e::serve::counting<decltype(http)> counted{&http};
    auto got = rest::send_with_retry(counted, rest::organization::get_organization{csm::organization_id("1")}, base,
                                     t.clock(), t.sleeper(), e2e::serve::middle);
    BOOST_REQUIRE_MESSAGE(got.has_value(), (got ? std::string() : got.error().message()));
    BOOST_TEST(got->name == "Acme");
    BOOST_TEST(counted.attempts == 3);
    // Retry-After 1 s plus 15 % (jitter 0.3 at 0.5), then the backoff of the 2nd attempt (jitter factor 1).
    BOOST_TEST(
        (t.waits == std::vector<std::chrono::milliseconds>{std::chrono::milliseconds(1150), rest::backoff_delay(2)}));
    BOOST_TEST(rest::backoff_delay(2) == std::chrono::milliseconds(1000));

    // Without retries the same faults are the exact errors: a new server, one attempt each.
    e2e::serve::csm_serve again({.faults =
                                     R"({"faults":[)"
                                     R"({"kind":"rate_limited","endpoint":"organization.get","nth":1,"retryAfter":1},)"
                                     R"({"kind":"unavailable","endpoint":"organization.get","nth":2}]})"});
    const rest::api_base base2 = again.base();
    BOOST_TEST_REQUIRE(rest::send(http, rest::organization::create_organization{{"Acme"}}, base2).has_value());
    const rest::organization::get_organization get{csm::organization_id("1")};
    const auto limited =
        e2e::serve::api_error_is(rest::send(http, get, base2), 429, rest::api_error_kind::rate_limited);
    BOOST_TEST_REQUIRE(limited.retry_after.has_value());
    BOOST_TEST(limited.retry_after->delay.count() == 1);
    BOOST_TEST(limited.messages == std::vector<std::string>{"Rate limited"}, boost::test_tools::per_element());
    const auto unavailable =
        e2e::serve::api_error_is(rest::send(http, get, base2), 503, rest::api_error_kind::server_error);
    BOOST_TEST(unavailable.messages == std::vector<std::string>{"Service unavailable"},
               boost::test_tools::per_element());
    BOOST_TEST(rest::send(http, get, base2).has_value());
    BOOST_TEST(again.stop_and_read_log() == e2e::serve::created_then_read({"429", "503", "200"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_create_after_a_503_is_not_retried_and_did_not_act) {
    namespace rest = e2e::rest;
    e2e::serve::csm_serve serve(
        {.faults = R"({"faults":[{"kind":"unavailable","endpoint":"organization.create","nth":1}]})"});
    const rest::api_base base = serve.base();
    auto http = e2e::serve::http_for();
    e2e::serve::fake_time t;
    e2e::serve::counting<decltype(http)> counted{&http};
    const rest::organization::create_organization create{{"Acme"}};
    auto first = rest::send_with_retry(counted, create, base, t.clock(), t.sleeper(), e2e::serve::middle);
    e2e::serve::api_error_is(first, 503, rest::api_error_kind::server_error);
    BOOST_TEST(counted.attempts == 1);
    BOOST_TEST(t.waits.empty());
    // The 503 answered before the request acted: the next create gets id 1.
    auto second = rest::send_with_retry(counted, create, base, t.clock(), t.sleeper(), e2e::serve::middle);
    BOOST_REQUIRE_MESSAGE(second.has_value(), (second ? std::string() : second.error().message()));
    BOOST_TEST(second->id.view() == "1");
    BOOST_TEST(counted.attempts == 2);
}

BOOST_AUTO_TEST_CASE(truncated_and_non_json_bodies_are_malformed_responses) {
    namespace rest = e2e::rest;
    e2e::serve::csm_serve serve({.faults = R"({"faults":[)"
                                           R"({"kind":"truncated_body","endpoint":"organization.get","nth":1},)"
                                           R"({"kind":"not_json","endpoint":"organization.get","nth":2}]})"});
    const rest::api_base base = serve.base();
    auto http = e2e::serve::http_for();
    BOOST_TEST_REQUIRE(rest::send(http, rest::organization::create_organization{{"Acme"}}, base).has_value());
    const rest::organization::get_organization get{csm::organization_id("1")};

    // The truncated body arrives whole as far as HTTP goes (Content-Length matches): the library refuses it.
    auto truncated = e2e::serve::exchange(http, get, base);
    BOOST_TEST(truncated.status == 200);
    BOOST_TEST(truncated.body == R"({"id":"1","name":")"); // the first 18 of {"id":"1","name":"Acme","details":[]}
    const auto parsed = rest::parse_response<rest::organization::get_organization>(truncated);
    BOOST_TEST_REQUIRE(!parsed.has_value());
    const rest::api_error& cut = parsed.error();
    BOOST_TEST(cut.status == 200);
    BOOST_TEST(cut.kind == rest::api_error_kind::malformed_response);
    BOOST_TEST(cut.decode_error.has_value());

    // A non-JSON body on 200, through send_with_retry: malformed_response, not retried.
    e2e::serve::fake_time t;
    e2e::serve::counting<decltype(http)> counted{&http};
    auto html = rest::send_with_retry(counted, get, base, t.clock(), t.sleeper(), e2e::serve::middle);
    const auto e = e2e::serve::api_error_is(html, 200, rest::api_error_kind::malformed_response);
    BOOST_TEST(e.decode_error.has_value());
    BOOST_TEST(e.body == "<html>upstream error</html>");
    BOOST_TEST(counted.attempts == 1);
    BOOST_TEST(t.waits.empty());

    // The 3rd call is clean.
    auto clean = rest::send(http, get, base);
    BOOST_REQUIRE_MESSAGE(clean.has_value(), (clean ? std::string() : clean.error().message()));
    BOOST_TEST(clean->name == "Acme");
}

BOOST_AUTO_TEST_CASE(a_reset_connection_is_a_transport_failure_and_a_get_is_retried) {
    namespace rest = e2e::rest;
    // connection_reset counts every request in arrival order: the 2nd and the 3rd are reset.
    e2e::serve::csm_serve serve({.faults = R"({"faults":[{"kind":"connection_reset","nth":2},)"
                                           R"({"kind":"connection_reset","nth":3}]})"});
    const rest::api_base base = serve.base();
    auto http = e2e::serve::http_for();
    BOOST_TEST_REQUIRE(rest::send(http, rest::organization::create_organization{{"Acme"}}, base).has_value());
    const rest::organization::get_organization get{csm::organization_id("1")};

    const auto failure = e2e::failure_of(rest::send(http, get, base));
    BOOST_TEST(failure.kind == rest::transport_failure_kind::io);
    BOOST_TEST(failure.request_sent);

    e2e::serve::read_acme_after_one_retry(http, base);
    BOOST_TEST(serve.stop_and_read_log() == e2e::serve::created_then_read({"reset", "reset", "200"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_answer_slower_than_the_timeout_is_timed_out_and_a_get_is_retried) {
    namespace rest = e2e::rest;
    // The 1st and 2nd organization.get are answered after 1.5 s (the server really waits), longer than the
    // client's 400 ms.
    e2e::serve::csm_serve serve({.faults =
                                     R"({"faults":[)"
                                     R"({"kind":"slow","endpoint":"organization.get","nth":1,"delayMs":1500},)"
                                     R"({"kind":"slow","endpoint":"organization.get","nth":2,"delayMs":1500}]})"});
    const rest::api_base base = serve.base();
    auto http = e2e::transport_factory::make(
        e2e::transport_settings{.timeout = std::chrono::milliseconds(400),
                                .authorization = csm_examples::bearer_authorization(e2e::serve::default_token)});
    BOOST_TEST_REQUIRE(rest::send(http, rest::organization::create_organization{{"Acme"}}, base).has_value());
    const rest::organization::get_organization get{csm::organization_id("1")};

    const auto start = std::chrono::steady_clock::now();
    const auto failure = e2e::failure_of(rest::send(http, get, base));
    const auto elapsed = std::chrono::steady_clock::now() - start;
    BOOST_TEST(failure.kind == rest::transport_failure_kind::timed_out);
    BOOST_TEST(failure.request_sent); // the server got it and had not answered: a GET may be retried, a create not
    BOOST_TEST(elapsed >= std::chrono::milliseconds(300));
    BOOST_TEST(elapsed < std::chrono::milliseconds(1400)); // the client gave up before the answer came

    e2e::serve::read_acme_after_one_retry(http, base);
}

BOOST_AUTO_TEST_CASE(tokens_wrong_expired_without_the_scope_and_of_another_site) {
    namespace rest = e2e::rest;
    e2e::serve::csm_serve serve(
        {.tokens = R"({"writer-a":{"cloudId":"cloud-a"},)"
                   R"("reader-a":{"cloudId":"cloud-a","scopes":["read:organization:jira-service-management",)"
                   R"("read:organization.detail:jira-service-management"]},)"
                   R"("expired-a":{"cloudId":"cloud-a","expires":1000000000},)"
                   R"("writer-b":{"cloudId":"cloud-b"}})"});
    BOOST_TEST(serve.process().cloud_ids() == (std::vector<std::string>{"cloud-a", "cloud-b"}),
               boost::test_tools::per_element());
    const rest::api_base a = serve.base("cloud-a"), b = serve.base("cloud-b");
    const rest::organization::create_organization create{{"Acme"}};
    const rest::organization::get_organization get{csm::organization_id("1")};

    auto writer_a = e2e::serve::http_for("writer-a");
    auto created = rest::send(writer_a, create, a);
    BOOST_REQUIRE_MESSAGE(created.has_value(), (created ? std::string() : created.error().message()));
    BOOST_TEST(created->id.view() == "1");

    // A wrong token and an expired one: 401.
    auto wrong = e2e::serve::http_for("not-a-token");
    e2e::serve::api_error_is(rest::send(wrong, get, a), 401, rest::api_error_kind::unauthenticated);
    auto expired = e2e::serve::http_for("expired-a");
    e2e::serve::api_error_is(rest::send(expired, get, a), 401, rest::api_error_kind::unauthenticated);

    // A read-only token reads, and gets 403 on a write, which then did not happen.
    auto reader = e2e::serve::http_for("reader-a");
    auto read = rest::send(reader, get, a);
    BOOST_REQUIRE_MESSAGE(read.has_value(), (read ? std::string() : read.error().message()));
    BOOST_TEST(read->name == "Acme");
    e2e::serve::api_error_is(rest::send(reader, create, a), 403, rest::api_error_kind::forbidden);

    // Tenant isolation: cloud-a's token gets nothing of cloud-b, and cloud-b does not see cloud-a's data.
    e2e::serve::api_error_is(rest::send(writer_a, get, b), 401, rest::api_error_kind::unauthenticated);
    auto writer_b = e2e::serve::http_for("writer-b");
    e2e::serve::api_error_is(rest::send(writer_b, get, b), 404, rest::api_error_kind::not_found);
    auto created_b = rest::send(writer_b, rest::organization::create_organization{{"Other"}}, b);
    BOOST_REQUIRE_MESSAGE(created_b.has_value(), (created_b ? std::string() : created_b.error().message()));
    BOOST_TEST(created_b->id.view() == "1"); // each site has its own counter
    e2e::serve::api_error_is(rest::send(writer_a, get, b), 401, rest::api_error_kind::unauthenticated);
    auto still = rest::send(writer_a, get, a);
    BOOST_REQUIRE_MESSAGE(still.has_value(), (still ? std::string() : still.error().message()));
    BOOST_TEST(still->name == "Acme");
    auto other = rest::send(writer_b, get, b);
    BOOST_REQUIRE_MESSAGE(other.has_value(), (other ? std::string() : other.error().message()));
    BOOST_TEST(other->name == "Other");
}

BOOST_AUTO_TEST_SUITE_END()

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TEST_UNIT_TESTING_DETAIL_SIM_TEST_HPP
#define CSM_TEST_UNIT_TESTING_DETAIL_SIM_TEST_HPP

// What the simulator's resource tests share: a simulator with a token that holds every scope of the
// registry, requests from the docs' curl examples, and answers compared as JSON.

#include <csm/testing/simulator.hpp>

#include <csm_test/fixtures.hpp>
#include <csm_test/rest.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace sim_test {

/// Every scope any endpoint of the registry requires.
inline std::vector<std::string> all_scopes() {
    std::vector<std::string> out;
    for (const csm::rest::endpoint_info& info : csm::rest::all_endpoint_infos())
        for (std::string_view s : info.scopes)
            if (std::find(out.begin(), out.end(), s) == out.end()) out.emplace_back(s);
    return out;
}

/// The error `errors` object of a 400 (or {} when there is none), for exact comparisons.
inline boost::json::value errors_of(const csm::rest::http_response& r) {
    const boost::json::value v = boost::json::parse(r.body);
    const auto* e = v.as_object().if_contains("errors");
    return e ? *e : boost::json::object{};
}

struct fixture {
    csm::testing::simulator sim;
    csm::testing::bearer_transport http{&sim, "tok"};
    csm::rest::api_base base = csm_test::atlassian_base();
    fixture() { sim.add_token("tok", {std::string(csm_test::cloud), all_scopes()}); }

    /// The request of a typed endpoint, answered.
    template <class E>
    csm::rest::http_response call(const E& ep) {
        return http(csm_test::build_ok(ep));
    }
    /// The request of a typed endpoint with `body` instead of the one it would send.
    template <class E>
    csm::rest::http_response call_with_body(const E& ep, std::string body) {
        csm::rest::http_request r = csm_test::build_ok(ep);
        r.body = std::move(body);
        return http(r);
    }
    /// The request a docs curl example sends (tests/fixtures/<relative>), after substitutions, answered.
    csm::rest::http_response curl(const std::string& relative, csm_test::substitutions subs = {}) {
        return curl_text(csm_test::substitute(csm_test::read_fixture(relative), subs));
    }
    /// The request a docs curl example sends, after substitutions, with `data` as its body instead, answered.
    csm::rest::http_response curl_with_data(const std::string& relative, csm_test::substitutions subs,
                                            std::string_view data) {
        std::string text = csm_test::substitute(csm_test::read_fixture(relative), subs);
        text.replace(text.find("--data '"), std::string::npos, "--data '" + std::string(data) + "'\n");
        return curl_text(text);
    }
    /// The request a curl command (its text) sends, answered.
    csm::rest::http_response curl_text(const std::string& text) {
        const csm_test::curl_command c = csm_test::parse_curl(text);
        csm::rest::http_request r;
        using m = csm::rest::http_method;
        r.method = c.method == "POST"     ? m::post
                   : c.method == "PUT"    ? m::put
                   : c.method == "DELETE" ? m::delete_
                                          : m::get;
        r.url = boost::urls::url(c.url);
        r.headers = c.headers;
        r.body = c.data;
        return http(r);
    }
};

} // namespace sim_test

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_DETAIL_RESPOND_HPP
#define CSM_TESTING_DETAIL_RESPOND_HPP

#include <csm/error.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/result.hpp>
#include <csm/rest/http.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <boost/url/decode_view.hpp>
#include <boost/url/params_view.hpp>
#include <boost/url/pct_string_view.hpp>
#include <boost/url/url_view.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// What every resource of csm::testing::simulator shares: the request being handled, the answers in the
/// documented shapes, and body and parameter reading. Not a public API.
namespace csm::testing::detail {

/// One routed request: the endpoint's name, its `{placeholder}` path segments (still percent-encoded, in
/// order) and the request itself.
struct call {
    std::string_view name;
    const std::vector<std::string>& params;
    const rest::http_request& req;
    std::chrono::system_clock::time_point now; ///< the simulator's clock (simulator::set_now)

    /// The n-th path parameter, percent-decoded (detail-field names carry spaces: "Support%20Level").
    std::string param(std::size_t n) const {
        auto pct = boost::urls::make_pct_string_view(params.at(n));
        if (!pct) return params.at(n);
        const boost::urls::decode_view dv = **pct;
        return std::string(dv.begin(), dv.end());
    }
    /// A query parameter, decoded; std::nullopt when absent.
    std::optional<std::string> query(std::string_view key) const {
        const boost::urls::params_view ps = boost::urls::url_view(req.url).params();
        const auto it = ps.find(key);
        if (it == ps.end() || !(*it).has_value) return std::nullopt;
        return std::string((*it).value);
    }
};

inline rest::http_response json(int status, std::string body) {
    return {status, {{"Content-Type", "application/json"}}, std::move(body)};
}

/// A success answer written by the library's own serializer for the model the client reads.
template <class Model>
rest::http_response ok(const Model& m, int status = 200) {
    return json(status, csm::json::serialize(m));
}

inline rest::http_response no_content() { return {204, {}, {}}; }

inline rest::http_response error(int status, std::string_view message) {
    boost::json::object o;
    o["errorMessages"] = boost::json::array{boost::json::string(message)};
    return json(status, boost::json::serialize(o));
}

/// The documented 400 shape: a message and `errors` naming the field (its JSON Pointer); never the value.
inline rest::http_response bad_request(const csm::error& e) {
    boost::json::object o;
    o["errorMessages"] = boost::json::array{boost::json::string(e.message())};
    o["errors"] = boost::json::object{{e.pointer, "expected " + e.expected}};
    return json(400, boost::json::serialize(o));
}

inline rest::http_response bad_request(csm::errc code, std::string pointer, std::string expected) {
    return bad_request(csm::error{code, std::move(pointer), std::move(expected)});
}

/// The body read with the library's codec; errors point into "/body".
template <class Body>
csm::result<Body> read_body(const rest::http_request& req) {
    if (!req.body) return csm::error{csm::errc::invalid_value, "/body", "a JSON body"};
    auto r = csm::json::parse<Body>(*req.body);
    if (!r) {
        csm::error e = std::move(r).error();
        e.pointer = "/body" + e.pointer;
        return e;
    }
    return r;
}

/// A UUID-shaped id from a counter, so that ids are deterministic (a replayed journal issues the same ids):
/// 00000000-0000-4000-8000-000000000001, …
inline std::string uuid_from(std::uint64_t n) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "00000000-0000-4000-8000-%012llu", static_cast<unsigned long long>(n));
    return buf;
}

} // namespace csm::testing::detail

#endif

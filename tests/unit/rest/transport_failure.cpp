// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/transport_failure.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.transport_failure
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <type_traits>

using namespace csm::rest;

BOOST_AUTO_TEST_CASE(kinds_have_stable_names) {
    BOOST_TEST(to_string(transport_failure_kind::connection_failed) == "connection_failed");
    BOOST_TEST(to_string(transport_failure_kind::timed_out) == "timed_out");
    BOOST_TEST(to_string(transport_failure_kind::tls) == "tls");
    BOOST_TEST(to_string(transport_failure_kind::io) == "io");
    BOOST_TEST(to_string(static_cast<transport_failure_kind>(42)) == "io");
    std::ostringstream os;
    os << transport_failure_kind::timed_out;
    BOOST_TEST(os.str() == "timed_out");
}

BOOST_AUTO_TEST_CASE(messages_name_the_kind_and_whether_anything_was_sent) {
    const transport_failure refused{transport_failure_kind::connection_failed, false, "Connection refused"};
    BOOST_TEST(refused.message() == "transport failure: connection_failed (nothing sent): Connection refused");
    const transport_failure late{transport_failure_kind::timed_out, true, ""};
    BOOST_TEST(late.message() == "transport failure: timed_out");
}

BOOST_AUTO_TEST_CASE(defaults_assume_the_request_may_have_been_sent) {
    // The safe default: a transport that does not know says nothing about having sent nothing.
    const transport_failure f;
    BOOST_TEST(f.request_sent);
    BOOST_TEST((f.kind == transport_failure_kind::io));
    BOOST_TEST((f == transport_failure{transport_failure_kind::io, true, ""}));
    BOOST_TEST(!(f == transport_failure{transport_failure_kind::io, false, ""}));
}

BOOST_AUTO_TEST_CASE(a_transport_result_holds_a_response_or_a_failure) {
    static_assert(std::is_same_v<transport_result, csm::result<http_response, transport_failure>>);
    const transport_result ok(http_response{204, {}, ""});
    BOOST_TEST(ok.has_value());
    BOOST_TEST(ok->status == 204);
    const transport_result failed(transport_failure{transport_failure_kind::tls, false, "bad certificate"});
    BOOST_TEST_REQUIRE(failed.has_error());
    BOOST_TEST((failed.error().kind == transport_failure_kind::tls));
}

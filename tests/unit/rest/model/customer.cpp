// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/model/customer.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.model.customer
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

#include <string>

namespace model = csm::rest::model;

BOOST_AUTO_TEST_CASE(customer_profile_keeps_unknown_keys) {
    const std::string text = R"({"customerId":"c-1","displayName":"Ann","email":"ann@example.com","extra":1})";
    const model::customer_profile p = csm::json::parse<model::customer_profile>(text).value();
    BOOST_TEST(p.customer_id.view() == "c-1");
    BOOST_TEST(p.organizations.empty());
    BOOST_TEST(!p.unknown_members.empty());
    BOOST_TEST((csm::json::parse<model::customer_profile>(csm::json::serialize(p)).value() == p));
}

BOOST_AUTO_TEST_CASE(customer_reads_with_default_lists) {
    const model::customer c = csm::json::parse<model::customer>(R"({"id":"1","name":"Ann"})").value();
    BOOST_TEST(c.name == "Ann");
    BOOST_TEST(c.details.empty());
    BOOST_TEST((c == c));
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/model/bulk.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.model.bulk
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

#include <string>

namespace model = csm::rest::model;

BOOST_AUTO_TEST_CASE(operation_types_are_open) {
    BOOST_TEST(csm::json::serialize(model::bulk_operation_type{model::bulk_operation_type::known::upsert}) ==
               R"("UPSERT")");
    const auto future = csm::json::parse<model::bulk_operation_type>(R"("DELETE")").value();
    BOOST_TEST(!future.is_known());
    BOOST_TEST(csm::json::serialize(future) == R"("DELETE")");
}

BOOST_AUTO_TEST_CASE(definitions_body) {
    const model::detail_field_definitions_request body{
        {{"Region", {model::detail_field_type_name::known::select, std::vector<std::string>{"AU", "EU"}}}}};
    const std::string text = csm::json::serialize(body);
    BOOST_TEST(text == R"({"detailFields":[{"name":"Region","type":{"name":"SELECT","options":["AU","EU"]}}]})");
    BOOST_TEST((csm::json::parse<model::detail_field_definitions_request>(text).value() == body));
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/testing/detail/product.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.testing.detail.product
#include <boost/test/unit_test.hpp>

#include "sim_test.hpp"

#include <csm/rest/pages.hpp>
#include <csm/rest/send.hpp>

#include <boost/json/parse.hpp>

#include <string>
#include <vector>

using namespace csm::rest;
using boost::json::parse;

namespace {

const std::string p1 = "00000000-0000-4000-8000-000000000001";
const std::string p2 = "00000000-0000-4000-8000-000000000002";
const std::string p3 = "00000000-0000-4000-8000-000000000003";

struct products : sim_test::fixture {
    products() {
        for (const char* name : {"Widget", "Gadget", "Sprocket", "Gizmo", "Doohickey"})
            BOOST_REQUIRE(call(product::create_product{{name}}).status == 201);
    }
    /// The names all_items() reads, page after page, and how many pages it took.
    template <class E>
    std::pair<std::vector<std::string>, std::size_t> names(E first) {
        std::vector<std::string> out;
        auto range = all_items(http, std::move(first), base);
        for (const auto& item : range) {
            if constexpr (requires { item.product; }) out.push_back(item.product.name);
            else out.push_back(item.name);
        }
        BOOST_TEST(!range.error());
        return {out, range.pages()};
    }
    http_response raw_get(std::string target) {
        http_request r = csm_test::build_ok(product::list_products{});
        r.url = boost::urls::url("https://api.atlassian.com/jsm/csm/cloudid/CLOUD/api/v1" + target);
        r.headers.push_back({"X-ExperimentalApi", "opt-in"}); // E8 is experimental
        return http(r);
    }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(products_page_by_cursor_through_all_items, products) {
    // The docs' first-page request, without a limit: every product on one page, no cursor.
    const http_response all = curl("rest/product/p1.list_products.first_page.curl");
    BOOST_TEST(all.status == 200);
    BOOST_TEST(all.body == R"({"results":[{"id":")" + p1 + R"(","name":"Widget"},{"id":")" + p2 +
                               R"(","name":"Gadget"},{"id":")" + p3 +
                               R"(","name":"Sprocket"},{"id":"00000000-0000-4000-8000-000000000004","name":"Gizmo"},)"
                               R"({"id":"00000000-0000-4000-8000-000000000005","name":"Doohickey"}]})");
    const http_response first = call(product::list_products{.limit = 2});
    BOOST_TEST(first.body == R"({"results":[{"id":")" + p1 + R"(","name":"Widget"},{"id":")" + p2 +
                                 R"(","name":"Gadget"}],"nextPageCursor":")" + p3 + R"("})");

    const auto [names, pages] = this->names(product::list_products{.limit = 2});
    BOOST_TEST(names == (std::vector<std::string>{"Widget", "Gadget", "Sprocket", "Gizmo", "Doohickey"}));
    BOOST_TEST(pages == 3u);

    // The cursor names a place, so a delete before it moves nothing.
    BOOST_TEST(call(product::delete_product{csm::product_id(p3)}).status == 204);
    BOOST_TEST(this->names(product::list_products{.limit = 2, .cursor = p3}).first ==
               (std::vector<std::string>{"Gizmo", "Doohickey"}));

    BOOST_TEST(sim_test::errors_of(raw_get("/product?cursor=eyJvZmZzZXQiOjUwfQ")) ==
               parse(R"({"/query/cursor":"expected the nextPageCursor of a previous page"})"));
    BOOST_TEST(sim_test::errors_of(raw_get("/product?limit=0")) ==
               parse(R"({"/query/limit":"expected a page size from 1 to 100"})"));
    BOOST_TEST(sim_test::errors_of(raw_get("/product?limit=ten")) ==
               parse(R"({"/query/limit":"expected a non-negative integer"})"));
}

BOOST_FIXTURE_TEST_CASE(products_get_rename_delete, products) {
    auto renamed = send(http, product::rename_product{csm::product_id(p2), {"Gadget Pro"}}, base);
    BOOST_REQUIRE(renamed);
    BOOST_TEST(renamed->name == "Gadget Pro");
    BOOST_TEST(call(product::get_product{csm::product_id(p2)}).body == R"({"id":")" + p2 + R"(","name":"Gadget Pro"})");
    BOOST_TEST(call(product::delete_product{csm::product_id(p2)}).status == 204);
    BOOST_TEST(call(product::get_product{csm::product_id(p2)}).status == 404);
    BOOST_TEST(sim_test::errors_of(call_with_body(product::create_product{{"x"}}, R"({"name":" "})")) ==
               parse(R"({"/body/name":"expected a non-empty name"})"));
}

BOOST_FIXTURE_TEST_CASE(entitlements_link_products_to_organizations_and_customers, products) {
    BOOST_REQUIRE(call(organization::create_organization{{"Atlassian"}}).status == 201);
    BOOST_REQUIRE(call(customer::create_account{{.display_name = "Ann", .email = "ann@example.com"}}).status == 201);
    const csm::organization_id org("1");
    const csm::customer_id ann("qm:2");
    const std::string e6 = "00000000-0000-4000-8000-000000000006";

    const http_response created = call(organization::create_entitlement{org, {csm::product_id(p1)}});
    BOOST_TEST(created.status == 201);
    BOOST_TEST(created.body == R"({"id":")" + e6 + R"(","product":{"id":")" + p1 +
                                   R"(","name":"Widget"},"entitledEntity":{"id":"1","type":"ORGANIZATION"},)"
                                   R"("details":[]})");
    BOOST_TEST(call(organization::create_entitlement{org, {csm::product_id(p2)}}).status == 201);
    BOOST_TEST(call(customer::create_entitlement{ann, {csm::product_id(p1)}}).status == 201);

    BOOST_TEST(sim_test::errors_of(call(organization::create_entitlement{org, {csm::product_id(p1)}})) ==
               parse(R"({"/body/productId":"expected a product not entitled yet"})"));
    BOOST_TEST(sim_test::errors_of(call(organization::create_entitlement{org, {csm::product_id("nope")}})) ==
               parse(R"({"/body/productId":"expected the id of an existing product"})"));
    BOOST_TEST(call(organization::create_entitlement{csm::organization_id("9"), {csm::product_id(p1)}}).status == 404);

    // O9 and C8 answer bare arrays; `product` filters.
    auto of_org = send(http, organization::get_entitlements{org}, base);
    BOOST_REQUIRE(of_org);
    BOOST_REQUIRE(of_org->size() == 2u);
    BOOST_TEST((*of_org)[1].product.name == "Gadget");
    auto filtered = call(organization::get_entitlements{org, csm::product_id(p2)});
    BOOST_TEST(parse(filtered.body).as_array().size() == 1u);
    auto of_ann = send(http, customer::get_entitlements{ann}, base);
    BOOST_REQUIRE(of_ann);
    BOOST_REQUIRE(of_ann->size() == 1u);
    BOOST_TEST((*of_ann)[0].entitled_entity.type.str() == "CUSTOMER");
    BOOST_TEST((*of_ann)[0].entitled_entity.id.str() == "qm:2");

    // Entitlement detail values (E7) show in E5.
    BOOST_REQUIRE(curl("rest/entitlement/e2.create_detail_field.curl").status == 201);
    const http_response set = curl("rest/entitlement/e7.set_detail_value.curl", {{"{entitlementId}", e6}});
    BOOST_TEST(set.status == 200);
    BOOST_TEST(set.body == R"({"id":"1","name":"Support Level","type":{"name":"SELECT",)"
                           R"("options":["Standard","Premium","Enterprise"]},"values":["Enterprise"]})");
    BOOST_TEST(call(entitlement::get_entitlement{csm::entitlement_id(e6)}).body ==
               R"({"id":")" + e6 + R"(","product":{"id":")" + p1 +
                   R"(","name":"Widget"},"entitledEntity":{"id":"1","type":"ORGANIZATION"},)"
                   R"("details":[{"id":"1","name":"Support Level","type":{"name":"SELECT",)"
                   R"("options":["Standard","Premium","Enterprise"]},"values":["Enterprise"],)"
                   R"("configuration":{"position":1}}]})");

    // E6 deletes one; P5 deletes a product's entitlements; deleting the organization deletes its own.
    BOOST_TEST(call(entitlement::delete_entitlement{csm::entitlement_id(e6)}).status == 204);
    BOOST_TEST(call(entitlement::get_entitlement{csm::entitlement_id(e6)}).status == 404);
    BOOST_TEST(call(product::delete_product{csm::product_id(p1)}).body.empty());
    BOOST_TEST(parse(call(customer::get_entitlements{ann}).body).as_array().empty());
    BOOST_TEST(call(organization::delete_organization{org}).status == 204);
    BOOST_TEST(call(entitlement::get_entitlement{csm::entitlement_id("00000000-0000-4000-8000-000000000007")}).status ==
               404);
}

BOOST_FIXTURE_TEST_CASE(entitlement_list_pages_by_offset_through_all_items, products) {
    BOOST_REQUIRE(call(organization::create_organization{{"Atlassian"}}).status == 201);
    const csm::organization_id org("1");
    for (const std::string& p : {p1, p2, p3, std::string("00000000-0000-4000-8000-000000000004"),
                                 std::string("00000000-0000-4000-8000-000000000005")})
        BOOST_REQUIRE(call(organization::create_entitlement{org, {csm::product_id(p)}}).status == 201);
    using entitlement::list_entitlements;
    const model::entitled_entity_type orgs(model::entitled_entity_type::known::organization);

    const auto [names, pages] = this->names(list_entitlements{.entity_type = orgs, .entity_id = "1", .limit = 2});
    BOOST_TEST(names == (std::vector<std::string>{"Widget", "Gadget", "Sprocket", "Gizmo", "Doohickey"}));
    BOOST_TEST(pages == 3u);

    const http_response last = call(list_entitlements{.entity_type = orgs, .entity_id = "1", .start = 4, .limit = 2});
    BOOST_TEST(last.body == R"({"results":[{"id":"00000000-0000-4000-8000-000000000010","product":)"
                            R"({"id":"00000000-0000-4000-8000-000000000005","name":"Doohickey"},)"
                            R"("entitledEntity":{"id":"1","type":"ORGANIZATION"},"details":[]}],)"
                            R"("start":4,"limit":2,"total":5,"isLast":true})");
    auto one = send(http, list_entitlements{orgs, "1", {}, {}, csm::product_id(p2)}, base);
    BOOST_REQUIRE(one);
    BOOST_REQUIRE(one->results.size() == 1u);
    BOOST_TEST(one->results[0].product.name == "Gadget");

    BOOST_TEST(call(list_entitlements{.entity_type = orgs, .entity_id = "9"}).status == 404);
    BOOST_TEST(sim_test::errors_of(
                   call(list_entitlements{.entity_type = model::entitled_entity_type("TEAM"), .entity_id = "1"})) ==
               parse(R"({"/query/entityType":"expected CUSTOMER or ORGANIZATION"})"));
    BOOST_TEST(sim_test::errors_of(raw_get("/entitlements?entityType=ORGANIZATION&entityId=1&limit=26")) ==
               parse(R"({"/query/limit":"expected a page size from 1 to 25"})"));
}

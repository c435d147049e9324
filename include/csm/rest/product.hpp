// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_PRODUCT_HPP
#define CSM_REST_PRODUCT_HPP

#include <csm/error.hpp>
#include <csm/ids.hpp>
#include <csm/json/codec.hpp>
#include <csm/rest/check.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http_method.hpp>
#include <csm/rest/model/entitlement.hpp>
#include <csm/tri_state.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

/// Products (docs/decisions.md#endpoint-groups, P1–P5; all newer than the seed pages). P3–P5 are known only from the newer
/// reference text: their response types, P4's body and the scopes of P3–P5 are unconfirmed (docs/decisions.md#undocumented-bodies).
namespace csm::rest::product {

/// PaginatedProducts (P1): one page of products and the cursor of the next page. Whether the last page leaves
/// `nextPageCursor` out, sends `null` or sends "" is unconfirmed (docs/decisions.md#product-paging-cursor): all three read, and a
/// tri_state writes back exactly what was read. Use next_page() rather than testing the cursor yourself.
struct paginated_products {
    std::vector<model::product> results;
    csm::tri_state<std::string> next_page_cursor;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("results")};
    friend bool operator==(const paginated_products&, const paginated_products&) = default;
};
BOOST_DESCRIBE_STRUCT(paginated_products, (), (results, next_page_cursor))

/// CreateProductRequest (P2): `{"name": "..."}`, required and, client-side, not blank.
struct create_product_request {
    std::string name;
    friend bool operator==(const create_product_request&, const create_product_request&) = default;
};
BOOST_DESCRIBE_STRUCT(create_product_request, (), (name))

/// The body of P4 ("Rename product"): assumed to be `{"name": "..."}` like P2's (unconfirmed, docs/decisions.md#undocumented-bodies).
using rename_product_request = create_product_request;

/// The documented range of P1's `limit`. The server silently replaces values outside it with 100; the client
/// refuses them instead (errc::invalid_value at "/query/limit"), so a caller never gets a page size it did not ask for.
inline constexpr std::int32_t min_list_limit = 1;
inline constexpr std::int32_t max_list_limit = 100;

/// P1 — GET /product — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-product/#api-api-v1-product-get
/// One page of products. Start without a cursor; continue with next_page().
struct list_products {
    std::optional<std::int32_t> limit = {}; ///< 1..100; the server's default (and its answer to other values) is 100
    std::optional<std::string> cursor = {}; ///< the `nextPageCursor` of the previous page

    static constexpr endpoint_info info{
        .name = "product.list",
        .path = "/product",
        .scopes = {"read:product:jira-service-management"},
        .docs = {.id = "P1",
                 .permission = permission::agent,
                 .limits = "limit: 1 to 100, default 100; cursor paging with nextPageCursor",
                 .summary = "Returns a page of products."}};
    using response = paginated_products;
    /// The items of a page, for csm::rest::all_items (csm/rest/pages.hpp); next_page() below continues.
    static constexpr auto page_items = &paginated_products::results;

    std::optional<csm::error> validate() const {
        return check::in_range(limit, min_list_limit, max_list_limit, "/query/limit", "a page size from 1 to 100");
    }
    friend bool operator==(const list_products&, const list_products&) = default;
};
BOOST_DESCRIBE_STRUCT(list_products, (), (limit, cursor))

/// P2 — POST /product — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-product/#api-api-v1-product-post
/// Creates a product.
struct create_product {
    create_product_request body;

    static constexpr endpoint_info info{
        .name = "product.create",
        .method = http_method::post,
        .path = "/product",
        .scopes = {"write:product:jira-service-management"},
        .docs = {.id = "P2", .permission = permission::agent, .summary = "Creates a product."}};
    using response = model::product;

    std::optional<csm::error> validate() const { return check::name(body.name, "/body/name"); }

    friend bool operator==(const create_product&, const create_product&) = default;
};
BOOST_DESCRIBE_STRUCT(create_product, (), (body))

/// P3 — GET /product/{productId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-product/
/// One product. Response type and scope unconfirmed (`read:product` assumed).
struct get_product {
    csm::product_id product_id;

    static constexpr endpoint_info info{
        .name = "product.get",
        .path = "/product/{productId}",
        .scopes = {"read:product:jira-service-management"},
        .docs = {
            .id = "P3", .permission = permission::agent, .summary = "Returns a product.", .scopes_inferred = true}};
    using response = model::product;

    friend bool operator==(const get_product&, const get_product&) = default;
};
BOOST_DESCRIBE_STRUCT(get_product, (), (product_id))

/// P4 — PUT /product/{productId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-product/
/// Renames a product. Body, response type and scope unconfirmed.
struct rename_product {
    csm::product_id product_id;
    rename_product_request body;

    static constexpr endpoint_info info{
        .name = "product.rename",
        .method = http_method::put,
        .path = "/product/{productId}",
        .scopes = {"write:product:jira-service-management"},
        .docs = {
            .id = "P4", .permission = permission::agent, .summary = "Renames a product.", .scopes_inferred = true}};
    using response = model::product;

    std::optional<csm::error> validate() const { return check::name(body.name, "/body/name"); }

    friend bool operator==(const rename_product&, const rename_product&) = default;
};
BOOST_DESCRIBE_STRUCT(rename_product, (), (product_id, body))

/// P5 — DELETE /product/{productId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-product/
/// Deletes a product and all entitlements associated with it. Irreversible.
struct delete_product {
    csm::product_id product_id;

    static constexpr endpoint_info info{
        .name = "product.delete",
        .method = http_method::delete_,
        .path = "/product/{productId}",
        .scopes = {"delete:product:jira-service-management"},
        .docs = {.id = "P5",
                 .permission = permission::admin,
                 .limits = "irreversible; also deletes the product's entitlements",
                 .summary = "Deletes a product and all entitlements associated with it.",
                 .scopes_inferred = true}};
    using response = csm::rest::no_content;

    friend bool operator==(const delete_product&, const delete_product&) = default;
};
BOOST_DESCRIBE_STRUCT(delete_product, (), (product_id))

/// Cursor paging (P1): the request for the page after `page`, which answered `request`, or std::nullopt when
/// `page` is the last one. The last page is recognised by a `nextPageCursor` that is absent, null or empty
/// (which of these the server sends is unconfirmed, docs/decisions.md#product-paging-cursor), or by a cursor equal to the one just sent
/// (a server that repeats its cursor would otherwise make a paging loop endless). The next request keeps `limit`.
///
///     csm::rest::product::list_products request{.limit = 50};
///     for (;;) {
///         auto page = send(request);                    // your transport + parse_response
///         ...
///         auto next = csm::rest::product::next_page(request, page);
///         if (!next) break;
///         request = *next;
///     }
inline std::optional<list_products> next_page(const list_products& request, const paginated_products& page) {
    if (!page.next_page_cursor.has_value() || page.next_page_cursor->empty()) return std::nullopt;
    if (request.cursor == *page.next_page_cursor) return std::nullopt;
    list_products next = request;
    next.cursor = *page.next_page_cursor;
    return next;
}

} // namespace csm::rest::product

#endif

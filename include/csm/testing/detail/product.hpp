// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_DETAIL_PRODUCT_HPP
#define CSM_TESTING_DETAIL_PRODUCT_HPP

#include <csm/testing/detail/respond.hpp>
#include <csm/testing/detail/site.hpp>

#include <csm/rest/customer.hpp>
#include <csm/rest/entitlement.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/product.hpp>
#include <csm/rest/rate_limit.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Products (P1–P5) and entitlements (O9, O10, C8, C9, E5–E8) in csm::testing::simulator: an entitlement
/// links a product to an organization or a customer. Not a public API.
namespace csm::testing::detail {

/// The entitlement as O9, O10, C8, C9 and E5 answer it, details included.
inline rest::model::entitlement entitlement_view(const site& s, const std::string& id, const entitlement_record& e) {
    return {csm::entitlement_id(id), s.products.at(e.product_id),
            rest::model::entitled_entity{csm::entitled_entity_id(e.entity_id), e.entity_type},
            s.fields[static_cast<std::size_t>(field_kind::entitlement)].details_of(id)};
}

/// The entitlements of one entity, in creation order, optionally of one product only.
inline std::vector<rest::model::entitlement> entitlements_of(const site& s, std::string_view type,
                                                             const std::string& entity,
                                                             const std::optional<std::string>& product) {
    std::vector<rest::model::entitlement> out;
    for (const auto& [id, e] : s.entitlements)
        if (e.entity_type.str() == type && e.entity_id == entity && (!product || e.product_id == *product))
            out.push_back(entitlement_view(s, id, e));
    return out;
}

/// A query parameter that must be a count; `bad` is set (a 400 naming it) when it is not one.
inline std::optional<std::int32_t> count_param(const call& c, std::string_view key,
                                               std::optional<rest::http_response>& bad) {
    const std::optional<std::string> text = c.query(key);
    if (!text) return std::nullopt;
    const std::optional<std::int64_t> n = rest::detail::parse_count(*text);
    if (!n || *n > std::numeric_limits<std::int32_t>::max()) {
        bad = bad_request(errc::invalid_value, "/query/" + std::string(key), "a non-negative integer");
        return std::nullopt;
    }
    return static_cast<std::int32_t>(*n);
}

/// O10, C9: entitles an existing organization or customer to an existing product (once per product).
inline rest::http_response entitle(const call& c, site& s, std::string_view type, const std::string& entity) {
    auto body = read_body<rest::model::create_entitlement_request>(c.req);
    if (!body) return bad_request(body.error());
    const std::string product = body->product_id.str();
    if (!s.products.contains(product))
        return bad_request(errc::invalid_value, "/body/productId", "the id of an existing product");
    if (!entitlements_of(s, type, entity, product).empty())
        return bad_request(errc::invalid_value, "/body/productId", "a product not entitled yet");
    const std::string id = uuid_from(s.next_uuid++);
    const auto& e =
        s.entitlements.emplace(id, entitlement_record{product, rest::model::entitled_entity_type(type), entity}).first;
    return ok(entitlement_view(s, id, e->second), 201);
}

inline std::optional<rest::http_response> product_call(const call& c, site& s) {
    namespace pr = rest::product;
    const std::string_view n = c.name;
    std::optional<rest::http_response> bad;
    if (n == "product.list") {
        const pr::list_products ep{count_param(c, "limit", bad), c.query("cursor")};
        if (bad) return bad;
        if (auto e = ep.validate()) return bad_request(*e);
        // The cursor is the id of the page's first product: opaque to the client, stable under deletes.
        if (ep.cursor && (ep.cursor->size() != 36 || !ep.cursor->starts_with("00000000-0000-4000-8000-")))
            return bad_request(errc::invalid_value, "/query/cursor", "the nextPageCursor of a previous page");
        pr::paginated_products page;
        auto it = ep.cursor ? s.products.lower_bound(*ep.cursor) : s.products.begin();
        for (std::int32_t i = 0; it != s.products.end() && i < ep.limit.value_or(pr::max_list_limit); ++it, ++i)
            page.results.push_back(it->second);
        if (it != s.products.end()) page.next_page_cursor = it->first;
        return ok(page);
    }
    if (n == "product.create" || n == "product.rename") {
        auto body = read_body<pr::create_product_request>(c.req);
        if (!body) return bad_request(body.error());
        if (auto e = pr::create_product{*body}.validate()) return bad_request(*e);
        if (n == "product.create") {
            const csm::product_id id(uuid_from(s.next_uuid++));
            return ok(s.products.emplace(id.str(), rest::model::product{id, body->name}).first->second, 201);
        }
    }
    if (n.starts_with("product.")) {
        const auto it = s.products.find(c.params.at(0));
        if (it == s.products.end()) return error(404, "Product does not exist");
        if (n == "product.get") return ok(it->second);
        if (n == "product.rename") {
            it->second.name = read_body<pr::create_product_request>(c.req)->name;
            return ok(it->second);
        }
        // P5: the product's entitlements (and their detail values) go with it.
        std::erase_if(s.entitlements, [&](const auto& e) {
            if (e.second.product_id != it->first) return false;
            s.fields_of(field_kind::entitlement).values.erase(e.first);
            return true;
        });
        s.products.erase(it);
        return no_content();
    }
    return std::nullopt;
}

inline std::optional<rest::http_response> entitlement_call(const call& c, site& s) {
    const std::string_view n = c.name;
    std::optional<rest::http_response> bad;
    const bool of_org = n.starts_with("organization.entitlements."),
               of_customer = n.starts_with("customer.entitlements.");
    if (of_org || of_customer) {
        const std::string entity = c.params.at(0);
        if (of_org ? !s.organizations.contains(entity) : !s.customers.contains(entity))
            return error(404, of_org ? "Organization does not exist" : "Customer does not exist");
        const std::string_view type = of_org ? "ORGANIZATION" : "CUSTOMER";
        if (n.ends_with(".create")) return entitle(c, s, type, entity);
        std::vector<rest::model::entitlement> out = entitlements_of(s, type, entity, c.query("product"));
        // C8: "including entitlements inherited by any organizations the customer is in".
        if (of_customer)
            for (const rest::model::organization_ref& o : organizations_of(s, entity))
                for (auto& e : entitlements_of(s, "ORGANIZATION", o.id.str(), c.query("product")))
                    out.push_back(std::move(e));
        return ok(out);
    }
    if (n == "entitlement.list") {
        namespace en = rest::entitlement;
        en::list_entitlements ep{rest::model::entitled_entity_type(c.query("entityType").value_or("")),
                                 c.query("entityId").value_or(""),
                                 count_param(c, "start", bad),
                                 count_param(c, "limit", bad),
                                 {}};
        if (bad) return bad;
        if (auto p = c.query("productId")) ep.product_id = csm::product_id(*p);
        if (auto e = ep.validate()) return bad_request(*e);
        const bool org = ep.entity_type == rest::model::entitled_entity_type::known::organization;
        if (!org && ep.entity_type != rest::model::entitled_entity_type::known::customer)
            return bad_request(errc::invalid_value, "/query/entityType", "CUSTOMER or ORGANIZATION");
        if (org ? !s.organizations.contains(ep.entity_id) : !s.customers.contains(ep.entity_id))
            return error(404, org ? "Organization does not exist" : "Customer does not exist");
        std::optional<std::string> product;
        if (ep.product_id) product = ep.product_id->str();
        const std::vector<rest::model::entitlement> all =
            entitlements_of(s, ep.entity_type.str(), ep.entity_id, product);
        // The envelope is undocumented (csm/rest/entitlement.hpp): the simulator answers every paging field.
        en::entitlement_page page;
        const std::size_t start = static_cast<std::size_t>(ep.start.value_or(0));
        const std::size_t limit = static_cast<std::size_t>(ep.limit.value_or(en::max_list_limit));
        for (std::size_t i = start; i < all.size() && i < start + limit; ++i) page.results.push_back(all[i]);
        page.start = static_cast<std::int64_t>(start);
        page.limit = static_cast<std::int64_t>(limit);
        page.total = static_cast<std::int64_t>(all.size());
        page.is_last = start + limit >= all.size();
        return ok(page);
    }
    if (n == "entitlement.get" || n == "entitlement.delete" || n == "entitlement.detail_value.set") {
        const auto it = s.entitlements.find(c.params.at(0));
        if (it == s.entitlements.end()) return error(404, "Entitlement does not exist");
        if (n == "entitlement.get") return ok(entitlement_view(s, it->first, it->second));
        if (n == "entitlement.delete") {
            s.fields_of(field_kind::entitlement).values.erase(it->first);
            s.entitlements.erase(it);
            return no_content();
        }
        auto body = read_body<rest::model::set_detail_values_request>(c.req);
        if (!body) return bad_request(body.error());
        const rest::entitlement::set_detail_value ep{csm::entitlement_id(it->first),
                                                     rest::detail_field_name(c.query("fieldName").value_or("")), *body};
        if (auto e = ep.validate()) return bad_request(*e);
        return s.fields_of(field_kind::entitlement).set(it->first, ep.field_name.view(), *body);
    }
    return std::nullopt;
}

} // namespace csm::testing::detail

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_DETAIL_PROFILE_HPP
#define CSM_TESTING_DETAIL_PROFILE_HPP

#include <csm/testing/detail/help_center.hpp>
#include <csm/testing/detail/organization.hpp>
#include <csm/testing/detail/product.hpp>
#include <csm/testing/detail/respond.hpp>
#include <csm/testing/detail/site.hpp>

#include <csm/rest/customer.hpp>
#include <csm/rest/organization.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Profiles (O13–O15, C14–C16; C14's `expand` in help_center.hpp) and the customer search (C6) in csm::testing::simulator: a profile merges an
/// organization or a customer with its details, memberships and entitlements. Not a public API.
namespace csm::testing::detail {

inline std::vector<rest::model::profile_entitlement> profile_entitlements(const site& s, std::string_view type,
                                                                          const std::string& entity) {
    std::vector<rest::model::profile_entitlement> out;
    const field_store& fields = s.fields[static_cast<std::size_t>(field_kind::entitlement)];
    for (const rest::model::entitlement& e : entitlements_of(s, type, entity, std::nullopt))
        out.push_back({e.id, e.product, e.entitled_entity, fields.profile_of(e.id.str())});
    return out;
}

inline rest::model::organization_profile organization_profile(const site& s, const rest::model::organization& o) {
    rest::model::organization_profile p{
        o.id,
        o.name,
        s.fields[static_cast<std::size_t>(field_kind::organization)].profile_of(o.id.str()),
        profile_entitlements(s, "ORGANIZATION", o.id.str()),
        {}};
    for (const auto& [org, customer] : s.members)
        if (org == o.id.str()) p.customers.push_back({csm::customer_id(customer)});
    return p;
}

inline rest::customer::customer_profile customer_profile(const site& s, const std::string& id) {
    const rest::customer::customer_account& a = s.customers.at(id);
    return {csm::customer_id(id),
            a.display_name,
            a.email,
            organizations_of(s, id),
            s.fields[static_cast<std::size_t>(field_kind::customer)].profile_of(id),
            profile_entitlements(s, "CUSTOMER", id),
            {}};
}

/// Every id of `ids` names an entry of `existing`; otherwise invalid_value at "<pointer>/<i>".
template <class Ids, class Map>
std::optional<csm::error> all_exist(const Ids& ids, const Map& existing, std::string_view pointer,
                                    std::string_view expected) {
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (!existing.contains(ids[i].str()))
            return csm::error{errc::invalid_value, std::string(pointer) + "/" + std::to_string(i),
                              std::string(expected)};
    return std::nullopt;
}

/// O14, C15: the products of `associateProducts` become entitlements of the new entity (each once).
inline void entitle_all(site& s, std::string_view type, const std::string& entity,
                        const std::optional<rest::model::associate_products>& products) {
    if (!products) return;
    for (const csm::product_id& p : products->product_ids)
        if (entitlements_of(s, type, entity, p.str()).empty())
            s.entitlements.emplace(uuid_from(s.next_uuid++),
                                   entitlement_record{p.str(), rest::model::entitled_entity_type(type), entity});
}

inline std::optional<rest::http_response> organization_profile_call(const call& c, site& s) {
    namespace org = rest::organization;
    const std::string_view n = c.name;
    if (n == "organization.profile.get") {
        const auto it = s.organizations.find(c.params.at(0));
        if (it == s.organizations.end()) return error(404, "Organization does not exist");
        return ok(organization_profile(s, it->second));
    }
    if (n == "organization.profile.create") {
        auto body = read_body<rest::model::create_organization_profile_request>(c.req);
        if (!body) return bad_request(body.error());
        // Everything is checked before anything is stored: a refused profile leaves no half-made organization.
        if (auto e = org::create_profile{*body}.validate()) return bad_request(*e);
        field_store& fields = s.fields_of(field_kind::organization);
        const auto details = body->details.value_or(std::vector<rest::model::profile_detail_value_request>{});
        if (auto e = fields.check_details(details, "/body/details")) return bad_request(*e);
        if (body->associate_customers)
            if (auto e = all_exist(body->associate_customers->customer_ids, s.customers,
                                   "/body/associateCustomers/customerIds", "the id of an existing customer"))
                return bad_request(*e);
        if (body->associate_products)
            if (auto e = all_exist(body->associate_products->product_ids, s.products,
                                   "/body/associateProducts/productIds", "the id of an existing product"))
                return bad_request(*e);
        const organization_id id(std::to_string(s.next_id++));
        const auto& o = s.organizations.emplace(id.str(), rest::model::organization{id, body->name, {}}).first->second;
        fields.apply_details(id.str(), details);
        if (body->associate_customers)
            for (const csm::customer_id& cu : body->associate_customers->customer_ids)
                s.members.emplace(id.str(), cu.str());
        entitle_all(s, "ORGANIZATION", id.str(), body->associate_products);
        return ok(organization_profile(s, o), 201);
    }
    if (n == "organization.profile.fetch") {
        auto body = read_body<rest::model::fetch_organization_profiles_request>(c.req);
        if (!body) return bad_request(body.error());
        rest::model::fetch_organization_profiles_response out;
        for (const rest::model::organization* o : fetched(s, *body, org::max_fetched_profiles))
            out.profiles.push_back(organization_profile(s, *o));
        return ok(out);
    }
    return std::nullopt;
}

/// The page size of C6 when `maxResults` is not sent (undocumented; docs/testing.md).
inline constexpr std::int32_t default_search_page_size = 50;

/// C6: customers that have every criterion's value among their values of that field (exact match), in id
/// order, paged by page number from 0 (the base is undocumented; docs/testing.md).
inline rest::http_response search_customers(const call& c, site& s) {
    namespace cu = rest::customer;
    std::optional<rest::http_response> bad;
    auto body = read_body<cu::customer_search_request>(c.req);
    if (!body) return bad_request(body.error());
    const cu::search_customers_by_detail_field ep{count_param(c, "page", bad), count_param(c, "maxResults", bad),
                                                  *body};
    if (bad) return *bad;
    if (auto e = ep.validate()) return bad_request(*e);
    if (ep.max_results == 0) return bad_request(errc::invalid_value, "/query/maxResults", "a positive page size");
    field_store& fields = s.fields_of(field_kind::customer);
    std::vector<cu::customer_search_hit> hits;
    for (const auto& [id, account] : s.customers) {
        const auto vs = fields.values.find(id);
        const bool match = std::all_of(ep.body.detail_fields.begin(), ep.body.detail_fields.end(), [&](const auto& f) {
            const field_definition* d = fields.find(f.name);
            if (!d || vs == fields.values.end()) return false;
            const auto v = vs->second.find(d->id);
            return v != vs->second.end() && std::find(v->second.begin(), v->second.end(), f.value) != v->second.end();
        });
        if (match) hits.push_back({csm::customer_id(id), account.display_name.value_or(""), account.email});
    }
    cu::customer_search_result out;
    const std::int32_t page = ep.page.value_or(0), size = ep.max_results.value_or(default_search_page_size);
    const std::size_t from = static_cast<std::size_t>(page) * static_cast<std::size_t>(size);
    for (std::size_t i = from; i < hits.size() && i < from + static_cast<std::size_t>(size); ++i)
        out.customers.push_back(hits[i]);
    out.page = page;
    out.max_results = size;
    out.total = static_cast<std::int64_t>(hits.size());
    out.is_last = from + static_cast<std::size_t>(size) >= hits.size();
    return ok(out);
}

inline std::optional<rest::http_response> customer_profile_call(const call& c, site& s) {
    namespace cu = rest::customer;
    const std::string_view n = c.name;
    if (n == "customer.profile.get") {
        if (!s.customers.contains(c.params.at(0))) return error(404, "Customer does not exist");
        cu::customer_profile p = customer_profile(s, c.params.at(0));
        // expand=accessibleCustomerExperiences adds C17's list under that name; other values are ignored (as
        // Jira ignores unknown expands; the added member is undocumented, docs/testing.md).
        const cu::profile_expand accessible(cu::profile_expand::known::accessible_customer_experiences);
        if (c.query("expand") == accessible.str())
            p.unknown_members.members[accessible.str()] = csm::json::to_value(experiences_of(s, c.params.at(0)));
        return ok(p);
    }
    if (n == "customer.profile.create") {
        auto body = read_body<cu::create_customer_profile_request>(c.req);
        if (!body) return bad_request(body.error());
        if (auto e = cu::create_profile{*body}.validate()) return bad_request(*e);
        field_store& fields = s.fields_of(field_kind::customer);
        const auto details = body->details.value_or(std::vector<rest::model::profile_detail_value_request>{});
        if (auto e = fields.check_details(details, "/body/details")) return bad_request(*e);
        if (body->associate_organizations)
            if (auto e =
                    all_exist(body->associate_organizations->organization_ids.ids, s.organizations,
                              "/body/associateOrganizations/organizationIds", "the id of an existing organization"))
                return bad_request(*e);
        if (body->associate_products)
            if (auto e = all_exist(body->associate_products->product_ids, s.products,
                                   "/body/associateProducts/productIds", "the id of an existing product"))
                return bad_request(*e);
        const std::string id = "qm:" + std::to_string(s.next_id++);
        s.customers.emplace(id, cu::customer_account{body->display_name, body->email});
        fields.apply_details(id, details);
        if (body->associate_organizations)
            for (const organization_id& o : body->associate_organizations->organization_ids.ids)
                s.members.emplace(o.str(), id);
        entitle_all(s, "CUSTOMER", id, body->associate_products);
        return ok(customer_profile(s, id), 201);
    }
    if (n == "customer.profile.fetch") {
        auto body = read_body<cu::fetch_customer_profiles_request>(c.req);
        if (!body) return bad_request(body.error());
        if (auto e = cu::fetch_profiles{*body}.validate({})) return bad_request(*e);
        cu::customer_profiles out;
        std::vector<std::string> seen;
        for (const customer_id& id : body->customer_ids)
            if (s.customers.contains(id.str()) && std::find(seen.begin(), seen.end(), id.str()) == seen.end()) {
                seen.push_back(id.str());
                out.profiles.push_back(customer_profile(s, id.str()));
            }
        return ok(out);
    }
    if (n == "customer.search_by_detail_field") return search_customers(c, s);
    return std::nullopt;
}

} // namespace csm::testing::detail

#endif

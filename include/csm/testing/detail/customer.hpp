// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_DETAIL_CUSTOMER_HPP
#define CSM_TESTING_DETAIL_CUSTOMER_HPP

#include <csm/testing/detail/respond.hpp>
#include <csm/testing/detail/site.hpp>

#include <csm/rest/customer.hpp>

#include <optional>
#include <string>

/// Customers in csm::testing::simulator (C5, C7, C10–C13). Not a public API.
namespace csm::testing::detail {

inline std::optional<rest::http_response> customer_call(const call& c, site& s) {
    namespace cu = rest::customer;
    const std::string_view n = c.name;
    if (n == "customer.account.create") {
        auto body = read_body<cu::create_customer_account_request>(c.req);
        if (!body) return bad_request(body.error());
        if (auto e = cu::create_account{*body}.validate()) return bad_request(*e);
        const customer_id id("qm:" + std::to_string(s.next_id++));
        s.customers.emplace(id.str(), cu::customer_account{body->display_name, body->email});
        return ok(cu::customer_account_created{id, body->display_name, body->email}, 201);
    }
    if (n != "customer.account.get" && n != "customer.account.update" && n != "customer.account.delete" &&
        n != "customer.get" && n != "customer.detail_value.set")
        return std::nullopt;
    const auto it = s.customers.find(c.params.at(0));
    if (it == s.customers.end()) return error(404, "Customer does not exist");
    const customer_id id(it->first);
    if (n == "customer.account.get") return ok(it->second);
    if (n == "customer.get")
        return ok(cu::customer{id, it->second.display_name.value_or(""),
                               s.fields_of(field_kind::customer).details_of(it->first),
                               organizations_of(s, it->first)});
    if (n == "customer.account.delete") {
        s.forget_entity(field_kind::customer, it->first);
        s.customers.erase(it);
        return no_content();
    }
    if (n == "customer.detail_value.set") {
        auto body = read_body<rest::model::set_detail_values_request>(c.req);
        if (!body) return bad_request(body.error());
        const cu::set_detail_value ep{id, rest::detail_field_name(c.query("fieldName").value_or("")), *body};
        if (auto e = ep.validate()) return bad_request(*e);
        return s.fields_of(field_kind::customer).set(it->first, ep.field_name.view(), *body);
    }
    auto body = read_body<cu::update_customer_account_request>(c.req);
    if (!body) return bad_request(body.error());
    if (auto e = cu::update_account{id, *body}.validate()) return bad_request(*e);
    it->second.display_name = body->display_name;
    return ok(it->second);
}

} // namespace csm::testing::detail

#endif

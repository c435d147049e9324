// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_DETAIL_BULK_ENTITIES_HPP
#define CSM_TESTING_DETAIL_BULK_ENTITIES_HPP

#include <csm/testing/detail/bulk.hpp>
#include <csm/testing/detail/respond.hpp>
#include <csm/testing/detail/site.hpp>

#include <csm/json/templates.hpp> // from_value of the raw B3 operations, in compiled mode too
#include <csm/rest/customer_bulk.hpp>
#include <csm/rest/organization_bulk.hpp>
#include <csm/rest/task.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// Bulk operations on the entities themselves in csm::testing::simulator: customer accounts (B3), customer
/// profiles (B4), organizations (B7) and organization profiles (B8). Like B1/B2/B5/B6 (bulk.hpp) they act when
/// submitted and answer a task; an operation that cannot act becomes failures of the task and changes nothing.
/// Not a public API.
namespace csm::testing::detail {

/// The failures one operation adds to its task: entity, entity id when known, the operation type as sent.
struct failure_sink {
    std::vector<rest::task::task_failure>& failures;
    std::string_view entity; ///< "CUSTOMER" or "ORGANIZATION"
    const rest::model::bulk_operation_type& operation;
    std::optional<std::string> entity_id;

    void operator()(std::string_view on, std::vector<std::string> ids, std::string why) const {
        failures.push_back({rest::task::failure_entity(entity), entity_id,
                            rest::task::failure_operation(operation.str()), rest::task::failure_target(on),
                            std::move(ids), std::move(why)});
    }
};

/// Whether an operation creates: CREATE always, UPSERT when nothing was found and the payload does not name an
/// id ("an UPSERT with only customerId/id does not create"). UPDATE never creates.
inline bool creates(const rest::model::bulk_operation_type& op, bool found, bool names_id) {
    using known = rest::model::bulk_operation_type::known;
    return op == known::create || (op == known::upsert && !found && !names_id);
}

/// B3, B4: one customer operation. The customer is named by `customerId`, else by `email` (the first customer
/// with that email). CREATE needs an email no customer has; UPDATE and UPSERT change the display name when one
/// is sent; `associateOrganizations` adds memberships (every organization must exist).
inline void customer_operation(site& s, const rest::customer_bulk::customer_profile_operation& op,
                               std::vector<rest::task::task_failure>& failures) {
    const rest::customer_bulk::customer_profile_payload& p = op.payload;
    const auto with_email = [&]() -> std::string {
        for (const auto& [key, account] : s.customers)
            if (p.email && account.email == p.email) return key;
        return {};
    };
    std::string id =
        p.customer_id ? (s.customers.contains(p.customer_id->str()) ? p.customer_id->str() : "") : with_email();
    std::optional<std::string> known_id = id.empty() && p.customer_id ? p.customer_id->str() : id;
    if (known_id && known_id->empty()) known_id.reset();
    const failure_sink fail{failures, "CUSTOMER", op.operation_type, known_id};
    if (!op.operation_type.is_known()) return fail("CUSTOMER_ACCOUNT", {}, "Invalid operation type");
    const bool create = creates(op.operation_type, !id.empty(), p.customer_id.has_value());
    if (create && (!id.empty() || !with_email().empty()))
        return fail("CUSTOMER_ACCOUNT", {}, "Customer already exists");
    if (create && !p.email) return fail("CUSTOMER_ACCOUNT", {}, "An email is required to create a customer");
    if (!create && id.empty()) return fail("CUSTOMER_ACCOUNT", {}, "Customer does not exist");
    std::vector<std::string> missing;
    if (p.associate_organizations)
        for (const organization_id& o : p.associate_organizations->organization_ids.ids)
            if (!s.organizations.contains(o.str())) missing.push_back(o.str());
    if (!missing.empty()) return fail("ORGANIZATION", std::move(missing), "Organization does not exist");
    if (create) {
        id = "qm:" + std::to_string(s.next_id++);
        s.customers.emplace(id, rest::customer::customer_account{p.display_name, p.email});
    } else if (p.display_name) {
        s.customers.at(id).display_name = p.display_name;
    }
    if (p.associate_organizations)
        for (const organization_id& o : p.associate_organizations->organization_ids.ids) s.members.emplace(o.str(), id);
}

/// B7, B8: one organization operation. The organization is named by `id`, else by `name` (the first with that
/// exact name). CREATE (and an UPSERT that finds none by name) needs a name; an update renames only when both
/// `id` and `name` are sent. B8's details and customers are checked before anything changes.
template <class Payload>
void organization_operation(site& s, const rest::model::bulk_operation_type& op, const Payload& p,
                            std::vector<rest::task::task_failure>& failures) {
    std::string id;
    if (p.id && s.organizations.contains(p.id->str())) id = p.id->str();
    if (!p.id && p.name)
        for (const auto& [key, o] : s.organizations)
            if (o.name == *p.name) {
                id = key;
                break;
            }
    const bool create = creates(op, !id.empty(), p.id.has_value());
    std::optional<std::string> known_id = id.empty() && p.id && !create ? p.id->str() : id;
    if (known_id && known_id->empty()) known_id.reset();
    const failure_sink fail{failures, "ORGANIZATION", op, known_id};
    if (!op.is_known()) return fail("ORGANIZATION", {}, "Invalid operation type");
    if (create && !p.name) return fail("ORGANIZATION", {}, "A name is required to create an organization");
    if (!create && id.empty()) return fail("ORGANIZATION", {}, "Organization does not exist");
    field_store& fields = s.fields_of(field_kind::organization);
    if constexpr (requires { p.details; }) { // B8
        const std::size_t before = failures.size();
        if (p.details)
            for (const rest::model::profile_detail_value_request& d : *p.details) {
                const field_definition* f = fields.find(d.name);
                if (!f) fail("DETAIL_FIELD", {d.name}, "Invalid detail field");
                else if (check_values(f->type, d.values)) fail("DETAIL_FIELD", {d.name}, "Invalid detail field value");
            }
        std::vector<std::string> missing;
        if (p.associate_customers)
            for (const customer_id& c : p.associate_customers->customer_ids)
                if (!s.customers.contains(c.str())) missing.push_back(c.str());
        if (!missing.empty()) fail("CUSTOMER", std::move(missing), "Customer does not exist");
        if (failures.size() != before) return;
    }
    if (create) {
        id = std::to_string(s.next_id++);
        s.organizations.emplace(id, rest::model::organization{organization_id(id), *p.name, {}});
    } else if (p.id && p.name) {
        s.organizations.at(id).name = *p.name;
    }
    if constexpr (requires { p.details; }) {
        if (p.details) fields.apply_details(id, *p.details);
        if (p.associate_customers)
            for (const customer_id& c : p.associate_customers->customer_ids) s.members.emplace(id, c.str());
    }
}

/// A body member the simulator does not read (the wrapper names of B3 and B7 are guesses): 400, so that a
/// request sent under another name does not pass as an empty one.
inline std::optional<rest::http_response> unread_members(const csm::json::unknown_fields& u, std::string_view known) {
    if (u.empty()) return std::nullopt;
    return bad_request(errc::unknown_member, "/body", "no member besides " + std::string(known));
}

/// B3: the raw operations read as B4's `{operationType, payload: {customerId?, email?, displayName?}}` (the
/// account operations' fields are undocumented; docs/testing.md) and checked with B4's rules.
inline rest::http_response bulk_accounts(const call& c, site& s) {
    namespace cb = rest::customer_bulk;
    auto body = read_body<cb::accounts_request>(c.req);
    if (!body) return bad_request(body.error());
    if (auto e = cb::manage_accounts{rest::idempotency_key::json_placeholder(), *body}.validate())
        return bad_request(*e);
    if (auto bad = unread_members(body->unknown_members, "customers")) return *bad;
    cb::manage_profiles as_profiles{rest::idempotency_key::json_placeholder(), {}};
    const auto& raw = body->customers.value_or(std::vector<boost::json::object>{});
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const std::string at = "/body/customers/" + std::to_string(i);
        auto op = csm::json::from_value<cb::customer_profile_operation>(raw[i]);
        if (!op) {
            csm::error e = std::move(op).error();
            e.pointer = at + e.pointer;
            return bad_request(e);
        }
        if (op->payload.associate_organizations)
            return bad_request(errc::unknown_member, at + "/payload/associateOrganizations",
                               "no organizations (account operations carry none; profiles do)");
        as_profiles.body.customer_profiles.push_back(std::move(*op));
    }
    if (auto e = as_profiles.validate()) {
        e->pointer.replace(0, std::string_view("/body/customerProfiles").size(), "/body/customers");
        return bad_request(*e);
    }
    std::vector<rest::task::task_failure> failures;
    for (const auto& op : as_profiles.body.customer_profiles) customer_operation(s, op, failures);
    return submit(c, s, "BULK_CUSTOMER_ACCOUNT_CREATE_UPDATE", std::move(failures));
}

/// B4, B7, B8: the body read and checked with the endpoint's own validate(), then every operation of
/// `operations(body)` acted on in order (`act(op, failures)`), and the task submitted.
template <class Endpoint, class Operations, class Act>
rest::http_response bulk_manage(const call& c, site& s, std::string type, Operations operations, Act act) {
    auto body = read_body<decltype(Endpoint::body)>(c.req);
    if (!body) return bad_request(body.error());
    if (auto e = Endpoint{rest::idempotency_key::json_placeholder(), *body}.validate()) return bad_request(*e);
    if constexpr (requires { body->unknown_members; }) // B7 only (B4 and B8 bodies keep none)
        if (auto bad = unread_members(body->unknown_members, "organizations")) return *bad;
    std::vector<rest::task::task_failure> failures;
    for (const auto& op : operations(*body)) act(op, failures);
    return submit(c, s, std::move(type), std::move(failures));
}

inline std::optional<rest::http_response> bulk_entities_call(const call& c, site& s) {
    namespace cb = rest::customer_bulk;
    namespace ob = rest::organization_bulk;
    using failures = std::vector<rest::task::task_failure>;
    const std::string_view n = c.name;
    const auto organization_op = [&](const auto& op, failures& f) {
        organization_operation(s, op.operation_type, op.payload, f);
    };
    if (n == "customer_bulk.accounts.manage") return bulk_accounts(c, s);
    if (n == "customer_bulk.profiles.manage")
        return bulk_manage<cb::manage_profiles>(
            c, s, "BULK_CUSTOMER_PROFILE_CREATE_UPDATE",
            [](const auto& b) -> const auto& { return b.customer_profiles; },
            [&](const auto& op, failures& f) { customer_operation(s, op, f); });
    if (n == "organization_bulk.organizations.manage") // B7's body keeps unknown members: refused
        return bulk_manage<ob::manage_organizations>(
            c, s, "BULK_ORGANIZATION_CREATE_UPDATE", [](const auto& b) -> const auto& { return b.organizations; },
            organization_op);
    if (n == "organization_bulk.profiles.manage")
        return bulk_manage<ob::manage_profiles>(
            c, s, "BULK_ORGANIZATION_PROFILE_CREATE_UPDATE",
            [](const auto& b) -> const auto& { return b.organization_profiles; }, organization_op);
    return std::nullopt;
}

} // namespace csm::testing::detail

#endif

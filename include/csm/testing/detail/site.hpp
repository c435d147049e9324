// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_DETAIL_SITE_HPP
#define CSM_TESTING_DETAIL_SITE_HPP

#include <csm/testing/detail/detail_fields.hpp>

#include <csm/rest/customer.hpp>
#include <csm/rest/http.hpp>
#include <csm/rest/task.hpp>
#include <csm/rest/model/entitlement.hpp>
#include <csm/rest/model/organization.hpp>
#include <csm/rest/model/organization_ref.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// The state csm::testing::simulator keeps per site (cloud id). Not a public API.
namespace csm::testing::detail {

/// The three kinds of detail fields, each with its own definitions (and its own limit of 50).
enum class field_kind { organization, customer, entitlement };

/// An entitlement: a product linked to an organization or a customer.
struct entitlement_record {
    std::string product_id;
    rest::model::entitled_entity_type entity_type;
    std::string entity_id;
};

/// A bulk operation's task (T1): its changes are made when it is submitted, so that the state depends on the
/// write requests alone; only the status it reports moves, from IN_PROGRESS at the first poll to COMPLETED.
struct task_record {
    std::string type;
    std::vector<rest::task::task_failure> failures;
    std::chrono::system_clock::time_point created;
    unsigned polls = 0;
};

/// A CSM request (R1): the issue it created, the help center it belongs to and what was said on it.
struct issue_record {
    std::string id;                       ///< numeric, from a counter
    std::string key;                      ///< "CSM-<n>"
    std::string help_center_id;           ///< the help center of R1's body
    std::optional<std::string> raised_on; ///< the help center H4 raised it on (its default form attached)
    std::vector<std::string> comment_ids; ///< R2, in order
};

struct site {
    std::map<std::string, rest::model::organization> organizations;    // by id (details live in `fields`)
    std::map<std::string, rest::customer::customer_account> customers; // by id ("qm:…")
    std::array<field_store, 3> fields;                                 // by field_kind
    std::map<std::string, rest::model::product> products;              // by id; ids sort in creation order
    std::map<std::string, entitlement_record> entitlements;            // by id; ids sort in creation order
    std::set<std::pair<std::string, std::string>> members;             // (organization id, customer id)
    std::map<std::string, task_record> tasks;                          // by id
    std::map<std::string, rest::http_response> idempotent;             // first answer by Idempotency-Key
    std::map<std::string, std::set<std::string>> help_center_access;   // help center id -> organization ids (H1-H3)
    std::map<std::string, issue_record> issues;                        // by key (R1)
    std::uint64_t next_issue = 1;                                      // issues (R1)
    std::uint64_t next_comment = 1;                                    // comments (R2)
    std::uint64_t next_id = 1;                                         // organizations and customer accounts
    std::uint64_t next_uuid = 1;                                       // products and entitlements

    field_store& fields_of(field_kind k) { return fields[static_cast<std::size_t>(k)]; }

    /// What goes with a deleted organization or customer: its detail values, memberships, entitlements and, for
    /// an organization, its help-center access.
    void forget_entity(field_kind k, const std::string& id) {
        fields_of(k).values.erase(id);
        if (k == field_kind::organization)
            for (auto& [help_center, organizations] : help_center_access) organizations.erase(id);
        std::erase_if(members,
                      [&](const auto& m) { return (k == field_kind::organization ? m.first : m.second) == id; });
        const char* type = k == field_kind::organization ? "ORGANIZATION" : "CUSTOMER";
        std::erase_if(entitlements, [&](const auto& e) {
            if (e.second.entity_id != id || e.second.entity_type.str() != type) return false;
            fields_of(field_kind::entitlement).values.erase(e.first);
            return true;
        });
    }
};

/// The organizations a customer is in, as OrganizationRef (C5, C14).
inline std::vector<rest::model::organization_ref> organizations_of(const site& s, const std::string& customer) {
    std::vector<rest::model::organization_ref> out;
    for (const auto& [org, c] : s.members)
        if (c == customer) out.push_back({s.organizations.at(org).id, s.organizations.at(org).name});
    return out;
}

/// O1–O4, C1–C4, E1–E4: "<kind>.detail_fields.<op>"; std::nullopt for other endpoints.
inline std::optional<rest::http_response> definitions_call(const call& c, site& s) {
    constexpr std::string_view mid = ".detail_fields.";
    const std::size_t at = c.name.find(mid);
    if (at == std::string_view::npos) return std::nullopt;
    const std::string_view kind = c.name.substr(0, at), op = c.name.substr(at + mid.size());
    const field_kind k = kind == "organization" ? field_kind::organization
                         : kind == "customer"   ? field_kind::customer
                                                : field_kind::entitlement;
    return s.fields_of(k).definitions_call(op, c);
}

} // namespace csm::testing::detail

#endif

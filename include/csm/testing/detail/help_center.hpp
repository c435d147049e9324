// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_DETAIL_HELP_CENTER_HPP
#define CSM_TESTING_DETAIL_HELP_CENTER_HPP

#include <csm/testing/detail/csm_request.hpp>
#include <csm/testing/detail/product.hpp> // count_param
#include <csm/testing/detail/respond.hpp>
#include <csm/testing/detail/site.hpp>

#include <csm/json/templates.hpp> // the simulator's own response types, in compiled mode too
#include <csm/rest/customer.hpp>
#include <csm/rest/help_center.hpp>
#include <csm/rest/model/organization_ids.hpp>
#include <csm/rest/model/organization_ref.hpp>

#include <boost/describe/class.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

/// Customer experiences (help centers) in csm::testing::simulator: organization access (H1–H3), raising an
/// issue (H4) and the experiences a customer can access (C17, and C14's `expand`). The responses of all of
/// them are undocumented; docs/testing.md gives the shapes the simulator chose. Help centers are not created:
/// every help center id names one, with organization-restricted access. Not a public API.
namespace csm::testing::detail {

/// H1's page: `{startAt, limit, total, isLast, values: [OrganizationRef]}` (the simulator's choice).
struct organization_access_page {
    std::int32_t start_at = 0;
    std::int32_t limit = 0;
    std::int64_t total = 0;
    bool is_last = true;
    std::vector<rest::model::organization_ref> values;
};
BOOST_DESCRIBE_STRUCT(organization_access_page, (), (start_at, limit, total, is_last, values))

/// A Customer Experience as C17 and C14's `expand` list it: `{id}` (the simulator knows nothing else of it).
struct customer_experience {
    csm::help_center_id id;
    friend bool operator==(const customer_experience&, const customer_experience&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_experience, (), (id))

/// C17's answer: `{values: [CustomerExperience]}`.
struct customer_experiences {
    std::vector<customer_experience> values;
};
BOOST_DESCRIBE_STRUCT(customer_experiences, (), (values))

/// H1's page size when `limit` is absent or 0, and its maximum (undocumented; docs/testing.md).
inline constexpr std::int32_t organization_access_page_size = 50;

/// The help centers a customer can access: those that grant access to one of the customer's organizations,
/// in help-center id order.
inline std::vector<customer_experience> experiences_of(const site& s, const std::string& customer) {
    std::vector<customer_experience> out;
    for (const auto& [help_center, organizations] : s.help_center_access)
        if (std::any_of(organizations.begin(), organizations.end(), [&](const std::string& o) {
                return s.members.contains({o, customer});
            }))
            out.push_back({csm::help_center_id(help_center)});
    return out;
}

/// H1: the organizations with access, in id order, from `startAt`.
inline rest::http_response organization_access(const call& c, const site& s) {
    std::optional<rest::http_response> bad;
    const rest::help_center::get_organization_access ep{csm::help_center_id(c.param(0)), count_param(c, "startAt", bad),
                                                        count_param(c, "limit", bad)};
    if (bad) return *bad;
    if (auto e = ep.validate()) return bad_request(*e);
    organization_access_page out;
    out.start_at = ep.start_at.value_or(0);
    out.limit =
        std::min(ep.limit.value_or(0) == 0 ? organization_access_page_size : *ep.limit, organization_access_page_size);
    const auto it = s.help_center_access.find(c.param(0));
    if (it != s.help_center_access.end()) {
        std::size_t i = 0;
        for (const std::string& o : it->second) {
            if (i++ < static_cast<std::size_t>(out.start_at)) continue;
            if (out.values.size() == static_cast<std::size_t>(out.limit)) break;
            out.values.push_back({s.organizations.at(o).id, s.organizations.at(o).name});
        }
        out.total = static_cast<std::int64_t>(it->second.size());
    }
    out.is_last = static_cast<std::int64_t>(out.start_at) + out.limit >= out.total;
    return ok(out);
}

/// H2: the raw body read as `{"organizationIds": [...]}` (AssociateOrganizations' shape, ids as strings or
/// numbers): one to five existing organizations, all or none granted. Answers 204.
inline rest::http_response grant_organization_access(const call& c, site& s) {
    auto raw = read_body<rest::csm_request::raw_body>(c.req);
    if (!raw) return bad_request(raw.error());
    auto body = csm::json::from_value<rest::model::associate_organizations>(raw->unknown_members.members);
    if (!body) {
        csm::error e = std::move(body).error();
        e.pointer = "/body" + e.pointer;
        return bad_request(e);
    }
    const auto& ids = body->organization_ids.ids;
    if (ids.empty()) return bad_request(errc::invalid_value, "/body/organizationIds", "at least one organization id");
    if (auto e = rest::check::count(ids.size(), rest::help_center::max_granted_organizations, "/body/organizationIds"))
        return bad_request(*e);
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (!s.organizations.contains(ids[i].str()))
            return bad_request(errc::invalid_value, "/body/organizationIds/" + std::to_string(i),
                               "the id of an existing organization");
    for (const organization_id& o : ids) s.help_center_access[c.param(0)].insert(o.str());
    return no_content();
}

/// H4: the first raise attaches the help center's default form and answers `{"link": "<relative URL>"}`; a
/// second one finds the form attached: 409.
inline rest::http_response raise_issue(const call& c, site& s) {
    const std::string help_center = c.param(0);
    issue_record* issue = find_issue(s, c.param(1));
    if (!issue) return error(404, "Issue does not exist");
    if (issue->raised_on) return error(409, "A form is already attached to this issue");
    issue->raised_on = help_center;
    boost::json::object out;
    out["link"] = "/helpcenter/" + help_center + "/request/" + issue->key;
    return ok(boost::json::value(std::move(out)));
}

inline std::optional<rest::http_response> help_center_call(const call& c, site& s) {
    const std::string_view n = c.name;
    if (n == "help_center.organization_access.get") return organization_access(c, s);
    if (n == "help_center.organization_access.grant") return grant_organization_access(c, s);
    if (n == "help_center.organization_access.revoke") {
        if (const auto it = s.help_center_access.find(c.param(0)); it != s.help_center_access.end())
            it->second.erase(c.param(1));
        return no_content();
    }
    if (n == "help_center.issue.raise") return raise_issue(c, s);
    if (n == "customer.customer_experiences.get") {
        if (!s.customers.contains(c.params.at(0))) return error(404, "Customer does not exist");
        return ok(customer_experiences{experiences_of(s, c.params.at(0))});
    }
    return std::nullopt;
}

} // namespace csm::testing::detail

#endif

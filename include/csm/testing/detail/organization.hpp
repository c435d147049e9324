// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_DETAIL_ORGANIZATION_HPP
#define CSM_TESTING_DETAIL_ORGANIZATION_HPP

#include <csm/testing/detail/respond.hpp>
#include <csm/testing/detail/site.hpp>

#include <csm/rest/organization.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

/// Organizations in csm::testing::simulator (O5–O8, O11, O12). Not a public API.
namespace csm::testing::detail {

/// The organization with its details as O5 answers it.
inline rest::model::organization organization_view(const site& s, const rest::model::organization& o) {
    rest::model::organization out = o;
    out.details = s.fields[static_cast<std::size_t>(field_kind::organization)].details_of(o.id.str());
    return out;
}

/// O12, O15: the organizations a fetch body names, by id, then by name, each once; those not found are left
/// out, and above the documented cap (`max`) the service leaves items out rather than failing
/// (csm/rest/organization.hpp).
template <class FetchBody>
std::vector<const rest::model::organization*> fetched(const site& s, const FetchBody& body, std::size_t max) {
    std::vector<const rest::model::organization*> out;
    auto add = [&](const rest::model::organization& o) {
        if (out.size() < max && std::find(out.begin(), out.end(), &o) == out.end()) out.push_back(&o);
    };
    for (const organization_id& id : body.organization_ids.value_or(std::vector<organization_id>{}))
        if (const auto it = s.organizations.find(id.str()); it != s.organizations.end()) add(it->second);
    for (const std::string& name : body.organization_names.value_or(std::vector<std::string>{}))
        for (const auto& [id, o] : s.organizations)
            if (o.name == name) add(o);
    return out;
}

inline std::optional<rest::http_response> organization_call(const call& c, site& s) {
    namespace org = rest::organization;
    const std::string_view n = c.name;
    if (n == "organization.create" || n == "organization.update") {
        auto body = read_body<rest::model::organization_name_request>(c.req);
        if (!body) return bad_request(body.error());
        // The endpoint's own validate(): the fake and the client check the same rules.
        if (auto e = org::create_organization{*body}.validate()) return bad_request(*e);
        if (n == "organization.create") {
            organization_id id(std::to_string(s.next_id++));
            s.organizations.emplace(id.str(), rest::model::organization{id, body->name, {}});
            return ok(rest::model::organization_ref{id, body->name}, 201);
        }
        const auto it = s.organizations.find(c.params.at(0));
        if (it == s.organizations.end()) return error(404, "Organization does not exist");
        it->second.name = body->name;
        return ok(rest::model::organization_ref{it->second.id, it->second.name});
    }
    if (n == "organization.get" || n == "organization.delete" || n == "organization.detail_value.set") {
        const auto it = s.organizations.find(c.params.at(0));
        if (it == s.organizations.end()) return error(404, "Organization does not exist");
        if (n == "organization.get") return ok(organization_view(s, it->second));
        if (n == "organization.delete") {
            s.forget_entity(field_kind::organization, it->first);
            s.organizations.erase(it);
            return no_content();
        }
        auto body = read_body<rest::model::set_detail_values_request>(c.req);
        if (!body) return bad_request(body.error());
        const org::set_detail_value ep{it->second.id, rest::detail_field_name(c.query("fieldName").value_or("")),
                                       *body};
        if (auto e = ep.validate()) return bad_request(*e);
        return s.fields_of(field_kind::organization).set(it->first, ep.field_name.view(), *body);
    }
    if (n == "organization.fetch") {
        auto body = read_body<rest::model::fetch_organizations_request>(c.req);
        if (!body) return bad_request(body.error());
        rest::model::fetch_organizations_response out;
        for (const rest::model::organization* o : fetched(s, *body, org::max_fetched_organizations))
            out.organizations.push_back({o->id, o->name});
        return ok(out);
    }
    return std::nullopt;
}

} // namespace csm::testing::detail

#endif

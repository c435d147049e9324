// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_HELP_CENTER_HPP
#define CSM_REST_HELP_CENTER_HPP

#include <csm/error.hpp>
#include <csm/ids.hpp>
#include <csm/rest/check.hpp>
#include <csm/rest/csm_request.hpp> // raw_body
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http_method.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

/// Customer experiences (help centers): access by organization, and raising issues on a help center (H1–H4),
/// from the official "Customer experience" group page
/// (https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer-experience/).
/// All four are experimental. What the page shows is typed; the rest is raw JSON:
/// - paths and query parameters are typed; H2's body is raw (csm_request::raw_body, written verbatim); H4 has
///   no body; responses read as a raw boost::json::value (H2's may also be empty: std::optional);
/// - H4's scope is the page's; H1–H3's are the existing ones that fit, marked inferred
///   (`info.docs.scopes_inferred`): reading organizations for H1, writing organizations for H2 and H3.
namespace csm::rest::help_center {

/// Permission texts as the docs print them: the shared ones (csm::rest::permission) and H4's.
namespace permission {
using namespace csm::rest::permission;
inline constexpr std::string_view raise_issue =
    "able to view the help center, and a Customer Service Management agent with EDIT_ISSUES for the issue";
} // namespace permission

/// The most organizations H2 grants access to at once ("Grants up to 5 existing … organizations access"). Not
/// checked: the body's field names are not documented.
inline constexpr std::size_t max_granted_organizations = 5;

/// H1 — GET /helpcenter/{helpCenterId}/access/organization — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer-experience/
/// The organizations with access to a Customer
/// Experience, which must use organization-restricted access. One page from `startAt` (offset) with at most
/// `limit` items; the response envelope is not documented.
struct get_organization_access {
    csm::help_center_id help_center_id;
    std::optional<std::int32_t> start_at = {};
    std::optional<std::int32_t> limit = {};
    static constexpr endpoint_info info{
        .name = "help_center.organization_access.get",
        .path = "/helpcenter/{helpCenterId}/access/organization",
        .scopes = {"read:organization:jira-service-management"},
        .experimental = true,
        .docs = {.id = "H1",
                 .permission = permission::not_documented,
                 .limits = "startAt and limit not negative; response not documented",
                 .summary = "Returns the organizations that have access to a Customer Experience.",
                 .scopes_inferred = true}};
    using response = boost::json::value;

    std::optional<csm::error> validate() const {
        if (auto e = check::non_negative(start_at, "/query/startAt", "a non-negative offset")) return e;
        return check::non_negative(limit, "/query/limit", "a non-negative page size");
    }
    friend bool operator==(const get_organization_access&, const get_organization_access&) = default;
};
BOOST_DESCRIBE_STRUCT(get_organization_access, (), (help_center_id, start_at, limit))

/// H2 — POST /helpcenter/{helpCenterId}/access/organization — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer-experience/
/// Grants up to 5 existing organizations access to
/// a Customer Experience. The body is not documented: fill `body.unknown_members`. A success may come without
/// a body: the response is then std::nullopt (csm/rest/response.hpp).
struct grant_organization_access {
    csm::help_center_id help_center_id;
    csm_request::raw_body body;
    static constexpr endpoint_info info{
        .name = "help_center.organization_access.grant",
        .method = http_method::post,
        .path = "/helpcenter/{helpCenterId}/access/organization",
        .scopes = {"write:organization:jira-service-management"},
        .experimental = true,
        .docs = {.id = "H2",
                 .permission = permission::not_documented,
                 .limits = "up to 5 organizations (not checked); body not documented (raw members); success may "
                           "have an empty body",
                 .summary = "Grants up to 5 existing organizations access to a Customer Experience.",
                 .scopes_inferred = true}};
    using response = std::optional<boost::json::value>;
    friend bool operator==(const grant_organization_access&, const grant_organization_access&) = default;
};
BOOST_DESCRIBE_STRUCT(grant_organization_access, (), (help_center_id, body))

/// H3 — DELETE /helpcenter/{helpCenterId}/access/organization/{organizationId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer-experience/
/// Removes an organization's
/// access to a Customer Experience; nothing happens when it had none.
struct revoke_organization_access {
    csm::help_center_id help_center_id;
    csm::organization_id organization_id;
    static constexpr endpoint_info info{
        .name = "help_center.organization_access.revoke",
        .method = http_method::delete_,
        .path = "/helpcenter/{helpCenterId}/access/organization/{organizationId}",
        .scopes = {"write:organization:jira-service-management"},
        .experimental = true,
        .docs = {.id = "H3",
                 .permission = permission::not_documented,
                 .summary = "Removes an organization's access to a Customer Experience.",
                 .scopes_inferred = true}};
    using response = no_content;
    friend bool operator==(const revoke_organization_access&, const revoke_organization_access&) = default;
};
BOOST_DESCRIBE_STRUCT(revoke_organization_access, (), (help_center_id, organization_id))

/// H4 — POST /helpcenter/{helpCenterId}/issue/{issueIdOrKey}/raise — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer-experience/
/// Raises an existing issue on a help
/// center, so that its reporter sees it there. When the issue has no submitted form, the help center's default
/// form is attached and submitted with the issue's Summary and Description; when a form is already attached,
/// 409 Conflict (api_error_kind::conflict). The request has no body. The answer is "a link to the raised issue
/// in the support site", whose shape the page does not show: a raw boost::json::value.
struct raise_issue {
    csm::help_center_id help_center_id;
    csm::issue_id_or_key issue_id_or_key;
    static constexpr endpoint_info info{
        .name = "help_center.issue.raise",
        .method = http_method::post,
        .path = "/helpcenter/{helpCenterId}/issue/{issueIdOrKey}/raise",
        .scopes = {csm_request::write_scope},
        .experimental = true,
        .docs = {.id = "H4",
                 .permission = permission::raise_issue,
                 .limits = "409 when a form is already attached; response shape not shown (raw JSON)",
                 .summary = "Raises an issue on a help center."}};
    using response = boost::json::value;
    friend bool operator==(const raise_issue&, const raise_issue&) = default;
};
BOOST_DESCRIBE_STRUCT(raise_issue, (), (help_center_id, issue_id_or_key))

} // namespace csm::rest::help_center

#endif

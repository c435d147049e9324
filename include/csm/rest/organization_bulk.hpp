// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_ORGANIZATION_BULK_HPP
#define CSM_REST_ORGANIZATION_BULK_HPP

#include <csm/error.hpp>
#include <csm/ids.hpp>
#include <csm/json/unknown_fields.hpp>
#include <csm/open_enum.hpp>
#include <csm/rest/check.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http_method.hpp>
#include <csm/rest/idempotency_key.hpp>
#include <csm/rest/model/bulk.hpp>
#include <csm/rest/model/detail_field.hpp>
#include <csm/rest/model/organization.hpp>
#include <csm/rest/model/task.hpp>
#include <csm/rest/organization.hpp> // organization::permission

#include <boost/describe/class.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Organization bulk operations (docs/decisions.md#endpoint-groups, B5–B8; all newer than the seed pages). Every one is
/// asynchronous: it requires an Idempotency-Key (csm::rest::idempotency_key, e.g. generate_uuid_v4()) and
/// answers with a task reference (model::task_submit_response) to poll with the task-status endpoint (T1).
///
///     csm::rest::organization_bulk::manage_profiles ep{
///         .idempotency_key = csm::rest::idempotency_key::generate_uuid_v4(),
///         .body = {.organization_profiles = {...}}};
namespace csm::rest::organization_bulk {

/// Client-side limits (docs/decisions.md#bulk-limits).
inline constexpr std::size_t max_definitions = 50; ///< B5: detail-field definitions per request
/// B6: operations in total, counted across all organizations of the request. The default of
/// update_detail_values::max_operations: the limit is configurable, like B2's.
inline constexpr std::size_t default_max_detail_value_operations = 1000;
inline constexpr std::size_t max_organization_operations = 50; ///< B7: operations per request
inline constexpr std::size_t max_profile_operations = 100;     ///< B8: operations per request

// ---- B5: detail-field definitions (the body, model::detail_field_definitions_request, is shared with B1) -----

namespace detail {

/// ASCII case folding after Java-style trimming (characters up to U+0020 at both ends). Non-ASCII letters are
/// compared as they are: how the server folds them is not documented.
/// Compared in place, without building keys, so that validating a valid body allocates nothing (W4 in
/// docs/performance.md).
constexpr std::string_view trimmed(std::string_view name) noexcept {
    std::size_t b = 0, e = name.size();
    while (b < e && static_cast<unsigned char>(name[b]) <= 0x20) ++b;
    while (e > b && static_cast<unsigned char>(name[e - 1]) <= 0x20) --e;
    return name.substr(b, e - b);
}
constexpr char fold_ascii(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool same_name(std::string_view a, std::string_view b) noexcept {
    a = trimmed(a);
    b = trimmed(b);
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return fold_ascii(x) == fold_ascii(y); });
}

} // namespace detail

/// The client-side checks of a definitions body (B5, and B1 in csm/rest/customer_bulk.hpp): at most 50
/// definitions; names non-blank and unique within the request (ASCII case-insensitively, after trimming); at
/// most 50 options per field unless `limits.ui_limits` is off. Pointers start at "/body/detailFields".
inline std::optional<csm::error> check_definitions(const model::detail_field_definitions_request& body,
                                                   const limit_options& limits = {}) {
    const auto& fields = body.detail_fields;
    if (auto e = check::count(fields.size(), max_definitions, "/body/detailFields")) return e;
    // Pointers are built only for an error: a valid body costs no allocation.
    const auto at = [](std::size_t i, std::string_view rest) {
        return "/body/detailFields/" + std::to_string(i) + std::string(rest);
    };
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (check::is_blank(fields[i].name)) return check::name(fields[i].name, at(i, "/name"));
        for (std::size_t j = 0; j < i; ++j)
            if (detail::same_name(fields[j].name, fields[i].name))
                return csm::error{errc::invalid_value, at(i, "/name"),
                                  "a name unique within the request (case-insensitive, trimmed)"};
        if (limits.ui_limits && fields[i].type.options &&
            fields[i].type.options->size() > check::max_detail_field_options)
            return check::options_count(fields[i].type.options, limits.ui_limits, at(i, "/type/options"));
    }
    return std::nullopt;
}

/// B5 — POST /organization/details/definitions/bulk — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization-bulk-operations/#api-api-v1-organization-details-definitions-bulk-post
/// Creates up to 50 organization detail fields at once. Names must be unique within the request
/// (case-insensitively, after trimming) and must not clash with existing fields; any clash fails the whole
/// request with 400 and nothing is created. The client checks what it can: the count, blank names, duplicates
/// within the request, and at most 50 options per field.
struct create_detail_field_definitions {
    csm::rest::idempotency_key idempotency_key;
    model::detail_field_definitions_request body;
    static constexpr endpoint_info info{
        .name = "organization_bulk.detail_field_definitions.create",
        .method = http_method::post,
        .path = "/organization/details/definitions/bulk",
        .scopes = {"write:organization.detail-field:jira-service-management"},
        .bulk = true,
        .docs = {.id = "B5",
                 .permission = organization::permission::admin,
                 .limits = "at most 50 definitions; names non-empty and unique case-insensitively after trimming; "
                           "at most 50 options per field",
                 .summary = "Creates organization detail fields in bulk (asynchronous)."}};
    using response = model::task_submit_response;

    std::optional<csm::error> validate(const limit_options& limits) const { return check_definitions(body, limits); }
    friend bool operator==(const create_detail_field_definitions&, const create_detail_field_definitions&) = default;
};
BOOST_DESCRIBE_STRUCT(create_detail_field_definitions, (), (idempotency_key, body))

// ---- B6: detail values -------------------------------------------------------------------------------------

/// One organization's operations in B6. The B6 body was not captured by the reference: this mirrors the
/// documented customer form (B2, `{customerId, operations}`) with `organizationId` (unconfirmed, docs/decisions.md#bulk-bodies).
/// Members the model does not name go in `unknown_members` (raw members, written verbatim).
struct organization_detail_operations {
    csm::organization_id organization_id;
    std::vector<model::bulk_detail_value_operation> operations;
    csm::json::unknown_fields unknown_members{};
    friend bool operator==(const organization_detail_operations&, const organization_detail_operations&) = default;
};
BOOST_DESCRIBE_STRUCT(organization_detail_operations, (), (organization_id, operations, unknown_members))

/// The body of B6: `{"organizations": [{organizationId, operations: [...]}]}` — the wrapper name
/// `organizations` is what the reference suggests ("probably {organizations: [...]}"; unconfirmed).
/// If the guess is wrong, leave `organizations` empty and put the array in `unknown_members` (raw members).
struct detail_values_request {
    std::vector<organization_detail_operations> organizations;
    csm::json::unknown_fields unknown_members{};
    friend bool operator==(const detail_values_request&, const detail_values_request&) = default;
};
BOOST_DESCRIBE_STRUCT(detail_values_request, (), (organizations, unknown_members))

/// B6 — POST /organization/details/bulk — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization-bulk-operations/#api-api-v1-organization-details-bulk-post
/// Updates, patches or deletes organization detail values in bulk: at most 1000 operations in total,
/// counted across all organizations of the request (the newer rule, docs/decisions.md#bulk-limits). Body unconfirmed.
struct update_detail_values {
    csm::rest::idempotency_key idempotency_key;
    detail_values_request body;
    /// The client-side limit validate() applies. Not a request parameter: it is not described, so
    /// build_request never sends it.
    std::size_t max_operations = default_max_detail_value_operations;
    static constexpr endpoint_info info{
        .name = "organization_bulk.detail_values.update",
        .method = http_method::post,
        .path = "/organization/details/bulk",
        .scopes = {"write:organization.detail:jira-service-management"},
        .bulk = true,
        .docs = {.id = "B6",
                 .permission = organization::permission::user,
                 .limits = "at most 1000 operations in total across all organizations (configurable); field names "
                           "non-empty",
                 .summary = "Updates organization detail values in bulk (asynchronous; body unconfirmed).",
                 .scopes_inferred = true}};
    using response = model::task_submit_response;

    std::optional<csm::error> validate() const {
        std::size_t total = 0;
        for (const auto& org : body.organizations) total += org.operations.size();
        if (auto e = check::count(total, max_operations, "/body/organizations")) return e;
        for (std::size_t i = 0; i < body.organizations.size(); ++i) {
            const auto& ops = body.organizations[i].operations;
            for (std::size_t j = 0; j < ops.size(); ++j)
                if (check::is_blank(ops[j].payload.name)) // the pointer is built only for an error
                    return check::name(ops[j].payload.name, "/body/organizations/" + std::to_string(i) +
                                                                "/operations/" + std::to_string(j) + "/payload/name");
        }
        return std::nullopt;
    }
    friend bool operator==(const update_detail_values&, const update_detail_values&) = default;
};
BOOST_DESCRIBE_STRUCT(update_detail_values, (), (idempotency_key, body))

namespace detail {

/// B7 and B8 identify an organization by `id` or `name` (docs/decisions.md#bulk-bodies): at least one must be there, and a
/// name that is there must not be blank.
template <class Operations>
std::optional<csm::error> check_identified(const Operations& ops, std::string_view list_pointer) {
    // Pointers are built only for an error: a valid body costs no allocation.
    const auto at = [&](std::size_t i, std::string_view rest) {
        return std::string(list_pointer) + "/" + std::to_string(i) + "/payload" + std::string(rest);
    };
    for (std::size_t i = 0; i < ops.size(); ++i) {
        const auto& payload = ops[i].payload;
        if (!payload.id && !payload.name)
            return csm::error{errc::invalid_value, at(i, ""), "an organization id or name"};
        if (payload.name && check::is_blank(*payload.name)) return check::name(*payload.name, at(i, "/name"));
    }
    return std::nullopt;
}

} // namespace detail

// ---- B7: organizations -------------------------------------------------------------------------------------

/// The payload of a B7 operation. Not captured by the reference: modelled on the B8 payload without its
/// profile parts (an organization is identified by `id` or `name`; unconfirmed, docs/decisions.md#bulk-bodies).
/// Other payload members go in `unknown_members` (raw members, written verbatim).
struct organization_payload {
    std::optional<csm::organization_id> id = {};
    std::optional<std::string> name = {};
    csm::json::unknown_fields unknown_members{};
    friend bool operator==(const organization_payload&, const organization_payload&) = default;
};
BOOST_DESCRIBE_STRUCT(organization_payload, (), (id, name, unknown_members))

/// One B7 operation: `{operationType, payload: {id?, name?}}` (unconfirmed).
struct organization_operation {
    model::bulk_operation_type operation_type;
    organization_payload payload;
    friend bool operator==(const organization_operation&, const organization_operation&) = default;
};
BOOST_DESCRIBE_STRUCT(organization_operation, (), (operation_type, payload))

/// The body of B7: `{"organizations": [...]}`. The wrapper name is not documented either; `organizations`
/// follows B8's `organizationProfiles` and B6 (unconfirmed).
struct organizations_request {
    std::vector<organization_operation> organizations;
    csm::json::unknown_fields unknown_members{};
    friend bool operator==(const organizations_request&, const organizations_request&) = default;
};
BOOST_DESCRIBE_STRUCT(organizations_request, (), (organizations, unknown_members))

/// B7 — POST /organization/bulk — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization-bulk-operations/#api-api-v1-organization-bulk-post
/// Creates or updates up to 50 organizations (asynchronous). Body unconfirmed.
struct manage_organizations {
    csm::rest::idempotency_key idempotency_key;
    organizations_request body;
    static constexpr endpoint_info info{
        .name = "organization_bulk.organizations.manage",
        .method = http_method::post,
        .path = "/organization/bulk",
        .scopes = {"write:organization:jira-service-management"},
        .bulk = true,
        .docs = {.id = "B7",
                 .permission = organization::permission::user_create,
                 .limits = "at most 50 operations; each identifies an organization by id or non-empty name",
                 .summary = "Creates or updates organizations in bulk (asynchronous; body unconfirmed).",
                 .scopes_inferred = true}};
    using response = model::task_submit_response;

    std::optional<csm::error> validate() const {
        if (auto e = check::count(body.organizations.size(), max_organization_operations, "/body/organizations"))
            return e;
        return detail::check_identified(body.organizations, "/body/organizations");
    }
    friend bool operator==(const manage_organizations&, const manage_organizations&) = default;
};
BOOST_DESCRIBE_STRUCT(manage_organizations, (), (idempotency_key, body))

// ---- B8: organization profiles -----------------------------------------------------------------------------

/// The payload of a BulkManageOrganizationProfileOperation. An UPSERT with only `id` does not create; `name`
/// is needed to create. Whether `associateProducts` is allowed too is unknown, so it is not modelled.
struct organization_profile_payload {
    std::optional<csm::organization_id> id = {};
    std::optional<std::string> name = {};
    std::optional<std::vector<model::profile_detail_value_request>> details = {};
    std::optional<model::associate_customers> associate_customers = {};
    friend bool operator==(const organization_profile_payload&, const organization_profile_payload&) = default;
};
BOOST_DESCRIBE_STRUCT(organization_profile_payload, (), (id, name, details, associate_customers))

/// BulkManageOrganizationProfileOperation: `{operationType, payload}`.
struct organization_profile_operation {
    model::bulk_operation_type operation_type;
    organization_profile_payload payload;
    friend bool operator==(const organization_profile_operation&, const organization_profile_operation&) = default;
};
BOOST_DESCRIBE_STRUCT(organization_profile_operation, (), (operation_type, payload))

/// The body of B8: `{"organizationProfiles": [...]}`.
struct organization_profiles_request {
    std::vector<organization_profile_operation> organization_profiles;
    friend bool operator==(const organization_profiles_request&, const organization_profiles_request&) = default;
};
BOOST_DESCRIBE_STRUCT(organization_profiles_request, (), (organization_profiles))

/// B8 — POST /organization/profile/bulk — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization-bulk-operations/#api-api-v1-organization-profile-bulk-post
/// Creates, updates or upserts up to 100 organization profiles (asynchronous).
struct manage_profiles {
    csm::rest::idempotency_key idempotency_key;
    organization_profiles_request body;
    static constexpr endpoint_info info{
        .name = "organization_bulk.profiles.manage",
        .method = http_method::post,
        .path = "/organization/profile/bulk",
        .scopes = {"write:organization.profile:jira-service-management"},
        .experimental =
            true, // older versions of the bulk page require X-ExperimentalApi (docs/decisions.md#experimental-header)
        .bulk = true,
        .docs = {.id = "B8",
                 .permission = organization::permission::user_create,
                 .limits = "at most 100 operations; each identifies an organization by id or non-empty name; "
                           "detail names non-empty",
                 .summary = "Creates, updates or upserts organization profiles in bulk (asynchronous)."}};
    using response = model::task_submit_response;

    std::optional<csm::error> validate() const {
        const auto& ops = body.organization_profiles;
        if (auto e = check::count(ops.size(), max_profile_operations, "/body/organizationProfiles")) return e;
        if (auto e = detail::check_identified(ops, "/body/organizationProfiles")) return e;
        for (std::size_t i = 0; i < ops.size(); ++i)
            if (ops[i].payload.details)
                for (const auto& d : *ops[i].payload.details)
                    if (check::is_blank(d.name)) // the pointer is built only for an error
                        return check::detail_names(*ops[i].payload.details, "/body/organizationProfiles/" +
                                                                                std::to_string(i) + "/payload/details");
        return std::nullopt;
    }
    friend bool operator==(const manage_profiles&, const manage_profiles&) = default;
};
BOOST_DESCRIBE_STRUCT(manage_profiles, (), (idempotency_key, body))

} // namespace csm::rest::organization_bulk

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_CUSTOMER_BULK_HPP
#define CSM_REST_CUSTOMER_BULK_HPP

#include <csm/error.hpp>
#include <csm/ids.hpp>
#include <csm/json/unknown_fields.hpp>
#include <csm/rest/check.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http_method.hpp>
#include <csm/rest/idempotency_key.hpp>
#include <csm/rest/model/bulk.hpp>
#include <csm/rest/model/detail_field.hpp>
#include <csm/rest/model/organization_ids.hpp>
#include <csm/rest/model/task.hpp>
#include <csm/rest/organization.hpp> // organization::permission
#include <csm/rest/organization_bulk.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

/// Customer bulk operations (docs/decisions.md#endpoint-groups, B1–B4; all newer than the seed pages). Every one is asynchronous:
/// it requires an Idempotency-Key (csm::rest::idempotency_key, e.g. generate_uuid_v4()) and answers with a task
/// reference (model::task_submit_response) to poll with the task-status endpoint (T1).
///
///     csm::rest::customer_bulk::manage_profiles ep{
///         .idempotency_key = csm::rest::idempotency_key::generate_uuid_v4(),
///         .body = {.customer_profiles = {...}}};
namespace csm::rest::customer_bulk {

/// Client-side limits (docs/decisions.md#bulk-limits).
inline constexpr std::size_t max_definitions = organization_bulk::max_definitions; ///< B1: 50 definitions
/// B2: detail-field operations in total, counted across all customers of the request (the newer rule; an older
/// guide said 100 customers). The default of update_detail_values::max_operations: the limit is configurable.
inline constexpr std::size_t default_max_detail_value_operations = 1000;
inline constexpr std::size_t max_account_operations = 50;  ///< B3 (quick start: account APIs "Up to 50 per request")
inline constexpr std::size_t max_profile_operations = 100; ///< B4 (quick start: profile APIs "Up to 100 per request")

// ---- B1: detail-field definitions --------------------------------------------------------------------------

/// B1 — POST /customer/details/definitions/bulk — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer-bulk-operations/#api-api-v1-customer-details-definitions-bulk-post
/// Creates up to 50 customer detail fields at once. Names must be unique within the request
/// (case-insensitively, after trimming) and must not clash with existing fields; any clash fails the whole
/// request with 400 and nothing is created. The client checks what it can, with exactly B5's rules: the
/// count, blank names, duplicates within the request (ASCII case folding), and at most 50 options per field.
struct create_detail_field_definitions {
    csm::rest::idempotency_key idempotency_key;
    model::detail_field_definitions_request body;
    static constexpr endpoint_info info{
        .name = "customer_bulk.detail_field_definitions.create",
        .method = http_method::post,
        .path = "/customer/details/definitions/bulk",
        .scopes = {"write:customer.detail-field:jira-service-management"},
        .bulk = true,
        .docs = {.id = "B1",
                 .permission = organization::permission::admin,
                 .limits = "at most 50 definitions; names non-empty and unique case-insensitively after trimming; "
                           "at most 50 options per field",
                 .summary = "Creates customer detail fields in bulk (asynchronous)."}};
    using response = model::task_submit_response;

    std::optional<csm::error> validate(const limit_options& limits) const {
        return organization_bulk::check_definitions(body, limits);
    }
    friend bool operator==(const create_detail_field_definitions&, const create_detail_field_definitions&) = default;
};
BOOST_DESCRIBE_STRUCT(create_detail_field_definitions, (), (idempotency_key, body))

// ---- B2: detail values -------------------------------------------------------------------------------------

/// BulkCustomerDetailFieldOperation: one customer's operations, `{customerId, operations: [...]}`.
struct customer_detail_operations {
    csm::customer_id customer_id;
    std::vector<model::bulk_detail_value_operation> operations;
    friend bool operator==(const customer_detail_operations&, const customer_detail_operations&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_detail_operations, (), (customer_id, operations))

/// The body of B2: `{"customers": [...]}`.
struct detail_values_request {
    std::vector<customer_detail_operations> customers;
    friend bool operator==(const detail_values_request&, const detail_values_request&) = default;
};
BOOST_DESCRIBE_STRUCT(detail_values_request, (), (customers))

/// B2 — POST /customer/details/bulk — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer-bulk-operations/#api-api-v1-customer-details-bulk-post
/// Updates, patches or deletes customer detail values in bulk (operations can be combined). The newer
/// docs allow 1000 detail-field operations in total, counted across all customers of the request; an older
/// guide said "100 customers" (docs/decisions.md#bulk-limits). The client applies the newer rule through
/// `max_operations`, which a caller may change when Atlassian changes the limit. Which customer ids are accepted
/// (Customer Accounts only, or eligible Atlassian Accounts too) differs between sources (docs/decisions.md#customer-id-formats).
struct update_detail_values {
    csm::rest::idempotency_key idempotency_key;
    detail_values_request body;
    /// The client-side limit validate() applies. Not a request parameter: it is not described, so
    /// build_request never sends it.
    std::size_t max_operations = default_max_detail_value_operations;

    static constexpr endpoint_info info{
        .name = "customer_bulk.detail_values.update",
        .method = http_method::post,
        .path = "/customer/details/bulk",
        .scopes = {"write:customer.detail:jira-service-management"},
        .experimental =
            true, // older versions of the bulk page require X-ExperimentalApi (docs/decisions.md#experimental-header)
        .bulk = true,
        .docs = {.id = "B2",
                 .permission = organization::permission::user,
                 .limits = "at most 1000 detail-field operations in total across all customers (configurable); "
                           "customer ids and field names non-empty",
                 .summary = "Updates, patches or deletes customer detail values in bulk (asynchronous)."}};
    using response = model::task_submit_response;

    std::optional<csm::error> validate() const {
        std::size_t total = 0;
        for (const customer_detail_operations& c : body.customers) total += c.operations.size();
        if (auto e = check::count(total, max_operations, "/body/customers")) return e;
        // Pointers are built only for an error: a valid body costs no allocation.
        const auto at = [](std::size_t i) { return "/body/customers/" + std::to_string(i); };
        for (std::size_t i = 0; i < body.customers.size(); ++i) {
            if (body.customers[i].customer_id.view().empty())
                return check::not_empty(body.customers[i].customer_id.view(), at(i) + "/customerId",
                                        "a non-empty customer id");
            const auto& ops = body.customers[i].operations;
            for (std::size_t j = 0; j < ops.size(); ++j)
                if (check::is_blank(ops[j].payload.name))
                    return check::name(ops[j].payload.name,
                                       at(i) + "/operations/" + std::to_string(j) + "/payload/name");
        }
        return std::nullopt;
    }
    friend bool operator==(const update_detail_values&, const update_detail_values&) = default;
};
BOOST_DESCRIBE_STRUCT(update_detail_values, (), (idempotency_key, body))

// ---- B3: customer accounts ---------------------------------------------------------------------------------

/// The body of B3. The docs give an array of BulkCustomerAccountOperationRequest "under a wrapper field whose
/// name is unknown", and the operations' fields are unknown too (docs/decisions.md#bulk-bodies). So:
/// - `customers` is a **guess** for the wrapper name (it mirrors B2's `customers`; unconfirmed), and each
///   operation is a raw JSON object that the caller fills in;
/// - if the guess is wrong, leave `customers` empty and put the array under the right name in
///   `unknown_members` (raw members, written after the known ones, unchanged: the one mechanism every body
///   whose shape is partly unknown uses, docs/rest.md "Raw members").
/// validate() counts the operations in `customers` and in every array of `unknown_members` together.
struct accounts_request {
    std::optional<std::vector<boost::json::object>> customers = {};
    csm::json::unknown_fields unknown_members{};
    friend bool operator==(const accounts_request&, const accounts_request&) = default;
};
BOOST_DESCRIBE_STRUCT(accounts_request, (), (customers, unknown_members))

/// B3 — POST /customer/bulk — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer-bulk-operations/#api-api-v1-customer-bulk-post
/// Creates or updates up to 50 customer accounts (asynchronous). Body largely unknown (see accounts_request).
struct manage_accounts {
    csm::rest::idempotency_key idempotency_key;
    accounts_request body;
    static constexpr endpoint_info info{
        .name = "customer_bulk.accounts.manage",
        .method = http_method::post,
        .path = "/customer/bulk",
        .scopes = {"write:customer:jira-service-management"},
        .experimental =
            true, // older versions of the bulk page require X-ExperimentalApi (docs/decisions.md#experimental-header)
        .bulk = true,
        .docs = {.id = "B3",
                 .permission = organization::permission::admin,
                 .limits = "at most 50 operations; wrapper name and operation fields unconfirmed",
                 .summary = "Creates or updates customer accounts in bulk (asynchronous; body unconfirmed)."}};
    using response = model::task_submit_response;

    std::optional<csm::error> validate() const {
        std::size_t total = body.customers ? body.customers->size() : 0;
        for (const auto& kv : body.unknown_members.members)
            if (const boost::json::array* a = kv.value().if_array()) total += a->size();
        return check::count(total, max_account_operations, "/body/customers");
    }
    friend bool operator==(const manage_accounts&, const manage_accounts&) = default;
};
BOOST_DESCRIBE_STRUCT(manage_accounts, (), (idempotency_key, body))

// ---- B4: customer profiles ---------------------------------------------------------------------------------

/// The payload of a customer-profile operation (docs/decisions.md#bulk-bodies). Identify the customer by `email` or
/// `customerId`; eligible Atlassian Accounts must be identified by `customerId`; an UPSERT with only
/// `customerId` does not create; CREATE (and an UPSERT that creates) makes Customer Accounts only; Atlassian
/// Account display names cannot be changed here. Organization ids are strings by default; third-party code
/// sends numbers (`model::organization_ids::as_numbers`). Whether `details` or `associateProducts` are
/// accepted is unknown, so they are not modelled.
struct customer_profile_payload {
    std::optional<csm::customer_id> customer_id = {};
    std::optional<std::string> email = {};
    std::optional<std::string> display_name = {};
    std::optional<model::associate_organizations> associate_organizations = {};
    friend bool operator==(const customer_profile_payload&, const customer_profile_payload&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_profile_payload, (), (customer_id, email, display_name, associate_organizations))

/// BulkCustomerProfileOperation: `{operationType, payload}`.
struct customer_profile_operation {
    model::bulk_operation_type operation_type;
    customer_profile_payload payload;
    friend bool operator==(const customer_profile_operation&, const customer_profile_operation&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_profile_operation, (), (operation_type, payload))

/// The body of B4: `{"customerProfiles": [...]}` (wrapper name known only from third-party code; unconfirmed).
struct profiles_request {
    std::vector<customer_profile_operation> customer_profiles;
    friend bool operator==(const profiles_request&, const profiles_request&) = default;
};
BOOST_DESCRIBE_STRUCT(profiles_request, (), (customer_profiles))

/// B4 — POST /customer/profile/bulk — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer-bulk-operations/#api-api-v1-customer-profile-bulk-post
/// Creates, updates or upserts up to 100 customer profiles (asynchronous). Scope unconfirmed (a
/// third-party integration also requests write:customer).
struct manage_profiles {
    csm::rest::idempotency_key idempotency_key;
    profiles_request body;
    static constexpr endpoint_info info{
        .name = "customer_bulk.profiles.manage",
        .method = http_method::post,
        .path = "/customer/profile/bulk",
        .scopes = {"write:customer.profile:jira-service-management"},
        .bulk = true,
        .docs = {.id = "B4",
                 .permission = permission::admin_and_user,
                 .limits = "at most 100 operations; each identifies a customer by customerId or non-empty email; "
                           "numeric organizationIds must be decimal integers",
                 .summary = "Creates, updates or upserts customer profiles in bulk (asynchronous).",
                 .scopes_inferred = true}};
    using response = model::task_submit_response;

    std::optional<csm::error> validate() const {
        const auto& ops = body.customer_profiles;
        if (auto e = check::count(ops.size(), max_profile_operations, "/body/customerProfiles")) return e;
        // Pointers are built only for an error: a valid body costs no allocation.
        const auto at = [](std::size_t i) { return "/body/customerProfiles/" + std::to_string(i) + "/payload"; };
        for (std::size_t i = 0; i < ops.size(); ++i) {
            const customer_profile_payload& p = ops[i].payload;
            if (!p.customer_id && !p.email) return csm::error{errc::invalid_value, at(i), "a customer id or an email"};
            if (p.customer_id && p.customer_id->view().empty())
                return check::not_empty(p.customer_id->view(), at(i) + "/customerId", "a non-empty customer id");
            if (p.email && check::is_blank(*p.email)) return check::email(*p.email, at(i) + "/email");
            if (p.associate_organizations && p.associate_organizations->organization_ids.find_non_numeric())
                return check::numeric_ids(p.associate_organizations->organization_ids,
                                          at(i) + "/associateOrganizations/organizationIds");
        }
        return std::nullopt;
    }
    friend bool operator==(const manage_profiles&, const manage_profiles&) = default;
};
BOOST_DESCRIBE_STRUCT(manage_profiles, (), (idempotency_key, body))

} // namespace csm::rest::customer_bulk

#endif

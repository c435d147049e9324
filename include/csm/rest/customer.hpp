// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_CUSTOMER_HPP
#define CSM_REST_CUSTOMER_HPP

#include <csm/error.hpp>
#include <csm/ids.hpp>
#include <csm/json/codec.hpp>
#include <csm/json/fields.hpp>
#include <csm/json/unknown_fields.hpp>
#include <csm/open_enum.hpp>
#include <csm/rest/check.hpp>
#include <csm/rest/detail_fields.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http_method.hpp>
#include <csm/rest/model/detail_field.hpp>
#include <csm/rest/model/entitlement.hpp>
#include <csm/rest/model/organization_ids.hpp>
#include <csm/rest/model/organization_ref.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Customers (docs/decisions.md#endpoint-groups, C1–C17): detail-field definitions, customers and their detail values,
/// entitlements, customer accounts and customer profiles. C1–C12 and C14–C16 are on the seed page; C13, C17
/// and C14's `expand` query are newer (known only from the newer reference text).
///
/// The API names the same customer differently per endpoint family (docs/decisions.md#customer-names-per-endpoint), so each family
/// has its own response type: customer (C5), customer_search_hit (C6), customer_account_created (C10),
/// customer_account (C11, C12) and customer_profile (C14–C16).
namespace csm::rest::customer {

/// Permission texts as the docs print them: the shared ones (csm::rest::permission) and two of C6 and C14.
namespace permission {
using namespace csm::rest::permission;
inline constexpr std::string_view agent_restricted_fields =
    "Jira Service Management agent; Administer Jira global permission to retrieve restricted information such "
    "as the email address";
inline constexpr std::string_view user_expand =
    "Customer Service Management or Jira Service Management user; expand needs a Customer Service Management user";
} // namespace permission

// ---- schemas (used by this resource only; docs/adding-an-endpoint.md#schemas) --------------------------------

/// Customer (C5): the classic shape with DetailField values and organization memberships.
struct customer {
    csm::customer_id id;
    std::string name;
    std::vector<model::detail_field> details;
    std::vector<model::organization_ref> organizations;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("details"),
                                                            csm::json::default_if_missing("organizations")};
    friend bool operator==(const customer&, const customer&) = default;
};
BOOST_DESCRIBE_STRUCT(customer, (), (id, name, details, organizations))

/// SearchDetailField (C6): one `{name, value}` criterion.
struct search_detail_field {
    std::string name;
    std::string value;
    friend bool operator==(const search_detail_field&, const search_detail_field&) = default;
};
BOOST_DESCRIBE_STRUCT(search_detail_field, (), (name, value))

/// CustomerSearchRequest (C6): `detailFields` is required and, client-side, must not be empty. How several
/// criteria combine (AND is likely) and whether matching is exact are not documented (docs/decisions.md#customer-search-paging).
struct customer_search_request {
    std::vector<search_detail_field> detail_fields;
    friend bool operator==(const customer_search_request&, const customer_search_request&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_search_request, (), (detail_fields))

/// An item of CustomerSearchResult.customers. `email` is "restricted information" that only callers with the
/// Administer Jira global permission get, so it is optional (inferred; docs/decisions.md#customer-names-per-endpoint).
struct customer_search_hit {
    csm::customer_id id;
    std::string name;
    std::optional<std::string> email;
    friend bool operator==(const customer_search_hit&, const customer_search_hit&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_search_hit, (), (id, name, email))

/// CustomerSearchResult (C6): one page. The docs state no required fields, so every paging number reads as
/// optional; next_page() copes with any of them missing.
struct customer_search_result {
    std::optional<std::int32_t> page = {};
    std::optional<std::int32_t> max_results = {};
    std::optional<std::int64_t> total = {};
    std::optional<bool> is_last = {};
    std::vector<customer_search_hit> customers;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("customers")};
    friend bool operator==(const customer_search_result&, const customer_search_result&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_search_result, (), (page, max_results, total, is_last, customers))

/// CreateCustomerAccountRequest (C10): `email` required (and, client-side, not empty), `displayName` optional.
struct create_customer_account_request {
    std::optional<std::string> display_name = {};
    std::string email;
    friend bool operator==(const create_customer_account_request&, const create_customer_account_request&) = default;
};
BOOST_DESCRIBE_STRUCT(create_customer_account_request, (), (display_name, email))

/// CustomerAccountCreated (C10): the new Customer Account's `qm:` id, display name and email. Only the id is
/// required: without it the answer is useless, and the docs confirm no field's presence.
struct customer_account_created {
    csm::customer_id customer_id;
    std::optional<std::string> display_name = {};
    std::optional<std::string> email = {};
    friend bool operator==(const customer_account_created&, const customer_account_created&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_account_created, (), (customer_id, display_name, email))

/// CustomerAccount (C11, C12): display name and email; it carries **no id** (docs/decisions.md#customer-names-per-endpoint). Both
/// read as optional, since the docs do not confirm that either is always there.
struct customer_account {
    std::optional<std::string> display_name = {};
    std::optional<std::string> email = {};
    friend bool operator==(const customer_account&, const customer_account&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_account, (), (display_name, email))

/// UpdateCustomerAccountRequest (C12): the display name only; required and, client-side, not empty.
struct update_customer_account_request {
    std::string display_name;
    friend bool operator==(const update_customer_account_request&, const update_customer_account_request&) = default;
};
BOOST_DESCRIBE_STRUCT(update_customer_account_request, (), (display_name))

/// CustomerProfile (C14–C16). With `expand=accessibleCustomerExperiences` (C14) the server adds a field whose
/// name and shape are undocumented (docs/decisions.md#undocumented-response-shapes): it, and any other key this model does not know, is kept
/// verbatim in `unknown_members` and written back unchanged.
/// `displayName` and `email` read as optional (the docs do not confirm them; docs/rest.md).
struct customer_profile {
    csm::customer_id customer_id;
    std::optional<std::string> display_name = {};
    std::optional<std::string> email = {};
    std::vector<model::organization_ref> organizations;
    std::vector<model::profile_detail_value> details;
    std::vector<model::profile_entitlement> entitlements;
    csm::json::unknown_fields unknown_members{};
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("organizations"),
                                                            csm::json::default_if_missing("details"),
                                                            csm::json::default_if_missing("entitlements")};
    friend bool operator==(const customer_profile&, const customer_profile&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_profile, (),
                      (customer_id, display_name, email, organizations, details, entitlements, unknown_members))

/// Optional members of requests and endpoints default to empty (`= {}`), so designated initializers may leave
/// them out without -Wmissing-field-initializers warnings.
///
/// CreateCustomerProfileRequest (C15). `email` is required (and, client-side, not empty). The organization
/// ids are written as strings by default; the official example sends numbers, which
/// `model::organization_ids::as_numbers(...)` reproduces exactly (docs/decisions.md#organization-ids-as-numbers).
struct create_customer_profile_request {
    std::optional<std::string> display_name = {};
    std::string email;
    std::optional<std::vector<model::profile_detail_value_request>> details = {};
    std::optional<model::associate_organizations> associate_organizations = {};
    std::optional<model::associate_products> associate_products = {};
    friend bool operator==(const create_customer_profile_request&, const create_customer_profile_request&) = default;
};
BOOST_DESCRIBE_STRUCT(create_customer_profile_request, (),
                      (display_name, email, details, associate_organizations, associate_products))

/// FetchCustomerProfilesRequest (C16): at most 25 customer ids. The docs list a second optional array whose
/// name is unknown (perhaps `emails`; docs/decisions.md#fetch-body-extra-fields): send it as a raw member,
/// `unknown_members.members["<name>"] = boost::json::array{…}` (written verbatim after the known members).
struct fetch_customer_profiles_request {
    std::vector<csm::customer_id> customer_ids;
    csm::json::unknown_fields unknown_members{};
    friend bool operator==(const fetch_customer_profiles_request&, const fetch_customer_profiles_request&) = default;
};
BOOST_DESCRIBE_STRUCT(fetch_customer_profiles_request, (), (customer_ids, unknown_members))

/// FetchProfilesResponse<CustomerProfile> (C16). Customers that are not found (or, per the newer text,
/// ineligible Atlassian accounts) are left out.
struct customer_profiles {
    std::vector<customer_profile> profiles;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("profiles")};
    friend bool operator==(const customer_profiles&, const customer_profiles&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_profiles, (), (profiles))

struct profile_expand_traits {
    enum class known { accessible_customer_experiences };
    static constexpr std::string_view names[] = {"accessibleCustomerExperiences"};
};
/// The `expand` query of C14. Only `accessibleCustomerExperiences` is known (newer reference text); the
/// enum is open so that a value Atlassian adds can be sent without a library update.
using profile_expand = csm::open_enum<profile_expand_traits>;

// ---- limits ----------------------------------------------------------------------------------------------

/// The most customer ids one fetch of profiles (C16) takes. The option limit of detail fields is shared with
/// organizations and entitlements (check::max_detail_field_options, 50).
inline constexpr std::size_t max_fetched_profiles = 25;

// ---- detail-field definitions (C1–C4) ---------------------------------------------------------------------

/// The metadata of C1–C4; the endpoints themselves are shared with organizations and entitlements
/// (csm/rest/detail_fields.hpp).
struct detail_field_infos {
    /// C1: every customer detail field with its configuration (definitions, no ids).
    static constexpr endpoint_info get{
        .name = "customer.detail_fields.get",
        .path = "/customer/details",
        .scopes = {"read:customer.detail-field:jira-service-management"},
        .docs = {.id = "C1",
                 .permission = permission::admin,
                 .summary = "Returns all customer detail fields, including their configuration."}};
    /// C2: creates a customer detail field (at most 50 per site, checked by the server).
    static constexpr endpoint_info create{
        .name = "customer.detail_fields.create",
        .method = http_method::post,
        .path = "/customer/details",
        .scopes = {"write:customer.detail-field:jira-service-management"},
        .docs = {.id = "C2",
                 .permission = permission::admin,
                 .limits = "up to 50 detail fields; at most 50 options per SELECT/MULTISELECT field; name not "
                           "empty",
                 .summary = "Creates a customer detail field."}};
    /// C3: renames a field and/or changes the options of a SELECT or
    /// MULTISELECT field. Send the current name in the body to keep it.
    static constexpr endpoint_info edit{
        .name = "customer.detail_fields.edit",
        .method = http_method::put,
        .path = "/customer/details/{fieldName}",
        .scopes = {"write:customer.detail-field:jira-service-management"},
        .docs = {.id = "C3",
                 .permission = permission::admin,
                 .limits = "at most 50 options; name not empty",
                 .summary = "Renames a customer detail field and/or changes the available options for SELECT or "
                            "MULTISELECT fields."}};
    /// C4: deletes a field and all its values on all customers.
    /// Irreversible.
    static constexpr endpoint_info delete_{
        .name = "customer.detail_fields.delete",
        .method = http_method::delete_,
        .path = "/customer/details/{fieldName}",
        .scopes = {"delete:customer.detail-field:jira-service-management"},
        .docs = {.id = "C4",
                 .permission = permission::admin,
                 .limits = "irreversible; deletes the field's values on all customers",
                 .summary = "Deletes a customer detail field and all values stored for it for all customers."}};
};

/// C1 — GET /customer/details — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-details-get
using get_detail_fields = detail_fields::get_detail_fields<detail_field_infos>;
/// C2 — POST /customer/details — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-details-post
using create_detail_field = detail_fields::create_detail_field<detail_field_infos>;
/// C3 — PUT /customer/details/{fieldName} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-details-fieldname-put
using edit_detail_field = detail_fields::edit_detail_field<detail_field_infos>;
/// C4 — DELETE /customer/details/{fieldName} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-details-fieldname-delete
using delete_detail_field = detail_fields::delete_detail_field<detail_field_infos>;

// ---- customers, search and detail values (C5–C7) ------------------------------------------------------------

/// C5 — GET /customer/{customerId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-customerid-get
/// A customer with their details. The docs recommend C14 instead.
struct get_customer {
    csm::customer_id customer_id;

    static constexpr endpoint_info info{
        .name = "customer.get",
        .path = "/customer/{customerId}",
        .scopes = {"read:customer:jira-service-management", "read:customer.detail:jira-service-management"},
        .docs = {
            .id = "C5", .permission = permission::agent, .summary = "Returns a customer, including their details."}};
    using response = customer;

    friend bool operator==(const get_customer&, const get_customer&) = default;
};
BOOST_DESCRIBE_STRUCT(get_customer, (), (customer_id))

/// C6 — POST /customer/search-by-detail-field — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-search-by-detail-field-post
/// One page of the customers whose detail fields match.
///
/// The two query parameters are unnamed on the seed page; `page` and `maxResults` come from the newer
/// reference text (unconfirmed, docs/decisions.md#unnamed-parameters). Their defaults, maxima and the base of `page` (0 or 1) are not
/// documented; leave `page` empty for the first page and continue with next_page(). Client-side checks:
/// `detailFields` must not be empty; `page` and `maxResults` must not be negative.
struct search_customers_by_detail_field {
    std::optional<std::int32_t> page = {};
    std::optional<std::int32_t> max_results = {};
    customer_search_request body;

    static constexpr endpoint_info info{
        .name = "customer.search_by_detail_field",
        .method = http_method::post,
        .path = "/customer/search-by-detail-field",
        .scopes = {"read:customer:jira-service-management"},
        .read_only = true,
        .docs = {.id = "C6",
                 .permission = permission::agent_restricted_fields,
                 .limits = "detailFields must not be empty; paging defaults, maxima and base not documented",
                 .summary = "Returns the list of customers that match the search criteria."}};
    using response = customer_search_result;
    /// The items of a page, for csm::rest::all_items (csm/rest/pages.hpp); next_page() below continues.
    static constexpr auto page_items = &customer_search_result::customers;

    std::optional<csm::error> validate() const {
        if (body.detail_fields.empty())
            return csm::error{csm::errc::invalid_value, "/body/detailFields", "at least one detail field to search by"};
        if (auto e = check::non_negative(page, "/query/page", "a non-negative page number")) return e;
        return check::non_negative(max_results, "/query/maxResults", "a non-negative page size");
    }
    friend bool operator==(const search_customers_by_detail_field&, const search_customers_by_detail_field&) = default;
};
BOOST_DESCRIBE_STRUCT(search_customers_by_detail_field, (), (page, max_results, body))

/// Paging of C6: the request for the page after `result`, which answered `request`, or std::nullopt when
/// there is none. The next request keeps `maxResults` and the body and asks for the served page + 1.
///
/// Assumption about the page base (undocumented): the response's `page` is the page that was served,
/// numbered the way the `page` query parameter is. Continuing from the *response's* page number makes the
/// helper independent of whether pages start at 0 or 1: a first request without `page` gets the server's
/// first page, whatever its number, and the next request asks for the one after it.
///
/// Every paging field of the response may be missing (the docs confirm none), so, in order:
/// 1. `isLast`, when present, decides;
/// 2. without it, an empty page, or one shorter than `maxResults` (the response's, else the request's), is
///    the last;
/// 3. the served page is the response's `page`, else the request's; when neither says, the next page cannot
///    be numbered and std::nullopt is returned.
/// As a guard against an endless loop, std::nullopt is also returned when the next page number would not be
/// greater than the page the request asked for, or would overflow.
///
///     csm::rest::customer::search_customers_by_detail_field request{.max_results = 50, .body = {...}};
///     for (;;) {
///         auto result = send(request);             // your transport + parse_response
///         ...
///         auto next = csm::rest::customer::next_page(request, result);
///         if (!next) break;
///         request = *next;
///     }
///
/// csm::rest::all_items (csm/rest/pages.hpp) runs this loop for you.
inline std::optional<search_customers_by_detail_field> next_page(const search_customers_by_detail_field& request,
                                                                 const customer_search_result& result) {
    if (result.is_last) {
        if (*result.is_last) return std::nullopt;
    } else {
        if (result.customers.empty()) return std::nullopt;
        const std::optional<std::int32_t> size = result.max_results ? result.max_results : request.max_results;
        if (size && result.customers.size() < static_cast<std::size_t>(*size)) return std::nullopt;
    }
    const std::optional<std::int32_t> served = result.page ? result.page : request.page;
    if (!served || *served == std::numeric_limits<std::int32_t>::max()) return std::nullopt;
    const std::int32_t next_page_number = *served + 1;
    if (request.page && next_page_number <= *request.page) return std::nullopt;
    search_customers_by_detail_field next = request;
    next.page = next_page_number;
    return next;
}

/// C7 — PUT /customer/{customerId}/details — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-customerid-details-put
/// Sets the values of one detail field of a customer.
/// Always send `values`; whether [] clears the field is not documented (docs/decisions.md#empty-values).
struct set_detail_value {
    csm::customer_id customer_id;
    csm::rest::detail_field_name field_name; ///< query `fieldName`, required and not blank
    model::set_detail_values_request body;

    static constexpr endpoint_info info{
        .name = "customer.detail_value.set",
        .method = http_method::put,
        .path = "/customer/{customerId}/details",
        .scopes = {"write:customer.detail:jira-service-management"},
        .docs = {.id = "C7",
                 .permission = permission::agent,
                 .limits = "fieldName not blank",
                 .summary = "Sets the values of a customer's detail field and returns the updated field."}};
    using response = model::update_detail_field_response;

    std::optional<csm::error> validate() const { return check::name(field_name.view(), "/query/fieldName"); }

    friend bool operator==(const set_detail_value&, const set_detail_value&) = default;
};
BOOST_DESCRIBE_STRUCT(set_detail_value, (), (customer_id, field_name, body))

// ---- entitlements (C8, C9) -------------------------------------------------------------------------------

/// C8 — GET /customer/{customerId}/entitlement — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-customerid-entitlement-get
/// The customer's entitlements, including those inherited from
/// their organizations. `product` (name from the newer reference text, unconfirmed) filters by product id.
struct get_entitlements {
    csm::customer_id customer_id;
    std::optional<csm::product_id> product = {};

    static constexpr endpoint_info info{
        .name = "customer.entitlements.get",
        .path = "/customer/{customerId}/entitlement",
        .scopes = {"read:customer:entitlement:jira-service-management"},
        .docs = {.id = "C8",
                 .permission = permission::agent,
                 .summary = "Returns a list of the customer's entitlements, including entitlements inherited by "
                            "any organizations the customer is in, along with their details."}};
    using response = std::vector<model::entitlement>;

    friend bool operator==(const get_entitlements&, const get_entitlements&) = default;
};
BOOST_DESCRIBE_STRUCT(get_entitlements, (), (customer_id, product))

/// C9 — POST /customer/{customerId}/entitlement — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-customerid-entitlement-post
/// Entitles the customer to a product.
struct create_entitlement {
    csm::customer_id customer_id;
    model::create_entitlement_request body;

    static constexpr endpoint_info info{.name = "customer.entitlements.create",
                                        .method = http_method::post,
                                        .path = "/customer/{customerId}/entitlement",
                                        .scopes = {"write:customer:entitlement:jira-service-management"},
                                        .docs = {.id = "C9",
                                                 .permission = permission::agent,
                                                 .summary = "Creates an entitlement for a customer and returns it."}};
    using response = model::entitlement;

    friend bool operator==(const create_entitlement&, const create_entitlement&) = default;
};
BOOST_DESCRIBE_STRUCT(create_entitlement, (), (customer_id, body))

// ---- customer accounts (C10–C13) -------------------------------------------------------------------------

/// C10 — POST /customer — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-post
/// Creates a Customer Account (a `qm:` id).
struct create_account {
    create_customer_account_request body;

    static constexpr endpoint_info info{.name = "customer.account.create",
                                        .method = http_method::post,
                                        .path = "/customer",
                                        .scopes = {"write:customer:jira-service-management"},
                                        .experimental = true,
                                        .docs = {.id = "C10",
                                                 .permission = permission::admin,
                                                 .limits = "email not empty",
                                                 .summary = "Creates a customer account."}};
    using response = customer_account_created;

    std::optional<csm::error> validate() const { return check::email(body.email, "/body/email"); }

    friend bool operator==(const create_account&, const create_account&) = default;
};
BOOST_DESCRIBE_STRUCT(create_account, (), (body))

/// C11 — GET /customer/account/{customerId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-account-customerid-get
/// A Customer Account's display name and email (Customer Accounts
/// only: "Atlassian Accounts are not supported", per the newer reference text).
struct get_account {
    csm::customer_id customer_id;

    static constexpr endpoint_info info{
        .name = "customer.account.get",
        .path = "/customer/account/{customerId}",
        .scopes = {"read:customer:jira-service-management"},
        .experimental = true,
        .docs = {.id = "C11", .permission = permission::user, .summary = "Returns a customer's account information."}};
    using response = customer_account;

    friend bool operator==(const get_account&, const get_account&) = default;
};
BOOST_DESCRIBE_STRUCT(get_account, (), (customer_id))

/// C12 — PUT /customer/account/{customerId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-account-customerid-put
/// Updates a Customer Account's display name.
struct update_account {
    csm::customer_id customer_id;
    update_customer_account_request body;

    static constexpr endpoint_info info{.name = "customer.account.update",
                                        .method = http_method::put,
                                        .path = "/customer/account/{customerId}",
                                        .scopes = {"write:customer:jira-service-management"},
                                        .experimental = true,
                                        .docs = {.id = "C12",
                                                 .permission = permission::admin,
                                                 .limits = "displayName not empty",
                                                 .summary = "Updates a customer account's display name."}};
    using response = customer_account;

    std::optional<csm::error> validate() const { return check::name(body.display_name, "/body/displayName"); }

    friend bool operator==(const update_account&, const update_account&) = default;
};
BOOST_DESCRIBE_STRUCT(update_account, (), (customer_id, body))

/// C13 — DELETE /customer/account/{customerId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/
/// Deletes a Customer Account. Irreversible. Newer; its scopes
/// are not stated anywhere, so it carries the fitting existing scope, marked inferred (no delete:customer scope
/// exists, so write:customer, which covers customer accounts), and the response is not documented
/// (any 2xx is accepted, its body ignored).
struct delete_account {
    csm::customer_id customer_id;

    static constexpr endpoint_info info{
        .name = "customer.account.delete",
        .method = http_method::delete_,
        .path = "/customer/account/{customerId}",
        .scopes = {"write:customer:jira-service-management"},
        .docs = {.id = "C13",
                 .permission = permission::admin,
                 .limits = "irreversible: a deleted customer account cannot be restored",
                 .summary = "Deletes a customer account.",
                 .scopes_inferred = true}};
    using response = csm::rest::no_content;

    friend bool operator==(const delete_account&, const delete_account&) = default;
};
BOOST_DESCRIBE_STRUCT(delete_account, (), (customer_id))

// ---- customer profiles (C14–C16) -------------------------------------------------------------------------

/// C14 — GET /customer/profile/{customerId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-profile-customerid-get
/// A customer's profile (details, organizations, entitlements).
/// Accepts Customer Accounts and eligible Atlassian Accounts. `expand=accessibleCustomerExperiences` (newer;
/// needs a Customer Service Management user) adds a field the model keeps in customer_profile::unknown_members.
struct get_profile {
    csm::customer_id customer_id;
    std::optional<profile_expand> expand = {};

    static constexpr endpoint_info info{
        .name = "customer.profile.get",
        .path = "/customer/profile/{customerId}",
        .scopes = {"read:customer.profile:jira-service-management"},
        .experimental = true,
        .docs = {.id = "C14",
                 .permission = permission::user_expand,
                 .summary = "Returns a customer's profile, including their custom details, any organizations the "
                            "customer is in, and any customer entitlements."}};
    using response = customer_profile;

    friend bool operator==(const get_profile&, const get_profile&) = default;
};
BOOST_DESCRIBE_STRUCT(get_profile, (), (customer_id, expand))

/// C15 — POST /customer/profile — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-profile-post
/// Creates a customer's profile, with details, organizations and products.
struct create_profile {
    create_customer_profile_request body;

    static constexpr endpoint_info info{
        .name = "customer.profile.create",
        .method = http_method::post,
        .path = "/customer/profile",
        .scopes = {"write:customer.profile:jira-service-management"},
        .experimental = true,
        .docs = {.id = "C15",
                 .permission = permission::admin_and_user,
                 .limits = "email not empty; numeric organizationIds must be decimal integers",
                 .summary = "Creates a customer's profile, including their custom details and associating them "
                            "with the specified organizations and products."}};
    using response = customer_profile;

    std::optional<csm::error> validate() const {
        if (auto e = check::email(body.email, "/body/email")) return e;
        if (body.details)
            if (auto e = check::detail_names(*body.details, "/body/details")) return e;
        if (body.associate_organizations)
            return check::numeric_ids(body.associate_organizations->organization_ids,
                                      "/body/associateOrganizations/organizationIds");
        return std::nullopt;
    }

    friend bool operator==(const create_profile&, const create_profile&) = default;
};
BOOST_DESCRIBE_STRUCT(create_profile, (), (body))

/// C16 — POST /customer/profile/fetch — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/#api-api-v1-customer-profile-fetch-post
/// At most 25 customer profiles; missing customers are left out.
struct fetch_profiles {
    fetch_customer_profiles_request body;

    static constexpr endpoint_info info{.name = "customer.profile.fetch",
                                        .method = http_method::post,
                                        .path = "/customer/profile/fetch",
                                        .scopes = {"read:customer.profile:jira-service-management"},
                                        .experimental = true,
                                        .read_only = true,
                                        .docs = {.id = "C16",
                                                 .permission = permission::user,
                                                 .limits = "at most 25 customer ids",
                                                 .summary = "Returns a maximum of 25 customer profiles."}};
    using response = customer_profiles;

    std::optional<csm::error> validate(const limit_options& limits) const {
        if (!limits.response_caps) return std::nullopt;
        return check::count(body.customer_ids.size(), max_fetched_profiles, "/body/customerIds");
    }

    friend bool operator==(const fetch_profiles&, const fetch_profiles&) = default;
};
BOOST_DESCRIBE_STRUCT(fetch_profiles, (), (body))

// ---- customer experiences (C17) ----------------------------------------------------------------------------

/// C17 — GET /customer/{customerId}/customer-experiences — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-customer/
/// The Customer Experiences (help centers) the
/// customer can access. Newer and experimental; its response shape and scopes are not documented, so the
/// response is kept as raw JSON and the scope is the fitting existing one (read:customer), marked inferred.
struct get_customer_experiences {
    csm::customer_id customer_id;

    static constexpr endpoint_info info{
        .name = "customer.customer_experiences.get",
        .path = "/customer/{customerId}/customer-experiences",
        .scopes = {"read:customer:jira-service-management"},
        .experimental = true,
        .docs = {.id = "C17",
                 .permission = permission::csm_agent,
                 .summary = "Returns the Customer Experiences that the given customer can access.",
                 .scopes_inferred = true}};
    using response = boost::json::value;

    friend bool operator==(const get_customer_experiences&, const get_customer_experiences&) = default;
};
BOOST_DESCRIBE_STRUCT(get_customer_experiences, (), (customer_id))

} // namespace csm::rest::customer

#endif

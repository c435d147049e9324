// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_MODEL_CUSTOMER_HPP
#define CSM_REST_MODEL_CUSTOMER_HPP

#include <csm/ids.hpp>
#include <csm/json/fields.hpp>
#include <csm/json/unknown_fields.hpp>
#include <csm/rest/model/detail_field.hpp>
#include <csm/rest/model/entitlement.hpp>
#include <csm/rest/model/organization_ids.hpp>
#include <csm/rest/model/organization_ref.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

/// The customer schemas of the Customer resource (csm/rest/customer.hpp, C5–C16), beside the organization ones
/// in this folder. The resource header also names each of them in csm::rest::customer
/// (`csm::rest::customer::customer_profile` is `csm::rest::model::customer_profile`).
namespace csm::rest::model {

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
BOOST_DESCRIBE_STRUCT(customer_profile, (), (customer_id, display_name, email, organizations, details, entitlements, unknown_members))

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

} // namespace csm::rest::model

#endif

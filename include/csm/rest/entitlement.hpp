// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_ENTITLEMENT_HPP
#define CSM_REST_ENTITLEMENT_HPP

#include <csm/error.hpp>
#include <csm/ids.hpp>
#include <csm/json/codec.hpp>
#include <csm/json/read_context.hpp>
#include <csm/json/unknown_fields.hpp>
#include <csm/rest/check.hpp>
#include <csm/rest/detail_fields.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http_method.hpp>
#include <csm/rest/model/detail_field.hpp>
#include <csm/rest/model/entitlement.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/storage_ptr.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Entitlements (docs/decisions.md#endpoint-groups, E1–E8; all newer than the seed pages): the entitlement detail-field
/// definitions, single entitlements, their detail values, and the experimental paged list. The scopes of
/// E4–E8 and the permissions of E5 and E7 are not documented (docs/decisions.md#undocumented-scopes); the scopes given here are the
/// existing Forge scopes that fit and are marked unconfirmed.
namespace csm::rest::entitlement {

/// E8's `limit`: "Max is 25 and defaults to 25" (and also "Returns a max of 50 results", docs/decisions.md#entitlement-search-paging). The client
/// never sends more than 25.
inline constexpr std::int32_t max_list_limit = 25;

// ---- detail-field definitions (E1–E4) ------------------------------------------------------------------

/// The metadata of E1–E4; the endpoints themselves are shared with organizations and customers
/// (csm/rest/detail_fields.hpp).
struct detail_field_infos {
    /// E1: the entitlement detail-field definitions (no ids).
    static constexpr endpoint_info get{
        .name = "entitlement.detail_fields.get",
        .path = "/entitlement/details",
        .scopes = {"read:entitlement.detail-field:jira-service-management"},
        .docs = {.id = "E1",
                 .permission = permission::admin,
                 .summary = "Returns the entitlement detail fields, with their configuration."}};
    /// E2: creates an entitlement detail field.
    static constexpr endpoint_info create{.name = "entitlement.detail_fields.create",
                                          .method = http_method::post,
                                          .path = "/entitlement/details",
                                          .scopes = {"write:entitlement.detail-field:jira-service-management"},
                                          .docs = {.id = "E2",
                                                   .permission = permission::admin,
                                                   .limits = "up to 50 detail fields; at most 50 options per field",
                                                   .summary = "Creates an entitlement detail field."}};
    /// E3: renames a field and/or replaces the options of a SELECT or
    /// MULTISELECT field. `body.name` is the new name (send the current one to keep it).
    static constexpr endpoint_info edit{
        .name = "entitlement.detail_fields.edit",
        .method = http_method::put,
        .path = "/entitlement/details/{fieldName}",
        .scopes = {"write:entitlement.detail-field:jira-service-management"},
        .docs = {.id = "E3",
                 .permission = permission::admin,
                 .limits = "at most 50 options per field",
                 .summary = "Edits an entitlement detail field: its name and the options of select fields."}};
    /// E4: deletes a detail field and its values on every entitlement.
    static constexpr endpoint_info delete_{.name = "entitlement.detail_fields.delete",
                                           .method = http_method::delete_,
                                           .path = "/entitlement/details/{fieldName}",
                                           .scopes = {"delete:entitlement.detail-field:jira-service-management"},
                                           .docs = {.id = "E4",
                                                    .permission = permission::admin,
                                                    .limits = "irreversible",
                                                    .summary = "Deletes an entitlement detail field.",
                                                    .scopes_inferred = true}};
};

/// E1 — GET /entitlement/details — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-entitlement/#api-api-v1-entitlement-details-get
using get_detail_fields = detail_fields::get_detail_fields<detail_field_infos>;
/// E2 — POST /entitlement/details — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-entitlement/#api-api-v1-entitlement-details-post
using create_detail_field = detail_fields::create_detail_field<detail_field_infos>;
/// E3 — PUT /entitlement/details/{fieldName} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-entitlement/#api-api-v1-entitlement-details-fieldname-put
using edit_detail_field = detail_fields::edit_detail_field<detail_field_infos>;
/// E4 — DELETE /entitlement/details/{fieldName} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-entitlement/
using delete_detail_field = detail_fields::delete_detail_field<detail_field_infos>;

// ---- entitlements (E5–E7) ------------------------------------------------------------------------------

/// E5 — GET /entitlement/{entitlementId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-entitlement/
/// An entitlement with its details. Response type unconfirmed
/// (model::entitlement assumed); scope not stated (`read:entitlement` assumed); permission not stated.
struct get_entitlement {
    csm::entitlement_id entitlement_id;

    static constexpr endpoint_info info{.name = "entitlement.get",
                                        .path = "/entitlement/{entitlementId}",
                                        .scopes = {"read:entitlement:jira-service-management"},
                                        .docs = {.id = "E5",
                                                 .permission = permission::not_documented,
                                                 .summary = "Returns an entitlement, including its details.",
                                                 .scopes_inferred = true}};
    using response = model::entitlement;

    friend bool operator==(const get_entitlement&, const get_entitlement&) = default;
};
BOOST_DESCRIBE_STRUCT(get_entitlement, (), (entitlement_id))

/// E6 — DELETE /entitlement/{entitlementId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-entitlement/
/// Deletes an entitlement with its detail values. Scope not stated
/// (`delete:entitlement` assumed).
struct delete_entitlement {
    csm::entitlement_id entitlement_id;

    static constexpr endpoint_info info{
        .name = "entitlement.delete",
        .method = http_method::delete_,
        .path = "/entitlement/{entitlementId}",
        .scopes = {"delete:entitlement:jira-service-management"},
        .docs = {.id = "E6",
                 .permission = permission::admin,
                 .limits = "irreversible",
                 .summary = "Deletes the specified entitlement along with its detail fields.",
                 .scopes_inferred = true}};
    using response = csm::rest::no_content;

    friend bool operator==(const delete_entitlement&, const delete_entitlement&) = default;
};
BOOST_DESCRIBE_STRUCT(delete_entitlement, (), (entitlement_id))

/// E7 — PUT /entitlement/{entitlementId}/details — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-entitlement/
/// Sets the value(s) of one detail field of an
/// entitlement. Response assumed to be O8's UpdateDetailFieldResponse; scope not stated
/// (`write:entitlement.detail` assumed); permission not stated.
struct set_detail_value {
    csm::entitlement_id entitlement_id;
    csm::rest::detail_field_name field_name; ///< query parameter `fieldName`
    model::set_detail_values_request body;

    static constexpr endpoint_info info{.name = "entitlement.detail_value.set",
                                        .method = http_method::put,
                                        .path = "/entitlement/{entitlementId}/details",
                                        .scopes = {"write:entitlement.detail:jira-service-management"},
                                        .docs = {.id = "E7",
                                                 .permission = permission::not_documented,
                                                 .summary = "Sets the value(s) of an entitlement detail field.",
                                                 .scopes_inferred = true}};
    using response = model::update_detail_field_response;

    std::optional<csm::error> validate() const { return check::name(field_name.view(), "/query/fieldName"); }

    friend bool operator==(const set_detail_value&, const set_detail_value&) = default;
};
BOOST_DESCRIBE_STRUCT(set_detail_value, (), (entitlement_id, field_name, body))

// ---- the paged list (E8) -------------------------------------------------------------------------------

/// The fields of an E8 page. The envelope is not documented (docs/decisions.md#entitlement-search-paging); this is the tolerant guess:
/// `results` (also read from `values`, the Jira paging spelling), optional paging numbers, and every other
/// key kept verbatim in `unknown_members` so that nothing is lost and a re-serialized page equals what was read.
struct entitlement_page_fields {
    std::vector<model::entitlement> results;
    std::optional<std::int64_t> start;
    std::optional<std::int64_t> limit;
    std::optional<std::int64_t> total;
    std::optional<bool> is_last;
    csm::json::unknown_fields unknown_members{};
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("results"),
                                                            csm::json::alias("results", "values")};
    friend bool operator==(const entitlement_page_fields&, const entitlement_page_fields&) = default;
};
BOOST_DESCRIBE_STRUCT(entitlement_page_fields, (), (results, start, limit, total, is_last, unknown_members))

/// The response of E8: an envelope object (entitlement_page_fields) or, as O9 and C8 answer, a bare JSON array of
/// entitlements. Both read; `bare_array` records which form arrived, and writing reproduces that form.
struct entitlement_page : entitlement_page_fields {
    bool bare_array = false;
    friend bool operator==(const entitlement_page&, const entitlement_page&) = default;
};

/// E8 — GET /entitlements — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-entitlement/
/// A page of a customer's or an organization's entitlements. Experimental.
/// Scope not stated (`read:entitlement` assumed).
struct list_entitlements {
    /// CUSTOMER or ORGANIZATION (values undocumented, docs/decisions.md#entitled-entity-type).
    model::entitled_entity_type entity_type;
    std::string entity_id;                  ///< a customer id or an organization id, depending on entity_type
    std::optional<std::int32_t> start = {}; ///< 0-based offset; the server's default is 0
    std::optional<std::int32_t> limit = {}; ///< 1..25; the server's default is 25
    std::optional<csm::product_id> product_id = {};

    static constexpr endpoint_info info{
        .name = "entitlement.list",
        .path = "/entitlements",
        .scopes = {"read:entitlement:jira-service-management"},
        .experimental = true,
        .docs = {.id = "E8",
                 .permission = permission::agent,
                 .limits = "limit: at most 25 (default 25); the docs also say a max of 50 results",
                 .summary = "Returns a paginated list of the customer or organization's entitlements.",
                 .scopes_inferred = true}};
    using response = entitlement_page;
    /// The items of a page, for csm::rest::all_items (csm/rest/pages.hpp); next_page() below continues.
    static constexpr auto page_items = &entitlement_page::results;

    std::optional<csm::error> validate() const {
        if (auto e = check::not_blank(entity_type.str(), "/query/entityType", "a non-empty entity type")) return e;
        if (auto e = check::not_blank(entity_id, "/query/entityId", "a non-empty entity id")) return e;
        if (auto e = check::non_negative(start, "/query/start", "a non-negative offset")) return e;
        return check::in_range(limit, 1, max_list_limit, "/query/limit", "a page size from 1 to 25");
    }

    friend bool operator==(const list_entitlements&, const list_entitlements&) = default;
};
BOOST_DESCRIBE_STRUCT(list_entitlements, (), (entity_type, entity_id, start, limit, product_id))

/// Offset paging (E8): the request for the page after `page`, which answered `request`, or std::nullopt when
/// there is none. Since the envelope is undocumented, the rules are, in order:
/// 1. an empty page is the last;
/// 2. `isLast`, when the response carries it, decides;
/// 3. `total`, when present, ends paging once `start` reaches it;
/// 4. otherwise a short page (fewer results than the request's `limit`, or 25 when unset) is the last.
/// The next request advances `start` by the number of results received (not by `limit`, as the server may
/// cap pages differently, docs/decisions.md#entitlement-search-paging) and keeps every other parameter.
inline std::optional<list_entitlements> next_page(const list_entitlements& request, const entitlement_page& page) {
    const std::size_t received = page.results.size();
    if (received == 0) return std::nullopt;
    if (page.is_last) {
        if (*page.is_last) return std::nullopt;
    }
    const std::int64_t next_start = std::int64_t{request.start.value_or(0)} + static_cast<std::int64_t>(received);
    if (next_start > std::numeric_limits<std::int32_t>::max()) return std::nullopt;
    if (!page.is_last) {
        if (page.total && next_start >= *page.total) return std::nullopt;
        if (!page.total && received < static_cast<std::size_t>(request.limit.value_or(max_list_limit)))
            return std::nullopt;
    }
    list_entitlements next = request;
    next.start = static_cast<std::int32_t>(next_start);
    return next;
}

} // namespace csm::rest::entitlement

/// E8's response reads from an envelope object or a bare array, and writes back the form it was read from.
/// The members are templates so that only a TU that writes or reads a page compiles them and the entitlement
/// codecs they call (docs/performance.md).
template <>
struct csm::json::codec<csm::rest::entitlement::entitlement_page> {
    using page = csm::rest::entitlement::entitlement_page;
    using fields = csm::rest::entitlement::entitlement_page_fields;
    using results = std::vector<csm::rest::model::entitlement>;
    static constexpr std::string_view expected = "an object or an array";

    template <class Out>
    static void write(Out& out, const page& v) {
        if (v.bare_array) codec<results>::write(out, v.results);
        else codec<fields>::write(out, v);
    }
    template <class StoragePtr>
    static boost::json::value to_value(const page& v, StoragePtr sp) {
        if (v.bare_array) return codec<results>::to_value(v.results, std::move(sp));
        return codec<fields>::to_value(v, std::move(sp));
    }
    template <class Context>
    static bool read(Context& ctx, const boost::json::value& jv, page& out) {
        if (jv.is_array()) {
            out = page{};
            out.bare_array = true;
            return codec<results>::read(ctx, jv, out.results);
        }
        if (!jv.is_object()) return ctx.fail(errc::type_mismatch, expected);
        out.bare_array = false;
        return codec<fields>::read(ctx, jv, out);
    }
};

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_CSM_REQUEST_HPP
#define CSM_REST_CSM_REQUEST_HPP

#include <csm/error.hpp>
#include <csm/ids.hpp>
#include <csm/json/codec.hpp>
#include <csm/json/unknown_fields.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http_method.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>

/// CSM requests (R1, R2): requests raised from outside a help center, and comments on them, from the
/// official "CSM Request" group page
/// (https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-csm-request/) and the
/// contact-centre integration page
/// (https://developer.atlassian.com/cloud/customer-service-management/contact-centre-integration/). What is
/// documented is typed; the rest travels as raw JSON:
/// - R1's body has four named fields and an optional `metadata` object of primitive values; the reporter's
///   email can be set too, but its field name is not shown, so it goes in `unknown_members` (written verbatim);
///   a success returns the created issue's identifiers (`created_request`);
/// - R2's body is not documented at all: every member is raw, and its response reads as a raw
///   boost::json::value.
namespace csm::rest::csm_request {

/// The scope of both endpoints (and of help_center::raise_issue), as the group pages state it.
inline constexpr std::string_view write_scope = "write:csm-request:jira-service-management";

/// The body of R1. `metadata` takes primitive values only ("The metadata object must only contain primitive
/// values"): strings, numbers (whole or not: a JSON number is a primitive) and booleans. `null`, objects and
/// arrays are refused by validate() before sending (docs/decisions.md#csm-request-metadata). Raw members
/// (`unknown_members`) are written after the typed ones, e.g. the reporter's email under the name your site
/// expects:
///
///     body.unknown_members.members["reporterEmail"] = "jane@example.com"; // field name unconfirmed
///
/// With API token or session authentication only agents may set a reporter: others get 403.
struct external_request {
    csm::help_center_id help_center_id;
    std::string origin; ///< where the request comes from, e.g. "amazon-voice"
    std::string summary;
    std::string description;
    std::optional<boost::json::object> metadata = {};
    csm::json::unknown_fields unknown_members{};
    friend bool operator==(const external_request&, const external_request&) = default;
};
BOOST_DESCRIBE_STRUCT(external_request, (), (help_center_id, origin, summary, description, metadata, unknown_members))

/// A body whose members are all raw (R2): written verbatim.
struct raw_body {
    csm::json::unknown_fields unknown_members{};
    friend bool operator==(const raw_body&, const raw_body&) = default;
};
BOOST_DESCRIBE_STRUCT(raw_body, (), (unknown_members))

/// R1's success: "the created issue identifiers" (contact-centre integration page). The page names no keys;
/// `issueId` and `issueKey` are Jira's names for them, so both are optional and every other key is kept.
struct created_request {
    std::optional<std::string> issue_id{};
    std::optional<std::string> issue_key{};
    csm::json::unknown_fields unknown_members{};
    friend bool operator==(const created_request&, const created_request&) = default;
};
BOOST_DESCRIBE_STRUCT(created_request, (), (issue_id, issue_key, unknown_members))

/// R1 — POST /request/form/external — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-csm-request/
/// Creates a CSM request from an external source. The group page lists
/// OAuth 2.0 (2LO), API tokens and session authentication (docs/auth.md, "Authentication per endpoint");
/// scopes apply to OAuth and API tokens.
struct create_external_request {
    external_request body;
    static constexpr endpoint_info info{
        .name = "csm_request.external.create",
        .method = http_method::post,
        .path = "/request/form/external",
        .scopes = {write_scope},
        .docs = {.id = "R1",
                 .permission = permission::not_documented,
                 .limits = "metadata: primitive values only (no null, objects or arrays); reporter email: field "
                           "name unconfirmed (raw member)",
                 .summary = "Creates a CSM request from an external source."}};
    using response = created_request;

    std::optional<csm::error> validate() const {
        if (!body.metadata) return std::nullopt;
        for (const auto& kv : *body.metadata)
            if (kv.value().is_object() || kv.value().is_array() || kv.value().is_null())
                return csm::error{csm::errc::invalid_value, "/body/metadata",
                                  "primitive values only (strings, numbers, booleans; no null, objects or arrays)"};
        return std::nullopt;
    }
    friend bool operator==(const create_external_request&, const create_external_request&) = default;
};
BOOST_DESCRIBE_STRUCT(create_external_request, (), (body))

/// R2 — POST /request/form/helpcenter/{helpCenterId}/issue/{issueIdOrKey}/comment — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-csm-request/
/// Adds a comment "with
/// configurable visibility" to a CSM request. Body and response are not documented: the body is raw.
struct add_comment {
    csm::help_center_id help_center_id;
    csm::issue_id_or_key issue_id_or_key;
    raw_body body;
    static constexpr endpoint_info info{
        .name = "csm_request.comment.add",
        .method = http_method::post,
        .path = "/request/form/helpcenter/{helpCenterId}/issue/{issueIdOrKey}/comment",
        .scopes = {write_scope},
        .docs = {.id = "R2",
                 .permission = permission::not_documented,
                 .limits = "body and response not documented (raw members)",
                 .summary = "Adds a comment with configurable visibility to a CSM request."}};
    using response = boost::json::value;
    friend bool operator==(const add_comment&, const add_comment&) = default;
};
BOOST_DESCRIBE_STRUCT(add_comment, (), (help_center_id, issue_id_or_key, body))

} // namespace csm::rest::csm_request

#endif

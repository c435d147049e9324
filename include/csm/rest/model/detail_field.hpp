// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_MODEL_DETAIL_FIELD_HPP
#define CSM_REST_MODEL_DETAIL_FIELD_HPP

#include <csm/ids.hpp>
#include <csm/json/codec.hpp>
#include <csm/open_enum.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Detail fields: the definitions (shared by organizations, customers and entitlements) and the four
/// distinct value shapes the API uses (docs/decisions.md#four-detail-shapes). They are kept as separate types on purpose.
namespace csm::rest::model {

struct detail_field_type_traits {
    enum class known { select, multiselect, text, date, email, phone, number, url };
    // NUMBER and URL are the UI's types; their API spelling is unconfirmed (docs/decisions.md#detail-field-types).
    static constexpr std::string_view names[] = {"SELECT", "MULTISELECT", "TEXT",   "DATE",
                                                 "EMAIL",  "PHONE",       "NUMBER", "URL"};
};
/// DetailFieldType.name: an open enum, since the full list is not documented.
using detail_field_type_name = csm::open_enum<detail_field_type_traits>;

/// DetailFieldType: the type and, for SELECT and MULTISELECT, the options.
struct detail_field_type {
    detail_field_type_name name;
    std::optional<std::vector<std::string>> options = {}; // absent in the entitlement-list example
    friend bool operator==(const detail_field_type&, const detail_field_type&) = default;
};
BOOST_DESCRIBE_STRUCT(detail_field_type, (), (name, options))

/// DetailFieldConfiguration: display order; `{}` in the entitlement-list example, so position is optional.
struct detail_field_configuration {
    std::optional<std::int64_t> position = {};
    friend bool operator==(const detail_field_configuration&, const detail_field_configuration&) = default;
};
BOOST_DESCRIBE_STRUCT(detail_field_configuration, (), (position))

/// An item of DetailFieldsWithConfiguration (O1, C1, E1): a definition. It carries no id.
struct detail_field_definition {
    std::string name;
    detail_field_type type;
    std::optional<detail_field_configuration> configuration = {};
    friend bool operator==(const detail_field_definition&, const detail_field_definition&) = default;
};
BOOST_DESCRIBE_STRUCT(detail_field_definition, (), (name, type, configuration))

/// DetailFieldsWithConfiguration: `{"results": [...]}`.
struct detail_field_definitions {
    std::vector<detail_field_definition> results;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("results")};
    friend bool operator==(const detail_field_definitions&, const detail_field_definitions&) = default;
};
BOOST_DESCRIBE_STRUCT(detail_field_definitions, (), (results))

/// CreateDetailFieldRequest (O2, C2, E2, and the items of the bulk definition endpoints).
struct create_detail_field_request {
    std::string name;
    detail_field_type type;
    friend bool operator==(const create_detail_field_request&, const create_detail_field_request&) = default;
};
BOOST_DESCRIBE_STRUCT(create_detail_field_request, (), (name, type))

/// CreateDetailFieldResponse (O2, O3, C2, C3, E2, E3): no id and no configuration.
struct detail_field_response {
    std::string name;
    detail_field_type type;
    friend bool operator==(const detail_field_response&, const detail_field_response&) = default;
};
BOOST_DESCRIBE_STRUCT(detail_field_response, (), (name, type))

/// EditDetailFieldRequest (O3, C3, E3): the (new) name, and the options of SELECT/MULTISELECT fields.
struct edit_detail_field_request {
    std::string name;
    std::optional<std::vector<std::string>> options = {};
    friend bool operator==(const edit_detail_field_request&, const edit_detail_field_request&) = default;
};
BOOST_DESCRIBE_STRUCT(edit_detail_field_request, (), (name, options))

/// DetailField, the classic value-bearing shape (Organization, Customer, Entitlement details).
struct detail_field {
    std::optional<csm::detail_field_id> id = {};
    std::string name;
    detail_field_type type;
    std::vector<std::string> values;
    std::optional<detail_field_configuration> configuration = {};
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("values")};
    friend bool operator==(const detail_field&, const detail_field&) = default;
};
BOOST_DESCRIBE_STRUCT(detail_field, (), (id, name, type, values, configuration))

/// SetDetailValuesRequest (O8, C7, E7). Always send `values`; whether [] clears a field is undocumented.
struct set_detail_values_request {
    std::vector<std::string> values;
    friend bool operator==(const set_detail_values_request&, const set_detail_values_request&) = default;
};
BOOST_DESCRIBE_STRUCT(set_detail_values_request, (), (values))

/// UpdateDetailFieldResponse (O8, C7, E7): no configuration. The docs do not say which fields are always
/// there, so `id` reads as optional (docs/rest.md, "Which response fields are required").
struct update_detail_field_response {
    std::optional<csm::detail_field_id> id = {};
    std::string name;
    detail_field_type type;
    std::vector<std::string> values;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("values")};
    friend bool operator==(const update_detail_field_response&, const update_detail_field_response&) = default;
};
BOOST_DESCRIBE_STRUCT(update_detail_field_response, (), (id, name, type, values))

/// The `value` of a profile detail: `{type, text[]}`; `text` is an array even for SELECT (docs/decisions.md#profile-value-text-is-an-array).
struct profile_detail_value_content {
    detail_field_type_name type;
    std::vector<std::string> text;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("text")};
    friend bool operator==(const profile_detail_value_content&, const profile_detail_value_content&) = default;
};
BOOST_DESCRIBE_STRUCT(profile_detail_value_content, (), (type, text))

/// ProfileDetailFieldValue (profile responses): `{name, value: {type, text[]}}`. `value` reads as optional:
/// the docs do not say it is always there (docs/rest.md, "Which response fields are required").
struct profile_detail_value {
    std::string name;
    std::optional<profile_detail_value_content> value = {};
    friend bool operator==(const profile_detail_value&, const profile_detail_value&) = default;
};
BOOST_DESCRIBE_STRUCT(profile_detail_value, (), (name, value))

/// ProfileDetailFieldValueRequest (profile create bodies, bulk payloads): `{name, values[]}`.
struct profile_detail_value_request {
    std::string name;
    std::vector<std::string> values;
    friend bool operator==(const profile_detail_value_request&, const profile_detail_value_request&) = default;
};
BOOST_DESCRIBE_STRUCT(profile_detail_value_request, (), (name, values))

struct detail_value_operation_type_traits {
    enum class known { update, patch, delete_ };
    // The difference between PATCH and UPDATE is not documented (docs/decisions.md#bulk-operation-types).
    static constexpr std::string_view names[] = {"UPDATE", "PATCH", "DELETE"};
};
/// operationType of a bulk detail-value operation: an open enum.
using detail_value_operation_type = csm::open_enum<detail_value_operation_type_traits>;

/// The payload of a bulk detail-value operation: the field's name and, except perhaps for DELETE, values.
struct bulk_detail_value_payload {
    std::string name;
    std::optional<std::vector<std::string>> values = {};
    friend bool operator==(const bulk_detail_value_payload&, const bulk_detail_value_payload&) = default;
};
BOOST_DESCRIBE_STRUCT(bulk_detail_value_payload, (), (name, values))

/// The fourth detail shape, a bulk detail-value operation (B2, B6): `{operationType, payload: {name, values[]}}`.
struct bulk_detail_value_operation {
    detail_value_operation_type operation_type;
    bulk_detail_value_payload payload;
    friend bool operator==(const bulk_detail_value_operation&, const bulk_detail_value_operation&) = default;
};
BOOST_DESCRIBE_STRUCT(bulk_detail_value_operation, (), (operation_type, payload))

} // namespace csm::rest::model

#endif

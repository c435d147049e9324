// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_DETAIL_FIELDS_HPP
#define CSM_REST_DETAIL_FIELDS_HPP

#include <csm/error.hpp>
#include <csm/rest/check.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/model/detail_field.hpp>

#include <boost/describe/class.hpp>

#include <optional>

/// The detail-field definition endpoints, which organizations (O1–O4), customers (C1–C4) and entitlements
/// (E1–E4) share: the same members, bodies, responses and client-side checks; only the metadata differs. Each
/// resource names its metadata in a struct with four `static constexpr endpoint_info` members and keeps the
/// endpoint names as aliases:
///
///     struct detail_field_infos {
///         static constexpr endpoint_info get{...}, create{...}, edit{...}, delete_{...};
///     };
///     using get_detail_fields = csm::rest::detail_fields::get_detail_fields<detail_field_infos>;
///
/// The endpoints are ordinary described aggregates (BOOST_DESCRIBE_CLASS inside the template), so
/// build_request, parse_response, check_endpoint and the endpoint registry treat them like every other endpoint.
namespace csm::rest::detail_fields {

/// GET <resource>/details: every detail field of the resource with its configuration (definitions, no ids).
template <class Infos>
struct get_detail_fields {
    static constexpr endpoint_info info = Infos::get;
    using response = model::detail_field_definitions;
    friend bool operator==(const get_detail_fields&, const get_detail_fields&) = default;
    BOOST_DESCRIBE_CLASS(get_detail_fields, (), (), (), ())
};

/// POST <resource>/details: creates a detail field. Client-side: a non-blank name and at most 50 options
/// (check::definition at "/body/name" and "/body/type/options").
template <class Infos>
struct create_detail_field {
    model::create_detail_field_request body;
    static constexpr endpoint_info info = Infos::create;
    using response = model::detail_field_response;

    std::optional<csm::error> validate(const limit_options& limits) const {
        return check::definition(body.name, body.type.options, "/body/type/options", limits.ui_limits);
    }
    friend bool operator==(const create_detail_field&, const create_detail_field&) = default;
    BOOST_DESCRIBE_CLASS(create_detail_field, (), (body), (), ())
};

/// PUT <resource>/details/{fieldName}: renames a detail field and/or changes the options of a SELECT or
/// MULTISELECT field; send the current name in the body to keep it. Client-side: a non-blank name and at most
/// 50 options unless limit_options::ui_limits is off (check::definition at "/body/name" and "/body/options").
template <class Infos>
struct edit_detail_field {
    csm::rest::detail_field_name field_name;
    model::edit_detail_field_request body;
    static constexpr endpoint_info info = Infos::edit;
    using response = model::detail_field_response;

    std::optional<csm::error> validate(const limit_options& limits) const {
        return check::definition(body.name, body.options, "/body/options", limits.ui_limits);
    }
    friend bool operator==(const edit_detail_field&, const edit_detail_field&) = default;
    BOOST_DESCRIBE_CLASS(edit_detail_field, (), (field_name, body), (), ())
};

/// DELETE <resource>/details/{fieldName}: deletes a detail field and every value stored for it. Irreversible.
template <class Infos>
struct delete_detail_field {
    csm::rest::detail_field_name field_name;
    static constexpr endpoint_info info = Infos::delete_;
    using response = no_content;
    friend bool operator==(const delete_detail_field&, const delete_detail_field&) = default;
    BOOST_DESCRIBE_CLASS(delete_detail_field, (), (field_name), (), ())
};

} // namespace csm::rest::detail_fields

#endif

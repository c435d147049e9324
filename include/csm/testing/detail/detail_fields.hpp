// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_DETAIL_DETAIL_FIELDS_HPP
#define CSM_TESTING_DETAIL_DETAIL_FIELDS_HPP

#include <csm/testing/detail/respond.hpp>

#include <csm/rest/check.hpp>
#include <csm/rest/detail_fields.hpp>
#include <csm/rest/model/detail_field.hpp>
#include <csm/rest/organization.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Detail fields in csm::testing::simulator: the definitions of one kind (organization, customer or
/// entitlement; O1–O4, C1–C4, E1–E4) and the values set on entities of that kind (O8, C7, E7). Not a public API.
namespace csm::testing::detail {

/// "You can create up to 50 detail fields" (O2, C2, E2), per kind and site.
inline constexpr std::size_t max_detail_fields = 50;

/// Names are compared as the bulk definitions compare them: ignoring case and surrounding blanks.
inline bool same_field_name(std::string_view a, std::string_view b) {
    auto trim = [](std::string_view s) {
        while (!s.empty() && static_cast<unsigned char>(s.front()) <= 0x20) s.remove_prefix(1);
        while (!s.empty() && static_cast<unsigned char>(s.back()) <= 0x20) s.remove_suffix(1);
        return s;
    };
    a = trim(a), b = trim(b);
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto low = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
               return low(x) == low(y);
           });
}

struct field_definition {
    std::string id; ///< issued from a counter; only the classic value shapes show it
    std::string name;
    rest::model::detail_field_type type;
    std::int64_t position = 0; ///< display order, 1-based, in creation order
};

/// Whether `values` fit a field of type `type`; invalid_value at "/body/values[/i]" otherwise (never the value).
/// SELECT and MULTISELECT take their options; the formats of the other types are not documented
/// (docs/testing.md says which ones the simulator assumes); unknown types take anything.
inline std::optional<csm::error> check_values(const rest::model::detail_field_type& type,
                                              const std::vector<std::string>& values) {
    using known = rest::model::detail_field_type_name::known;
    const std::optional<known> k = type.name.value();
    if (!k) return std::nullopt;
    if (*k != known::multiselect && values.size() > 1)
        return csm::error{errc::invalid_value, "/body/values", "at most one value for this field type"};
    auto digits = [](std::string_view s) { return !s.empty() && s.find_first_not_of("0123456789") == s.npos; };
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::string_view v = values[i];
        const std::string at = "/body/values/" + std::to_string(i);
        const char* expected = nullptr;
        switch (*k) {
        case known::select:
        case known::multiselect: {
            const auto& opts = type.options;
            if (!opts || std::find(opts->begin(), opts->end(), v) == opts->end())
                expected = "one of the field's options";
            break;
        }
        case known::date:
            if (v.size() != 10 || v[4] != '-' || v[7] != '-' || !digits(v.substr(0, 4)) || !digits(v.substr(5, 2)) ||
                !digits(v.substr(8, 2)))
                expected = "a date YYYY-MM-DD";
            break;
        case known::email: {
            const std::size_t a = v.find('@');
            if (a == 0 || a == v.npos || a + 1 == v.size() || v.find('@', a + 1) != v.npos)
                expected = "an email address";
            break;
        }
        case known::phone:
            if (v.find_first_of("0123456789") == v.npos || v.find_first_not_of("0123456789 +-().") != v.npos)
                expected = "a phone number";
            break;
        case known::number: {
            std::string_view n = v.starts_with('-') ? v.substr(1) : v;
            const std::size_t dot = n.find('.');
            if (!digits(n.substr(0, dot)) || (dot != n.npos && !digits(n.substr(dot + 1)))) expected = "a number";
            break;
        }
        case known::url:
            if (!(v.starts_with("https://") || v.starts_with("http://")) || v.find_first_of(" \t") != v.npos)
                expected = "an http or https URL";
            break;
        case known::text: break;
        }
        if (expected) return csm::error{errc::invalid_value, at, expected};
    }
    return std::nullopt;
}

/// The detail fields of one kind and their values per entity.
struct field_store {
    std::vector<field_definition> definitions;                                     // in creation order
    std::map<std::string, std::map<std::string, std::vector<std::string>>> values; // entity id → field id → values
    std::uint64_t next_id = 1;
    std::int64_t next_position = 1;

    field_definition* find(std::string_view name) {
        const auto it = std::find_if(definitions.begin(), definitions.end(),
                                     [&](const field_definition& d) { return same_field_name(d.name, name); });
        return it == definitions.end() ? nullptr : &*it;
    }

    /// The classic DetailField shape (O5, C5, entitlements): the fields that have values, in display order.
    std::vector<rest::model::detail_field> details_of(const std::string& entity) const {
        std::vector<rest::model::detail_field> out;
        const auto vs = values.find(entity);
        if (vs == values.end()) return out;
        for (const field_definition& d : definitions)
            if (const auto v = vs->second.find(d.id); v != vs->second.end())
                out.push_back({csm::detail_field_id(d.id), d.name, d.type, v->second,
                               rest::model::detail_field_configuration{d.position}});
        return out;
    }

    /// The profile shape `{name, value: {type, text[]}}` (O13, C14), in display order.
    std::vector<rest::model::profile_detail_value> profile_of(const std::string& entity) const {
        std::vector<rest::model::profile_detail_value> out;
        for (const rest::model::detail_field& f : details_of(entity))
            out.push_back({f.name, rest::model::profile_detail_value_content{f.type.name, f.values}});
        return out;
    }

    /// O8, C7, E7 once the entity exists: checks the field and the values, stores them, answers the field.
    /// An empty `values` clears the field (undocumented; docs/testing.md).
    rest::http_response set(const std::string& entity, std::string_view field_name,
                            const rest::model::set_detail_values_request& body) {
        field_definition* d = find(field_name);
        if (!d) return bad_request(errc::invalid_value, "/query/fieldName", "the name of an existing detail field");
        if (auto e = check_values(d->type, body.values)) return bad_request(*e);
        if (body.values.empty()) values[entity].erase(d->id);
        else values[entity][d->id] = body.values;
        return ok(
            rest::model::update_detail_field_response{csm::detail_field_id(d->id), d->name, d->type, body.values});
    }

    /// Details of a profile request (O14, C15) checked as set() checks a value: every name an existing field
    /// ("<pointer>/<i>/name"), every value fitting it ("<pointer>/<i>/values[/j]").
    std::optional<csm::error> check_details(const std::vector<rest::model::profile_detail_value_request>& details,
                                            std::string_view pointer) {
        for (std::size_t i = 0; i < details.size(); ++i) {
            const std::string at = std::string(pointer) + "/" + std::to_string(i);
            const field_definition* d = find(details[i].name);
            if (!d) return csm::error{errc::invalid_value, at + "/name", "the name of an existing detail field"};
            if (auto e = check_values(d->type, details[i].values)) {
                e->pointer = at + e->pointer.substr(std::string_view("/body").size());
                return e;
            }
        }
        return std::nullopt;
    }

    /// Stores checked profile details (check_details) on `entity`.
    void apply_details(const std::string& entity,
                       const std::vector<rest::model::profile_detail_value_request>& details) {
        for (const auto& v : details) {
            const std::string id = find(v.name)->id;
            if (v.values.empty()) values[entity].erase(id);
            else values[entity][id] = v.values;
        }
    }

    /// O1–O4, C1–C4, E1–E4 (`op` is the endpoint name's last part: get, create, edit, delete).
    rest::http_response definitions_call(std::string_view op, const call& c) {
        // The three kinds share the endpoint templates (csm/rest/detail_fields.hpp), so one instantiation's
        // validate() is every kind's.
        using infos = rest::organization::detail_field_infos;
        if (op == "get") {
            rest::model::detail_field_definitions out;
            for (const field_definition& d : definitions)
                out.results.push_back({d.name, d.type, rest::model::detail_field_configuration{d.position}});
            return ok(out);
        }
        if (op == "create") {
            auto body = read_body<rest::model::create_detail_field_request>(c.req);
            if (!body) return bad_request(body.error());
            if (auto e = rest::detail_fields::create_detail_field<infos>{*body}.validate({})) return bad_request(*e);
            if (find(body->name))
                return bad_request(errc::invalid_value, "/body/name", "a name no other detail field has");
            if (definitions.size() >= max_detail_fields)
                return bad_request(errc::limit_exceeded, "/body",
                                   "at most " + std::to_string(max_detail_fields) + " detail fields of this kind");
            if (auto e = options_fit(body->type.name, body->type.options, "/body/type/options")) return bad_request(*e);
            definitions.push_back({std::to_string(next_id++), body->name, body->type, next_position++});
            return ok(rest::model::detail_field_response{body->name, body->type}, 201);
        }
        field_definition* d = find(c.param(0));
        if (!d) return error(404, "Detail field does not exist");
        if (op == "delete") {
            for (auto& [entity, fields] : values) fields.erase(d->id);
            definitions.erase(definitions.begin() + (d - definitions.data()));
            return no_content();
        }
        auto body = read_body<rest::model::edit_detail_field_request>(c.req);
        if (!body) return bad_request(body.error());
        if (auto e =
                rest::detail_fields::edit_detail_field<infos>{rest::detail_field_name(d->name), *body}.validate({}))
            return bad_request(*e);
        if (const field_definition* other = find(body->name); other && other != d)
            return bad_request(errc::invalid_value, "/body/name", "a name no other detail field has");
        if (body->options)
            if (auto e = options_fit(d->type.name, body->options, "/body/options")) return bad_request(*e);
        d->name = body->name;
        if (body->options) d->type.options = body->options;
        return ok(rest::model::detail_field_response{d->name, d->type});
    }

    /// Options belong to SELECT and MULTISELECT fields (which need at least one); a field's type cannot change.
    static std::optional<csm::error> options_fit(const rest::model::detail_field_type_name& type,
                                                 const std::optional<std::vector<std::string>>& options,
                                                 std::string_view pointer) {
        using known = rest::model::detail_field_type_name::known;
        const bool selects = type == known::select || type == known::multiselect;
        if (selects && (!options || options->empty()))
            return csm::error{errc::invalid_value, std::string(pointer), "at least one option for this field type"};
        if (!selects && type.is_known() && options && !options->empty())
            return csm::error{errc::invalid_value, std::string(pointer), "no options for this field type"};
        return std::nullopt;
    }
};

} // namespace csm::testing::detail

#endif

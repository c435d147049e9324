// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_IMPL_VALIDATE_HPP
#define CSM_GRAPH_IMPL_VALIDATE_HPP

// The definitions of graph/validate.hpp: included by it when header-only; compiled into the library
// (csm/src.hpp) in compiled mode.
#include <csm/graph/validate.hpp>
#include <csm/bounded_string.hpp>
#include <csm/error.hpp>
#include <csm/graph/currency.hpp>
#include <csm/graph/groups.hpp>
#include <csm/graph/relationships.hpp>
#include <csm/graph/users.hpp>
#include <csm/instant.hpp>
#include <csm/json/impl/value.hpp>
#include <csm/json/read_context.hpp>

#include <boost/url/parse.hpp>
#include <boost/url/scheme.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace csm::graph {

CSM_DECL bool is_absolute_http_url(std::string_view text) {
    auto parsed = boost::urls::parse_uri(text); // scheme required; a fragment is allowed
    if (!parsed) return false;
    const auto id = parsed->scheme_id();
    if (id != boost::urls::scheme::http && id != boost::urls::scheme::https) return false;
    return parsed->has_authority() && !parsed->encoded_host().empty();
}

namespace detail {

/// Collects problems while walking a model; keeps the JSON Pointer of where it is.
class validator {
public:
    explicit validator(validate_options options = {}) : options_(options) {}

    const validate_options& options() const noexcept { return options_; }

    class [[nodiscard]] scope {
    public:
        scope(validator& v, std::size_t size) noexcept : v_(&v), size_(size) {}
        scope(const scope&) = delete;
        scope& operator=(const scope&) = delete;
        ~scope() { v_->pointer_.resize(size_); }

    private:
        validator* v_;
        std::size_t size_;
    };

    scope enter(std::string_view key) {
        const std::size_t size = pointer_.size();
        csm::json::append_pointer_token(pointer_, key);
        return scope(*this, size);
    }
    scope enter(std::size_t index) {
        const std::size_t size = pointer_.size();
        pointer_.push_back('/');
        pointer_ += std::to_string(index);
        return scope(*this, size);
    }

    void report(rule r, severity s = severity::error) { report_at({}, r, s); }
    void report_at(std::string_view key, rule r, severity s = severity::error) {
        std::string p = pointer_;
        if (!key.empty()) csm::json::append_pointer_token(p, key);
        problems_.push_back(problem{std::move(p), r, s, {}});
    }
    /// Appends problems found elsewhere, their pointers taken relative to the current location.
    void adopt(const std::vector<problem>& found) {
        for (const problem& p : found)
            problems_.push_back(problem{pointer_ + p.pointer, p.rule, p.severity, p.expected});
    }
    /// Reports why the codec could not read a value (its pointer relative to the current location).
    void adopt_parse_error(const csm::error& e);

    std::vector<problem> take() && { return std::move(problems_); }

    // ---- field checks ----

    void required_optional(std::string_view key, const std::optional<std::string>& v) {
        if (!v || v->empty()) report_at(key, rule::required);
    }
    void required_text(std::string_view key, std::string_view v) {
        if (v.empty()) report_at(key, rule::required);
    }
    void bounded(std::string_view key, const std::optional<std::string>& v, std::size_t max = max_block_string_length) {
        if (!v) return;
        const auto units = csm::utf16_length(*v);
        if (!units) report_at(key, rule::utf8);
        else if (*units > max) report_at(key, rule::max_length);
    }
    /// The docs do not require absolute http(s) URLs: a warning, an error only in strict validation.
    void http_url(std::string_view key, std::string_view v) {
        if (!is_absolute_http_url(v))
            report_at(key, rule::absolute_http_url, options_.strict ? severity::error : severity::warning);
    }
    template <class Enum>
    void known(std::string_view key, const Enum& e) {
        if (!e.is_known()) report_at(key, rule::known_value, severity::warning);
    }

    /// docs/decisions.md#connection-id: connectionId is optional in the docs, required by Atlassian's own skill and tutorial.
    void connection(const std::optional<csm::connection_id>& id) {
        if (!id || id->empty()) report_at("connectionId", rule::recommended, severity::warning);
    }

    void user(const user_reference& u) {
        // Only the legacy fields (or nothing): written as {}, which says nothing about a user.
        if (!u.account_id && !u.email && !u.external_id) report(rule::empty_object, severity::warning);
        if (!u.external_id || u.external_id->empty()) report_at("externalId", rule::recommended, severity::warning);
    }
    /// `check(element)` at `<key>/<i>` for each element of an optional list.
    template <class T, class Check>
    void each(std::string_view key, const std::optional<std::vector<T>>& list, Check check) {
        if (!list) return;
        auto s = enter(key);
        for (std::size_t i = 0; i < list->size(); ++i) {
            auto e = enter(i);
            check((*list)[i]);
        }
    }
    void users(std::string_view key, const std::optional<std::vector<user_reference>>& list) {
        each(key, list, [&](const user_reference& u) { user(u); });
    }
    void key(std::string_view name, const std::optional<entity_key>& k) {
        if (!k) return;
        auto s = enter(name);
        required_text("type", k->type);
        if (k->value.is_null()) report_at("value", rule::required);
    }

    void permissions(const permission_list& list);
    void common(const object_common& o);

private:
    validate_options options_;
    std::string pointer_;
    std::vector<problem> problems_;
};

inline void validator::adopt_parse_error(const csm::error& e) {
    rule r = rule::unreadable;
    switch (e.code) {
    case errc::missing_member: r = rule::required; break;
    case errc::type_mismatch: r = rule::type; break;
    case errc::unknown_member: r = rule::unknown_member; break;
    default: break;
    }
    // A missing member's "expected" is the type it should have had; the rule's sentence says more.
    problem p{pointer_ + e.pointer, r, severity::error, r == rule::required ? std::string() : e.expected};
    problems_.push_back(std::move(p));
}

inline void validator::permissions(const permission_list& list) {
    auto s = enter("permissions");
    if (list.empty()) report(rule::non_empty);
    if (list.principal_count() > max_principals_per_object) report(rule::max_principals);
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto e = enter(i);
        const permission& p = list[i];
        if (p.action) known("action", *p.action);
        auto ac = enter("accessControls");
        if (p.access_controls.empty()) report(rule::non_empty);
        for (std::size_t j = 0; j < p.access_controls.size(); ++j) {
            auto ae = enter(j);
            const auto& principals = p.access_controls[j].principals;
            auto ps = enter("principals");
            if (principals.empty()) report(rule::non_empty);
            for (std::size_t k = 0; k < principals.size(); ++k) {
                auto pe = enter(k);
                const principal& pr = principals[k];
                known("type", pr.type);
                const bool needs_id = pr.type == principal_type::known::user || pr.type == principal_type::known::group;
                if (needs_id && (!pr.id || pr.id->empty())) report_at("id", rule::required);
            }
        }
    }
}

inline void validator::common(const object_common& o) {
    required_optional("schemaVersion", o.schema_version);
    required_text("id", o.id.view());
    required_optional("displayName", o.display_name);
    if (o.url.empty()) report_at("url", rule::required);
    else http_url("url", o.url);
    if (o.created_by) {
        auto s = enter("createdBy");
        user(*o.created_by);
    }
    if (o.last_updated_by) {
        auto s = enter("lastUpdatedBy");
        user(*o.last_updated_by);
    }
    users("owners", o.owners);
    if (o.thumbnail) {
        auto s = enter("thumbnail");
        if (o.thumbnail->external_url) http_url("externalUrl", *o.thumbnail->external_url);
        else
            report(rule::empty_object,
                   severity::warning); // e.g. only `mimeType` was read (docs/decisions.md#thumbnail-url-alias)
    }
    key("parentKey", o.parent_key);
    key("containerKey", o.container_key);
    permissions(o.permissions);
    if (o.associations) {
        const std::size_t size = pointer_.size();
        pointer_ += o.associations->form == association_form::set ? "/associations/set" : "/associations";
        scope s(*this, size);
        for (std::size_t i = 0; i < o.associations->size(); ++i) {
            auto e = enter(i);
            required_text("associationType", (*o.associations)[i].association_type);
        }
    }
}

/// Reports the second and later elements whose id (`ids[i]`, empty = none) appeared before, at `<i>/<key>`
/// under the current location.
inline void duplicates(validator& v, std::string_view key, const std::vector<std::string_view>& ids) {
    std::vector<std::pair<std::string_view, std::size_t>> seen;
    seen.reserve(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (!ids[i].empty()) seen.emplace_back(ids[i], i);
    std::stable_sort(seen.begin(), seen.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::size_t> repeated;
    for (std::size_t k = 1; k < seen.size(); ++k)
        if (seen[k].first == seen[k - 1].first) repeated.push_back(seen[k].second);
    std::sort(repeated.begin(), repeated.end());
    for (std::size_t i : repeated) {
        auto e = v.enter(i);
        v.report_at(key, rule::duplicate_id);
    }
}

inline std::string_view object_id(const any_object& o) noexcept {
    if (const object_common* c = o.common()) return c->id.view();
    const auto& json = o.get_if<unknown_object>()->json;
    if (const boost::json::value* id = json.if_contains("id"))
        if (const boost::json::string* s = id->if_string()) return std::string_view(*s);
    return {};
}

/// A list of a request: not empty, at most `max` items (rule `max_items` at the list's key).
inline void item_list(validator& v, std::string_view key, std::size_t size, std::size_t max) {
    if (size == 0) v.report_at(key, rule::non_empty);
    if (size > max) v.report_at(key, rule::max_items);
}

/// A list of ids to delete: not empty, at most 100, none empty.
template <class Id>
void delete_ids(validator& v, const std::vector<Id>& ids) {
    if (ids.empty()) v.report_at("externalIds", rule::non_empty);
    if (ids.size() > max_external_ids_per_delete) v.report_at("externalIds", rule::max_external_ids);
    auto s = v.enter("externalIds");
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (ids[i].empty()) v.report_at(std::to_string(i), rule::required);
}

/// The list of a setUsers or setGroups request, and its connectionId (recommended): not empty, at most `max`;
/// each payload with an `externalId`, unique in the list, and what `check(payload)` adds at the payload.
template <class Payload, class Check>
void payload_list(validator& v, std::string_view key, const std::vector<Payload>& list, std::size_t max,
                  const std::optional<csm::connection_id>& connection, Check check) {
    item_list(v, key, list.size(), max);
    v.connection(connection);
    auto s = v.enter(key);
    std::vector<std::string_view> ids;
    ids.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto e = v.enter(i);
        v.required_text("externalId", list[i].external_id.view());
        check(list[i]);
        ids.push_back(list[i].external_id.view());
    }
    duplicates(v, "externalId", ids);
}

inline void optional_instant(validator& v, std::string_view key, const std::optional<std::string>& text) {
    if (text && !csm::instant::try_parse(*text)) v.report_at(key, rule::instant);
}

/// `pointer` (from validating the typed model, so naming canonical keys) with each key that `jv` holds under
/// an alias instead named by that alias, and without the index of a bare element read as a list of one, so that
/// it leads back into the input as written (as the codec's own errors do: docs/json-mapping.md#errors). The
/// aliases are the models' alias() rules.
inline std::string pointer_as_written(const boost::json::value& jv, const std::string& pointer) {
    static constexpr std::pair<std::string_view, std::string_view> aliases[] = {
        {"externalUrl", "url"},
        {"lastUpdatedAt", "lastUpdated"},
        {"lastActivityAt", "lastActivity"},
        {"customerOrgLastActivity", "lastActivity"},
        {"customerOrgLifeTimeValue", "lifeTimeValue"},
        {"email", "externalEmailAddress"},
    };
    std::string out;
    boost::system::error_code ec;
    for (std::size_t at = 0; at < pointer.size();) {
        const std::size_t next = std::min(pointer.find('/', at + 1), pointer.size());
        const std::string_view token = std::string_view(pointer).substr(at + 1, next - at - 1);
        std::string step = out + '/' + std::string(token);
        const boost::json::value* parent = jv.find_pointer(out, ec);
        if (token == "0" && parent && parent->is_object() && !parent->get_object().contains(token)) {
            at = next; // a bare element read as a list of one (permission_list): the input has no index here
            continue;
        }
        if (!jv.find_pointer(step, ec)) {
            for (const auto& [canonical, alias] : aliases) {
                if (token != canonical) continue;
                std::string aliased = out + '/' + std::string(alias);
                if (jv.find_pointer(aliased, ec)) step = std::move(aliased);
            }
        }
        out = std::move(step);
        at = next;
    }
    return out;
}

/// Reads `jv` with the typed model and validates the result into v at the current location; when it cannot
/// be read, the one reason (with its pointer).
template <class T>
void read_and_validate(const boost::json::value& jv, validator& v) {
    csm::result<T> parsed = csm::json::from_value<T>(jv);
    if (!parsed) return v.adopt_parse_error(parsed.error());
    std::vector<problem> found = validate(*parsed, v.options());
    for (problem& p : found) p.pointer = pointer_as_written(jv, p.pointer);
    v.adopt(found);
}

} // namespace detail

CSM_DECL std::vector<problem> validate(const customer_org& o, validate_options options) {
    detail::validator v(options);
    v.common(o);
    auto s = v.enter(customer_org::object_type);
    const customer_org_block& b = o.block;
    v.users("contacts", b.contacts);
    if (b.last_activity) {
        auto a = v.enter("customerOrgLastActivity");
        v.required_text("event", b.last_activity->event);
    }
    if (b.lifetime_value) {
        auto l = v.enter("customerOrgLifeTimeValue");
        if (!std::isfinite(b.lifetime_value->value)) v.report_at("value", rule::finite_number);
        if (!b.lifetime_value->currency_code.is_known())
            v.report_at("currencyCode", rule::known_currency, severity::warning);
    }
    if (b.website_url) v.http_url("websiteUrl", *b.website_url);
    v.bounded("industry", b.industry);
    v.users("contributors", b.contributors);
    v.bounded("country", b.country);
    v.bounded("accountType", b.account_type);
    return std::move(v).take();
}

CSM_DECL std::vector<problem> validate(const customer_org_category& o, validate_options options) {
    detail::validator v(options);
    v.common(o);
    auto s = v.enter(customer_org_category::object_type);
    v.bounded("key", o.block.key);
    v.bounded("categoryType", o.block.category_type);
    return std::move(v).take();
}

CSM_DECL std::vector<problem> validate(const organisation& o, validate_options options) {
    detail::validator v(options);
    v.common(o);
    return std::move(v).take();
}

CSM_DECL std::vector<problem> validate(const unknown_object& o, validate_options options) {
    detail::validator v(options);
    if (o.type.empty()) v.report(rule::type_block);
    else v.report_at(o.type, rule::known_value, severity::warning);
    return std::move(v).take();
}

CSM_DECL std::vector<problem> validate(const any_object& o, validate_options options) {
    return detail::visit_object<std::vector<problem>>(o, [&](const auto& x) { return validate(x, options); });
}

CSM_DECL std::vector<problem> validate(const set_objects_request& r, validate_options options) {
    detail::validator v(options);
    if (r.objects.size() > max_objects_per_request) v.report_at("objects", rule::max_objects);
    if (r.properties && r.properties->size() > max_properties_per_request)
        v.report_at("properties", rule::max_properties);
    if (r.operation_type) v.known("operationType", *r.operation_type);
    v.connection(r.connection_id);
    auto s = v.enter("objects");
    for (std::size_t i = 0; i < r.objects.size(); ++i) {
        auto e = v.enter(i);
        v.adopt(validate(r.objects[i], options));
    }
    std::vector<std::string_view> ids;
    ids.reserve(r.objects.size());
    for (const any_object& o : r.objects) ids.push_back(detail::object_id(o));
    detail::duplicates(v, "id", ids);
    return std::move(v).take();
}

CSM_DECL std::vector<problem> validate(const get_object_by_external_id_request& r, validate_options options) {
    detail::validator v(options);
    v.required_text("objectType", r.object_type);
    v.required_text("externalId", r.external_id.view());
    v.connection(r.connection_id);
    return std::move(v).take();
}

CSM_DECL std::vector<problem> validate(const delete_objects_by_external_id_request& r, validate_options options) {
    detail::validator v(options);
    v.required_text("objectType", r.object_type);
    detail::delete_ids(v, r.external_ids);
    v.connection(r.connection_id);
    return std::move(v).take();
}

CSM_DECL std::vector<problem> validate(const delete_objects_by_properties_request& r, validate_options options) {
    detail::validator v(options);
    if (r.properties.size() != 1) v.report_at("properties", rule::one_property);
    v.required_text("objectType", r.object_type);
    v.connection(r.connection_id);
    return std::move(v).take();
}

CSM_DECL std::vector<problem> validate(const set_users_request& r, validate_options options) {
    detail::validator v(options);
    detail::payload_list(v, "users", r.users, max_users_per_request, r.connection_id, [&](const user_payload& u) {
        v.each("emails", u.emails, [&](const user_email& e) { v.required_text("value", e.value); });
        v.each("photos", u.photos, [&](const user_photo& p) { v.required_text("value", p.value); });
    });
    return std::move(v).take();
}

template <class Id>
std::vector<problem> validate(const get_by_external_id_request<Id>& r, validate_options options) {
    detail::validator v(options);
    v.required_text("externalId", r.external_id.view());
    v.connection(r.connection_id);
    return std::move(v).take();
}

template <class Id>
std::vector<problem> validate(const delete_by_external_id_request<Id>& r, validate_options options) {
    detail::validator v(options);
    detail::delete_ids(v, r.external_ids);
    v.connection(r.connection_id);
    return std::move(v).take();
}

CSM_DECL std::vector<problem> validate(const map_users_request& r, validate_options options) {
    detail::validator v(options);
    detail::item_list(v, "directMappings", r.direct_mappings.size(), max_user_mappings_per_request);
    v.connection(r.connection_id);
    auto s = v.enter("directMappings");
    for (std::size_t i = 0; i < r.direct_mappings.size(); ++i) {
        auto e = v.enter(i);
        const user_mapping& m = r.direct_mappings[i];
        v.required_text("externalId", m.external_id.view());
        const bool account = m.account_id && !m.account_id->empty();
        const bool email = m.email && !m.email->empty();
        if (account == email) v.report(rule::one_of);
    }
    return std::move(v).take();
}

CSM_DECL std::vector<problem> validate(const set_groups_request& r, validate_options options) {
    detail::validator v(options);
    detail::payload_list(v, "groups", r.groups, max_groups_per_request, r.connection_id, [&](const group_payload& g) {
        v.each("members", g.members, [&](const group_member_entry& m) {
            v.required_text("externalId", m.external_id);
            v.required_text("type", m.type);
        });
    });
    return std::move(v).take();
}

CSM_DECL std::vector<problem> validate(const set_relationships_request& r, validate_options options) {
    detail::validator v(options);
    if (r.relationships.empty()) v.report_at("relationships", rule::non_empty);
    if (!r.connection_id || r.connection_id->empty()) v.report_at("connectionId", rule::required);
    auto s = v.enter("relationships");
    for (std::size_t i = 0; i < r.relationships.size(); ++i) {
        auto e = v.enter(i);
        const relationship& rel = r.relationships[i];
        v.key("from", rel.from);
        v.key("to", rel.to);
        v.required_text("type", rel.type);
        if (rel.update_sequence_number && *rel.update_sequence_number < 0)
            v.report_at("updateSequenceNumber", rule::non_negative);
        detail::optional_instant(v, "updatedAt", rel.updated_at);
        detail::optional_instant(v, "createdAt", rel.created_at);
    }
    return std::move(v).take();
}

namespace detail {

/// For raw JSON: checks one text field that the typed model would reject while parsing (an instant, a currency
/// code), reports it, and puts a valid stand-in in its place so that parsing can go on and find the rest.
template <class Text>
void check_text(boost::json::object& o, std::initializer_list<std::string_view> keys, rule r, std::string_view stand_in,
                validator& v) {
    for (std::string_view key : keys) {
        boost::json::value* found = o.if_contains(key);
        if (!found) continue;
        if (const boost::json::string* s = found->if_string()) {
            if (!Text::parse(std::string_view(*s))) {
                v.report_at(key, r);
                *found = stand_in;
            }
        }
        return; // the first key present is the one the codec reads
    }
}

inline boost::json::object* child_object(boost::json::object& o, std::initializer_list<std::string_view> keys) {
    for (std::string_view key : keys)
        if (boost::json::value* found = o.if_contains(key)) return found->if_object();
    return nullptr;
}

/// Validates one raw object (already copied, so it may be patched) into v at the current location.
template <class Object = any_object>
void validate_object_json(boost::json::value& jv, validator& v) {
    if (boost::json::object* o = jv.if_object()) {
        constexpr std::string_view instant_stand_in = "1970-01-01T00:00:00Z";
        check_text<csm::instant>(*o, {"createdAt"}, rule::instant, instant_stand_in, v);
        check_text<csm::instant>(*o, {"lastUpdatedAt", "lastUpdated"}, rule::instant, instant_stand_in, v);
        if (boost::json::object* block = child_object(*o, {customer_org::object_type})) {
            auto s = v.enter(customer_org::object_type);
            for (std::string_view key : {"customerOrgLastActivity", "lastActivity"}) {
                if (!block->contains(key)) continue;
                if (boost::json::object* a = block->at(key).if_object()) {
                    auto k = v.enter(key);
                    check_text<csm::instant>(*a, {"lastActivityAt", "lastActivity"}, rule::instant, instant_stand_in,
                                             v);
                }
                break;
            }
            for (std::string_view key : {"customerOrgLifeTimeValue", "lifeTimeValue"}) {
                if (!block->contains(key)) continue;
                if (boost::json::object* l = block->at(key).if_object()) {
                    auto k = v.enter(key);
                    check_text<any_currency_code>(*l, {"currencyCode"}, rule::currency_code, "XXX", v);
                }
                break;
            }
        }
    }
    read_and_validate<Object>(jv, v);
}

} // namespace detail

template <class Envelope>
std::vector<problem> validate_json(const boost::json::value& envelope, validate_options options) {
    detail::validator v(options);
    const boost::json::object* env = envelope.if_object();
    if (!env) {
        v.report(rule::type);
        return std::move(v).take();
    }
    // The envelope without its objects, read with the typed model.
    boost::json::object shell = *env;
    boost::json::value objects = shell.contains("objects") ? shell["objects"] : boost::json::value();
    shell["objects"] = boost::json::array();
    detail::read_and_validate<Envelope>(boost::json::value(std::move(shell)), v); // its objects are empty here
    boost::json::array* list = objects.if_array();
    if (!list) {
        v.report_at("objects", objects.is_null() ? rule::required : rule::type);
        return std::move(v).take();
    }
    if (list->size() > max_objects_per_request) v.report_at("objects", rule::max_objects);
    auto s = v.enter("objects");
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto e = v.enter(i);
        detail::validate_object_json((*list)[i], v);
    }
    std::vector<std::string_view> ids;
    ids.reserve(list->size());
    for (const boost::json::value& o : *list) {
        const boost::json::object* obj = o.if_object();
        const boost::json::value* id = obj ? obj->if_contains("id") : nullptr;
        const boost::json::string* text = id ? id->if_string() : nullptr;
        ids.push_back(text ? std::string_view(*text) : std::string_view());
    }
    detail::duplicates(v, "id", ids);
    return std::move(v).take();
}

namespace detail {

inline void check_user(validator& v, const user_reference& u, const known_principals& known) {
    if (u.external_id && !u.external_id->empty() && !known.users.contains(u.external_id->view()))
        v.report_at("externalId", rule::unknown_reference, severity::warning);
}

inline void check_users(validator& v, std::string_view key, const std::optional<std::vector<user_reference>>& list,
                        const known_principals& known) {
    if (!list) return;
    auto s = v.enter(key);
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto e = v.enter(i);
        check_user(v, (*list)[i], known);
    }
}

inline void check_object(validator& v, const object_common& o, const known_principals& known) {
    if (o.created_by) {
        auto s = v.enter("createdBy");
        check_user(v, *o.created_by, known);
    }
    if (o.last_updated_by) {
        auto s = v.enter("lastUpdatedBy");
        check_user(v, *o.last_updated_by, known);
    }
    check_users(v, "owners", o.owners, known);
    auto ps = v.enter("permissions");
    for (std::size_t i = 0; i < o.permissions.size(); ++i) {
        auto pe = v.enter(i);
        auto acs = v.enter("accessControls");
        for (std::size_t j = 0; j < o.permissions[i].access_controls.size(); ++j) {
            auto ace = v.enter(j);
            auto prs = v.enter("principals");
            const auto& principals = o.permissions[i].access_controls[j].principals;
            for (std::size_t k = 0; k < principals.size(); ++k) {
                auto pre = v.enter(k);
                const principal& p = principals[k];
                if (!p.id || p.id->empty()) continue;
                const bool user = p.type == principal_type::known::user;
                const bool group = p.type == principal_type::known::group;
                if ((user && !known.users.contains(p.id->view())) || (group && !known.groups.contains(p.id->view())))
                    v.report_at("id", rule::unknown_reference, severity::warning);
            }
        }
    }
}

} // namespace detail

CSM_DECL std::vector<problem> check_references(const set_objects_request& r, const known_principals& known) {
    detail::validator v;
    auto s = v.enter("objects");
    for (std::size_t i = 0; i < r.objects.size(); ++i) {
        auto e = v.enter(i);
        const object_common* o = r.objects[i].common();
        if (!o) continue;
        detail::check_object(v, *o, known);
        if (const customer_org* org = r.objects[i].get_if<customer_org>()) {
            auto b = v.enter(customer_org::object_type);
            detail::check_users(v, "contacts", org->block.contacts, known);
            detail::check_users(v, "contributors", org->block.contributors, known);
        }
    }
    return std::move(v).take();
}

template <class Request>
std::vector<problem> validate_json_as(const boost::json::value& jv, validate_options options) {
    detail::validator v(options);
    detail::read_and_validate<Request>(jv, v);
    return std::move(v).take();
}

} // namespace csm::graph

#endif

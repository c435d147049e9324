// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_VALIDATE_HPP
#define CSM_GRAPH_VALIDATE_HPP

#include <csm/bounded_string.hpp>
#include <csm/currency_code.hpp>
#include <csm/error.hpp>
#include <csm/graph/any_object.hpp>
#include <csm/graph/envelope.hpp>
#include <csm/instant.hpp>
#include <csm/json/read_context.hpp>
#include <csm/json/value.hpp>

#include <boost/json/value.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/scheme.hpp>

#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// Validation of Teamwork Graph payloads, separate from parsing: parsing is tolerant (a doc example without
/// `schemaVersion` parses), validate() then reports every problem, not just the first.
namespace csm::graph {

/// The stable rule names a problem can carry (docs/teamwork-graph.md has the table).
namespace rules {
inline constexpr std::string_view required = "required";                   ///< a required field is absent or empty
inline constexpr std::string_view recommended = "recommended";             ///< warning: should be sent (docs/decisions.md#user-external-id, docs/decisions.md#connection-id)
inline constexpr std::string_view non_empty = "non_empty";                 ///< a list that must not be empty
inline constexpr std::string_view max_principals = "max_principals";       ///< more than 500 principals per object
inline constexpr std::string_view max_length = "max_length";               ///< more than 255 UTF-16 code units
inline constexpr std::string_view utf8 = "utf8";                           ///< text that is not well-formed UTF-8
inline constexpr std::string_view max_objects = "max_objects";             ///< more than 100 objects per envelope
inline constexpr std::string_view max_properties = "max_properties";       ///< more than 5 envelope properties
inline constexpr std::string_view max_external_ids = "max_external_ids";   ///< more than 100 ids per delete
inline constexpr std::string_view one_property = "one_property";           ///< deleteObjectsByProperties: exactly 1
inline constexpr std::string_view absolute_http_url = "absolute_http_url"; ///< not an absolute http(s) URL
inline constexpr std::string_view finite_number = "finite_number";         ///< NaN or infinity
inline constexpr std::string_view known_value = "known_value";             ///< warning: a value the docs do not list
inline constexpr std::string_view type_block = "type_block";               ///< an object without a type block
inline constexpr std::string_view instant = "instant";                     ///< not an RFC 3339 instant (raw JSON)
inline constexpr std::string_view currency_code = "currency_code";         ///< not an ISO 4217 code (raw JSON)
inline constexpr std::string_view type = "type";                           ///< wrong JSON type (raw JSON)
} // namespace rules

enum class severity { error, warning };

/// A documented rule that a parsed payload breaks, found by validate() before sending: where (a JSON Pointer
/// into the payload as written), which rule, how bad. No input values.
struct problem {
    std::string pointer{};
    std::string rule{};
    csm::graph::severity severity = severity::error;

    /// "/objects/0/schemaVersion: required" (warnings end in " (warning)").
    std::string message() const {
        std::string text = pointer.empty() ? std::string("(root)") : pointer;
        text += ": ";
        text += rule;
        if (severity == severity::warning) text += " (warning)";
        return text;
    }

    friend bool operator==(const problem&, const problem&) = default;
};

/// Whether any problem is an error (warnings alone do not block sending).
inline bool has_errors(const std::vector<problem>& problems) noexcept {
    for (const problem& p : problems)
        if (p.severity == severity::error) return true;
    return false;
}

/// Whether `text` is an absolute http or https URL with a host (an RFC 3986 URI, via Boost.URL).
inline bool is_absolute_http_url(std::string_view text) {
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
    explicit validator(std::string base = {}) : pointer_(std::move(base)) {}

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

    void report(std::string_view rule, severity s = severity::error) { report_at({}, rule, s); }
    void report_at(std::string_view key, std::string_view rule, severity s = severity::error) {
        std::string p = pointer_;
        if (!key.empty()) csm::json::append_pointer_token(p, key);
        problems_.push_back(problem{std::move(p), std::string(rule), s});
    }
    /// Appends problems found elsewhere, their pointers taken relative to the current location.
    void adopt(const std::vector<problem>& found) {
        for (const problem& p : found) problems_.push_back(problem{pointer_ + p.pointer, p.rule, p.severity});
    }

    std::vector<problem> take() && { return std::move(problems_); }

    // ---- field checks ----

    void required_optional(std::string_view key, const std::optional<std::string>& v) {
        if (!v || v->empty()) report_at(key, rules::required);
    }
    void required_text(std::string_view key, std::string_view v) {
        if (v.empty()) report_at(key, rules::required);
    }
    void bounded(std::string_view key, const std::optional<std::string>& v, std::size_t max = max_block_string_length) {
        if (!v) return;
        const auto units = csm::utf16_length(*v);
        if (!units) report_at(key, rules::utf8);
        else if (*units > max) report_at(key, rules::max_length);
    }
    void http_url(std::string_view key, std::string_view v) {
        if (!is_absolute_http_url(v)) report_at(key, rules::absolute_http_url);
    }
    template <class Enum>
    void known(std::string_view key, const Enum& e) {
        if (!e.is_known()) report_at(key, rules::known_value, severity::warning);
    }

    /// docs/decisions.md#connection-id: connectionId is optional in the docs, required by Atlassian's own skill and tutorial.
    void connection(const std::optional<csm::connection_id>& id) {
        if (!id || id->empty()) report_at("connectionId", rules::recommended, severity::warning);
    }

    void user(const user_reference& u) {
        if (!u.external_id || u.external_id->empty()) report_at("externalId", rules::recommended, severity::warning);
    }
    void users(std::string_view key, const std::optional<std::vector<user_reference>>& list) {
        if (!list) return;
        auto s = enter(key);
        for (std::size_t i = 0; i < list->size(); ++i) {
            auto e = enter(i);
            user((*list)[i]);
        }
    }
    void key(std::string_view name, const std::optional<entity_key>& k) {
        if (!k) return;
        auto s = enter(name);
        required_text("type", k->type);
        if (k->value.is_null()) report_at("value", rules::required);
    }

    void permissions(const permission_list& list) {
        auto s = enter("permissions");
        if (list.empty()) report(rules::non_empty);
        if (list.principal_count() > max_principals_per_object) report(rules::max_principals);
        for (std::size_t i = 0; i < list.size(); ++i) {
            auto e = enter(i);
            const permission& p = list[i];
            if (p.action) known("action", *p.action);
            auto ac = enter("accessControls");
            if (p.access_controls.empty()) report(rules::non_empty);
            for (std::size_t j = 0; j < p.access_controls.size(); ++j) {
                auto ae = enter(j);
                const auto& principals = p.access_controls[j].principals;
                auto ps = enter("principals");
                if (principals.empty()) report(rules::non_empty);
                for (std::size_t k = 0; k < principals.size(); ++k) {
                    auto pe = enter(k);
                    const principal& pr = principals[k];
                    known("type", pr.type);
                    const bool needs_id = pr.type == principal_type::known::user || pr.type == principal_type::known::group;
                    if (needs_id && (!pr.id || pr.id->empty())) report_at("id", rules::required);
                }
            }
        }
    }

    void common(const object_common& o) {
        required_optional("schemaVersion", o.schema_version);
        required_text("id", o.id.view());
        required_optional("displayName", o.display_name);
        if (o.url.empty()) report_at("url", rules::required);
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
        if (o.thumbnail && o.thumbnail->external_url) {
            auto s = enter("thumbnail");
            http_url("externalUrl", *o.thumbnail->external_url);
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

private:
    std::string pointer_;
    std::vector<problem> problems_;
};

} // namespace detail

inline std::vector<problem> validate(const customer_org& o) {
    detail::validator v;
    v.common(o);
    auto s = v.enter(customer_org::object_type);
    const customer_org_block& b = o.block;
    v.users("contacts", b.contacts);
    if (b.last_activity) {
        auto a = v.enter("customerOrgLastActivity");
        v.required_text("event", b.last_activity->event);
    }
    if (b.lifetime_value && !std::isfinite(b.lifetime_value->value)) {
        auto l = v.enter("customerOrgLifeTimeValue");
        v.report_at("value", rules::finite_number);
    }
    if (b.website_url) v.http_url("websiteUrl", *b.website_url);
    v.bounded("industry", b.industry);
    v.users("contributors", b.contributors);
    v.bounded("country", b.country);
    v.bounded("accountType", b.account_type);
    return std::move(v).take();
}

inline std::vector<problem> validate(const customer_org_category& o) {
    detail::validator v;
    v.common(o);
    auto s = v.enter(customer_org_category::object_type);
    v.bounded("key", o.block.key);
    v.bounded("categoryType", o.block.category_type);
    return std::move(v).take();
}

inline std::vector<problem> validate(const organisation& o) {
    detail::validator v;
    v.common(o);
    return std::move(v).take();
}

/// Unknown objects: only that they carry a type block, and that it is one this library models (warning;
/// e.g. `atlassian:customer-organization`, docs/decisions.md#customer-org-type-id).
inline std::vector<problem> validate(const unknown_object& o) {
    detail::validator v;
    if (o.type.empty()) v.report(rules::type_block);
    else v.report_at(o.type, rules::known_value, severity::warning);
    return std::move(v).take();
}

inline std::vector<problem> validate(const any_object& o) {
    return std::visit([](const auto& x) { return validate(x); }, o.value);
}

/// An envelope: its own limits first (≤ 100 objects, ≤ 5 properties, connectionId recommended, a known
/// operationType), then every object in order.
inline std::vector<problem> validate(const set_objects_request& r) {
    detail::validator v;
    if (r.objects.size() > max_objects_per_request) v.report_at("objects", rules::max_objects);
    if (r.properties && r.properties->size() > max_properties_per_request) v.report_at("properties", rules::max_properties);
    if (r.operation_type) v.known("operationType", *r.operation_type);
    v.connection(r.connection_id);
    auto s = v.enter("objects");
    for (std::size_t i = 0; i < r.objects.size(); ++i) {
        auto e = v.enter(i);
        v.adopt(validate(r.objects[i]));
    }
    return std::move(v).take();
}

inline std::vector<problem> validate(const get_object_by_external_id_request& r) {
    detail::validator v;
    v.required_text("objectType", r.object_type);
    v.required_text("externalId", r.external_id.view());
    v.connection(r.connection_id);
    return std::move(v).take();
}

inline std::vector<problem> validate(const delete_objects_by_external_id_request& r) {
    detail::validator v;
    v.required_text("objectType", r.object_type);
    if (r.external_ids.empty()) v.report_at("externalIds", rules::non_empty);
    if (r.external_ids.size() > max_external_ids_per_delete) v.report_at("externalIds", rules::max_external_ids);
    {
        auto s = v.enter("externalIds");
        for (std::size_t i = 0; i < r.external_ids.size(); ++i)
            if (r.external_ids[i].empty()) v.report_at(std::to_string(i), rules::required);
    }
    v.connection(r.connection_id);
    return std::move(v).take();
}

inline std::vector<problem> validate(const delete_objects_by_properties_request& r) {
    detail::validator v;
    if (r.properties.size() != 1) v.report_at("properties", rules::one_property);
    v.required_text("objectType", r.object_type);
    v.connection(r.connection_id);
    return std::move(v).take();
}

namespace detail {

/// For raw JSON: checks one text field that the typed model would reject while parsing (an instant, a currency
/// code), reports it, and puts a valid stand-in in its place so that parsing can go on and find the rest.
template <class Text>
void check_text(boost::json::object& o, std::initializer_list<std::string_view> keys, std::string_view rule,
                std::string_view stand_in, validator& v) {
    for (std::string_view key : keys) {
        boost::json::value* found = o.if_contains(key);
        if (!found) continue;
        if (const boost::json::string* s = found->if_string()) {
            if (!Text::parse(std::string_view(*s))) {
                v.report_at(key, rule);
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

inline std::string_view parse_rule(const csm::error& e) {
    switch (e.code) {
    case errc::missing_member: return rules::required;
    case errc::type_mismatch: return rules::type;
    default: return to_string(e.code);
    }
}

/// Validates one raw object (already copied, so it may be patched) into v at the current location.
template <class Object = any_object>
void validate_object_json(boost::json::value& jv, validator& v) {
    if (boost::json::object* o = jv.if_object()) {
        constexpr std::string_view instant_stand_in = "1970-01-01T00:00:00Z";
        check_text<csm::instant>(*o, {"createdAt"}, rules::instant, instant_stand_in, v);
        check_text<csm::instant>(*o, {"lastUpdatedAt", "lastUpdated"}, rules::instant, instant_stand_in, v);
        if (boost::json::object* block = child_object(*o, {customer_org::object_type})) {
            auto s = v.enter(customer_org::object_type);
            for (std::string_view key : {"customerOrgLastActivity", "lastActivity"}) {
                if (!block->contains(key)) continue;
                if (boost::json::object* a = block->at(key).if_object()) {
                    auto k = v.enter(key);
                    check_text<csm::instant>(*a, {"lastActivityAt", "lastActivity"}, rules::instant, instant_stand_in, v);
                }
                break;
            }
            for (std::string_view key : {"customerOrgLifeTimeValue", "lifeTimeValue"}) {
                if (!block->contains(key)) continue;
                if (boost::json::object* l = block->at(key).if_object()) {
                    auto k = v.enter(key);
                    check_text<csm::currency_code>(*l, {"currencyCode"}, rules::currency_code, "XXX", v);
                }
                break;
            }
        }
    }
    csm::result<Object> parsed = csm::json::from_value<Object>(jv);
    if (!parsed) {
        v.adopt({problem{parsed.error().pointer, std::string(parse_rule(parsed.error())), severity::error}});
        return;
    }
    v.adopt(validate(*parsed));
}

} // namespace detail

/// Validates a setObjects envelope given as raw JSON, as received or stored, without stopping at the first
/// problem: envelope-level problems first, then each object in order. Invalid instants and currency codes,
/// which the typed model cannot hold, are reported (rules `instant`, `currency_code`) and the object is still
/// checked for everything else. Any other reason an object cannot be read (a missing `id`, a wrong JSON
/// type) is reported once for that object, with the pointer of the first such place.
///
/// A template so that a TU that does not call it does not compile the readers of every object type
/// (docs/performance.md).
template <class Envelope = set_objects_request>
std::vector<problem> validate_json(const boost::json::value& envelope) {
    detail::validator v;
    const boost::json::object* env = envelope.if_object();
    if (!env) {
        v.report(rules::type);
        return std::move(v).take();
    }
    // The envelope without its objects, read with the typed model.
    boost::json::object shell = *env;
    boost::json::value objects = shell.contains("objects") ? shell["objects"] : boost::json::value();
    shell["objects"] = boost::json::array();
    csm::result<Envelope> head = csm::json::from_value<Envelope>(boost::json::value(std::move(shell)));
    if (!head) v.adopt({problem{head.error().pointer, std::string(detail::parse_rule(head.error())), severity::error}});
    else v.adopt(validate(*head)); // its objects are empty here
    boost::json::array* list = objects.if_array();
    if (!list) {
        v.report_at("objects", objects.is_null() ? rules::required : rules::type);
        return std::move(v).take();
    }
    if (list->size() > max_objects_per_request) v.report_at("objects", rules::max_objects);
    auto s = v.enter("objects");
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto e = v.enter(i);
        detail::validate_object_json((*list)[i], v);
    }
    return std::move(v).take();
}

} // namespace csm::graph

#endif

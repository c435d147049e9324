// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_PROBLEM_HPP
#define CSM_GRAPH_PROBLEM_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/// What Teamwork Graph validation reports (graph/validate.hpp): a problem is a rule that a payload breaks, at a
/// JSON Pointer, with a severity. No input values.
namespace csm::graph {

/// What a problem is about. Programs switch on the enumerator or compare rule_id() (stable, snake_case);
/// people read problem::message(). docs/teamwork-graph.md has the table.
enum class rule : std::uint8_t {
    required, ///< a required field is absent or empty
    /// Warning: should be sent (docs/decisions.md#user-external-id, docs/decisions.md#connection-id).
    recommended,
    non_empty,         ///< a list that must not be empty
    max_principals,    ///< more than 500 principals per object
    max_length,        ///< more than 255 UTF-16 code units
    utf8,              ///< text that is not well-formed UTF-8
    max_objects,       ///< more than 100 objects per envelope
    max_properties,    ///< more than 5 envelope properties
    max_external_ids,  ///< more than 100 ids per delete
    one_property,      ///< deleteObjectsByProperties: exactly 1
    absolute_http_url, ///< warning (error in strict validation): not an absolute http(s) URL
    finite_number,     ///< NaN or infinity
    known_value,       ///< warning: a value the docs do not list
    type_block,        ///< an object without a type block
    instant,           ///< not an RFC 3339 instant (raw JSON)
    currency_code,     ///< not three upper-case letters (raw JSON)
    known_currency,    ///< warning: well-formed, but not an active ISO 4217 code
    type,              ///< wrong JSON type (raw JSON)
    unreadable,        ///< another reason the value cannot be read (raw JSON); problem::expected says more
    unknown_member,    ///< a key the models do not know (strict reading)
    empty_object,      ///< warning: an object that would be written as {}
    duplicate_id,      ///< the same id twice in one request
    unknown_reference, ///< warning: an externalId not among the users/groups the caller says were sent
    max_items,         ///< more than the documented number of items per request
    one_of,            ///< exactly one of two members must be set
    non_negative,      ///< a number below zero
};

/// The stable id of a rule, e.g. "absolute_http_url".
constexpr std::string_view rule_id(rule r) noexcept;

/// What a rule expects, in words: the text after "expected " in problem::message().
constexpr std::string_view rule_expectation(rule r) noexcept;

enum class severity { error, warning };

/// A documented rule that a parsed payload breaks, found by validate() before sending: where (a JSON Pointer
/// into the payload as written), which rule, how bad. No input values.
struct problem {
    std::string pointer{};
    csm::graph::rule rule = rule::required;
    csm::graph::severity severity = severity::error;
    /// What was expected, when it says more than the rule (the codec's text for a wrong JSON type, e.g.
    /// "a string"); empty otherwise. Never an input value.
    std::string expected{};

    /// A sentence: "/objects/0/lastUpdatedAt: expected an RFC 3339 date-time with a UTC offset (instant)";
    /// warnings start with "warning: ".
    std::string message() const;

    /// The short form "/objects/0/schemaVersion: required" (" (warning)" appended for warnings), for logs
    /// and tests.
    std::string brief() const;

    friend bool operator==(const problem&, const problem&) = default;
};

/// How strict validate() is. The default reports what the docs require as errors and what they only
/// suggest as warnings; strict also makes the suggestions errors (URLs that are not absolute http(s)).
struct validate_options {
    bool strict = false;
};

/// Whether any problem is an error (warnings alone do not block sending).
inline bool has_errors(const std::vector<problem>& problems) noexcept {
    for (const problem& p : problems)
        if (p.severity == severity::error) return true;
    return false;
}

// ---- implementation ---------------------------------------------------------------------------------

constexpr std::string_view rule_id(rule r) noexcept {
    switch (r) {
    case rule::required: return "required";
    case rule::recommended: return "recommended";
    case rule::non_empty: return "non_empty";
    case rule::max_principals: return "max_principals";
    case rule::max_length: return "max_length";
    case rule::utf8: return "utf8";
    case rule::max_objects: return "max_objects";
    case rule::max_properties: return "max_properties";
    case rule::max_external_ids: return "max_external_ids";
    case rule::one_property: return "one_property";
    case rule::absolute_http_url: return "absolute_http_url";
    case rule::finite_number: return "finite_number";
    case rule::known_value: return "known_value";
    case rule::type_block: return "type_block";
    case rule::instant: return "instant";
    case rule::currency_code: return "currency_code";
    case rule::known_currency: return "known_currency";
    case rule::type: return "type";
    case rule::unreadable: return "unreadable";
    case rule::unknown_member: return "unknown_member";
    case rule::empty_object: return "empty_object";
    case rule::duplicate_id: return "duplicate_id";
    case rule::unknown_reference: return "unknown_reference";
    case rule::max_items: return "max_items";
    case rule::one_of: return "one_of";
    case rule::non_negative: return "non_negative";
    }
    return "unknown";
}

constexpr std::string_view rule_expectation(rule r) noexcept {
    switch (r) {
    case rule::required: return "a value for a required member";
    case rule::recommended: return "a value for a member that should be sent";
    case rule::non_empty: return "at least one element";
    case rule::max_principals: return "at most 500 principals across all access controls";
    case rule::max_length: return "at most 255 characters (UTF-16 code units)";
    case rule::utf8: return "well-formed UTF-8 text";
    case rule::max_objects: return "at most 100 objects in one request";
    case rule::max_properties: return "at most 5 properties";
    case rule::max_external_ids: return "at most 100 ids in one request";
    case rule::one_property: return "exactly one property";
    case rule::absolute_http_url: return "an absolute http or https URL with a host";
    case rule::finite_number: return "a finite number";
    case rule::known_value: return "a value the documentation lists";
    case rule::type_block: return "a type block (an \"atlassian:*\" key holding an object)";
    case rule::instant: return "an RFC 3339 date-time with a UTC offset";
    case rule::currency_code: return "three upper-case letters (an ISO 4217 alphabetic code)";
    case rule::known_currency: return "an active ISO 4217 currency code";
    case rule::type: return "another JSON type";
    case rule::unreadable: return "a readable value";
    case rule::unknown_member: return "only keys the documentation lists";
    case rule::empty_object: return "at least one member that is written (it would be written as {})";
    case rule::duplicate_id: return "an id that is unique in the request";
    case rule::unknown_reference: return "an externalId among the users or groups sent";
    case rule::max_items: return "at most 100 items in one request";
    case rule::one_of: return "exactly one of the two members";
    case rule::non_negative: return "a number that is zero or more";
    }
    return "a valid value";
}

inline std::string problem::message() const {
    std::string text = severity == severity::warning ? "warning: " : "";
    text += pointer.empty() ? std::string_view("(root)") : std::string_view(pointer);
    text += ": expected ";
    text += expected.empty() ? rule_expectation(rule) : std::string_view(expected);
    text += " (";
    text += rule_id(rule);
    text += ')';
    return text;
}

inline std::string problem::brief() const {
    std::string text = pointer.empty() ? std::string("(root)") : pointer;
    text += ": ";
    text += rule_id(rule);
    if (severity == severity::warning) text += " (warning)";
    return text;
}

} // namespace csm::graph

#endif

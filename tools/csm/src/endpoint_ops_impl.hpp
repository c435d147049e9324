// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The templates behind endpoint_ops, generic over every endpoint through Boost.Describe: each described
// member of an endpoint is settable as `--<jsonKey> value`; the body comes from --body. Included only by the
// endpoint_slice.cpp.
#ifndef CSM_CLI_ENDPOINT_OPS_IMPL_HPP
#define CSM_CLI_ENDPOINT_OPS_IMPL_HPP

#include "endpoint_ops.hpp"
#include "endpoint_list.hpp"
#include "response_text.hpp"

#include <csm/basic_id.hpp>
#include <csm/json/parse.hpp>
// The slices read path and query parameters with from_value<int>, <std::string> and open enums, which
// csm::csm_compiled does not instantiate: in compiled mode their definitions come from here
// (docs/json-mapping.md, "Your own types in compiled mode"); header-only, it adds nothing.
#include <csm/json/templates.hpp>
#include <csm/json/unknown_fields.hpp>
#include <csm/json/value.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/idempotency_key.hpp>
#include <csm/traits.hpp>

#include <boost/json/value.hpp>
#include <boost/describe/bases.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <charconv>
#include <concepts>
#include <tuple>
#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

namespace csm_cli::detail {

namespace rest = csm::rest;

/// Whether a body type keeps raw members (a described csm::json::unknown_fields member): bodies whose shape is
/// partly undocumented, where the caller adds members the model does not name.
template <class T>
constexpr bool keeps_raw_members() {
    if constexpr (std::is_class_v<T> && boost::describe::has_describe_members<T>::value) {
        bool found = false;
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto d) {
            using M = std::remove_cvref_t<decltype(std::declval<T&>().*decltype(d)::pointer)>;
            if (std::is_same_v<M, csm::json::unknown_fields>) found = true;
        });
        return found;
    } else {
        return false;
    }
}

/// The type of a parameter as help texts show it.
template <class V>
std::string type_label() {
    if constexpr (std::is_same_v<V, bool>) {
        return "true|false";
    } else if constexpr (std::is_integral_v<V>) {
        return "integer";
    } else if constexpr (std::is_same_v<V, csm::rest::idempotency_key>) {
        return "key (1-255 visible ASCII characters, e.g. a UUID)";
    } else if constexpr (csm::is_basic_id_v<V>) {
        return "id";
    } else if constexpr (csm::is_open_enum_v<V>) {
        std::string text;
        for (std::string_view n : V::traits_type::names) {
            text.append(n);
            text.push_back('|');
        }
        text.append("...");
        return text;
    } else {
        return "string";
    }
}

/// The JSON value of `--key text` for a member of type M: integers and booleans as such, the rest as strings
/// (the codec then checks ranges, id kinds and formats).
template <class M>
csm::result<boost::json::value, failure> param_json(std::string_view key, const std::string& text) {
    using V = csm::unwrap_optional_t<M>;
    if constexpr (std::is_same_v<V, bool>) {
        if (text == "true") return boost::json::value(true);
        if (text == "false") return boost::json::value(false);
        return failure{exit_code::usage, "--" + std::string(key) + " needs true or false"};
    } else if constexpr (std::is_integral_v<V>) {
        std::int64_t n = 0;
        const auto r = std::from_chars(text.data(), text.data() + text.size(), n);
        if (text.empty() || r.ec != std::errc() || r.ptr != text.data() + text.size())
            return failure{exit_code::usage, "--" + std::string(key) + " needs an integer"};
        return boost::json::value(n);
    } else {
        return boost::json::value(text);
    }
}

template <class E>
std::vector<param_doc> params() {
    std::vector<param_doc> out;
    boost::mp11::mp_for_each<rest::parameters_of<E>>([&](auto param) {
        using P = decltype(param);
        using M = typename P::type;
        param_doc p;
        p.key = std::string(P::key);
        constexpr rest::parameter_role role = P::role;
        p.required = !csm::is_optional_v<M>;
        if constexpr (role == rest::parameter_role::body) {
            p.role = "body";
            p.type = "JSON";
        } else {
            p.role = role == rest::parameter_role::path     ? "path"
                     : role == rest::parameter_role::header ? "header"
                                                            : "query";
            p.type = type_label<csm::unwrap_optional_t<M>>();
        }
        out.push_back(std::move(p));
    });
    return out;
}

/// "--maxResults: expected a 32-bit integer (out_of_range)".
inline failure param_failure(std::string_view key, const csm::error& e) {
    return failure{exit_code::invalid_input, "--" + std::string(key) + ": expected " + e.expected + " (" +
                                                 std::string(csm::to_string(e.code)) + ")"};
}

/// A parameter's value from its text. Text types (ids, idempotency keys) are parsed directly; the rest go
/// through the codec, which checks ranges and enum values.
template <class M>
csm::result<M, failure> param_value(std::string_view key, const std::string& text) {
    using V = csm::unwrap_optional_t<M>;
    if constexpr (requires {
                      { V::parse(std::string_view()) } -> std::same_as<csm::result<V>>;
                  }) {
        csm::result<V> v = V::parse(text);
        if (!v) return param_failure(key, v.error());
        return M(std::move(*v));
    } else {
        auto jv = param_json<M>(key, text);
        if (!jv) return std::move(jv).error();
        csm::result<V> v = csm::json::from_value<V>(*jv);
        if (!v) return param_failure(key, v.error());
        return M(std::move(*v));
    }
}

/// std::optional of each parameter's type: the slots an endpoint is assembled from.
struct member_slot {
    template <class P>
    using fn = std::optional<typename P::type>;
};

template <class E>
csm::result<csm::rest::http_request, failure> build(const request_inputs& in, const csm::rest::api_base& base,
                                                    const csm::rest::build_options& options) {
    using members = rest::parameters_of<E>;
    static_assert(boost::mp11::mp_empty<boost::describe::describe_bases<E, boost::describe::mod_any_access>>::value,
                  "endpoints are assembled by aggregate initialization from their described members");
    const std::string name(E::info.name);

    for (const auto& param : in.params) {
        bool known = false;
        boost::mp11::mp_for_each<members>([&](auto p) {
            using P = decltype(p);
            if (P::role != rest::parameter_role::body && P::key == param.first) known = true;
        });
        if (!known)
            return failure{exit_code::usage, name + " has no parameter --" + param.first + " (csm request " + name +
                                                 " --help lists them)"};
    }
    if (!rest::has_body_v<E> && in.body_text)
        return failure{exit_code::usage, name + " takes no body; leave --body out"};

    // Each member from its option (or the body), in declaration order; then the endpoint by aggregate
    // initialization. (Members such as idempotency keys have no placeholder, so the endpoint cannot be read
    // through the JSON codec as a whole.)
    boost::mp11::mp_rename<boost::mp11::mp_transform_q<member_slot, members>, std::tuple> slots;
    std::optional<failure> bad;
    boost::mp11::mp_for_each<boost::mp11::mp_iota<boost::mp11::mp_size<members>>>([&](auto index) {
        if (bad) return;
        using P = boost::mp11::mp_at_c<members, decltype(index)::value>;
        using M = typename P::type;
        auto& slot = std::get<decltype(index)::value>(slots);
        const std::string_view key = P::key;
        if constexpr (P::role == rest::parameter_role::body) {
            if (!in.body_text) {
                bad = failure{exit_code::usage, name + " needs a JSON body: --body FILE (or - for standard input)"};
                return;
            }
            // Strict about keys (a misspelt key would otherwise be dropped silently), open about enum values;
            // except for bodies that take raw members, whose extra keys are written as they are.
            csm::json::read_options strict_keys;
            strict_keys.reject_unknown_members = !keeps_raw_members<M>();
            csm::result<M> body = csm::json::parse<M>(*in.body_text, strict_keys);
            if (!body) bad = failure{exit_code::invalid_input, in.body_name + ": " + body.error().message()};
            else slot.emplace(std::move(*body));
        } else {
            const std::string* text = nullptr;
            for (const auto& param : in.params)
                if (param.first == key) text = &param.second;
            if (!text) {
                if constexpr (csm::is_optional_v<M>) slot.emplace();
                else bad = failure{exit_code::usage, name + " needs --" + std::string(key)};
                return;
            }
            auto value = param_value<M>(key, *text);
            if (!value) bad = std::move(value).error();
            else slot.emplace(std::move(*value));
        }
    });
    if (bad) return std::move(*bad);
    const E ep = std::apply([](auto&... s) { return E{std::move(*s)...}; }, slots);

    csm::result<csm::rest::http_request> req = csm::rest::build_request(ep, base, options);
    if (!req) return failure{exit_code::invalid_input, "cannot build " + name + ": " + req.error().message()};
    return std::move(*req);
}

template <class E>
endpoint_ops make_ops() {
    endpoint_ops ops;
    ops.info = &E::info;
    ops.has_body = rest::has_body_v<E>;
    ops.params = &params<E>;
    ops.build = &build<E>;
    ops.parse = &parse_response_text<E>;
    return ops;
}

/// Endpoints [Begin, End) of csm::rest::all_endpoints (clamped), appended in order.
template <std::size_t Begin, std::size_t End>
void append_ops(std::vector<endpoint_ops>& out) {
    constexpr std::size_t size = boost::mp11::mp_size<cli_endpoints>::value;
    constexpr std::size_t b = Begin < size ? Begin : size;
    constexpr std::size_t e = End < size ? End : size;
    using slice = boost::mp11::mp_take_c<boost::mp11::mp_drop_c<cli_endpoints, b>, e - b>;
    boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, slice>>(
        [&](auto t) { out.push_back(make_ops<typename decltype(t)::type>()); });
}

} // namespace csm_cli::detail

#endif

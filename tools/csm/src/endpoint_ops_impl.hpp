// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The templates behind endpoint_ops, generic over every endpoint through Boost.Describe: each described
// member of an endpoint is settable as `--<jsonKey> value`; the body comes from --body. Included only by the
// endpoint_slice_*.cpp files.
#ifndef CSM_CLI_ENDPOINT_OPS_IMPL_HPP
#define CSM_CLI_ENDPOINT_OPS_IMPL_HPP

#include "endpoint_ops.hpp"
#include "endpoint_list.hpp"
#include "response_text.hpp"

#include <csm/json/parse.hpp>
#include <csm/json/value.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/idempotency_key.hpp>

#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <charconv>
#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

namespace csm_cli::detail {

namespace rd = csm::rest::detail;

template <class T>
struct unwrap_optional {
    using type = T;
    static constexpr bool optional = false;
};
template <class T>
struct unwrap_optional<std::optional<T>> {
    using type = T;
    static constexpr bool optional = true;
};

/// The type of a parameter as help texts show it.
template <class V>
std::string type_label() {
    if constexpr (std::is_same_v<V, bool>) {
        return "true|false";
    } else if constexpr (std::is_integral_v<V>) {
        return "integer";
    } else if constexpr (std::is_same_v<V, csm::rest::idempotency_key>) {
        return "key (1-255 visible ASCII characters, e.g. a UUID)";
    } else if constexpr (rd::is_basic_id_v<V>) {
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
    using V = typename unwrap_optional<M>::type;
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
    boost::mp11::mp_for_each<rd::endpoint_members<E>>([&](auto d) {
        using D = decltype(d);
        using M = rd::endpoint_member_t<E, D>;
        param_doc p;
        p.key = std::string(rd::endpoint_member_key<E, D>);
        constexpr auto role = rd::role_of<E, D>();
        p.required = !unwrap_optional<M>::optional;
        if constexpr (role == rd::member_role::body) {
            p.role = "body";
            p.type = "JSON";
        } else {
            p.role = role == rd::member_role::path              ? "path"
                     : role == rd::member_role::idempotency_key ? "header"
                                                                : "query";
            p.type = type_label<typename unwrap_optional<M>::type>();
        }
        out.push_back(std::move(p));
    });
    return out;
}

/// "--organizationId" for "/organizationId", "--body" pointer for "/body/...".
inline std::string describe_error(const csm::error& e, std::string_view body_name) {
    if (e.pointer == "/body" || e.pointer.starts_with("/body/"))
        return std::string(body_name) + ": " + csm::error{e.code, e.pointer.substr(5), e.expected}.message();
    std::string key = e.pointer.substr(1);
    if (const auto slash = key.find('/'); slash != std::string::npos) key.resize(slash);
    return "--" + key + ": expected " + e.expected + " (" + std::string(csm::to_string(e.code)) + ")";
}

template <class E>
csm::result<csm::rest::http_request, failure> build(const request_inputs& in, const csm::rest::api_base& base,
                                                    const csm::rest::build_options& options) {
    const std::string_view name = E::info.name;
    boost::json::object obj;
    for (const auto& [key, text] : in.params) {
        bool known = false;
        std::optional<failure> bad;
        boost::mp11::mp_for_each<rd::endpoint_members<E>>([&](auto d) {
            using D = decltype(d);
            if constexpr (rd::role_of<E, D>() != rd::member_role::body) {
                if (known || rd::endpoint_member_key<E, D> != key) return;
                known = true;
                auto v = param_json<rd::endpoint_member_t<E, D>>(key, text);
                if (v) obj[key] = std::move(*v);
                else bad = std::move(v).error();
            }
        });
        if (!known)
            return failure{exit_code::usage, std::string(name) + " has no parameter --" + key +
                                                 " (csm request " + std::string(name) + " --help lists them)"};
        if (bad) return std::move(*bad);
    }

    if constexpr (rd::has_body<E>()) {
        if (!in.body_text)
            return failure{exit_code::usage, std::string(name) + " needs a JSON body: --body FILE (or - for standard input)"};
        csm::result<boost::json::value> jv = csm::json::parse_value(*in.body_text);
        if (!jv) return failure{exit_code::invalid_input, in.body_name + ": " + jv.error().message()};
        // Strict about keys (a misspelt key would otherwise be dropped silently), open about enum values.
        csm::json::read_options strict_keys;
        strict_keys.reject_unknown_members = true;
        using body_type = std::remove_cvref_t<decltype(std::declval<E&>().body)>;
        csm::result<body_type> typed = csm::json::from_value<body_type>(*jv, strict_keys);
        if (!typed) return failure{exit_code::invalid_input, in.body_name + ": " + typed.error().message()};
        obj["body"] = std::move(*jv);
    } else {
        if (in.body_text)
            return failure{exit_code::usage, std::string(name) + " takes no body; leave --body out"};
    }

    csm::result<E> ep = csm::json::from_value<E>(boost::json::value(std::move(obj)));
    if (!ep) {
        const csm::error& e = ep.error();
        if (e.code == csm::errc::missing_member && e.pointer.find('/', 1) == std::string::npos)
            return failure{exit_code::usage, std::string(name) + " needs --" + e.pointer.substr(1)};
        return failure{exit_code::invalid_input, describe_error(e, in.body_name)};
    }
    csm::result<csm::rest::http_request> req = csm::rest::build_request(*ep, base, options);
    if (!req) return failure{exit_code::invalid_input, "cannot build " + std::string(name) + ": " + req.error().message()};
    return std::move(*req);
}

template <class E>
endpoint_ops make_ops() {
    endpoint_ops ops;
    ops.info = &E::info;
    ops.has_body = rd::has_body<E>();
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

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_IMPL_SRC_REST_HPP
#define CSM_IMPL_SRC_REST_HPP

// Part of csm/src.hpp: build_request and parse_response for each of the 60 endpoints, and the codec's entry
// points for every body and response type they use.
#include <csm/impl/instantiate.hpp>
#include <csm/rest/endpoints.hpp>
#include <csm/rest/templates.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <tuple>
#include <type_traits>

namespace csm::detail::compiled {

struct rest_functions {
    template <class E>
    static auto entry_points() {
        using csm::rest::parse_response;
        return std::make_tuple(
            &csm::rest::build_request<E>,
            static_cast<csm::rest::response_result<E> (*)(int, const std::vector<csm::rest::http_header>&,
                                                          std::string_view, csm::json::read_options)>(
                &parse_response<E>),
            static_cast<csm::rest::response_result<E> (*)(const csm::rest::http_response&, csm::json::read_options)>(
                &parse_response<E>));
    }
};

template <class P>
using is_body_parameter = std::bool_constant<P::role == csm::rest::parameter_role::body>;
template <class P>
using parameter_type = typename P::type;

/// The JSON types of endpoint E: its body's type (if it has one) and its response type (unless no_content).
template <class E>
using json_types_of = boost::mp11::mp_remove<
    boost::mp11::mp_push_back<
        boost::mp11::mp_rename<boost::mp11::mp_transform<parameter_type, boost::mp11::mp_copy_if<
                                                                             csm::rest::parameters_of<E>, is_body_parameter>>,
                               boost::mp11::mp_list>,
        typename E::response>,
    csm::rest::no_content>;

using rest_json_types =
    boost::mp11::mp_unique<boost::mp11::mp_flatten<boost::mp11::mp_transform<json_types_of, csm::rest::all_endpoints>>>;

template struct instantiate<csm::rest::all_endpoints, rest_functions>;
template struct instantiate<rest_json_types, json_functions>;

} // namespace csm::detail::compiled

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_IMPL_INSTANTIATE_HPP
#define CSM_IMPL_INSTANTIATE_HPP

// For the library's sources only (csm/src.hpp): makes one TU compile the entry points of a list of types, so
// that compiled-mode TUs, which see declarations only, link against them.
#include <csm/json/templates.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <tuple>

namespace csm::detail::compiled {

/// `template struct instantiate<L, F>;` compiles `F::template entry_points<T>()` for every T of the
/// boost::mp11::mp_list L: taking the functions' addresses in an explicitly instantiated member compiles them
/// into this TU.
template <class L, class F>
struct instantiate;

template <class... T, class F>
struct instantiate<boost::mp11::mp_list<T...>, F> {
    static auto all() { return std::make_tuple(F::template entry_points<T>()...); }
};

/// The codec's entry points for T (csm/json/parse.hpp, serialize.hpp, value.hpp).
struct json_functions {
    template <class T>
    static auto entry_points() {
        return std::make_tuple(&csm::json::parse<T>, &csm::json::parse_one_pass<T>, &csm::json::serialize<T>,
                               &csm::json::serialize_to<T>, &csm::json::to_value<T>, &csm::json::from_value<T>);
    }
};

} // namespace csm::detail::compiled

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_MEMBER_KEY_HPP
#define CSM_JSON_MEMBER_KEY_HPP

#include <csm/json/detail/struct_info.hpp>

#include <boost/mp11/algorithm.hpp>

#include <string_view>

namespace csm::json {

/// The JSON key under which the codec writes member D (a Boost.Describe member descriptor) of described
/// struct T: the key of T's rename rule for it (csm/json/fields.hpp), else the member name in camelCase.
///
///     using D = boost::mp11::mp_front<boost::describe::describe_members<T, boost::describe::mod_public>>;
///     constexpr std::string_view key = csm::json::member_key_v<T, D>;   // e.g. "organizationId"
template <class T, class D>
inline constexpr std::string_view member_key_v =
    detail::struct_info<T>::members[boost::mp11::mp_find<detail::public_members<T>, D>::value].key;

} // namespace csm::json

#endif

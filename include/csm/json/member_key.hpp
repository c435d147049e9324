// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_MEMBER_KEY_HPP
#define CSM_JSON_MEMBER_KEY_HPP

#include <csm/json/detail/struct_info.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace csm::json {

/// The JSON key under which the codec writes member D (a Boost.Describe member descriptor) of described
/// struct T: the key of T's rename rule for it (csm/json/fields.hpp), else the member name in camelCase.
///
///     using D = boost::mp11::mp_front<boost::describe::describe_members<T, boost::describe::mod_public>>;
///     constexpr std::string_view key = csm::json::member_key_v<T, D>;   // e.g. "organizationId"
template <class T, class D>
inline constexpr std::string_view member_key_v =
    detail::struct_info<T>::members[boost::mp11::mp_find<detail::public_members<T>, D>::value].key;

namespace detail {

template <class P>
struct member_pointer_class;
template <class T, class M>
struct member_pointer_class<M T::*> {
    using type = T;
};

/// The position of the described member that `Member` points to among T's public members, or their count.
template <class T, auto Member>
constexpr std::size_t described_index() {
    std::size_t index = 0;
    std::size_t found = boost::mp11::mp_size<public_members<T>>::value;
    boost::mp11::mp_for_each<public_members<T>>([&](auto d) {
        using D = decltype(d);
        if constexpr (std::is_same_v<std::remove_cv_t<decltype(D::pointer)>, decltype(Member)>)
            if (D::pointer == Member) found = index;
        ++index;
    });
    return found;
}

template <auto Member, class T = typename member_pointer_class<decltype(Member)>::type,
          std::size_t I = described_index<T, Member>()>
constexpr std::string_view member_pointer_key() {
    static_assert(I < boost::mp11::mp_size<public_members<T>>::value,
                  "csm::json::member_pointer_key_v: the member is not described");
    return struct_info<T>::members[I].key;
}

} // namespace detail

/// member_key_v for a member named by a pointer to it: the key the codec reads and writes `T::m` under,
/// renames (csm/json/fields.hpp) included. For hooks that name a member, such as `batch_items`
/// (csm/graph/batch.hpp) and `page_items` (csm/rest/pages.hpp), so that no JSON key is written twice.
///
///     static_assert(csm::json::member_pointer_key_v<&customer_org_object::block> == "atlassian:customer-org");
template <auto Member>
inline constexpr std::string_view member_pointer_key_v = detail::member_pointer_key<Member>();

} // namespace csm::json

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_SCOPES_HPP
#define CSM_REST_SCOPES_HPP

#include <csm/rest/endpoint.hpp>

#include <array>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace csm::rest {

/// A sorted set of OAuth 2.0 scopes with room for N, usable in constant expressions:
///
///     constexpr auto scopes = csm::rest::required_scopes<get_organization, update_organization>;
///     static_assert(scopes.size() == 3 && scopes.contains("write:organization:jira-service-management"));
///     std::cout << scopes;   // space-separated, as in an OAuth 2.0 `scope` parameter
template <std::size_t N>
class scope_set : public scope_array<N> {
public:
    constexpr scope_set() noexcept = default;

    /// Adds `scope` unless it is already there, keeping the set sorted. Precondition: room for it.
    constexpr void insert(std::string_view scope) noexcept {
        std::size_t at = 0, end = this->size_; // binary search for the first item not below `scope`
        while (at < end) {
            const std::size_t mid = at + (end - at) / 2;
            const int order = compare(this->items_[mid], scope);
            if (order == 0) return;
            if (order < 0) at = mid + 1;
            else end = mid;
        }
        for (std::size_t i = this->size_; i > at; --i) this->items_[i] = this->items_[i - 1];
        this->items_[at] = scope;
        ++this->size_;
    }

    /// Whether every scope of `other` is in this set.
    template <std::size_t M>
    constexpr bool includes(const scope_set<M>& other) const noexcept {
        for (std::string_view s : other)
            if (!this->contains(s)) return false;
        return true;
    }

    /// The scopes of this set that `granted` (any range of string-like values, e.g. the scopes of an app
    /// manifest) lacks, in order.
    template <class Range>
    std::vector<std::string_view> missing_from(const Range& granted) const {
        std::vector<std::string_view> missing;
        for (std::string_view s : *this) {
            bool found = false;
            for (const auto& g : granted)
                if (std::string_view(g) == s) found = true;
            if (!found) missing.push_back(s);
        }
        return missing;
    }

    /// The scopes joined with single spaces.
    std::string to_string() const {
        std::string text;
        for (std::string_view s : *this) {
            if (!text.empty()) text.push_back(' ');
            text.append(s);
        }
        return text;
    }

    friend std::ostream& operator<<(std::ostream& os, const scope_set& set) { return os << set.to_string(); }

private:
    /// std::string_view::compare, written out over raw characters: rest/endpoints.hpp sorts every endpoint's
    /// scopes at compile time in each TU that includes it, and the constant evaluator runs this loop several
    /// times faster than the library's char_traits.
    static constexpr int compare(std::string_view a, std::string_view b) noexcept {
        const char* p = a.data();
        const char* q = b.data();
        const std::size_t n = a.size() < b.size() ? a.size() : b.size();
        for (std::size_t i = 0; i < n; ++i)
            if (p[i] != q[i]) return static_cast<unsigned char>(p[i]) < static_cast<unsigned char>(q[i]) ? -1 : 1;
        return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
    }
};

namespace detail {

template <class... E>
consteval auto union_of_scopes() {
    scope_set<(std::size_t{0} + ... + E::info.scopes.size())> set;
    // One loop over the endpoints' lists, not a lambda per endpoint: rest/endpoints.hpp evaluates this for
    // every endpoint in each TU that includes it.
    const scope_list* lists[] = {&E::info.scopes..., nullptr};
    for (const scope_list* list : lists)
        if (list)
            for (std::string_view s : *list) set.insert(s);
    return set;
}

template <class List>
struct scopes_of_list;
template <template <class...> class L, class... E>
struct scopes_of_list<L<E...>> {
    static constexpr auto value = union_of_scopes<E...>();
};

} // namespace detail

/// The de-duplicated, sorted union of the scopes of endpoints E..., as a constant.
template <endpoint... E>
inline constexpr auto required_scopes = detail::union_of_scopes<E...>();

/// The same for a type list of endpoints (boost::mp11::mp_list<E...>, std::tuple<E...>, ...).
template <class EndpointList>
inline constexpr auto required_scopes_of = detail::scopes_of_list<EndpointList>::value;

} // namespace csm::rest

#endif

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
class scope_set {
public:
    constexpr scope_set() noexcept = default;

    /// Adds `scope` unless it is already there, keeping the set sorted. Precondition: room for it.
    constexpr void insert(std::string_view scope) noexcept {
        std::size_t at = 0;
        while (at < size_ && items_[at] < scope) ++at;
        if (at < size_ && items_[at] == scope) return;
        for (std::size_t i = size_; i > at; --i) items_[i] = items_[i - 1];
        items_[at] = scope;
        ++size_;
    }

    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr const std::string_view* begin() const noexcept { return items_.data(); }
    constexpr const std::string_view* end() const noexcept { return items_.data() + size_; }
    constexpr std::string_view operator[](std::size_t i) const noexcept { return items_[i]; }

    constexpr bool contains(std::string_view scope) const noexcept {
        for (std::string_view s : *this)
            if (s == scope) return true;
        return false;
    }

    /// Whether every scope of `other` is in this set.
    template <std::size_t M>
    constexpr bool includes(const scope_set<M>& other) const noexcept {
        for (std::string_view s : other)
            if (!contains(s)) return false;
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

    friend std::ostream& operator<<(std::ostream& os, const scope_set& set) {
        bool first = true;
        for (std::string_view s : set) {
            if (!first) os << ' ';
            os << s;
            first = false;
        }
        return os;
    }

    template <std::size_t M>
    friend constexpr bool operator==(const scope_set& a, const scope_set<M>& b) noexcept {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i] != b[i]) return false;
        return true;
    }

private:
    std::array<std::string_view, N> items_{};
    std::size_t size_ = 0;
};

namespace detail {

template <class... E>
consteval auto union_of_scopes() {
    scope_set<(std::size_t{0} + ... + E::info.scopes.size())> set;
    (
        [&] {
            for (std::string_view s : E::info.scopes) set.insert(s);
        }(),
        ...);
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

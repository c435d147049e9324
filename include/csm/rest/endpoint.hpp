// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_ENDPOINT_HPP
#define CSM_REST_ENDPOINT_HPP

#include <csm/basic_id.hpp>
#include <csm/error.hpp>
#include <csm/json/member_key.hpp>
#include <csm/open_enum.hpp>
#include <csm/traits.hpp>
#include <csm/rest/http_method.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

/// The endpoint convention. An endpoint is a described aggregate whose members are its parameters, with
/// static metadata:
///
///     struct get_organization {
///         csm::organization_id organization_id;            // {organizationId} in info.path: a path parameter
///         static constexpr endpoint_info info{
///             .name = "organization.get", .path = "/organization/{organizationId}",
///             .scopes = {"read:organization:jira-service-management"},
///             .docs = {.id = "O5", .permission = csm::rest::permission::agent,
///                      .summary = "Returns an organization, including its details."}};
///         using response = csm::rest::model::organization;  // csm::rest::no_content for body-less 2xx
///     };
///     BOOST_DESCRIBE_STRUCT(get_organization, (), (organization_id))
///
/// Member roles (decided at compile time from the member's csm::json key):
/// - key appears as `{key}` in info.path: path parameter (a csm::basic_id, e.g. organization_id or
///   detail_field_name); percent-encoded as one segment, refused if empty, "." or "..", or with control chars;
/// - member named `body`: the JSON body (a described struct or a std::vector);
/// - type csm::rest::idempotency_key (or std::optional of it): the Idempotency-Key header;
/// - anything else: a query parameter under its key (std::optional omitted when empty).
/// An endpoint may define `std::optional<csm::error> validate() const`, or
/// `validate(const csm::rest::limit_options&) const` when some of its checks can be switched off, for
/// client-side limit checks; build_request calls it first.
namespace csm::rest {

/// Tag of detail_field_name. Detail fields are addressed by name in paths ({fieldName}), e.g. "Region".
struct detail_field_name_tag {};
/// The name of a detail field used as a path parameter (`/organization/details/{fieldName}`).
using detail_field_name = csm::basic_id<detail_field_name_tag>;

/// The response of endpoints whose 2xx has no body (deletes). Any 2xx body is ignored.
struct no_content {
    friend bool operator==(const no_content&, const no_content&) = default;
};
BOOST_DESCRIBE_STRUCT(no_content, (), ())

class idempotency_key; // csm/rest/idempotency_key.hpp

namespace detail {
// Not constexpr: reaching it during constant evaluation makes the initializer ill-formed.
inline void too_many_scopes() {}
} // namespace detail

/// Up to N OAuth 2.0 scope strings, in order, usable in constant expressions: the read-only interface that
/// scope_list (an endpoint's scopes) and scope_set (csm/rest/scopes.hpp) share.
template <std::size_t N>
class scope_array {
public:
    static constexpr std::size_t capacity = N;

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

    template <std::size_t M>
    friend constexpr bool operator==(const scope_array& a, const scope_array<M>& b) noexcept {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i] != b[i]) return false;
        return true;
    }

protected:
    std::array<std::string_view, N> items_{};
    std::size_t size_ = 0;
};

/// The OAuth 2.0 scopes of one endpoint: at most `capacity` (4) string literals, in documented order.
/// Built from a braced list: `.scopes = {"read:organization:jira-service-management"}`.
class scope_list : public scope_array<4> {
public:
    constexpr scope_list() noexcept = default;
    constexpr scope_list(std::initializer_list<std::string_view> scopes) noexcept {
        for (std::string_view s : scopes) {
            if (size_ == capacity) {
                detail::too_many_scopes(); // an endpoint lists more scopes than scope_list::capacity
                return;
            }
            items_[size_++] = s;
        }
    }
};

/// The permission texts that several resources' endpoints document, as the docs print them
/// (endpoint_info::permission). A resource with texts of its own adds them in its own `permission` namespace.
namespace permission {
inline constexpr std::string_view admin = "Administer Jira global permission";
inline constexpr std::string_view agent = "Jira Service Management agent";
inline constexpr std::string_view csm_agent = "Customer Service Management agent";
inline constexpr std::string_view user = "Customer Service Management or Jira Service Management user";
inline constexpr std::string_view admin_and_user =
    "Administer Jira global permission, and Customer Service Management or Jira Service Management user";
inline constexpr std::string_view admin_or_user =
    "Administer Jira global permission, or Customer Service Management or Jira Service Management user";
/// The docs state no permission for the endpoint.
inline constexpr std::string_view not_documented = "not documented";
} // namespace permission

/// What documents an endpoint, for tools and help texts (`csm list`, `csm request --help`,
/// docs/rest-endpoints.md). build_request never reads it.
struct endpoint_docs {
    std::string_view id{};         ///< the row id in docs/rest-endpoints.md, e.g. "O5"
    std::string_view permission{}; ///< documented permission text (csm::rest::permission::…)
    std::string_view limits{};     ///< documented limits, "" when none
    std::string_view summary{};    ///< one-line description
    /// The docs state no scope for the endpoint: `scopes` holds the existing scope that fits its resource and
    /// action (read, write, delete; write where no delete scope exists), so that required_scopes still
    /// covers it. docs/rest-endpoints.md explains the policy.
    bool scopes_inferred = false;
    friend constexpr bool operator==(const endpoint_docs&, const endpoint_docs&) = default;
};

/// Static metadata of an endpoint: first what goes on the wire (build_request and the retry advice read
/// only these and `name`), then `docs`, what documents it. Every member has a default (a GET, no scopes, not
/// experimental, not bulk), and endpoints spell out only what differs from it (GCC's
/// -Wmissing-field-initializers stays quiet with designated initializers).
struct endpoint_info {
    std::string_view name{}; ///< stable dotted name, e.g. "organization.get"
    http_method method = http_method::get;
    /// Template relative to the API root, starting with "/", e.g. "/organization/{organizationId}".
    std::string_view path{};
    scope_list scopes{}; ///< OAuth 2.0 scopes, verbatim (with the ":jira-service-management" suffix)
    /// Any doc version marks it experimental: X-ExperimentalApi: opt-in is sent by default.
    bool experimental = false;
    bool bulk = false; ///< an asynchronous bulk operation (Idempotency-Key, returns a task reference)
    /// A POST that only reads (fetch, search): sending it twice has the effect of sending it once, so
    /// advise_retry may repeat it (csm/rest/retry.hpp). GET, PUT and DELETE need no flag.
    bool read_only = false;
    endpoint_docs docs{}; ///< what documents it
};

/// Which of the softer client-side checks an endpoint's validate() applies (build_options::limits). Limits
/// the docs state for requests (a non-empty name, at most 1000 bulk operations) are always checked; these
/// two kinds are on by default and can be switched off per call, for a site whose real limits differ:
struct limit_options {
    /// Limits the docs give only as limits of the Jira UI: at most 50 options per SELECT/MULTISELECT field.
    bool ui_limits = true;
    /// Caps on what the server returns, checked on the request: at most 50 organizations per fetch (O12), 25
    /// profiles per fetch (O15, C16). Above them the server leaves items out instead of failing.
    bool response_caps = true;
    friend bool operator==(const limit_options&, const limit_options&) = default;
};

/// A described struct with `static constexpr endpoint_info info` and `typename E::response`.
template <class E>
concept endpoint = std::is_class_v<E> && boost::describe::has_describe_members<E>::value && requires {
    typename E::response;
    requires std::same_as<decltype((E::info)), const endpoint_info&>;
};

/// Where a parameter of an endpoint goes in the HTTP request.
enum class parameter_role {
    path,   ///< a `{key}` segment of info.path
    query,  ///< a query parameter under its key
    header, ///< the Idempotency-Key header (a csm::rest::idempotency_key member)
    body,   ///< the JSON body (the member named `body`)
};

namespace detail {

template <class T>
inline constexpr bool is_std_vector_v = false;
template <class T, class A>
inline constexpr bool is_std_vector_v<std::vector<T, A>> = true;

template <class E>
using endpoint_members = boost::describe::describe_members<E, boost::describe::mod_public>;

template <class E, class D>
using endpoint_member_t = std::remove_cvref_t<decltype(std::declval<E&>().*D::pointer)>;

template <class E, class D>
constexpr std::string_view endpoint_member_key = csm::json::member_key_v<E, D>;

/// Calls f(name) for each `{name}` in a path template.
template <class F>
constexpr void for_each_placeholder(std::string_view path, F&& f) {
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] != '{') continue;
        const std::size_t close = path.find('}', i);
        if (close == std::string_view::npos) return;
        f(path.substr(i + 1, close - i - 1));
        i = close;
    }
}

constexpr bool path_has_placeholder(std::string_view path, std::string_view key) noexcept {
    bool found = false;
    for_each_placeholder(path, [&](std::string_view name) { found = found || name == key; });
    return found;
}

/// A path template starts with '/', has balanced non-nested non-empty `{name}`s that fill whole segments,
/// and holds only characters that need no encoding (no '?', '#', '%', spaces or controls).
constexpr bool path_template_well_formed(std::string_view path) noexcept {
    if (path.empty() || path[0] != '/') return false;
    bool open = false;
    std::size_t name_start = 0;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const char c = path[i];
        if (c == '{') {
            if (open || path[i - 1] != '/') return false;
            open = true;
            name_start = i + 1;
        } else if (c == '}') {
            if (!open || i == name_start) return false;
            if (i + 1 != path.size() && path[i + 1] != '/') return false;
            open = false;
        } else {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
                            c == '-' || c == '_' || c == '.' || c == '~';
            if (!ok) return false;
        }
    }
    return !open;
}

template <class E, class D>
constexpr parameter_role role_of() noexcept {
    using M = endpoint_member_t<E, D>;
    if (std::string_view(D::name) == "body") return parameter_role::body;
    if constexpr (std::is_same_v<M, idempotency_key> || std::is_same_v<M, std::optional<idempotency_key>>)
        return parameter_role::header;
    if (path_has_placeholder(E::info.path, endpoint_member_key<E, D>)) return parameter_role::path;
    return parameter_role::query;
}

template <class E>
constexpr bool every_placeholder_names_a_member() noexcept {
    bool all = true;
    for_each_placeholder(E::info.path, [&](std::string_view name) {
        bool found = false;
        boost::mp11::mp_for_each<endpoint_members<E>>([&](auto d) {
            if (endpoint_member_key<E, decltype(d)> == name) found = true;
        });
        all = all && found;
    });
    return all;
}

/// Whether every member of E with role `role` has a type M for which `Pred::template test<M>()` holds.
template <class E, parameter_role role, class Pred>
constexpr bool every_member_of_role() noexcept {
    bool ok = true;
    boost::mp11::mp_for_each<endpoint_members<E>>([&](auto d) {
        using D = decltype(d);
        if (role_of<E, D>() == role) ok = ok && Pred::template test<endpoint_member_t<E, D>>();
    });
    return ok;
}

struct is_id {
    template <class M>
    static constexpr bool test() noexcept {
        return csm::is_basic_id_v<M>;
    }
};

struct is_body_type {
    template <class M>
    static constexpr bool test() noexcept {
        return (std::is_class_v<M> && boost::describe::has_describe_members<M>::value) || is_std_vector_v<M>;
    }
};

struct is_query_type {
    template <class V>
    static constexpr bool plain() noexcept {
        return std::is_integral_v<V> || std::is_same_v<V, std::string> || std::is_same_v<V, std::string_view> ||
               csm::is_basic_id_v<V> || csm::is_open_enum_v<V> || csm::text_like<V>;
    }
    template <class M>
    static constexpr bool test() noexcept {
        if constexpr (csm::is_optional_v<M>) return plain<typename M::value_type>();
        else return plain<M>();
    }
};

struct never {
    template <class M>
    static constexpr bool test() noexcept {
        return false;
    }
};

template <class E>
constexpr bool path_members_are_ids() noexcept {
    return every_member_of_role<E, parameter_role::path, is_id>();
}

template <class E>
constexpr bool body_is_struct_or_vector() noexcept {
    return every_member_of_role<E, parameter_role::body, is_body_type>();
}

template <class E>
constexpr bool query_members_supported() noexcept {
    return every_member_of_role<E, parameter_role::query, is_query_type>();
}

template <class E>
constexpr bool has_body() noexcept {
    return !every_member_of_role<E, parameter_role::body, never>();
}

} // namespace detail

/// Compile-time checks of an endpoint definition, with a readable message for each rule. build_request
/// instantiates it; a registry of endpoints can `static_assert(csm::rest::check_endpoint<E>())` too.
template <endpoint E>
consteval bool check_endpoint() {
    static_assert(detail::path_template_well_formed(E::info.path),
                  "csm::rest: info.path must start with '/', use only unreserved characters, and put each "
                  "{placeholder} in a whole segment");
    static_assert(detail::every_placeholder_names_a_member<E>(),
                  "csm::rest: info.path has a {placeholder} that names no member of the endpoint "
                  "(path_placeholder_without_member)");
    static_assert(detail::path_members_are_ids<E>(),
                  "csm::rest: a path parameter must be a strong id (csm::basic_id, e.g. csm::organization_id "
                  "or csm::rest::detail_field_name)");
    static_assert(detail::body_is_struct_or_vector<E>(),
                  "csm::rest: the body member must be a described struct or a std::vector");
    static_assert(detail::query_members_supported<E>(),
                  "csm::rest: a query parameter must be an integer, a string, a strong id, an open enum or a "
                  "std::optional of one");
    static_assert(!E::info.name.empty() && !E::info.docs.id.empty(),
                  "csm::rest: info.name and info.docs.id are required");
    return true;
}

namespace detail {

template <std::string_view const& Prefix, std::string_view const& Key>
struct joined_text {
    static constexpr auto storage = [] {
        std::array<char, Prefix.size() + Key.size()> a{};
        for (std::size_t i = 0; i < Prefix.size(); ++i) a[i] = Prefix[i];
        for (std::size_t i = 0; i < Key.size(); ++i) a[Prefix.size() + i] = Key[i];
        return a;
    }();
    static constexpr std::string_view value{storage.data(), storage.size()};
};

inline constexpr std::string_view path_prefix = "/path/";
inline constexpr std::string_view query_prefix = "/query/";
inline constexpr std::string_view header_pointer = "/header/Idempotency-Key";
inline constexpr std::string_view body_pointer = "/body";

} // namespace detail

// ---- reflection: what tools and tests need to know about an endpoint's parameters ----------------------

/// One parameter of endpoint E: its described member D (a Boost.Describe member descriptor).
///
///     boost::mp11::mp_for_each<csm::rest::parameters_of<E>>([](auto p) {
///         using P = decltype(p);
///         std::cout << P::key << ' ' << (P::role == csm::rest::parameter_role::path) << P::pointer << '\n';
///     });
template <class E, class D>
struct parameter {
    using endpoint_type = E;
    using descriptor = D;
    /// The member's type, e.g. csm::organization_id or std::optional<std::int32_t>.
    using type = detail::endpoint_member_t<E, D>;

    /// The C++ member name, e.g. "organization_id".
    static constexpr std::string_view name = D::name;
    /// The member's JSON key (csm::json::member_key_v): the path placeholder, query name or header option.
    static constexpr std::string_view key = detail::endpoint_member_key<E, D>;
    /// Where it goes in the request.
    static constexpr parameter_role role = detail::role_of<E, D>();
    /// The JSON Pointer of errors about it: "/path/<key>", "/query/<key>", "/header/Idempotency-Key" or "/body".
    static constexpr std::string_view pointer = role == parameter_role::body     ? detail::body_pointer
                                                : role == parameter_role::header ? detail::header_pointer
                                                : role == parameter_role::path
                                                    ? detail::joined_text<detail::path_prefix, key>::value
                                                    : detail::joined_text<detail::query_prefix, key>::value;

    /// The member in `ep`.
    static constexpr const type& get(const E& ep) noexcept { return ep.*D::pointer; }
};

namespace detail {
template <class E>
struct parameter_of {
    template <class D>
    using fn = csm::rest::parameter<E, D>;
};
} // namespace detail

/// Every parameter of E in declaration order: a boost::mp11::mp_list of csm::rest::parameter<E, D>.
template <endpoint E>
using parameters_of = boost::mp11::mp_transform_q<detail::parameter_of<E>, detail::endpoint_members<E>>;

/// Whether E sends a JSON body (has a member named `body`).
template <endpoint E>
inline constexpr bool has_body_v = detail::has_body<E>();

/// The type a 2xx response of E reads into (no_content for body-less ones).
template <endpoint E>
using response_of = typename E::response;

/// Whether `path` is a well-formed endpoint path template: it starts with '/', its `{name}`s are balanced,
/// non-nested, non-empty and fill whole segments, and it holds only characters that need no encoding.
constexpr bool is_path_template(std::string_view path) noexcept { return detail::path_template_well_formed(path); }

} // namespace csm::rest

#endif

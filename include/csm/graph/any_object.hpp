// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_GRAPH_ANY_OBJECT_HPP
#define CSM_GRAPH_ANY_OBJECT_HPP

#include <csm/graph/customer_org.hpp>
#include <csm/graph/customer_org_category.hpp>
#include <csm/graph/object.hpp>
#include <csm/graph/organisation.hpp>
#include <csm/json/codec.hpp>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

namespace csm::graph {

/// An object of a type this library does not model (another `atlassian:*` type, or an object without any type
/// block), kept whole as raw JSON so that an envelope mixing types still round-trips.
struct unknown_object {
    std::string type{};         ///< the first `atlassian:*` key holding an object, or empty when there is none
    boost::json::object json{}; ///< the whole object as read

    friend bool operator==(const unknown_object&, const unknown_object&) = default;
};

/// One element of a setObjects `objects` array, whatever its type. The type is recognised by its type-block
/// key (`atlassian:customer-org`, `atlassian:customer-org-category`, `atlassian:organisation`); any other
/// object becomes an unknown_object. An object with two known type blocks is an error.
struct any_object {
    using variant_type = std::variant<customer_org, customer_org_category, organisation, unknown_object>;

    variant_type value;

    /// From any of the four (implicit, so that `objects.push_back(org)` works). A template so that only a TU
    /// that makes an any_object of a type compiles the variant's constructor for it (docs/performance.md).
    template <class Object>
        requires std::is_same_v<Object, customer_org> || std::is_same_v<Object, customer_org_category> ||
            std::is_same_v<Object, organisation> || std::is_same_v<Object, unknown_object>
            any_object(Object o) : value(std::move(o)) {} // NOLINT(google-explicit-constructor)

        template <class T>
        T* get_if() noexcept {
            return std::get_if<T>(&value);
        }
        template <class T>
        const T* get_if() const noexcept {
            return std::get_if<T>(&value);
        }

        /// The object-type id: the type-block key (for unknown objects, the one found, possibly empty).
        std::string_view object_type() const noexcept;

        /// The common properties, or nullptr for an unknown object.
        const object_common* common() const noexcept;

        friend bool operator==(const any_object&, const any_object&) = default;
};

namespace detail {

/// Calls f with the object's alternative and returns what it returns (R). std::visit would do, but it
/// instantiates a table and a result check per visitor in every TU that writes or validates an object; a
/// switch is enough for four alternatives.
template <class R, class F>
R visit_object(const any_object& o, F&& f) {
    static_assert(std::variant_size_v<any_object::variant_type> == 4, "one case per alternative");
    switch (o.value.index()) {
    case 0: return f(*std::get_if<0>(&o.value));
    case 1: return f(*std::get_if<1>(&o.value));
    case 2: return f(*std::get_if<2>(&o.value));
    case 3: return f(*std::get_if<3>(&o.value));
    default: break;
    }
    throw std::bad_variant_access(); // valueless after an exception, as std::visit reports it
}

} // namespace detail

inline std::string_view any_object::object_type() const noexcept {
    if (value.index() == 0) return customer_org::object_type;
    if (value.index() == 1) return customer_org_category::object_type;
    if (value.index() == 2) return organisation::object_type;
    const unknown_object* u = std::get_if<unknown_object>(&value);
    return u ? std::string_view(u->type) : std::string_view();
}

inline const object_common* any_object::common() const noexcept {
    if (const auto* o = std::get_if<customer_org>(&value)) return o;
    if (const auto* o = std::get_if<customer_org_category>(&value)) return o;
    if (const auto* o = std::get_if<organisation>(&value)) return o;
    return nullptr;
}

} // namespace csm::graph

/// An unknown object is its raw JSON object; its `type` is derived from the keys on read.
template <>
struct csm::json::codec<csm::graph::unknown_object> {
    static constexpr std::string_view expected = "an object";
    static void write(std::string& out, const csm::graph::unknown_object& v) { out += boost::json::serialize(v.json); }
    static boost::json::value to_value(const csm::graph::unknown_object& v, boost::json::storage_ptr sp) {
        return boost::json::value(boost::json::object(v.json, std::move(sp)));
    }
    static bool read(read_context& ctx, const boost::json::value& jv, csm::graph::unknown_object& out) {
        const boost::json::object* obj = jv.if_object();
        if (!obj) return ctx.fail(errc::type_mismatch, expected);
        out.type.clear();
        for (const auto& kv : *obj) {
            if (kv.key().starts_with("atlassian:") && kv.value().is_object()) {
                out.type = kv.key();
                break;
            }
        }
        out.json = *obj;
        return true;
    }
};

/// Dispatches on the variant. The members are templates (over the output, the storage pointer and the read
/// context) so that only a TU that writes or reads an any_object compiles them and every object type's codec
/// (docs/performance.md).
template <>
struct csm::json::codec<csm::graph::any_object> {
    static constexpr std::string_view expected = "an object";
    /// For parse<T>'s streaming reader (detail/stream_read.hpp): the typed alternatives, each recognised by
    /// the key of its last member (the type block), and their common base.
    using stream_alternatives =
        boost::mp11::mp_list<csm::graph::customer_org, csm::graph::customer_org_category, csm::graph::organisation>;
    using stream_common = csm::graph::object_common;

    template <class Out>
    static void write(Out& out, const csm::graph::any_object& v) {
        csm::graph::detail::visit_object<void>(v,
                                               [&](const auto& o) { codec<std::decay_t<decltype(o)>>::write(out, o); });
    }
    template <class StoragePtr>
    static boost::json::value to_value(const csm::graph::any_object& v, StoragePtr sp) {
        return csm::graph::detail::visit_object<boost::json::value>(
            v, [&](const auto& o) { return codec<std::decay_t<decltype(o)>>::to_value(o, sp); });
    }
    template <class Context>
    static bool read(Context& ctx, const boost::json::value& jv, csm::graph::any_object& out) {
        using namespace csm::graph;
        const boost::json::object* obj = jv.if_object();
        if (!obj) return ctx.fail(errc::type_mismatch, expected);
        const bool org = obj->contains(object_types::customer_org);
        const bool category = obj->contains(object_types::customer_org_category);
        const bool organisation_ = obj->contains(object_types::organisation);
        if (int(org) + int(category) + int(organisation_) > 1)
            return ctx.fail(errc::invalid_value, "an object with exactly one object-type block");
        if (org) return read_as<customer_org>(ctx, jv, out);
        if (category) return read_as<customer_org_category>(ctx, jv, out);
        if (organisation_) return read_as<csm::graph::organisation>(ctx, jv, out);
        return read_as<unknown_object>(ctx, jv, out);
    }
    static csm::graph::any_object placeholder() { return csm::graph::any_object(csm::graph::unknown_object{}); }

private:
    template <class T, class Context>
    static bool read_as(Context& ctx, const boost::json::value& jv, csm::graph::any_object& out) {
        T& o = out.value.template emplace<T>(detail::placeholder<T>());
        return codec<T>::read(ctx, jv, o);
    }
};

#endif

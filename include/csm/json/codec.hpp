// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_CODEC_HPP
#define CSM_JSON_CODEC_HPP

#include <csm/error.hpp>
#include <csm/open_enum.hpp>
#include <csm/result.hpp>
#include <csm/traits.hpp>
#include <csm/tri_state.hpp>
#include <csm/json/detail/struct_info.hpp>
#include <csm/json/detail/write_text.hpp>
#include <csm/json/fields.hpp>
#include <csm/json/options.hpp>
#include <csm/json/read_context.hpp>
#include <csm/json/unknown_fields.hpp>

#include <boost/describe/bases.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/string.hpp>
#include <boost/json/value.hpp>

#include <cmath>
#include <concepts>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

/// csm::json — one Describe-driven codec for every model in the library. The rules (docs/json-mapping.md):
/// keys are the camelCase of member names unless renamed; std::optional members are left out when empty and
/// read `null` as empty; plain members are required; unknown keys are ignored, kept (unknown_fields) or
/// rejected (strict); errors carry a JSON Pointer and what was expected, never the offending value.
namespace csm::json {

/// The customization point. A specialization provides:
///
///     static constexpr std::string_view expected;                        // "a string", used in errors
///     static void write(std::string& out, const T& v);                   // append JSON text
///     static boost::json::value to_value(const T& v, boost::json::storage_ptr sp);
///     static bool read(read_context& ctx, const boost::json::value& jv, T& out);  // false after ctx.fail
///
/// and, for types that are not default constructible, `static T placeholder();` (a value to read into).
/// The library provides it for described structs, strong string types, open enums, arithmetic types,
/// strings, optionals, tri_states, vectors, string-keyed maps and Boost.JSON values.
template <class T>
struct codec;

/// A described class: Boost.Describe lists its public members (BOOST_DESCRIBE_STRUCT).
template <class T>
concept described_struct = std::is_class_v<T> && !std::is_union_v<T> && boost::describe::has_describe_members<T>::value;

/// A strong type written as a JSON string: csm::instant, csm::currency_code, csm::bounded_string, ids.
template <class T>
concept text_type = csm::text_like<T> && requires(std::string_view s) {
    { T::parse(s) } -> std::same_as<csm::result<T>>;
    { T::json_expected } -> std::convertible_to<std::string_view>;
};

namespace detail {

/// Marks the library's own codecs for described structs and strong string types, so that the streaming
/// reader (detail/stream_read.hpp) handles exactly those and leaves user specializations to their read().
struct described_struct_tag {};
struct text_type_tag {};

template <class T>
T placeholder();

/// A member that may be left out: absent keys read as empty, empty values are not written.
template <class M>
inline constexpr bool is_presence_optional_v = csm::is_optional_v<M> || csm::is_tri_state_v<M>;

template <class M>
bool is_present(const M& m) noexcept {
    if constexpr (csm::is_optional_v<M>) return m.has_value();
    else if constexpr (csm::is_tri_state_v<M>) return !m.is_absent();
    else return true;
}

template <class T>
void write_value(std::string& out, const T& v) {
    codec<T>::write(out, v);
}

template <class T>
bool read_value(read_context& ctx, const boost::json::value& jv, T& out) {
    return codec<T>::read(ctx, jv, out);
}

inline std::string_view kind_name(const boost::json::value& jv) noexcept {
    switch (jv.kind()) {
    case boost::json::kind::null: return "null";
    case boost::json::kind::bool_: return "a boolean";
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_: return "a number";
    case boost::json::kind::string: return "a string";
    case boost::json::kind::array: return "an array";
    case boost::json::kind::object: return "an object";
    }
    return "a value";
}

} // namespace detail

// ---- booleans and numbers ----------------------------------------------------------------------------

template <>
struct codec<bool> {
    static constexpr std::string_view expected = "a boolean";
    static void write(std::string& out, bool v) { out.append(v ? "true" : "false"); }
    static boost::json::value to_value(bool v, boost::json::storage_ptr sp) {
        return boost::json::value(v, std::move(sp));
    }
    static bool read(read_context& ctx, const boost::json::value& jv, bool& out) {
        if (!jv.is_bool()) return ctx.fail(errc::type_mismatch, expected);
        out = jv.get_bool();
        return true;
    }
};

template <class T>
    requires(std::is_integral_v<T> && !std::is_same_v<T, bool>)
struct codec<T> {
    static constexpr std::string_view expected = "an integer";
    static void write(std::string& out, T v) { detail::write_integer(out, v); }
    static boost::json::value to_value(T v, boost::json::storage_ptr sp) {
        return boost::json::value(v, std::move(sp));
    }

    /// Integers read from int64, uint64 and from doubles that are whole numbers (`1.0`); anything outside
    /// T's range is out_of_range, whatever kind Boost.JSON parsed it as.
    static bool read(read_context& ctx, const boost::json::value& jv, T& out) {
        using lim = std::numeric_limits<T>;
        if (jv.is_int64()) {
            const std::int64_t v = jv.get_int64();
            if (!std::in_range<T>(v)) return ctx.fail(errc::out_of_range, range_text());
            out = static_cast<T>(v);
            return true;
        }
        if (jv.is_uint64()) {
            const std::uint64_t v = jv.get_uint64();
            if (!std::in_range<T>(v)) return ctx.fail(errc::out_of_range, range_text());
            out = static_cast<T>(v);
            return true;
        }
        if (jv.is_double()) {
            const double d = jv.get_double();
            if (!std::isfinite(d) || d != std::trunc(d)) return ctx.fail(errc::type_mismatch, expected);
            // Compare in double: the bounds of 64-bit types are exact powers of two (or one less).
            if (d < static_cast<double>(lim::min()) || d >= static_cast<double>(lim::max()) + 1.0)
                return ctx.fail(errc::out_of_range, range_text());
            // Above 2^53 a double no longer names one integer: -9223372036854775809 parses as the double
            // -2^63 and must not read as INT64_MIN. Such numbers are exact only when written as integers.
            if (std::fabs(d) > 9007199254740992.0) return ctx.fail(errc::out_of_range, inexact_text);
            out = static_cast<T>(d);
            return true;
        }
        return ctx.fail(errc::type_mismatch, expected);
    }

private:
    static constexpr std::string_view inexact_text = "an integer (beyond 2^53 written without fraction or exponent)";
    static std::string_view range_text() noexcept {
        if constexpr (std::is_same_v<T, std::int64_t>) return "an integer in the signed 64-bit range";
        else if constexpr (std::is_same_v<T, std::uint64_t>) return "an integer in the unsigned 64-bit range";
        else if constexpr (std::is_same_v<T, std::int32_t>) return "an integer in the signed 32-bit range";
        else if constexpr (std::is_same_v<T, std::uint32_t>) return "an integer in the unsigned 32-bit range";
        else if constexpr (std::is_signed_v<T>) return "a smaller integer";
        else return "a smaller non-negative integer";
    }
};

template <std::floating_point T>
struct codec<T> {
    static constexpr std::string_view expected = "a number";
    static void write(std::string& out, T v) { detail::write_double(out, static_cast<double>(v)); }
    static boost::json::value to_value(T v, boost::json::storage_ptr sp) {
        if (!std::isfinite(v)) return boost::json::value(nullptr, std::move(sp));
        return boost::json::value(static_cast<double>(v), std::move(sp));
    }
    static bool read(read_context& ctx, const boost::json::value& jv, T& out) {
        if (jv.is_double()) out = static_cast<T>(jv.get_double());
        else if (jv.is_int64()) out = static_cast<T>(jv.get_int64());
        else if (jv.is_uint64()) out = static_cast<T>(jv.get_uint64());
        else return ctx.fail(errc::type_mismatch, expected);
        return true;
    }
};

// ---- strings and strong string types -------------------------------------------------------------------

template <>
struct codec<std::string> {
    static constexpr std::string_view expected = "a string";
    static void write(std::string& out, const std::string& v) { detail::write_string(out, v); }
    static boost::json::value to_value(const std::string& v, boost::json::storage_ptr sp) {
        return boost::json::value(boost::json::string(v, std::move(sp)));
    }
    static bool read(read_context& ctx, const boost::json::value& jv, std::string& out) {
        const boost::json::string* s = jv.if_string();
        if (!s) return ctx.fail(errc::type_mismatch, expected);
        out.assign(s->data(), s->size());
        return true;
    }
};

template <text_type T>
struct codec<T> {
    using library_tag = detail::text_type_tag;
    static constexpr std::string_view expected = T::json_expected;

    static void write(std::string& out, const T& v) {
        if constexpr (requires { v.view(); }) {
            detail::write_string(out, csm::text_of(v));
        } else if constexpr (requires(char* p) {
                                 { v.format_to(p) } -> std::same_as<char*>;
                                 T::max_text_length;
                             }) {
            // Fixed-size text (instants): format in place, no allocation; such text never needs escaping.
            char buf[T::max_text_length + 2];
            buf[0] = '"';
            char* end = v.format_to(buf + 1);
            *end++ = '"';
            out.append(buf, end);
        } else {
            detail::write_string(out, csm::text_of(v));
        }
    }
    static boost::json::value to_value(const T& v, boost::json::storage_ptr sp) {
        return boost::json::value(boost::json::string(csm::text_of(v), std::move(sp)));
    }
    static bool read(read_context& ctx, const boost::json::value& jv, T& out) {
        std::string digits;
        std::string_view text;
        if (const boost::json::string* s = jv.if_string()) {
            text = std::string_view(s->data(), s->size());
        } else if constexpr (requires { requires T::json_accepts_number; }) {
            // Ids the docs send as numbers (organization ids) read as their decimal text.
            if (jv.is_int64()) digits = std::to_string(jv.get_int64());
            else if (jv.is_uint64()) digits = std::to_string(jv.get_uint64());
            else return ctx.fail(errc::type_mismatch, "a string or an integer");
            text = digits;
        } else {
            return ctx.fail(errc::type_mismatch, expected);
        }
        csm::result<T> parsed = T::parse(text);
        if (!parsed) return ctx.fail(parsed.error().code, parsed.error().expected);
        out = std::move(*parsed);
        return true;
    }
    static T placeholder() {
        if constexpr (requires { T::json_placeholder(); }) return T::json_placeholder();
        else return T(std::string());
    }
};

template <class Traits>
struct codec<csm::open_enum<Traits>> {
    using T = csm::open_enum<Traits>;
    static constexpr std::string_view expected = "a string";
    static void write(std::string& out, const T& v) { detail::write_string(out, v.str()); }
    static boost::json::value to_value(const T& v, boost::json::storage_ptr sp) {
        return boost::json::value(boost::json::string(v.str(), std::move(sp)));
    }
    static bool read(read_context& ctx, const boost::json::value& jv, T& out) {
        const boost::json::string* s = jv.if_string();
        if (!s) return ctx.fail(errc::type_mismatch, expected);
        T v(std::string_view(s->data(), s->size()));
        if (!v.is_known() && ctx.options().reject_unknown_enum_values)
            return ctx.fail(errc::unknown_value, known_values());
        out = std::move(v);
        return true;
    }
    static T placeholder() { return T(std::string_view()); }

private:
    static const std::string& known_values() {
        static const std::string text = [] {
            std::string t = "one of";
            for (std::size_t i = 0; i < T::known_count; ++i) {
                t += i == 0 ? " " : ", ";
                t += Traits::names[i];
            }
            t += " (strict mode)";
            return t;
        }();
        return text;
    }
};

// ---- optional, tri_state, containers, raw JSON -------------------------------------------------------

template <class T>
struct codec<std::optional<T>> {
    static constexpr std::string_view expected = codec<T>::expected;
    /// An empty optional is left out as a struct member; elsewhere (array elements) it is null.
    static void write(std::string& out, const std::optional<T>& v) {
        if (v) codec<T>::write(out, *v);
        else out.append("null", 4);
    }
    static boost::json::value to_value(const std::optional<T>& v, boost::json::storage_ptr sp) {
        if (v) return codec<T>::to_value(*v, std::move(sp));
        return boost::json::value(nullptr, std::move(sp));
    }
    static bool read(read_context& ctx, const boost::json::value& jv, std::optional<T>& out) {
        if (jv.is_null()) {
            out.reset();
            return true;
        }
        if (!out) out.emplace(detail::placeholder<T>());
        return codec<T>::read(ctx, jv, *out);
    }
};

template <class T>
struct codec<csm::tri_state<T>> {
    static constexpr std::string_view expected = codec<T>::expected;
    static void write(std::string& out, const csm::tri_state<T>& v) {
        if (v.has_value()) codec<T>::write(out, *v);
        else out.append("null", 4);
    }
    static boost::json::value to_value(const csm::tri_state<T>& v, boost::json::storage_ptr sp) {
        if (v.has_value()) return codec<T>::to_value(*v, std::move(sp));
        return boost::json::value(nullptr, std::move(sp));
    }
    static bool read(read_context& ctx, const boost::json::value& jv, csm::tri_state<T>& out) {
        if (jv.is_null()) {
            out.set_null();
            return true;
        }
        T v = detail::placeholder<T>();
        if (!codec<T>::read(ctx, jv, v)) return false;
        out = std::move(v);
        return true;
    }
};

template <class T, class A>
struct codec<std::vector<T, A>> {
    static constexpr std::string_view expected = "an array";
    static void write(std::string& out, const std::vector<T, A>& v) {
        out.push_back('[');
        bool first = true;
        for (const T& e : v) {
            if (!first) out.push_back(',');
            first = false;
            codec<T>::write(out, e);
        }
        out.push_back(']');
    }
    static boost::json::value to_value(const std::vector<T, A>& v, boost::json::storage_ptr sp) {
        boost::json::array a(sp);
        a.reserve(v.size());
        for (const T& e : v) a.push_back(codec<T>::to_value(e, sp));
        return boost::json::value(std::move(a));
    }
    static bool read(read_context& ctx, const boost::json::value& jv, std::vector<T, A>& out) {
        const boost::json::array* a = jv.if_array();
        if (!a) return ctx.fail(errc::type_mismatch, expected);
        out.clear();
        out.reserve(a->size());
        for (std::size_t i = 0; i < a->size(); ++i) {
            auto scope = ctx.enter(i);
            out.push_back(detail::placeholder<T>());
            if (!codec<T>::read(ctx, (*a)[i], out.back())) return false;
        }
        return true;
    }
};

/// String-keyed maps are JSON objects (e.g. Teamwork Graph envelope `properties`). std::map keeps the
/// output order stable.
template <class T, class C, class A>
struct codec<std::map<std::string, T, C, A>> {
    using map_type = std::map<std::string, T, C, A>;
    static constexpr std::string_view expected = "an object";
    static void write(std::string& out, const map_type& v) {
        out.push_back('{');
        bool first = true;
        for (const auto& [k, e] : v) {
            if (!first) out.push_back(',');
            first = false;
            detail::write_string(out, k);
            out.push_back(':');
            codec<T>::write(out, e);
        }
        out.push_back('}');
    }
    static boost::json::value to_value(const map_type& v, boost::json::storage_ptr sp) {
        boost::json::object o(sp);
        o.reserve(v.size());
        for (const auto& [k, e] : v) o.insert_or_assign(k, codec<T>::to_value(e, sp));
        return boost::json::value(std::move(o));
    }
    static bool read(read_context& ctx, const boost::json::value& jv, map_type& out) {
        const boost::json::object* o = jv.if_object();
        if (!o) return ctx.fail(errc::type_mismatch, expected);
        out.clear();
        for (const auto& kv : *o) {
            auto scope = ctx.enter(kv.key());
            auto [it, inserted] = out.insert_or_assign(std::string(kv.key()), detail::placeholder<T>());
            if (!codec<T>::read(ctx, kv.value(), it->second)) return false;
        }
        return true;
    }
};

/// Raw JSON passes through unchanged: for payload parts whose shape is open (entity-key values, unknown
/// object types, the customer-experiences response).
template <>
struct codec<boost::json::value> {
    static constexpr std::string_view expected = "a JSON value";
    static void write(std::string& out, const boost::json::value& v) { detail::write_dom(out, v); }
    static boost::json::value to_value(const boost::json::value& v, boost::json::storage_ptr sp) {
        return boost::json::value(v, std::move(sp));
    }
    static bool read(read_context&, const boost::json::value& jv, boost::json::value& out) {
        out = jv;
        return true;
    }
};

template <>
struct codec<boost::json::object> {
    static constexpr std::string_view expected = "an object";
    static void write(std::string& out, const boost::json::object& v) { detail::write_dom(out, v); }
    static boost::json::value to_value(const boost::json::object& v, boost::json::storage_ptr sp) {
        return boost::json::value(boost::json::object(v, std::move(sp)));
    }
    static bool read(read_context& ctx, const boost::json::value& jv, boost::json::object& out) {
        const boost::json::object* o = jv.if_object();
        if (!o) return ctx.fail(errc::type_mismatch, expected);
        out = *o;
        return true;
    }
};

// ---- described structs -----------------------------------------------------------------------------

namespace detail {

/// Builds a T to read into when T has members that cannot be default constructed (ids, instants):
/// aggregate initialization with one placeholder per base and per member, in declaration order.
template <class T, template <class...> class L1, class... Bases, template <class...> class L2, class... Members>
T make_aggregate(L1<Bases...>, L2<Members...>) {
    return T{placeholder<typename Bases::type>()..., placeholder<member_type<T, Members>>()...};
}

template <class T>
T placeholder() {
    if constexpr (requires { codec<T>::placeholder(); }) {
        return codec<T>::placeholder();
    } else if constexpr (std::is_default_constructible_v<T>) {
        return T{};
    } else {
        static_assert(described_struct<T>,
                      "no way to construct this type before reading it: give its codec a placeholder()");
        return make_aggregate<T>(boost::describe::describe_bases<T, boost::describe::mod_public>{},
                                 boost::describe::describe_members<T, boost::describe::mod_public>{});
    }
}

// The per-member steps of codec<described struct> below. They depend on the member's type only (the key and
// rules come in as a member_info), so a type used by many structs (std::optional<std::string>, ids, …) is
// compiled once, not once per struct and member.

template <class M>
void write_member(std::string& out, bool& first, const member_info& info, const M& m) {
    if (info.read_only || !is_present(m)) return;
    if (!first) out.push_back(',');
    first = false;
    out.append(info.prefix);
    codec<M>::write(out, m);
}
inline void write_member(std::string&, bool&, const member_info&, const unknown_fields&) noexcept {}

/// Kept unknown keys go after the known members; a key a known member writes is skipped.
inline void write_unknown(std::string& out, bool& first, const unknown_fields& u, key_finder known) {
    for (const auto& kv : u.members) {
        if (known(kv.key())) continue;
        if (!first) out.push_back(',');
        first = false;
        write_string(out, kv.key());
        out.push_back(':');
        write_dom(out, kv.value()); // in place: no temporary string (docs/performance.md, W4)
    }
}

template <class M>
void member_to_value(boost::json::object& o, const member_info& info, const M& m, const boost::json::storage_ptr& sp) {
    if (!info.read_only && is_present(m)) o.insert_or_assign(info.key, codec<M>::to_value(m, sp));
}
inline void member_to_value(boost::json::object&, const member_info&, const unknown_fields&,
                            const boost::json::storage_ptr&) noexcept {}

inline void unknown_to_value(boost::json::object& o, const unknown_fields& u, key_finder known,
                             const boost::json::storage_ptr& sp) {
    for (const auto& kv : u.members)
        if (!known(kv.key())) o.insert_or_assign(kv.key(), boost::json::value(kv.value(), sp));
}

/// Reads one member: its canonical key, else the first alias present; absent and null as the rules say.
template <bool Defaults, class M>
bool read_member(read_context& ctx, const boost::json::object& obj, const member_info& info, M& m) {
    std::string_view key = info.key;
    const boost::json::value* found = obj.if_contains(key);
    for (unsigned char i = 0; !found && i < info.alias_count; ++i)
        if ((found = obj.if_contains(info.aliases[i]))) key = info.aliases[i];
    auto scope = ctx.enter(key);
    if (!found) {
        if constexpr (is_presence_optional_v<M>) m = M{};
        else if constexpr (Defaults) m = placeholder<M>();
        else return ctx.fail(errc::missing_member, codec<M>::expected);
        return true;
    }
    if constexpr (Defaults) {
        if (found->is_null()) {
            m = placeholder<M>();
            return true;
        }
    }
    if constexpr (!is_presence_optional_v<M> && !std::is_same_v<M, boost::json::value>) {
        // A required member that is null is missing, not empty (a raw JSON member reads null as null, so
        // that what it wrote reads back).
        if (found->is_null()) return ctx.fail(errc::missing_member, codec<M>::expected);
    }
    return codec<M>::read(ctx, *found, m);
}
template <bool Defaults>
bool read_member(read_context&, const boost::json::object&, const member_info&, unknown_fields&) noexcept {
    return true;
}

/// After the members: keys no member knows are kept (extras), rejected (strict mode) or ignored.
inline bool read_unknown(read_context& ctx, const boost::json::object& obj, key_finder known, unknown_fields* extras) {
    if (extras) extras->members.clear();
    if (!extras && !ctx.options().reject_unknown_members) return true;
    for (const auto& kv : obj) {
        if (known(kv.key())) continue;
        if (ctx.options().reject_unknown_members) {
            auto scope = ctx.enter(kv.key());
            return ctx.fail(errc::unknown_member, "only documented members (strict mode)");
        }
        // Always set here (the early return above); the test keeps GCC -O3's -Wnonnull quiet.
        if (extras) extras->members.insert_or_assign(kv.key(), kv.value());
    }
    return true;
}

} // namespace detail

template <described_struct T>
struct codec<T> {
    using library_tag = detail::described_struct_tag;
    using info = detail::struct_info<T>;

    static constexpr std::string_view expected = "an object";

    static void write(std::string& out, const T& v) {
        out.push_back('{');
        bool first = true;
        write_members(out, first, v, std::make_index_sequence<info::count>{}, detail::public_members<T>{});
        if constexpr (info::keeps_unknown)
            detail::write_unknown(out, first, *detail::unknown_fields_of(v), &info::find);
        out.push_back('}');
    }

    static boost::json::value to_value(const T& v, boost::json::storage_ptr sp) {
        boost::json::object o(sp);
        members_to_value(o, v, sp, std::make_index_sequence<info::count>{}, detail::public_members<T>{});
        if constexpr (info::keeps_unknown) detail::unknown_to_value(o, *detail::unknown_fields_of(v), &info::find, sp);
        return boost::json::value(std::move(o));
    }

    static bool read(read_context& ctx, const boost::json::value& jv, T& out) {
        const boost::json::object* obj = jv.if_object();
        if (!obj) return ctx.fail(errc::type_mismatch, expected);
        if (!read_members(ctx, *obj, out, std::make_index_sequence<info::count>{}, detail::public_members<T>{}))
            return false;
        unknown_fields* extras = nullptr;
        if constexpr (info::keeps_unknown) extras = detail::unknown_fields_of(out);
        return detail::read_unknown(ctx, *obj, &info::find, extras);
    }

private:
    // One pack expansion over the members (index I, descriptor D) per operation, with the member's constants.
    template <std::size_t... I, template <class...> class L, class... D>
    static void write_members(std::string& out, bool& first, const T& v, std::index_sequence<I...>, L<D...>) {
        (detail::write_member(out, first, info::members[I], v.*D::pointer), ...);
    }
    template <std::size_t... I, template <class...> class L, class... D>
    static void members_to_value(boost::json::object& o, const T& v, const boost::json::storage_ptr& sp,
                                 std::index_sequence<I...>, L<D...>) {
        (detail::member_to_value(o, info::members[I], v.*D::pointer, sp), ...);
    }
    template <std::size_t... I, template <class...> class L, class... D>
    static bool read_members(read_context& ctx, const boost::json::object& obj, T& out, std::index_sequence<I...>,
                             L<D...>) {
        return (detail::read_member<info::members[I].defaults>(ctx, obj, info::members[I], out.*D::pointer) && ...);
    }
};

} // namespace csm::json

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_DETAIL_STREAM_READ_HPP
#define CSM_JSON_DETAIL_STREAM_READ_HPP

// The fast path of csm::json::parse<T>: fills T straight from boost::json::basic_parser events instead of
// building a DOM and walking it (docs/roadmap.md, "Benchmarks"; docs/performance.md).
//
// It only has to be right when the document is valid for T: on the first problem (syntax, type, missing
// member, strict mode) it stops and parse<T> reruns the DOM path, which reports the error exactly as before
// (same JSON Pointer, same precedence between errors). So these readers answer "accept or not" and never
// build error text. Each reader accepts exactly what codec<M>::read accepts and leaves the same value.

#include <csm/json/codec.hpp>
#include <csm/json/detail/struct_info.hpp>
#include <csm/json/options.hpp>
#include <csm/json/parse_value.hpp>
#include <csm/json/read_context.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value_stack.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(__OPTIMIZE__) || defined(_MSC_VER) && !defined(_DEBUG)
#define CSM_STREAM_INLINE BOOST_FORCEINLINE
#else
#define CSM_STREAM_INLINE inline
#endif

namespace csm::json::detail::stream {

class handler;

/// One complete scalar as the parser reports it.
struct scalar {
    enum class kind : unsigned char { null, boolean, int64, uint64, double_, string } what;
    bool b = false;
    std::int64_t i = 0;
    std::uint64_t u = 0;
    double d = 0;
    std::string_view s{};

    boost::json::value to_value() const {
        switch (what) {
        case kind::null: return nullptr;
        case kind::boolean: return b;
        case kind::int64: return i;
        case kind::uint64: return u;
        case kind::double_: return d;
        case kind::string: break;
        }
        return boost::json::string(s);
    }
};

/// How a value slot (a member, an element, the root) reacts to each event; obj points to the M being read.
struct value_ops {
    bool (*on_scalar)(handler&, void* obj, const scalar&);
    bool (*on_object)(handler&, void* obj); // '{' seen: push a frame or start a DOM subtree
    bool (*on_array)(handler&, void* obj);  // '[' seen
};

/// A container being filled: a struct, a map or an array.
struct frame;
struct frame_ops {
    bool (*on_key)(handler&, frame&, std::string_view key); // objects: choose the slot of the next value
    bool (*on_element)(handler&, frame&);                   // arrays: make the slot of the next value
    bool (*on_end)(handler&, frame&);                       // '}' or ']'
};

struct slot {
    const value_ops* ops = nullptr;
    void* obj = nullptr;
};

struct frame {
    frame() noexcept = default;
    frame(const frame_ops* o, void* p) noexcept : ops(o), obj(p) {}
    const frame_ops* ops = nullptr;
    void* obj = nullptr;
    void* owner = nullptr;       // keyed variants: the variant whose alternative `obj` is
    std::uint64_t seen = 0;      // structs: members whose key (or an alias) was read
    std::uint64_t priority0 = 0; // structs: which key gave a seen member, two bits per member over two masks
    std::uint64_t priority1 = 0; // (0 canonical, 1-3 its aliases in order)

    unsigned priority(std::size_t m) const noexcept {
        return unsigned((priority0 >> m) & 1u) | unsigned(((priority1 >> m) & 1u) << 1);
    }
    void set_seen(std::size_t m, unsigned p) noexcept {
        const std::uint64_t bit = std::uint64_t(1) << m;
        seen |= bit;
        priority0 = (priority0 & ~bit) | ((p & 1u) ? bit : 0);
        priority1 = (priority1 & ~bit) | ((p & 2u) ? bit : 0);
    }
};

using dom_finish = bool (*)(handler&, void* obj, boost::json::value&& jv);

class handler {
public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    /// The parser's nesting limit (pinned_parse_options), so the frame stack below never overflows.
    static constexpr std::size_t max_depth = detail::max_depth;

    handler(read_options options, slot root) : ctx_(options), root_(root) {}

    read_context& ctx() noexcept { return ctx_; }
    const read_options& options() const noexcept { return ctx_.options(); }

    /// The next value goes to `s` (set by a struct or map frame on its key).
    void set_pending(slot s) noexcept { pending_ = s; }
    void push(frame f) noexcept { frames_[depth_++] = f; }
    std::string& key_buffer() noexcept { return key_; }

    /// Starts collecting a subtree as a boost::json::value; `finish` receives it when it closes.
    void start_dom(dom_finish finish, void* obj) {
        if (!dom_) dom_.emplace();
        dom_->reset();
        dom_depth_ = 1;
        dom_finish_ = finish;
        dom_obj_ = obj;
    }
    /// Starts skipping a subtree (ignored unknown members, aliases shadowed by the canonical key).
    void start_skip() noexcept { skip_depth_ = 1; }

    // ---- basic_parser handler interface (stable since Boost 1.75) ----
    // The busy callbacks are forced inline into the parser in optimized builds: left to the inliner, they
    // stayed out of line whenever the rest of the translation unit (a writer, say) had used up its growth
    // budget, and the reader then ran about 5 % more instructions. Unoptimized builds do not force it: there
    // it only made the parser's code a third larger in every TU that parses (docs/performance.md).
    using sv = boost::json::string_view;
    using ec_t = boost::system::error_code;

    bool on_document_begin(ec_t&) { return true; }
    bool on_document_end(ec_t&) { return true; }

    CSM_STREAM_INLINE bool on_object_begin(ec_t& ec) {
        if (skip_depth_) return ++skip_depth_, true;
        if (dom_depth_) return ++dom_depth_, true;
        slot s = take_slot();
        return check(s.ops && s.ops->on_object(*this, s.obj), ec);
    }
    CSM_STREAM_INLINE bool on_object_end(std::size_t n, ec_t& ec) {
        if (skip_depth_) return --skip_depth_, true;
        if (dom_depth_) {
            dom_->push_object(n);
            return check(close_dom(), ec);
        }
        frame& f = frames_[--depth_];
        return check(f.ops->on_end(*this, f), ec);
    }
    CSM_STREAM_INLINE bool on_array_begin(ec_t& ec) {
        if (skip_depth_) return ++skip_depth_, true;
        if (dom_depth_) return ++dom_depth_, true;
        slot s = take_slot();
        return check(s.ops && s.ops->on_array(*this, s.obj), ec);
    }
    CSM_STREAM_INLINE bool on_array_end(std::size_t n, ec_t& ec) {
        if (skip_depth_) return --skip_depth_, true;
        if (dom_depth_) {
            dom_->push_array(n);
            return check(close_dom(), ec);
        }
        frame& f = frames_[--depth_];
        return check(f.ops->on_end(*this, f), ec);
    }
    bool on_key_part(sv s, std::size_t, ec_t&) {
        if (skip_depth_) return true;
        if (dom_depth_) return dom_->push_chars(s), true;
        text_.append(s.data(), s.size());
        return true;
    }
    CSM_STREAM_INLINE bool on_key(sv s, std::size_t, ec_t& ec) {
        if (skip_depth_) return true;
        if (dom_depth_) return dom_->push_key(s), true;
        std::string_view key(s.data(), s.size());
        if (!text_.empty()) {
            text_.append(key);
            key = text_;
        }
        frame& f = frames_[depth_ - 1];
        const bool ok = f.ops->on_key(*this, f, key);
        text_.clear();
        return check(ok, ec);
    }
    bool on_string_part(sv s, std::size_t, ec_t&) {
        if (skip_depth_) return true;
        if (dom_depth_) return dom_->push_chars(s), true;
        text_.append(s.data(), s.size());
        return true;
    }
    CSM_STREAM_INLINE bool on_string(sv s, std::size_t, ec_t& ec) {
        if (skip_depth_) return true;
        if (dom_depth_) return dom_->push_string(s), true;
        scalar v{scalar::kind::string};
        v.s = std::string_view(s.data(), s.size());
        if (!text_.empty()) {
            text_.append(v.s);
            v.s = text_;
        }
        const bool ok = deliver(v);
        text_.clear();
        return check(ok, ec);
    }
    bool on_number_part(sv, ec_t&) { return true; }
    CSM_STREAM_INLINE bool on_int64(std::int64_t i, sv, ec_t& ec) {
        if (skip_depth_) return true;
        if (dom_depth_) return dom_->push_int64(i), true;
        scalar v{scalar::kind::int64};
        v.i = i;
        return check(deliver(v), ec);
    }
    CSM_STREAM_INLINE bool on_uint64(std::uint64_t u, sv, ec_t& ec) {
        if (skip_depth_) return true;
        if (dom_depth_) return dom_->push_uint64(u), true;
        scalar v{scalar::kind::uint64};
        v.u = u;
        return check(deliver(v), ec);
    }
    CSM_STREAM_INLINE bool on_double(double d, sv, ec_t& ec) {
        if (skip_depth_) return true;
        if (dom_depth_) return dom_->push_double(d), true;
        scalar v{scalar::kind::double_};
        v.d = d;
        return check(deliver(v), ec);
    }
    CSM_STREAM_INLINE bool on_bool(bool b, ec_t& ec) {
        if (skip_depth_) return true;
        if (dom_depth_) return dom_->push_bool(b), true;
        scalar v{scalar::kind::boolean};
        v.b = b;
        return check(deliver(v), ec);
    }
    CSM_STREAM_INLINE bool on_null(ec_t& ec) {
        if (skip_depth_) return true;
        if (dom_depth_) return dom_->push_null(), true;
        return check(deliver(scalar{scalar::kind::null}), ec);
    }
    bool on_comment_part(sv, ec_t&) { return true; }
    bool on_comment(sv, ec_t&) { return true; }

private:
    CSM_STREAM_INLINE slot take_slot() {
        if (depth_ == 0) {
            slot s = root_;
            root_ = {};
            return s;
        }
        frame& f = frames_[depth_ - 1];
        if (f.ops->on_element && !f.ops->on_element(*this, f)) return {};
        slot s = pending_;
        pending_ = {};
        return s;
    }
    CSM_STREAM_INLINE bool deliver(const scalar& v) {
        slot s = take_slot();
        return s.ops && s.ops->on_scalar(*this, s.obj, v);
    }
    bool close_dom() {
        if (--dom_depth_) return true;
        return dom_finish_(*this, dom_obj_, dom_->release());
    }
    static bool check(bool ok, ec_t& ec) {
        // Any error code stops the parser; parse<T> then reruns the DOM path for the exact diagnosis.
        if (!ok) ec = boost::json::error::exception;
        return ok;
    }

    read_context ctx_;
    slot root_;
    slot pending_;
    // A fixed stack: the parser refuses deeper nesting before a push could overflow it (one frame per
    // open array or object; a pushed frame never outlives its container's end event).
    std::array<frame, max_depth> frames_;
    std::size_t depth_ = 0;
    std::string text_; // a key or string split across parser buffers (escapes)
    std::string key_;  // the key of a kept unknown member while its value is collected
    std::optional<boost::json::value_stack> dom_;
    std::size_t dom_depth_ = 0;
    dom_finish dom_finish_ = nullptr;
    void* dom_obj_ = nullptr;
    std::size_t skip_depth_ = 0;
};

// ---- value readers -----------------------------------------------------------------------------------

/// Converts to placeholder<T>(). Passed to emplace, it builds the placeholder straight in the container's
/// storage (the conversion's prvalue initializes the element; GCC and Clang elide the move), which matters
/// for large structs: a graph object is about 1.5 KB.
template <class T>
struct make_placeholder {
    operator T() const { return detail::placeholder<T>(); }
};
/// What to pass to emplace for a fresh T: the converter for structs (their constructors are not templates
/// that would take the converter itself), the placeholder value for everything else.
template <class T>
auto fresh() {
    if constexpr (described_struct<T> || requires { typename codec<T>::stream_alternatives; })
        return make_placeholder<T>{};
    else return detail::placeholder<T>();
}

template <class M>
struct reader;

/// How a struct member treats null before its type sees it (codec<T>::read for described structs).
enum class null_rule { pass, missing, defaults };

template <class M, null_rule R = null_rule::pass>
struct member_reader {
    static bool on_scalar(handler& h, void* obj, const scalar& v) {
        if constexpr (R != null_rule::pass) {
            if (v.what == scalar::kind::null) {
                if constexpr (R == null_rule::defaults) {
                    *static_cast<M*>(obj) = detail::placeholder<M>();
                    return true;
                } else {
                    return false;
                }
            }
        }
        return reader<M>::on_scalar(h, obj, v);
    }
    static constexpr value_ops ops{&on_scalar, &reader<M>::on_object, &reader<M>::on_array};
};

template <class M>
constexpr const value_ops* ops_of() noexcept {
    return &member_reader<M>::ops;
}

/// Anything without a streaming reader: its codec reads a boost::json::value built for this subtree only.
template <class M>
struct dom_reader {
    static bool finish(handler& h, void* obj, boost::json::value&& jv) {
        M& out = *static_cast<M*>(obj);
        out = detail::placeholder<M>(); // a repeated key must read as if it came once
        return codec<M>::read(h.ctx(), jv, out);
    }
    static bool on_scalar(handler& h, void* obj, const scalar& v) { return finish(h, obj, v.to_value()); }
    static bool on_object(handler& h, void* obj) {
        h.start_dom(&finish, obj);
        return true;
    }
    static bool on_array(handler& h, void* obj) { return on_object(h, obj); }
};

template <class M>
struct reader : dom_reader<M> {};

/// Strings that need no DOM: std::string, strong string types, open enums. Numbers, booleans and null
/// are cheap boost::json::values, so they go through the codec's own read.
template <class M>
struct string_reader {
    static bool on_scalar(handler& h, void* obj, const scalar& v) {
        M& out = *static_cast<M*>(obj);
        if (v.what != scalar::kind::string) return codec<M>::read(h.ctx(), v.to_value(), out);
        if constexpr (std::is_same_v<M, std::string>) {
            out.assign(v.s.data(), v.s.size());
            return true;
        } else if constexpr (text_type<M>) {
            csm::result<M> parsed = M::parse(v.s);
            if (!parsed) return false;
            out = std::move(*parsed);
            return true;
        } else {
            M e(v.s);
            if (!e.is_known() && h.options().reject_unknown_enum_values) return false;
            out = std::move(e);
            return true;
        }
    }
    static bool on_object(handler&, void*) { return false; }
    static bool on_array(handler&, void*) { return false; }
};

template <>
struct reader<std::string> : string_reader<std::string> {};
template <text_type M>
    requires std::is_same_v<typename codec<M>::library_tag, text_type_tag>
struct reader<M> : string_reader<M> {
};
template <class Traits>
struct reader<csm::open_enum<Traits>> : string_reader<csm::open_enum<Traits>> {};

template <class M>
    requires std::is_arithmetic_v<M>
struct reader<M> {
    static bool on_scalar(handler& h, void* obj, const scalar& v) {
        if (v.what == scalar::kind::string) return false;
        return codec<M>::read(h.ctx(), v.to_value(), *static_cast<M*>(obj));
    }
    static bool on_object(handler&, void*) { return false; }
    static bool on_array(handler&, void*) { return false; }
};

template <class T>
struct reader<std::optional<T>> {
    static T* engage(void* obj) {
        auto& o = *static_cast<std::optional<T>*>(obj);
        if (!o) o.emplace(fresh<T>());
        return &*o;
    }
    static bool on_scalar(handler& h, void* obj, const scalar& v) {
        if (v.what == scalar::kind::null) {
            static_cast<std::optional<T>*>(obj)->reset();
            return true;
        }
        return reader<T>::on_scalar(h, engage(obj), v);
    }
    static bool on_object(handler& h, void* obj) { return reader<T>::on_object(h, engage(obj)); }
    static bool on_array(handler& h, void* obj) { return reader<T>::on_array(h, engage(obj)); }
};

template <class T>
struct reader<csm::tri_state<T>> {
    static T* engage(void* obj) {
        auto& t = *static_cast<csm::tri_state<T>*>(obj);
        t = detail::placeholder<T>();
        return &*t;
    }
    static bool on_scalar(handler& h, void* obj, const scalar& v) {
        if (v.what == scalar::kind::null) {
            static_cast<csm::tri_state<T>*>(obj)->set_null();
            return true;
        }
        return reader<T>::on_scalar(h, engage(obj), v);
    }
    static bool on_object(handler& h, void* obj) { return reader<T>::on_object(h, engage(obj)); }
    static bool on_array(handler& h, void* obj) { return reader<T>::on_array(h, engage(obj)); }
};

template <class T, class A>
struct reader<std::vector<T, A>> {
    using V = std::vector<T, A>;
    static bool on_scalar(handler&, void*, const scalar&) { return false; }
    static bool on_object(handler&, void*) { return false; }
    static bool element(handler& h, frame& f) {
        V& v = *static_cast<V*>(f.obj);
        h.set_pending({ops_of<T>(), &v.emplace_back(fresh<T>())});
        return true;
    }
    static bool end(handler&, frame&) { return true; }
    static constexpr frame_ops fops{nullptr, &element, &end};
    static bool on_array(handler& h, void* obj) {
        static_cast<V*>(obj)->clear();
        h.push(frame{&fops, obj});
        return true;
    }
};

template <class T, class C, class A>
struct reader<std::map<std::string, T, C, A>> {
    using V = std::map<std::string, T, C, A>;
    static bool on_scalar(handler&, void*, const scalar&) { return false; }
    static bool on_array(handler&, void*) { return false; }
    static bool key(handler& h, frame& f, std::string_view k) {
        V& v = *static_cast<V*>(f.obj);
        auto it = v.insert_or_assign(std::string(k), detail::placeholder<T>()).first;
        h.set_pending({ops_of<T>(), &it->second});
        return true;
    }
    static bool end(handler&, frame&) { return true; }
    static constexpr frame_ops fops{&key, nullptr, &end};
    static bool on_object(handler& h, void* obj) {
        static_cast<V*>(obj)->clear();
        h.push(frame{&fops, obj});
        return true;
    }
};

/// A list that also accepts one bare element (csm::graph::permission_list): its codec declares
/// `stream_one_or_many` (the element type) and reads an object as a list of that one element.
template <class T>
    requires requires { typename codec<T>::stream_one_or_many; }
struct reader<T> {
    using E = typename codec<T>::stream_one_or_many;
    using list = reader<std::vector<E>>;
    static bool on_scalar(handler&, void*, const scalar&) { return false; }
    static bool on_object(handler& h, void* obj) {
        std::vector<E>& v = *static_cast<T*>(obj);
        v.clear();
        return reader<E>::on_object(h, &v.emplace_back(fresh<E>()));
    }
    static bool on_array(handler& h, void* obj) {
        return list::on_array(h, static_cast<std::vector<E>*>(static_cast<T*>(obj)));
    }
};

// ---- described structs ------------------------------------------------------------------------------

/// Values that are skipped: an ignored unknown member, an alias when a better key was already read.
struct skip_reader {
    static bool on_scalar(handler&, void*, const scalar&) { return true; }
    static bool on_container(handler& h, void*) {
        h.start_skip();
        return true;
    }
    static constexpr value_ops ops{&on_scalar, &on_container, &on_container};
};

/// A kept unknown member: its value is stored as raw JSON under the key (last one wins, as in the DOM).
struct keep_reader {
    static bool finish(handler& h, void* obj, boost::json::value&& jv) {
        static_cast<unknown_fields*>(obj)->members.insert_or_assign(h.key_buffer(), std::move(jv));
        return true;
    }
    static bool on_scalar(handler& h, void* obj, const scalar& v) { return finish(h, obj, v.to_value()); }
    static bool on_container(handler& h, void* obj) {
        h.start_dom(&finish, obj);
        return true;
    }
    static constexpr value_ops ops{&on_scalar, &on_container, &on_container};
};

/// What a missing key does to a member: reset (optional), default (default_if_missing), or fail.
/// Called with nullptr at compile time, it only answers whether a missing key is allowed.
template <class M, bool Defaults>
constexpr bool absent_member(void* member) {
    if constexpr (is_presence_optional_v<M>) {
        if (member) *static_cast<M*>(member) = M{};
    } else if constexpr (Defaults) {
        if (member) *static_cast<M*>(member) = detail::placeholder<M>();
    } else {
        return false;
    }
    return true;
}

/// The value_ops of a member with its null rule (as codec<T>::read treats null before M's codec sees it).
template <class M, bool Defaults>
constexpr const value_ops* member_ops() noexcept {
    if constexpr (Defaults) return &member_reader<M, null_rule::defaults>::ops;
    else if constexpr (!is_presence_optional_v<M> && !std::is_same_v<M, boost::json::value>)
        return &member_reader<M, null_rule::missing>::ops;
    else return &member_reader<M>::ops;
}

struct member_slot {
    const value_ops* ops;
    bool (*absent)(void* member);
};

template <class M, bool Defaults>
constexpr member_slot make_slot() noexcept {
    if constexpr (std::is_same_v<M, unknown_fields>) return {nullptr, nullptr}; // never a key's target
    else return {member_ops<M, Defaults>(), &absent_member<M, Defaults>};
}

template <class T, class Seq = std::make_index_sequence<struct_info<T>::count>, class L = public_members<T>>
struct struct_table;

template <class T, std::size_t... I, template <class...> class L, class... D>
struct struct_table<T, std::index_sequence<I...>, L<D...>> {
    using info = struct_info<T>;
    static constexpr std::size_t count = info::count;

    static constexpr std::array<member_slot, count> member_list{
        make_slot<member_type<T, D>, info::members[I].defaults>()...};

    static bool key(handler& h, frame& f, std::string_view k) {
        const key_entry* e = info::find(k);
        if (!e) {
            if (h.options().reject_unknown_members) return false;
            if constexpr (info::keeps_unknown) {
                h.key_buffer().assign(k);
                h.set_pending({&keep_reader::ops, unknown_fields_of(*static_cast<T*>(f.obj))});
            } else {
                h.set_pending({&skip_reader::ops, nullptr});
            }
            return true;
        }
        // The DOM reader takes the canonical key, else the first alias present, and the last of equal keys.
        if ((f.seen & (std::uint64_t(1) << e->member)) && f.priority(e->member) < e->priority) {
            h.set_pending({&skip_reader::ops, nullptr});
            return true;
        }
        f.set_seen(e->member, e->priority);
        h.set_pending({member_list[e->member].ops, static_cast<unsigned char*>(f.obj) + offsets()[e->member]});
        return true;
    }
    /// Where each member lies in a T, in bytes, measured once on a real object. A table lookup instead of an
    /// indirect call per key: that call (one target per member) was the most expensive step of a key.
    static const std::array<std::ptrdiff_t, count>& offsets() {
        static const std::array<std::ptrdiff_t, count> table = [] {
            const T probe = detail::placeholder<T>();
            const auto* base = reinterpret_cast<const unsigned char*>(std::addressof(probe));
            return std::array<std::ptrdiff_t, count>{
                (reinterpret_cast<const unsigned char*>(std::addressof(probe.*D::pointer)) - base)...};
        }();
        return table;
    }
    /// Members that a missing key fails (neither optional nor default_if_missing), and all data members.
    static constexpr std::uint64_t required = [] {
        std::uint64_t mask = 0;
        for (std::size_t i = 0; i < count; ++i)
            if (member_list[i].absent && !member_list[i].absent(nullptr)) mask |= std::uint64_t(1) << i;
        return mask;
    }();
    static constexpr std::uint64_t data = [] {
        std::uint64_t mask = 0;
        for (std::size_t i = 0; i < count; ++i)
            if (member_list[i].absent) mask |= std::uint64_t(1) << i;
        return mask;
    }();
    static bool end(handler&, frame& f) {
        const std::uint64_t missing = data & ~f.seen;
        if (missing & required) return false;
        // Unrolled over the members (not a loop over member_list's function pointers): most objects
        // leave most optional members out, and two indirect calls per missing member cost more than
        // the rest of their reading.
        if (missing) (absent_if<I, D>(missing, f.obj), ...);
        return true;
    }
    template <std::size_t Index, class Descriptor>
    static void absent_if(std::uint64_t missing, void* obj) {
        if constexpr (!std::is_same_v<member_type<T, Descriptor>, unknown_fields>) {
            if (missing & (std::uint64_t(1) << Index))
                absent_member<member_type<T, Descriptor>, info::members[Index].defaults>(
                    &(static_cast<T*>(obj)->*Descriptor::pointer));
        }
    }
    static constexpr frame_ops fops{&key, nullptr, &end};
};

template <described_struct T>
    requires std::is_same_v<typename codec<T>::library_tag, described_struct_tag>
struct reader<T> {
    static bool on_scalar(handler&, void*, const scalar&) { return false; }
    static bool on_array(handler&, void*) { return false; }
    static bool on_object(handler& h, void* obj) {
        if constexpr (struct_info<T>::keeps_unknown) unknown_fields_of(*static_cast<T*>(obj))->members.clear();
        h.push(frame{&struct_table<T>::fops, obj});
        return true;
    }
};

/// A variant of described structs that share a base and differ by one last member whose key names the
/// alternative (csm::graph::any_object: the type block). Its codec declares `stream_alternatives` (the
/// structs) and `stream_common` (their base). The object is read as the first alternative until a type key
/// says otherwise; then the common part moves over. An object without any type key is kept whole as raw
/// JSON by the codec, which this reader cannot do after the fact: it refuses, and parse<T> takes the DOM
/// path for that document.
template <class T>
    requires requires { typename codec<T>::stream_alternatives; }
struct reader<T> {
    using alternatives = typename codec<T>::stream_alternatives;
    using common = typename codec<T>::stream_common;
    using first = boost::mp11::mp_front<alternatives>;

    template <class X>
    static constexpr std::string_view find_type_key() {
        static_assert(struct_table<X>::count == struct_table<common>::count + 1,
                      "an alternative adds exactly one member (its type block) to the common base");
        return struct_info<X>::members[struct_info<X>::count - 1].key;
    }
    template <class X>
    static constexpr std::string_view type_key = find_type_key<X>();

    template <class X, bool chosen>
    static bool key(handler& h, frame& f, std::string_view k) {
        bool ok = true, matched = false;
        boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, alternatives>>([&](auto y) {
            using Y = typename decltype(y)::type;
            if (matched || k != type_key<Y>) return;
            matched = true;
            if constexpr (std::is_same_v<X, Y>) {
                if constexpr (!chosen) f.ops = &fops<X, true>;
                ok = struct_table<X>::key(h, f, k);
            } else if constexpr (chosen) {
                ok = false; // two type blocks: an error for the codec
            } else {
                T& t = *static_cast<T*>(f.owner);
                Y next = detail::placeholder<Y>();
                static_cast<common&>(next) = std::move(static_cast<common&>(*static_cast<X*>(f.obj)));
                f.obj = &t.value.template emplace<Y>(std::move(next));
                f.ops = &fops<Y, true>;
                ok = struct_table<Y>::key(h, f, k);
            }
        });
        return matched ? ok : struct_table<X>::key(h, f, k);
    }
    template <class X, bool chosen>
    static bool end(handler& h, frame& f) {
        if constexpr (!chosen) return false;
        else return struct_table<X>::end(h, f);
    }
    template <class X, bool chosen>
    static constexpr frame_ops fops{&key<X, chosen>, nullptr, &end<X, chosen>};

    static bool on_scalar(handler&, void*, const scalar&) { return false; }
    static bool on_array(handler&, void*) { return false; }
    static bool on_object(handler& h, void* obj) {
        T& t = *static_cast<T*>(obj);
        frame f(&fops<first, false>, &t.value.template emplace<first>(fresh<first>()));
        f.owner = obj;
        h.push(f);
        return true;
    }
};

/// Parses `text` into `out` (already a placeholder); false on any problem, syntax or model.
template <class T>
bool parse_into(std::string_view text, read_options options, T& out) {
    boost::json::basic_parser<handler> p(detail::pinned_parse_options(), options, slot{ops_of<T>(), &out});
    boost::system::error_code ec;
    const std::size_t used = p.write_some(false, text.data(), text.size(), ec);
    return !ec && used == text.size() && p.done();
}

} // namespace csm::json::detail::stream

#undef CSM_STREAM_INLINE

#endif

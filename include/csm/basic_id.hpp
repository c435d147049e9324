// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_BASIC_ID_HPP
#define CSM_BASIC_ID_HPP

#include <csm/error.hpp>
#include <csm/result.hpp>

#include <compare>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace csm {

/// An identifier of one kind: a string that only converts to and from ids of the same Tag.
///
/// - Not default constructible: a forgotten id is a compile error, not an empty string at run time.
/// - Constructed explicitly from text, never implicitly from std::string or from another kind of id.
/// - Opaque: the library does not validate id formats (Atlassian documents several per kind); where an id
///   goes into a URL path the REST layer checks that it cannot change the endpoint (csm/rest).
///
/// A Tag is an empty struct; it may declare `static constexpr bool json_accepts_number = true;` when the id
/// may arrive as a JSON number (every REST id kind, csm/ids.hpp): such numbers then read as their decimal text.
template <class Tag>
class basic_id {
public:
    using tag_type = Tag;

    basic_id() = delete;
    explicit basic_id(std::string value) : value_(std::move(value)) {}
    explicit basic_id(std::string_view value) : value_(value) {}
    explicit basic_id(const char* value) : value_(value) {}
    basic_id(std::nullptr_t) = delete; // std::string(nullptr) would be undefined behaviour

    /// The codec's string-type interface: any text is an id, so parsing cannot fail.
    static result<basic_id> parse(std::string_view text) { return basic_id(text); }
    static constexpr std::string_view json_expected = "an id string";
    static constexpr bool json_accepts_number = requires { requires Tag::json_accepts_number; };

    std::string_view view() const noexcept { return value_; }
    const std::string& str() const noexcept { return value_; }
    bool empty() const noexcept { return value_.empty(); }

    friend bool operator==(const basic_id&, const basic_id&) = default;
    friend std::strong_ordering operator<=>(const basic_id& a, const basic_id& b) noexcept {
        return a.value_.compare(b.value_) <=> 0;
    }
    friend std::ostream& operator<<(std::ostream& os, const basic_id& id) { return os << id.value_; }

private:
    std::string value_;
};

} // namespace csm

template <class Tag>
struct std::hash<csm::basic_id<Tag>> {
    std::size_t operator()(const csm::basic_id<Tag>& id) const noexcept {
        return std::hash<std::string_view>{}(id.view());
    }
};

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_HTTP_MESSAGE_HPP
#define CSM_REST_HTTP_MESSAGE_HPP

#include <compare>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

/// The parts of an HTTP exchange that do not need a URL: header lines and what a transport got back.
/// Code that only parses responses (api_error.hpp, response.hpp) includes this header and so does not pull in
/// Boost.URL; http.hpp adds http_request on top of it.
namespace csm::rest {

/// The text of a header name or value: a read-only string that keeps up to `inline_capacity` characters in
/// itself, so that the header block of a request (a UUID Idempotency-Key, `X-ExperimentalApi`,
/// `application/json`) needs no allocation beyond its vector (W4 in docs/performance.md); longer text goes
/// to the heap. It reads like the std::string it replaces: size(), operator[], find…, comparisons with any
/// string, `+` with strings (giving a std::string), `std::string(text)` and a std::string_view conversion.
class header_text {
public:
    /// Characters kept without allocating: a UUID (36) and `application/json; charset=utf-8` (31) fit.
    static constexpr std::size_t inline_capacity = 39;
    static constexpr std::size_t npos = std::string_view::npos;

    header_text() noexcept = default;
    header_text(const char* s) : header_text(std::string_view(s)) {}
    header_text(std::string_view s) { assign(s); }
    header_text(const std::string& s) { assign(s); }
    header_text(std::string&& s) { assign(std::move(s)); }
    /// Other string views (boost::core::string_view, boost::json::string_view).
    template <class S>
        requires(!std::is_same_v<std::remove_cvref_t<S>, header_text> &&
                 !std::is_convertible_v<const S&, const char*> && std::is_convertible_v<const S&, std::string_view>)
    header_text(const S& s) { assign(std::string_view(s)); }

    header_text& operator=(std::string_view s) {
        assign(s);
        return *this;
    }
    header_text& operator=(const char* s) { return *this = std::string_view(s); }
    header_text& operator=(const std::string& s) { return *this = std::string_view(s); }
    header_text& operator=(std::string&& s) {
        assign(std::move(s));
        return *this;
    }

    void clear() noexcept { assign(std::string_view()); }

    const char* data() const noexcept { return size_ <= inline_capacity ? inline_ : heap_.data(); }
    /// NUL-terminated.
    const char* c_str() const noexcept { return data(); }
    std::size_t size() const noexcept { return size_; }
    std::size_t length() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    const char* begin() const noexcept { return data(); }
    const char* end() const noexcept { return data() + size_; }
    char operator[](std::size_t i) const noexcept { return data()[i]; }
    char front() const noexcept { return data()[0]; }
    char back() const noexcept { return data()[size_ - 1]; }

    std::string_view view() const noexcept { return {data(), size_}; }
    operator std::string_view() const noexcept { return view(); }
    /// Other libraries' string views (boost::core::string_view, which Beast's fields take).
    template <class View>
        requires(!std::is_same_v<View, std::string_view> && std::is_trivially_copyable_v<View> &&
                 std::is_constructible_v<View, const char*, std::size_t>)
    operator View() const noexcept { return View(data(), size_); }
    /// Code written for the std::string members that http_header had (`void f(std::string)`) keeps working.
    operator std::string() const { return std::string(view()); }
    std::string str() const { return std::string(view()); }

    std::size_t find(std::string_view s, std::size_t pos = 0) const noexcept { return view().find(s, pos); }
    std::size_t find(char c, std::size_t pos = 0) const noexcept { return view().find(c, pos); }
    std::size_t rfind(std::string_view s, std::size_t pos = npos) const noexcept { return view().rfind(s, pos); }
    std::size_t rfind(char c, std::size_t pos = npos) const noexcept { return view().rfind(c, pos); }
    std::size_t find_first_of(std::string_view s, std::size_t pos = 0) const noexcept {
        return view().find_first_of(s, pos);
    }
    std::size_t find_first_not_of(std::string_view s, std::size_t pos = 0) const noexcept {
        return view().find_first_not_of(s, pos);
    }
    bool starts_with(std::string_view s) const noexcept { return view().starts_with(s); }
    bool ends_with(std::string_view s) const noexcept { return view().ends_with(s); }
    /// Like std::string::substr: a copy.
    std::string substr(std::size_t pos = 0, std::size_t n = npos) const { return std::string(view().substr(pos, n)); }
    int compare(std::string_view s) const noexcept { return view().compare(s); }

    // One overload per kind of string, so that none needs a conversion that would make two of them tie.
    friend bool operator==(const header_text& a, const header_text& b) noexcept { return a.view() == b.view(); }
    friend bool operator==(const header_text& a, std::string_view b) noexcept { return a.view() == b; }
    friend bool operator==(const header_text& a, const char* b) noexcept { return a.view() == b; }
    friend bool operator==(const header_text& a, const std::string& b) noexcept { return a.view() == b; }
    friend std::strong_ordering operator<=>(const header_text& a, const header_text& b) noexcept {
        return a.view() <=> b.view();
    }
    friend std::string operator+(const header_text& a, std::string_view b) { return concat(a.view(), b); }
    friend std::string operator+(const header_text& a, const char* b) { return concat(a.view(), b); }
    friend std::string operator+(const header_text& a, const std::string& b) { return concat(a.view(), b); }
    friend std::string operator+(const header_text& a, const header_text& b) { return concat(a.view(), b.view()); }
    friend std::string operator+(std::string_view a, const header_text& b) { return concat(a, b.view()); }
    friend std::string operator+(const char* a, const header_text& b) { return concat(a, b.view()); }
    friend std::string operator+(const std::string& a, const header_text& b) { return concat(a, b.view()); }
    friend std::string operator+(std::string&& a, const header_text& b) { return std::move(a.append(b.view())); }
    template <class Os>
    friend auto operator<<(Os& os, const header_text& t) -> decltype(os << std::string_view()) {
        return os << t.view();
    }

private:
    static std::string concat(std::string_view a, std::string_view b) {
        std::string s;
        s.reserve(a.size() + b.size());
        s.append(a).append(b);
        return s;
    }
    void assign(std::string_view s) {
        if (s.size() <= inline_capacity) {
            std::char_traits<char>::move(inline_, s.data(), s.size()); // s may point into *this: copy first
            inline_[s.size()] = '\0';
            if (heap_.capacity() > std::string().capacity()) std::string().swap(heap_);
        } else {
            heap_.assign(s.data(), s.size());
        }
        size_ = s.size();
    }
    void assign(std::string&& s) {
        if (s.size() <= inline_capacity) return assign(std::string_view(s));
        size_ = s.size();
        heap_ = std::move(s);
    }

    std::size_t size_ = 0;
    char inline_[inline_capacity + 1] = {};
    std::string heap_; // the text when it is longer than inline_capacity
};

/// One header line. Names keep the spelling they were given; compare them with header_name_equals.
struct http_header {
    header_text name;
    header_text value;

    friend bool operator==(const http_header&, const http_header&) = default;
};

/// ASCII case-insensitive comparison of header names (RFC 9110 §5.1).
constexpr bool header_name_equals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

/// The first header called `name` (case-insensitively), or nullptr.
inline const http_header* find_header(const std::vector<http_header>& headers, std::string_view name) noexcept {
    for (const http_header& h : headers)
        if (header_name_equals(h.name, name)) return &h;
    return nullptr;
}

/// What a transport got back. Header names may have any case.
struct http_response {
    int status = 0;
    std::vector<http_header> headers;
    std::string body;

    const http_header* find_header(std::string_view name) const noexcept { return rest::find_header(headers, name); }
};

} // namespace csm::rest

#endif

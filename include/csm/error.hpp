// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_ERROR_HPP
#define CSM_ERROR_HPP

#include <stdexcept>
#include <string>
#include <string_view>

namespace csm {

/// What kind of problem an input had. Stable names: tests, logs and CLI output use them.
enum class errc {
    syntax_error,   ///< the text is not JSON (or not UTF-8)
    type_mismatch,  ///< a JSON value has the wrong type (string where a number was expected, ...)
    missing_member, ///< a required key is absent
    unknown_member, ///< a key the model does not know, rejected because strict mode is on
    unknown_value,  ///< an open-enum value the model does not know, rejected because strict mode is on
    invalid_value,  ///< right type, wrong form (a malformed instant, an unknown currency code, ...)
    out_of_range,   ///< a number that does not fit the member's type
    too_long,       ///< a string longer than its documented maximum
    limit_exceeded, ///< a collection larger than a documented limit
    unsafe_value,   ///< a value that would change the meaning of a URL or header (path ids, CR/LF)
};

/// The stable lower-case name of a category, e.g. "missing_member".
constexpr std::string_view to_string(errc code) noexcept {
    switch (code) {
    case errc::syntax_error: return "syntax_error";
    case errc::type_mismatch: return "type_mismatch";
    case errc::missing_member: return "missing_member";
    case errc::unknown_member: return "unknown_member";
    case errc::unknown_value: return "unknown_value";
    case errc::invalid_value: return "invalid_value";
    case errc::out_of_range: return "out_of_range";
    case errc::too_long: return "too_long";
    case errc::limit_exceeded: return "limit_exceeded";
    case errc::unsafe_value: return "unsafe_value";
    }
    return "unknown";
}

/// Bad input found on our side, before or without any HTTP exchange (JSON that does not decode into a model,
/// a value of the wrong form, a request that breaks a client-side rule): where it is (a JSON Pointer, RFC 6901),
/// what was expected there, and its category. It never holds the offending value itself (customer data).
struct error {
    errc code = errc::invalid_value;
    std::string pointer;  ///< "" is the whole document; "/objects/3/id" a member
    std::string expected; ///< e.g. "an RFC 3339 instant", "a string"

    /// "/objects/3/id: expected a string (type_mismatch)".
    std::string message() const {
        std::string text = pointer.empty() ? std::string("(root)") : pointer;
        text += ": expected ";
        text += expected;
        text += " (";
        text += to_string(code);
        text += ')';
        return text;
    }

    friend bool operator==(const error&, const error&) = default;
};

/// Thrown by the throwing convenience APIs; carries the same error the result-returning APIs give.
class exception : public std::runtime_error {
public:
    explicit exception(csm::error e) : std::runtime_error(e.message()), error_(std::move(e)) {}
    const csm::error& error() const noexcept { return error_; }

private:
    csm::error error_;
};

} // namespace csm

#endif

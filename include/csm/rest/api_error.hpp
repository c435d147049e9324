// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_API_ERROR_HPP
#define CSM_REST_API_ERROR_HPP

#include <csm/error.hpp>
#include <csm/json/parse_value.hpp>
#include <csm/rest/http_message.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace csm::rest {

// Declarations first (kinds, retry_after, api_error); the parsing and formatting bodies follow them.

/// What went wrong with a call, by HTTP status (docs/decisions.md#status-codes).
enum class api_error_kind {
    bad_request,         ///< 400: malformed or invalid data
    unauthenticated,     ///< 401: no or bad credentials
    forbidden,           ///< 403: not permitted
    not_found,           ///< 404: no such resource (also ineligible Atlassian accounts)
    conflict,            ///< 409
    precondition_failed, ///< 412: the X-ExperimentalApi: opt-in header was missing
    rate_limited,        ///< 429
    server_error,        ///< 5xx
    unexpected,          ///< any other non-2xx status (1xx, 3xx, 405, 408, ...)
    malformed_response,  ///< a 2xx whose body does not parse into the endpoint's response type
};

/// The stable lower-case name of a kind, e.g. "precondition_failed".
constexpr std::string_view to_string(api_error_kind kind) noexcept {
    switch (kind) {
    case api_error_kind::bad_request: return "bad_request";
    case api_error_kind::unauthenticated: return "unauthenticated";
    case api_error_kind::forbidden: return "forbidden";
    case api_error_kind::not_found: return "not_found";
    case api_error_kind::conflict: return "conflict";
    case api_error_kind::precondition_failed: return "precondition_failed";
    case api_error_kind::rate_limited: return "rate_limited";
    case api_error_kind::server_error: return "server_error";
    case api_error_kind::unexpected: return "unexpected";
    case api_error_kind::malformed_response: return "malformed_response";
    }
    return "unexpected";
}

inline std::ostream& operator<<(std::ostream& os, api_error_kind kind) { return os << to_string(kind); }

/// The kind of a non-2xx status. (A 2xx is never an error; malformed_response comes from decoding.)
constexpr api_error_kind kind_of_status(int status) noexcept {
    switch (status) {
    case 400: return api_error_kind::bad_request;
    case 401: return api_error_kind::unauthenticated;
    case 403: return api_error_kind::forbidden;
    case 404: return api_error_kind::not_found;
    case 409: return api_error_kind::conflict;
    case 412: return api_error_kind::precondition_failed;
    case 429: return api_error_kind::rate_limited;
    default: return status >= 500 && status <= 599 ? api_error_kind::server_error : api_error_kind::unexpected;
    }
}

/// A `Retry-After` header (RFC 9110 §10.2.3): a delay in seconds, or an HTTP date.
struct retry_after {
    enum class form { delay_seconds, http_date };
    form kind = form::delay_seconds;
    std::chrono::seconds delay{0};   ///< form::delay_seconds
    std::chrono::sys_seconds date{}; ///< form::http_date

    /// How long to wait from `now`: the delay, or the date minus now; never negative. Saturates at
    /// seconds::max() when the difference does not fit (a `now` near sys_seconds::min()).
    std::chrono::seconds wait_from(std::chrono::sys_seconds now) const noexcept {
        if (kind == form::delay_seconds) return delay;
        if (date <= now) return std::chrono::seconds(0);
        const std::chrono::seconds::rep d = date.time_since_epoch().count(), n = now.time_since_epoch().count();
        if (n < 0 && d > std::numeric_limits<std::chrono::seconds::rep>::max() + n) return std::chrono::seconds::max();
        return date - now;
    }

    /// Parses `120`, `Wed, 21 Oct 2015 07:28:00 GMT` (IMF-fixdate), `Wednesday, 21-Oct-15 07:28:00 GMT`
    /// (RFC 850; two-digit years 70–99 are 19xx, 00–69 20xx) and `Wed Oct 21 07:28:00 2015` (asctime).
    /// Anything else, including negative or fractional seconds, gives nothing.
    static std::optional<retry_after> parse(std::string_view text) noexcept;

    friend bool operator==(const retry_after&, const retry_after&) = default;
};

/// The API's answer was not the typed response: a non-2xx status, or a 2xx whose body did not decode.
struct api_error {
    int status = 0;
    api_error_kind kind = api_error_kind::unexpected;
    /// Messages from the error body, read tolerantly from `errorMessages` (array), `errorMessage`,
    /// `message` and `errors` (when it is an array of strings or of {message}).
    std::vector<std::string> messages;
    /// `errors` when it is an object: field → message.
    std::map<std::string, std::string> field_errors;
    /// The parsed `Retry-After` header, if present and valid.
    std::optional<rest::retry_after> retry_after;
    /// For malformed_response: where and why the 2xx body did not decode.
    std::optional<csm::error> decode_error;
    /// The raw response body, kept for logs and diagnostics. It may hold customer data: message() never
    /// includes it.
    std::string body;

    /// A one-line description: "404 not_found: Organization does not exist".
    std::string message() const;

    /// The error for a non-2xx response: kind from the status, messages from the body (a non-JSON or empty
    /// body gives no messages), Retry-After from the headers.
    static api_error from_response(int status, const std::vector<http_header>& headers, std::string_view body);

    friend bool operator==(const api_error&, const api_error&) = default;
};

namespace detail {

class date_reader {
public:
    explicit constexpr date_reader(std::string_view text) noexcept : text_(text) {}

    constexpr bool done() const noexcept { return pos_ == text_.size(); }
    constexpr bool literal(std::string_view s) noexcept {
        if (text_.substr(pos_, s.size()) != s) return false;
        pos_ += s.size();
        return true;
    }
    /// Exactly n digits.
    constexpr bool digits(std::size_t n, int& out) noexcept {
        if (text_.size() - pos_ < n) return false;
        int v = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const char c = text_[pos_ + i];
            if (c < '0' || c > '9') return false;
            v = v * 10 + (c - '0');
        }
        pos_ += n;
        out = v;
        return true;
    }
    /// One of `names`; returns its index or -1.
    template <std::size_t N>
    constexpr int one_of(const std::string_view (&names)[N]) noexcept {
        for (std::size_t i = 0; i < N; ++i)
            if (literal(names[i])) return static_cast<int>(i);
        return -1;
    }
    constexpr bool time(int& h, int& m, int& s) noexcept {
        return digits(2, h) && literal(":") && digits(2, m) && literal(":") && digits(2, s);
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

inline constexpr std::string_view month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
// Long names first, so that "Sunday" is not read as "Sun" + "day".
inline constexpr std::string_view long_day_names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                      "Friday", "Saturday", "Sunday"};
inline constexpr std::string_view day_names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

inline std::optional<std::chrono::sys_seconds> make_time(int y, int mon, int d, int h, int m, int s) noexcept {
    using namespace std::chrono;
    const year_month_day ymd{year(y), month(static_cast<unsigned>(mon)), day(static_cast<unsigned>(d))};
    if (!ymd.ok() || h > 23 || m > 59 || s > 60) return std::nullopt; // 60: a leap second, read as :00 + 1 s
    return sys_seconds(sys_days(ymd)) + hours(h) + minutes(m) + seconds(s);
}

inline std::optional<std::chrono::sys_seconds> parse_http_date(std::string_view t) noexcept {
    int d = 0, mon = 0, y = 0, h = 0, m = 0, s = 0;
    { // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        date_reader r(t);
        if (r.one_of(day_names) >= 0 && r.literal(", ") && r.digits(2, d) && r.literal(" ") &&
            (mon = r.one_of(month_names)) >= 0 && r.literal(" ") && r.digits(4, y) && r.literal(" ") &&
            r.time(h, m, s) && r.literal(" GMT") && r.done())
            return make_time(y, mon + 1, d, h, m, s);
    }
    { // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        date_reader r(t);
        if (r.one_of(long_day_names) >= 0 && r.literal(", ") && r.digits(2, d) && r.literal("-") &&
            (mon = r.one_of(month_names)) >= 0 && r.literal("-") && r.digits(2, y) && r.literal(" ") &&
            r.time(h, m, s) && r.literal(" GMT") && r.done())
            return make_time(y < 70 ? 2000 + y : 1900 + y, mon + 1, d, h, m, s);
    }
    { // asctime: Sun Nov  6 08:49:37 1994
        date_reader r(t);
        if (r.one_of(day_names) >= 0 && r.literal(" ") && (mon = r.one_of(month_names)) >= 0 && r.literal(" ") &&
            (r.literal(" ") ? r.digits(1, d) : r.digits(2, d)) && r.literal(" ") && r.time(h, m, s) && r.literal(" ") &&
            r.digits(4, y) && r.done())
            return make_time(y, mon + 1, d, h, m, s);
    }
    return std::nullopt;
}

inline std::string_view trim_ows(std::string_view v) noexcept {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    return v;
}

} // namespace detail

inline std::optional<retry_after> retry_after::parse(std::string_view text) noexcept {
    text = detail::trim_ows(text);
    if (text.empty()) return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (text.size() > 12) return std::nullopt; // more than 30 000 years
        std::int64_t v = 0;
        for (char c : text) v = v * 10 + (c - '0');
        retry_after r;
        r.kind = form::delay_seconds;
        r.delay = std::chrono::seconds(v);
        return r;
    }
    if (auto date = detail::parse_http_date(text)) {
        retry_after r;
        r.kind = form::http_date;
        r.date = *date;
        return r;
    }
    return std::nullopt;
}

namespace detail {

inline void add_message(std::vector<std::string>& messages, const boost::json::value& v) {
    const boost::json::string* s = v.if_string();
    if (!s) {
        if (const boost::json::object* o = v.if_object())
            if (const boost::json::value* m = o->if_contains("message")) s = m->if_string();
    }
    if (!s || s->empty()) return;
    std::string text(s->data(), s->size());
    if (std::find(messages.begin(), messages.end(), text) == messages.end()) messages.push_back(std::move(text));
}

inline void read_error_body(api_error& e, std::string_view body) {
    auto parsed = csm::json::parse_value(body);
    if (!parsed) return;
    const boost::json::object* o = parsed->if_object();
    if (!o) return;
    if (const boost::json::value* v = o->if_contains("errorMessages")) {
        if (const boost::json::array* a = v->if_array())
            for (const boost::json::value& m : *a) add_message(e.messages, m);
        else add_message(e.messages, *v);
    }
    if (const boost::json::value* v = o->if_contains("errorMessage")) add_message(e.messages, *v);
    if (const boost::json::value* v = o->if_contains("message")) add_message(e.messages, *v);
    if (const boost::json::value* v = o->if_contains("errors")) {
        if (const boost::json::object* fields = v->if_object()) {
            for (const auto& kv : *fields) {
                std::string text;
                if (const boost::json::string* s = kv.value().if_string()) text.assign(s->data(), s->size());
                else text = boost::json::serialize(kv.value());
                e.field_errors.insert_or_assign(std::string(kv.key()), std::move(text));
            }
        } else if (const boost::json::array* a = v->if_array()) {
            for (const boost::json::value& m : *a) add_message(e.messages, m);
        } else {
            add_message(e.messages, *v);
        }
    }
}

} // namespace detail

inline std::string api_error::message() const {
    std::string text = std::to_string(status);
    text.push_back(' ');
    text.append(to_string(kind));
    if (kind == api_error_kind::precondition_failed) text.append(" (the X-ExperimentalApi: opt-in header was missing)");
    char sep = ':';
    for (const std::string& m : messages) {
        text.push_back(sep);
        text.push_back(' ');
        text.append(m);
        sep = ';';
    }
    for (const auto& [field, m] : field_errors) {
        text.push_back(sep);
        text.push_back(' ');
        text.append(field);
        text.append(": ");
        text.append(m);
        sep = ';';
    }
    if (decode_error) {
        text.append(": ");
        text.append(decode_error->message());
    }
    return text;
}

inline api_error api_error::from_response(int status, const std::vector<http_header>& headers, std::string_view body) {
    api_error e;
    e.status = status;
    e.kind = kind_of_status(status);
    e.body.assign(body.data(), body.size());
    if (const http_header* h = find_header(headers, "Retry-After")) e.retry_after = rest::retry_after::parse(h->value);
    detail::read_error_body(e, body);
    return e;
}

} // namespace csm::rest

#endif

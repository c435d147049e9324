// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_INSTANT_HPP
#define CSM_INSTANT_HPP

#include <csm/detail/instant.hpp>
#include <csm/error.hpp>
#include <csm/result.hpp>

#include <chrono>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace csm {

/// A point in time as RFC 3339 writes it (the form Atlassian's API documentation uses), e.g.
/// "2024-04-16T09:31:32+00:00", "2024-07-09T14:27:37.000Z" or "2023-05-01T05:00:45-05:30".
///
/// Besides the point in time it keeps how it was written, so that reading and writing an instant gives back
/// the same text: the UTC offset (and whether it was "Z", "+00:00" or RFC 3339's "-00:00", "local offset
/// unknown") and the number of fraction digits (1 to 9; "37.000Z" stays "37.000Z").
///
/// Accepted: YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm), years 0000-9999, offsets up to ±23:59.
/// Lower-case "t" and "z" (which RFC 3339 allows) are accepted and written upper-case, so only those texts
/// do not round-trip to the letter. Rejected: impossible dates and times, a missing offset, a space instead
/// of "T". RFC 3339's leap second (ss = 60) is accepted on read; std::chrono's sys_time (the API this type
/// converts to) cannot represent it, so it reads as the first second of the next minute, as POSIX time does
/// ("2016-12-31T23:59:60Z" is written back as "2017-01-01T00:00:00Z").
///
/// Two instants are equal when they denote the same moment, however they are written: "…T10:00:00Z",
/// "…T10:00:00.000+00:00" and "…T11:00:00+01:00" are equal (docs/decisions.md#instant-equality). Ordering and
/// std::hash agree with that (hence std::weak_ordering), and so does the defaulted operator== of every model
/// holding an instant. To check the written form (round-trip tests), compare same_text() or to_string(), or
/// compare the serialized JSON of the whole model.
///
/// Literal type (no allocation): instants can be parsed and checked at compile time with "…"_instant.
/// There is no default constructor, as no instant is a natural default; use std::optional<instant>.
class instant {
public:
    /// The longest text an instant writes: "YYYY-MM-DDThh:mm:ss.nnnnnnnnn+hh:mm".
    static constexpr std::size_t max_text_length = 35;
    /// What a malformed instant is reported as: the `expected` of the error (it never quotes the input).
    static constexpr std::string_view json_expected = "an RFC 3339 instant (YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm))";

    instant() = delete;

    /// Reads RFC 3339 text; a malformed or impossible instant is errc::invalid_value with json_expected.
    static result<instant> parse(std::string_view text) {
        if (const auto parsed = try_parse(text)) return *parsed;
        return error{errc::invalid_value, {}, std::string(json_expected)};
    }

    /// 1970-01-01T00:00:00Z: the value the JSON codec reads into (users get no default constructor).
    static constexpr instant json_placeholder() noexcept { return instant(0, 0, 0, 0, form::zulu); }

    /// The same as parse() without the error detail, usable in constant expressions.
    static constexpr std::optional<instant> try_parse(std::string_view text) noexcept;

    /// A compile-time checked instant: an invalid text does not compile.
    static consteval instant from_literal(std::string_view text) {
        const auto parsed = try_parse(text);
        if (!parsed) detail::instant_impl::instant_literal_is_not_an_rfc3339_instant();
        return *parsed;
    }

    /// The instant of `tp`, written in UTC with "Z" and as many fraction digits as Duration's ticks need
    /// (seconds 0, milliseconds 3, microseconds 6, nanoseconds 9); anything finer than 1 ns is truncated
    /// toward the past. Throws csm::exception (errc::out_of_range) outside years 0000-9999.
    template <class Duration>
        requires(!std::chrono::treat_as_floating_point_v<typename Duration::rep>)
    static instant from_time_point(std::chrono::sys_time<Duration> tp) {
        using namespace std::chrono;
        const auto whole = floor<std::chrono::seconds>(tp);
        const auto nanos = floor<nanoseconds>(tp - whole);
        const auto secs = static_cast<std::int64_t>(whole.time_since_epoch().count());
        check_local_range(secs, 0);
        constexpr int digits = detail::instant_impl::fraction_digits_for<typename Duration::period>();
        return instant(secs, static_cast<std::uint32_t>(nanos.count()), 0, static_cast<std::uint8_t>(digits),
                       form::zulu);
    }

    /// from_time_point(tp).with_offset(offset).
    template <class Duration>
        requires(!std::chrono::treat_as_floating_point_v<typename Duration::rep>)
    static instant from_time_point(std::chrono::sys_time<Duration> tp, std::chrono::minutes offset) {
        return from_time_point(tp).with_offset(offset);
    }

    /// The same instant written as local time at `offset` ("+hh:mm", also for zero). Throws csm::exception
    /// (errc::out_of_range) for offsets beyond ±23:59 or a local time outside years 0000-9999.
    instant with_offset(std::chrono::minutes offset) const {
        if (offset.count() < -detail::instant_impl::max_offset_minutes ||
            offset.count() > detail::instant_impl::max_offset_minutes)
            throw exception(error{errc::out_of_range, {}, "a UTC offset between -23:59 and +23:59"});
        const auto minutes = static_cast<std::int16_t>(offset.count());
        check_local_range(seconds_, minutes);
        return instant(seconds_, nanos_, minutes, digits_, form::numeric);
    }

    /// The same instant written in UTC with "Z". Throws csm::exception (errc::out_of_range) when the UTC time
    /// falls outside years 0000-9999 ("9999-12-31T23:59:59-01:00" is in year 10000 in UTC).
    constexpr instant in_utc() const {
        if (seconds_ < detail::instant_impl::min_local_seconds || seconds_ > detail::instant_impl::max_local_seconds)
            throw exception(error{errc::out_of_range, {}, "an instant in years 0000-9999"});
        return instant(seconds_, nanos_, 0, digits_, form::zulu);
    }

    /// The point in time (UTC), truncated toward the past to Duration. Precondition: Duration can hold it
    /// (sys_time<nanoseconds> ends in 2262).
    template <class Duration = std::chrono::milliseconds>
    constexpr std::chrono::sys_time<Duration> time_point() const {
        using namespace std::chrono;
        const sys_seconds secs{std::chrono::seconds{seconds_}};
        const auto whole = floor<Duration>(secs);
        // What floor left of the whole seconds is below one tick, so adding the nanoseconds cannot overflow.
        return whole + floor<Duration>((secs - whole) + nanoseconds{nanos_});
    }

    /// The whole seconds (UTC), toward the past: subsecond() is never negative.
    constexpr std::chrono::sys_seconds seconds() const noexcept {
        return std::chrono::sys_seconds{std::chrono::seconds{seconds_}};
    }
    constexpr std::chrono::nanoseconds subsecond() const noexcept { return std::chrono::nanoseconds{nanos_}; }
    /// The offset it is written at: local time = UTC + utc_offset(). Zero for "Z", "+00:00" and "-00:00".
    constexpr std::chrono::minutes utc_offset() const noexcept { return std::chrono::minutes{offset_}; }
    /// How many fraction digits are written, 0 to 9.
    constexpr int fraction_digits() const noexcept { return digits_; }
    /// Whether it is written with "Z" (rather than a numeric offset).
    constexpr bool zulu() const noexcept { return form_ == form::zulu; }
    /// Whether it is written "-00:00": RFC 3339's UTC time whose local offset is unknown.
    constexpr bool unknown_local_offset() const noexcept { return form_ == form::unknown_local; }

    /// Writes the RFC 3339 text (at most max_text_length chars, no terminator) and returns its end.
    constexpr char* format_to(char* out) const noexcept;

    /// The RFC 3339 text, as read (or as from_time_point() and the with_/in_ conversions chose to write it).
    std::string to_string() const {
        std::string text(max_text_length, '\0');
        text.resize(static_cast<std::size_t>(format_to(text.data()) - text.data()));
        return text;
    }

    /// The same moment, whatever the offset and fraction digits it is written with (see the class comment).
    friend constexpr bool operator==(const instant& a, const instant& b) noexcept {
        return a.seconds_ == b.seconds_ && a.nanos_ == b.nanos_;
    }
    friend constexpr std::weak_ordering operator<=>(const instant& a, const instant& b) noexcept {
        if (a.seconds_ != b.seconds_) return a.seconds_ <=> b.seconds_;
        return a.nanos_ <=> b.nanos_;
    }

    /// The same moment written the same way: to_string() gives equal texts. What round-trip tests compare.
    constexpr bool same_text(const instant& other) const noexcept {
        return *this == other && offset_ == other.offset_ && digits_ == other.digits_ && form_ == other.form_;
    }

    friend std::ostream& operator<<(std::ostream& os, const instant& value) {
        char buffer[max_text_length];
        return os.write(buffer, value.format_to(buffer) - buffer);
    }

private:
    enum class form : std::uint8_t { zulu, numeric, unknown_local };

    constexpr instant(std::int64_t seconds, std::uint32_t nanos, std::int16_t offset, std::uint8_t digits,
                      form f) noexcept
        : seconds_(seconds), nanos_(nanos), offset_(offset), digits_(digits), form_(f) {}

    static void check_local_range(std::int64_t utc_seconds, std::int16_t offset_minutes) {
        const std::int64_t local = utc_seconds + std::int64_t{offset_minutes} * 60;
        if (local < detail::instant_impl::min_local_seconds || local > detail::instant_impl::max_local_seconds)
            throw exception(error{errc::out_of_range, {}, "an instant in years 0000-9999"});
    }

    std::int64_t seconds_; ///< since 1970-01-01T00:00:00Z, toward the past
    std::uint32_t nanos_;  ///< 0 to 999'999'999
    std::int16_t offset_;  ///< minutes, -1439 to 1439
    std::uint8_t digits_;  ///< fraction digits written, 0 to 9
    form form_;
};

constexpr std::optional<instant> instant::try_parse(std::string_view text) noexcept {
    namespace impl = detail::instant_impl;
    // Fixed-width fields: a sign, space or missing digit anywhere fails here.
    const auto number = [text](std::size_t pos, std::size_t width, unsigned& out) {
        if (pos + width > text.size()) return false;
        out = 0;
        for (std::size_t i = pos; i < pos + width; ++i) {
            if (text[i] < '0' || text[i] > '9') return false;
            out = out * 10 + static_cast<unsigned>(text[i] - '0');
        }
        return true;
    };
    const auto at = [text](std::size_t pos, char c) { return pos < text.size() && text[pos] == c; };

    unsigned year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!number(0, 4, year) || !at(4, '-') || !number(5, 2, month) || !at(7, '-') || !number(8, 2, day) ||
        !(at(10, 'T') || at(10, 't')) || !number(11, 2, hour) || !at(13, ':') || !number(14, 2, minute) ||
        !at(16, ':') || !number(17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > impl::days_in_month(year, month) || hour > 23 || minute > 59 ||
        second > 60)
        return std::nullopt;

    std::size_t pos = 19;
    std::uint32_t nanos = 0;
    int digits = 0;
    if (at(pos, '.')) {
        ++pos;
        for (; pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++pos) {
            if (++digits > 9) return std::nullopt;
            nanos = nanos * 10 + static_cast<std::uint32_t>(text[pos] - '0');
        }
        if (digits == 0) return std::nullopt;
        for (int i = digits; i < 9; ++i) nanos *= 10;
    }

    int offset = 0;
    auto how = form::zulu;
    if (at(pos, 'Z') || at(pos, 'z')) {
        ++pos;
    } else if (at(pos, '+') || at(pos, '-')) {
        unsigned oh = 0, om = 0;
        if (!number(pos + 1, 2, oh) || !at(pos + 3, ':') || !number(pos + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offset = static_cast<int>(oh * 60 + om);
        how = form::numeric;
        if (text[pos] == '-') {
            offset = -offset;
            if (offset == 0) how = form::unknown_local;
        }
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size()) return std::nullopt;

    // A leap second (60) is the next minute's first second (see the class comment).
    const std::int64_t local =
        impl::days_from_civil(year, month, day) * impl::seconds_per_day + hour * 3600 + minute * 60 + second;
    if (local > impl::max_local_seconds) return std::nullopt; // 9999-12-31T23:59:60 is in year 10000
    return instant(local - std::int64_t{offset} * 60, nanos, static_cast<std::int16_t>(offset),
                   static_cast<std::uint8_t>(digits), how);
}

constexpr char* instant::format_to(char* out) const noexcept {
    namespace impl = detail::instant_impl;
    const std::int64_t local = seconds_ + std::int64_t{offset_} * 60;
    const std::int64_t days = impl::floor_div(local, impl::seconds_per_day);
    const auto time_of_day = static_cast<std::uint32_t>(local - days * impl::seconds_per_day);
    const impl::civil_date date = impl::civil_from_days(days);

    out = impl::write_digits(out, static_cast<std::uint32_t>(date.year), 4);
    *out++ = '-';
    out = impl::write_digits(out, date.month, 2);
    *out++ = '-';
    out = impl::write_digits(out, date.day, 2);
    *out++ = 'T';
    out = impl::write_digits(out, time_of_day / 3600, 2);
    *out++ = ':';
    out = impl::write_digits(out, time_of_day / 60 % 60, 2);
    *out++ = ':';
    out = impl::write_digits(out, time_of_day % 60, 2);
    if (digits_ > 0) {
        *out++ = '.';
        std::uint32_t shown = nanos_;
        for (int i = digits_; i < 9; ++i) shown /= 10;
        out = impl::write_digits(out, shown, digits_);
    }
    if (form_ == form::zulu) {
        *out++ = 'Z';
        return out;
    }
    const int magnitude = offset_ < 0 ? -offset_ : offset_;
    *out++ = offset_ < 0 || form_ == form::unknown_local ? '-' : '+';
    out = impl::write_digits(out, static_cast<std::uint32_t>(magnitude / 60), 2);
    *out++ = ':';
    return impl::write_digits(out, static_cast<std::uint32_t>(magnitude % 60), 2);
}

namespace literals {

/// "2024-04-16T09:31:32+00:00"_instant: checked at compile time; an invalid text does not compile.
consteval instant operator""_instant(const char* text, std::size_t length) {
    return instant::from_literal(std::string_view(text, length));
}

} // namespace literals

} // namespace csm

/// Consistent with ==: hashes the point in time only.
template <>
struct std::hash<csm::instant> {
    std::size_t operator()(const csm::instant& value) const noexcept {
        const std::size_t h = std::hash<std::int64_t>{}(value.seconds().time_since_epoch().count());
        return h ^ (std::hash<std::int64_t>{}(value.subsecond().count()) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
    }
};

#endif

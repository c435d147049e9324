// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// The calendar arithmetic behind csm::instant (csm/instant.hpp): civil dates to days and back, the bounds of
// RFC 3339's four-digit years, digit writing. Not for users; instant.hpp is the API.
#ifndef CSM_DETAIL_INSTANT_HPP
#define CSM_DETAIL_INSTANT_HPP

#include <cstdint>

namespace csm::detail::instant_impl {

// Howard Hinnant's civil-date algorithms (http://howardhinnant.github.io/date_algorithms.html): constexpr,
// proleptic Gregorian, valid for every year we accept and for the year either side that offsets reach.
constexpr std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct civil_date {
    std::int64_t year;
    unsigned month;
    unsigned day;
};

constexpr civil_date civil_from_days(std::int64_t z) noexcept {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

constexpr bool is_leap(unsigned y) noexcept { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

constexpr unsigned days_in_month(unsigned y, unsigned m) noexcept {
    constexpr unsigned char days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29u : days[m - 1];
}

// Floor division: local times before 1970 must still land on the right day.
constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

constexpr std::int64_t seconds_per_day = 86400;
// Local (wall-clock) seconds of 0000-01-01T00:00:00 and 9999-12-31T23:59:59: the four-digit years of RFC 3339.
constexpr std::int64_t min_local_seconds = days_from_civil(0, 1, 1) * seconds_per_day;
constexpr std::int64_t max_local_seconds = days_from_civil(9999, 12, 31) * seconds_per_day + seconds_per_day - 1;
constexpr int max_offset_minutes = 23 * 60 + 59;

constexpr char* write_digits(char* out, std::uint32_t value, int width) noexcept {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

// The fewest fraction digits that show every tick of Period exactly (ms -> 3, us -> 6, ns -> 9, s -> 0);
// periods that no decimal fraction of up to nine digits fits exactly get all nine.
template <class Period>
constexpr int fraction_digits_for() noexcept {
    std::intmax_t scale = 1;
    for (int d = 0; d <= 9; ++d, scale *= 10)
        if (scale % Period::den == 0) return d;
    return 9;
}

// Called only when a literal is not a valid instant: not constexpr, so the compile stops here with its name.
inline void instant_literal_is_not_an_rfc3339_instant() noexcept {}

} // namespace csm::detail::instant_impl

#endif

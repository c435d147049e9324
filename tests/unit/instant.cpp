// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/instant.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.instant
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_set>

using namespace std::chrono;
using namespace std::string_view_literals;
using csm::instant;

namespace {

instant must_parse(std::string_view text) {
    auto parsed = instant::parse(text);
    BOOST_TEST_REQUIRE(parsed.has_value(), "could not parse " << text);
    return *parsed;
}

std::int64_t epoch_seconds(const instant& value) { return value.seconds().time_since_epoch().count(); }

} // namespace

// Compile-time guarantees: the storage is a literal, trivially copyable value with no default.
static_assert(!std::is_default_constructible_v<instant>);
static_assert(std::is_trivially_copyable_v<instant>);
static_assert(std::is_trivially_destructible_v<instant>);
static_assert(instant::try_parse("2024-04-16T09:31:32+00:00").has_value());
static_assert(!instant::try_parse("2024-02-30T00:00:00Z").has_value());

namespace literal_checks {
using namespace csm::literals;
constexpr instant seed = "2024-07-09T14:27:37.000Z"_instant;
static_assert(seed.seconds().time_since_epoch().count() == 1720535257);
static_assert(seed.subsecond() == 0ns);
static_assert(seed.fraction_digits() == 3);
static_assert(seed.zulu());
static_assert(seed.utc_offset() == 0min);
constexpr instant india = instant::from_literal("2024-01-01T05:30:00.25+05:30");
static_assert(india.utc_offset() == 330min);
static_assert(india.subsecond() == 250ms);
static_assert(india == "2024-01-01T00:00:00.250Z"_instant);
static_assert(india.time_point() == sys_days{2024y / 1 / 1} + 250ms);
} // namespace literal_checks

BOOST_AUTO_TEST_CASE(every_canonical_form_round_trips_to_the_same_text) {
    for (const std::string_view text : {
             "2024-04-16T09:31:32+00:00"sv, // the forms in Atlassian's docs
             "2024-07-09T14:27:37.000Z"sv,
             "2023-05-01T05:00:45Z"sv,
             "2023-05-01T05:00:45-05:30"sv,
             "2023-05-01T05:00:45+05:45"sv,
             "2023-05-01T05:00:45.1Z"sv,
             "2023-05-01T05:00:45.12+01:00"sv,
             "2023-05-01T05:00:45.123456-08:00"sv,
             "2023-05-01T05:00:45.000000001Z"sv,
             "2023-05-01T05:00:45.123456789+23:59"sv,
             "2023-05-01T05:00:45.100000000-23:59"sv,
             "2024-01-01T00:00:00-00:00"sv, // RFC 3339 "local offset unknown" is kept as written
             "0000-01-01T00:00:00Z"sv,
             "0000-01-01T00:00:00+01:00"sv, // UTC is year -1: still representable
             "9999-12-31T23:59:59.999999999-01:00"sv,
             "1969-12-31T23:59:59.5Z"sv,
         }) {
        const instant value = must_parse(text);
        BOOST_TEST(value.to_string() == text);
        std::ostringstream os;
        os << value;
        BOOST_TEST(os.str() == text);
        char buffer[instant::max_text_length];
        BOOST_TEST(std::string_view(buffer, static_cast<std::size_t>(value.format_to(buffer) - buffer)) == text);
    }
}

BOOST_AUTO_TEST_CASE(the_longest_text_fits_max_text_length) {
    const std::string text = must_parse("2023-05-01T05:00:45.123456789-23:59").to_string();
    BOOST_TEST(text.size() == instant::max_text_length);
}

BOOST_AUTO_TEST_CASE(lower_case_t_and_z_are_read_and_written_upper_case) {
    BOOST_TEST(must_parse("2023-05-01t05:00:45z").to_string() == "2023-05-01T05:00:45Z");
    BOOST_TEST(must_parse("2023-05-01t05:00:45.5+02:00").to_string() == "2023-05-01T05:00:45.5+02:00");
}

BOOST_AUTO_TEST_CASE(fields_match_known_epoch_values) {
    const instant docs = must_parse("2024-04-16T09:31:32+00:00");
    BOOST_TEST(epoch_seconds(docs) == 1713259892);
    BOOST_TEST(docs.subsecond().count() == 0);
    BOOST_TEST(docs.fraction_digits() == 0);
    BOOST_TEST(!docs.zulu());
    BOOST_TEST(docs.utc_offset().count() == 0);

    BOOST_TEST(epoch_seconds(must_parse("1970-01-01T00:00:00Z")) == 0);
    BOOST_TEST(epoch_seconds(must_parse("2023-05-01T05:00:45Z")) == 1682917245);
    BOOST_TEST(epoch_seconds(must_parse("2000-02-29T12:00:00Z")) == 951825600);
    BOOST_TEST(epoch_seconds(must_parse("0000-01-01T00:00:00Z")) == -62167219200);
    BOOST_TEST(epoch_seconds(must_parse("9999-12-31T23:59:59Z")) == 253402300799);

    const instant fine = must_parse("2024-07-09T14:27:37.123456789Z");
    BOOST_TEST(fine.subsecond().count() == 123456789);
    BOOST_TEST(fine.fraction_digits() == 9);
    BOOST_TEST(fine.time_point().time_since_epoch().count() == 1720535257123);
    BOOST_TEST(fine.time_point<microseconds>().time_since_epoch().count() == 1720535257123456);
    BOOST_TEST(fine.time_point<nanoseconds>().time_since_epoch().count() == 1720535257123456789);
    BOOST_TEST(fine.time_point<seconds>().time_since_epoch().count() == 1720535257);
    BOOST_TEST(fine.time_point<minutes>().time_since_epoch().count() == 1720535257 / 60);
    BOOST_TEST((fine.time_point<days>() == sys_days{2024y / 7 / 9}));
    BOOST_TEST(must_parse("2024-07-09T14:27:37.5Z").subsecond().count() == 500000000);
}

BOOST_AUTO_TEST_CASE(time_before_1970_truncates_toward_the_past) {
    const instant value = must_parse("1969-12-31T23:59:59.5Z");
    BOOST_TEST(epoch_seconds(value) == -1);
    BOOST_TEST(value.subsecond().count() == 500000000);
    BOOST_TEST(value.time_point().time_since_epoch().count() == -500);
    BOOST_TEST(value.time_point<seconds>().time_since_epoch().count() == -1);
    BOOST_TEST(value.time_point<minutes>().time_since_epoch().count() == -1);
}

BOOST_AUTO_TEST_CASE(offsets_convert_to_the_same_utc_instant) {
    const instant plus_one = must_parse("2024-01-01T00:30:00+01:00");
    const instant utc = must_parse("2023-12-31T23:30:00Z");
    BOOST_TEST((plus_one == utc));
    BOOST_TEST(plus_one.utc_offset().count() == 60);
    BOOST_TEST(!plus_one.same_text(utc));
    BOOST_TEST(epoch_seconds(plus_one) == 1704065400);

    const instant india = must_parse("2023-05-01T10:30:45-05:30");
    BOOST_TEST(india.utc_offset().count() == -330);
    BOOST_TEST((india == must_parse("2023-05-01T16:00:45Z")));

    // Z, +00:00 and -00:00 are the same instant written three ways.
    const instant zulu = must_parse("2024-04-16T09:31:32Z");
    const instant numeric = must_parse("2024-04-16T09:31:32+00:00");
    const instant unknown = must_parse("2024-04-16T09:31:32-00:00");
    BOOST_TEST((zulu == numeric && numeric == unknown));
    BOOST_TEST(zulu.zulu());
    BOOST_TEST(!numeric.zulu());
    BOOST_TEST(!numeric.unknown_local_offset());
    BOOST_TEST(unknown.unknown_local_offset());
    BOOST_TEST(!zulu.same_text(numeric));
    BOOST_TEST(!numeric.same_text(unknown));
    BOOST_TEST(zulu.same_text(must_parse("2024-04-16T09:31:32z")));
}

BOOST_AUTO_TEST_CASE(comparison_is_on_the_point_in_time) {
    const instant earlier = must_parse("2024-04-16T09:31:32.1Z");
    const instant later = must_parse("2024-04-16T10:31:32.2+01:00");
    BOOST_TEST((earlier < later));
    BOOST_TEST((later > earlier));
    BOOST_TEST((earlier != later));
    BOOST_TEST((must_parse("2024-04-16T09:31:32.100Z") == earlier));
    BOOST_TEST(!must_parse("2024-04-16T09:31:32.100Z").same_text(earlier));
    BOOST_TEST(((earlier <=> must_parse("2024-04-16T10:31:32.1+01:00")) == 0));
    BOOST_TEST((must_parse("1969-12-31T23:59:59.9Z") < must_parse("1970-01-01T00:00:00Z")));
}

BOOST_AUTO_TEST_CASE(leap_years_follow_the_gregorian_rules) {
    BOOST_TEST(instant::parse("2000-02-29T00:00:00Z").has_value());
    BOOST_TEST(instant::parse("2024-02-29T00:00:00Z").has_value());
    BOOST_TEST(instant::parse("0000-02-29T00:00:00Z").has_value());
    BOOST_TEST(!instant::parse("1900-02-29T00:00:00Z").has_value());
    BOOST_TEST(!instant::parse("2023-02-29T00:00:00Z").has_value());
    BOOST_TEST(!instant::parse("2100-02-29T00:00:00Z").has_value());
    BOOST_TEST(must_parse("2024-02-29T23:59:59Z").to_string() == "2024-02-29T23:59:59Z");
}

BOOST_AUTO_TEST_CASE(a_leap_second_reads_as_the_next_minute_s_first_second) {
    const auto leap = csm::instant::parse("2016-12-31T23:59:60Z");
    BOOST_REQUIRE(leap.has_value());
    BOOST_TEST(leap->to_string() == "2017-01-01T00:00:00Z");
    BOOST_TEST((*leap == csm::instant::parse("2017-01-01T00:00:00Z").value()));
    const auto fraction = csm::instant::parse("2016-12-31T23:59:60.5+01:00");
    BOOST_REQUIRE(fraction.has_value());
    BOOST_TEST(fraction->to_string() == "2017-01-01T00:00:00.5+01:00");
}

BOOST_AUTO_TEST_CASE(invalid_text_is_invalid_value_without_the_input) {
    for (const std::string_view text : {
             ""sv,
             "2024-02-30T00:00:00Z"sv,      // no February 30
             "2023-02-29T00:00:00Z"sv,      // not a leap year
             "2024-13-01T00:00:00Z"sv,      // month 13
             "2024-00-01T00:00:00Z"sv,      // month 0
             "2024-01-00T00:00:00Z"sv,      // day 0
             "2024-04-31T00:00:00Z"sv,      // April has 30 days
             "2024-01-01T25:00:00Z"sv,      // hour 25
             "2024-01-01T24:00:00Z"sv,      // RFC 3339 has no 24:00
             "2024-01-01T00:60:00Z"sv,      // minute 60
             "2016-12-31T23:59:61Z"sv,      // second 61
             "9999-12-31T23:59:60Z"sv,      // a leap second that would be in year 10000
             "2024-01-01T00:00:00"sv,       // no offset
             "2024-01-01 00:00:00Z"sv,      // no T
             "2024-01-0100:00:00Z"sv,       // no T
             "2024-01-01"sv,                // a date only
             "2024-01-01T00:00:00+24:00"sv, // offset beyond 23:59
             "2024-01-01T00:00:00-23:60"sv, // offset minute 60
             "2024-01-01T00:00:00+0100"sv,  // offset without colon
             "2024-01-01T00:00:00+01"sv,    // offset without minutes
             "2024-01-01T00:00:00+"sv,
             "2024-01-01T00:00:00Zjunk"sv, // trailing garbage
             "2024-01-01T00:00:00Z "sv,
             "2024-01-01T00:00:00+01:00:00"sv,
             " 2024-01-01T00:00:00Z"sv,
             "2024-01-01T00:00:00\0Z"sv,          // embedded NUL
             "2024-01-01T00:00:00Z\0"sv,          // NUL after the end
             "2024-01-01T00:00:00.1234567891Z"sv, // ten fraction digits
             "2024-01-01T00:00:00.Z"sv,           // a dot without digits
             "2024-01-01T00:00:00,5Z"sv,          // ISO 8601's comma: RFC 3339 has none
             "2024-1-01T00:00:00Z"sv,             // fields have fixed widths
             "+2024-01-01T00:00:00Z"sv,
             "12024-01-01T00:00:00Z"sv, // five-digit years
             "2024-01-01T0a:00:00Z"sv,
             "2024-01-01T00:00:00ZZ"sv,
             "2024-01-01T00:00:00.5"sv,
         }) {
        const auto parsed = instant::parse(text);
        BOOST_TEST_REQUIRE(!parsed.has_value(), "accepted " << std::string(text));
        const csm::error& e = parsed.error();
        BOOST_TEST((e.code == csm::errc::invalid_value));
        BOOST_TEST(e.expected == instant::json_expected);
        BOOST_TEST(e.pointer.empty());
        if (text.size() >= 4) BOOST_TEST(e.message().find(text) == std::string::npos);
        BOOST_TEST(!instant::try_parse(text).has_value());
    }
    BOOST_CHECK_THROW(instant::parse("2024-02-30T00:00:00Z").value(), csm::exception);
}

BOOST_AUTO_TEST_CASE(the_error_message_never_quotes_the_input) {
    const std::string secret = "2024-01-01T00:00:00Z customer@example.com";
    const auto parsed = instant::parse(secret);
    BOOST_TEST_REQUIRE(parsed.has_error());
    BOOST_TEST(parsed.error().message() ==
               "(root): expected an RFC 3339 instant (YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm)) (invalid_value)");
}

BOOST_AUTO_TEST_CASE(from_time_point_writes_utc_with_the_duration_s_precision) {
    const sys_seconds base = sys_days{2024y / 4 / 16} + 9h + 31min + 32s;
    BOOST_TEST(instant::from_time_point(base).to_string() == "2024-04-16T09:31:32Z");
    BOOST_TEST(instant::from_time_point(base + 5ms).to_string() == "2024-04-16T09:31:32.005Z");
    BOOST_TEST(instant::from_time_point(time_point_cast<milliseconds>(base)).to_string() == "2024-04-16T09:31:32.000Z");
    BOOST_TEST(instant::from_time_point(base + 7us).to_string() == "2024-04-16T09:31:32.000007Z");
    BOOST_TEST(instant::from_time_point(base + 1ns).to_string() == "2024-04-16T09:31:32.000000001Z");
    BOOST_TEST(instant::from_time_point(time_point_cast<minutes>(base)).to_string() == "2024-04-16T09:31:00Z");
    BOOST_TEST(instant::from_time_point(sys_days{2024y / 2 / 29}).to_string() == "2024-02-29T00:00:00Z");
    using centiseconds = duration<std::int64_t, std::centi>;
    BOOST_TEST(instant::from_time_point(base + centiseconds{7}).to_string() == "2024-04-16T09:31:32.07Z");
    using picoseconds = duration<std::int64_t, std::pico>;
    BOOST_TEST(instant::from_time_point(sys_time<picoseconds>{picoseconds{1999}}).to_string() ==
               "1970-01-01T00:00:00.000000001Z");

    const instant before_epoch = instant::from_time_point(sys_time<milliseconds>{-1ms});
    BOOST_TEST(before_epoch.to_string() == "1969-12-31T23:59:59.999Z");
    BOOST_TEST(before_epoch.time_point().time_since_epoch().count() == -1);

    const instant round_trip = instant::from_time_point(base + 123ms);
    BOOST_TEST((round_trip.time_point() == base + 123ms));
    BOOST_TEST(round_trip.zulu());
    BOOST_TEST(round_trip.fraction_digits() == 3);

    BOOST_TEST(instant::from_time_point(base, -330min).to_string() == "2024-04-16T04:01:32-05:30");

    const auto e = [](auto call) {
        try {
            call();
        } catch (const csm::exception& ex) {
            return ex.error().code;
        }
        return csm::errc::syntax_error;
    };
    BOOST_TEST((e([] { (void)instant::from_time_point(sys_days{10000y / 1 / 1}); }) == csm::errc::out_of_range));
    BOOST_TEST((e([] { (void)instant::from_time_point(sys_days{-1y / 12 / 31}); }) == csm::errc::out_of_range));
}

BOOST_AUTO_TEST_CASE(with_offset_keeps_the_instant_and_rewrites_local_time) {
    const instant utc = must_parse("2023-12-31T23:30:00.250Z");
    const instant paris = utc.with_offset(60min);
    BOOST_TEST(paris.to_string() == "2024-01-01T00:30:00.250+01:00");
    BOOST_TEST((paris == utc));
    BOOST_TEST(utc.with_offset(0min).to_string() == "2023-12-31T23:30:00.250+00:00");
    BOOST_TEST(utc.with_offset(-(23h + 59min)).to_string() == "2023-12-30T23:31:00.250-23:59");
    BOOST_TEST(paris.in_utc().same_text(utc));

    const auto code = [](const instant& value, minutes offset) {
        try {
            (void)value.with_offset(offset);
        } catch (const csm::exception& ex) {
            return ex.error().code;
        }
        return csm::errc::syntax_error;
    };
    BOOST_TEST((code(utc, 24h) == csm::errc::out_of_range));
    BOOST_TEST((code(utc, -24h) == csm::errc::out_of_range));
    BOOST_TEST((code(must_parse("9999-12-31T23:00:00Z"), 60min) == csm::errc::out_of_range));
    BOOST_TEST((code(must_parse("0000-01-01T00:30:00Z"), -60min) == csm::errc::out_of_range));
}

BOOST_AUTO_TEST_CASE(in_utc_refuses_years_outside_0000_9999) {
    // Both parse (local time in range), but in UTC they are in year 10000 and year -1: in_utc() wrote them as
    // "0000-01-01T23:58:59Z" and "7295-12-31T00:01:00Z" before it checked.
    const auto code = [](const instant& value) {
        try {
            (void)value.in_utc();
        } catch (const csm::exception& ex) {
            return ex.error().code;
        }
        return csm::errc::syntax_error;
    };
    BOOST_TEST((code(must_parse("9999-12-31T23:59:59-23:59")) == csm::errc::out_of_range));
    BOOST_TEST((code(must_parse("0000-01-01T00:00:00+23:59")) == csm::errc::out_of_range));
    BOOST_TEST(must_parse("9999-12-31T23:59:59.999999999Z").in_utc().to_string() == "9999-12-31T23:59:59.999999999Z");
    BOOST_TEST(must_parse("9999-12-31T23:59:59+23:59").in_utc().to_string() == "9999-12-31T00:00:59Z");
    BOOST_TEST(must_parse("0000-01-01T00:00:00-23:59").in_utc().to_string() == "0000-01-01T23:59:00Z");
    BOOST_TEST(must_parse("0000-01-01T00:00:00Z").in_utc().to_string() == "0000-01-01T00:00:00Z");
}

BOOST_AUTO_TEST_CASE(hash_agrees_with_equality) {
    std::unordered_set<instant> seen;
    seen.insert(must_parse("2024-04-16T09:31:32Z"));
    seen.insert(must_parse("2024-04-16T09:31:32+00:00"));
    seen.insert(must_parse("2024-04-16T10:31:32.000+01:00"));
    BOOST_TEST(seen.size() == 1u);
    seen.insert(must_parse("2024-04-16T09:31:32.000000001Z"));
    seen.insert(must_parse("2024-04-16T09:31:33Z"));
    BOOST_TEST(seen.size() == 3u);
    BOOST_TEST(seen.count(must_parse("2024-04-16T05:31:33-04:00")) == 1u);
    BOOST_TEST(std::hash<instant>{}(must_parse("2024-04-16T09:31:32Z")) ==
               std::hash<instant>{}(must_parse("2024-04-16T11:31:32+02:00")));
}

BOOST_AUTO_TEST_CASE(literals_are_usable_at_run_time_too) {
    using namespace csm::literals;
    const instant value = "2024-04-16T09:31:32+00:00"_instant;
    BOOST_TEST(value.same_text(must_parse("2024-04-16T09:31:32+00:00")));
    BOOST_TEST(instant::from_literal("2023-05-01T05:00:45Z").to_string() == "2023-05-01T05:00:45Z");
}

BOOST_AUTO_TEST_CASE(equality_is_the_moment_and_same_text_the_written_form) {
    // The decision (docs/decisions.md#instant-equality): == means the same moment; hash and ordering agree.
    const instant texts[] = {must_parse("2024-01-01T10:00:00Z"), must_parse("2024-01-01T10:00:00.000+00:00"),
                             must_parse("2024-01-01T11:00:00+01:00"), must_parse("2024-01-01T10:00:00-00:00")};
    const std::unordered_set<instant> moments(std::begin(texts), std::end(texts));
    BOOST_TEST(moments.size() == 1u);
    for (const instant& a : texts) {
        for (const instant& b : texts) {
            BOOST_TEST((a == b));
            BOOST_TEST(((a <=> b) == 0));
            BOOST_TEST(std::hash<instant>{}(a) == std::hash<instant>{}(b));
            // What a round-trip test compares: the text, which differs unless it is the same instant object.
            BOOST_TEST(a.same_text(b) == (&a == &b));
            BOOST_TEST((a.to_string() == b.to_string()) == (&a == &b));
        }
    }
    BOOST_TEST(texts[1].to_string() == "2024-01-01T10:00:00.000+00:00");
    BOOST_TEST(texts[2].to_string() == "2024-01-01T11:00:00+01:00");
}

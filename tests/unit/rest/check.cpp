// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/check.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.check
#include <boost/test/unit_test.hpp>

#include <csm/rest/model/organization_ids.hpp>
#include <csm/rest/organization.hpp>

#include <csm_test/rest.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace check = csm::rest::check;
using csm::errc;
using csm_test::check_error;

namespace {

struct named {
    std::string name;
};

std::vector<csm::organization_id> org_ids(std::initializer_list<const char*> ids) {
    std::vector<csm::organization_id> out;
    for (const char* id : ids) out.emplace_back(id);
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_option_limit_is_50) {
    static_assert(check::max_detail_field_options == 50);
    BOOST_TEST(check::max_detail_field_options == 50u);
}

BOOST_AUTO_TEST_CASE(is_blank_trims_like_java) {
    static_assert(check::is_blank(""));
    static_assert(check::is_blank(" \t\r\n"));
    static_assert(check::is_blank(std::string_view("\x01\x1f \x20", 4)));
    static_assert(!check::is_blank("a"));
    static_assert(!check::is_blank("  a  "));
    static_assert(!check::is_blank("\x7f"));
    static_assert(!check::is_blank("\xc2\xa0")); // U+00A0 is not trimmed
}

BOOST_AUTO_TEST_CASE(not_blank_and_name) {
    BOOST_TEST(!check::not_blank("Region", "/query/entityId", "a non-empty entity id"));
    const auto blank = check::not_blank(" \t", "/query/entityId", "a non-empty entity id");
    BOOST_TEST_REQUIRE(blank.has_value());
    check_error(*blank, errc::invalid_value, "/query/entityId", "a non-empty entity id");

    BOOST_TEST(!check::name("Atlassian", "/body/name"));
    BOOST_TEST(!check::name(" x ", "/body/name"));
    for (std::string_view text : {"", " ", "\t\n"}) {
        const auto e = check::name(text, "/body/name");
        BOOST_TEST_REQUIRE(e.has_value());
        check_error(*e, errc::invalid_value, "/body/name", "a non-empty name");
    }
}

BOOST_AUTO_TEST_CASE(not_empty_lets_blank_text_pass) {
    BOOST_TEST(!check::not_empty(" ", "/query/fieldName", "a non-empty detail field name"));
    BOOST_TEST(!check::not_empty("Region", "/query/fieldName", "a non-empty detail field name"));
    const auto e = check::not_empty("", "/query/fieldName", "a non-empty detail field name");
    BOOST_TEST_REQUIRE(e.has_value());
    check_error(*e, errc::invalid_value, "/query/fieldName", "a non-empty detail field name");
}

BOOST_AUTO_TEST_CASE(count_allows_exactly_max) {
    BOOST_TEST(!check::count(0, 25, "/body/customerIds"));
    BOOST_TEST(!check::count(25, 25, "/body/customerIds"));
    const auto e = check::count(26, 25, "/body/customerIds");
    BOOST_TEST_REQUIRE(e.has_value());
    check_error(*e, errc::limit_exceeded, "/body/customerIds", "at most 25 items");
    const auto big = check::count(1001, 1000, "/body/customers");
    BOOST_TEST_REQUIRE(big.has_value());
    check_error(*big, errc::limit_exceeded, "/body/customers", "at most 1000 items");
}

BOOST_AUTO_TEST_CASE(in_range_and_non_negative_ignore_unset_values) {
    BOOST_TEST(!check::in_range(std::nullopt, 1, 100, "/query/limit", "a page size from 1 to 100"));
    BOOST_TEST(!check::in_range(1, 1, 100, "/query/limit", "a page size from 1 to 100"));
    BOOST_TEST(!check::in_range(100, 1, 100, "/query/limit", "a page size from 1 to 100"));
    for (std::int32_t bad :
         {0, 101, -1, std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max()}) {
        const auto e = check::in_range(bad, 1, 100, "/query/limit", "a page size from 1 to 100");
        BOOST_TEST_REQUIRE(e.has_value());
        check_error(*e, errc::invalid_value, "/query/limit", "a page size from 1 to 100");
    }

    BOOST_TEST(!check::non_negative(std::nullopt, "/query/start", "a non-negative offset"));
    BOOST_TEST(!check::non_negative(0, "/query/start", "a non-negative offset"));
    BOOST_TEST(!check::non_negative(std::numeric_limits<std::int32_t>::max(), "/query/start", "a non-negative offset"));
    for (std::int32_t bad : {-1, std::numeric_limits<std::int32_t>::min()}) {
        const auto e = check::non_negative(bad, "/query/start", "a non-negative offset");
        BOOST_TEST_REQUIRE(e.has_value());
        check_error(*e, errc::invalid_value, "/query/start", "a non-negative offset");
    }
}

BOOST_AUTO_TEST_CASE(combined_count_points_at_the_list_that_goes_over) {
    using ids = std::vector<int>;
    using names = std::vector<std::string>;
    const std::string_view ip = "/body/organizationIds";
    const std::string_view np = "/body/organizationNames";
    const auto combined = [&](std::optional<ids> i, std::optional<names> n, std::size_t max) {
        return check::combined_count(i, n, max, ip, np);
    };
    const std::string_view expected = "at most 50 organization ids and names together";

    BOOST_TEST(!combined(std::nullopt, std::nullopt, 50));
    BOOST_TEST(!combined(ids(30), names(20), 50));
    BOOST_TEST(!combined(ids(50), std::nullopt, 50));

    const auto too_many_ids = combined(ids(51), std::nullopt, 50);
    BOOST_TEST_REQUIRE(too_many_ids.has_value());
    check_error(*too_many_ids, errc::limit_exceeded, ip, expected);
    const auto together = combined(ids(30), names(21), 50);
    BOOST_TEST_REQUIRE(together.has_value());
    check_error(*together, errc::limit_exceeded, np, expected);
    const auto too_many_names = combined(std::nullopt, names(51), 50);
    BOOST_TEST_REQUIRE(too_many_names.has_value());
    check_error(*too_many_names, errc::limit_exceeded, np, expected);
    const auto profiles = combined(ids(26), std::nullopt, 25);
    BOOST_TEST_REQUIRE(profiles.has_value());
    check_error(*profiles, errc::limit_exceeded, ip, "at most 25 organization ids and names together");
}

BOOST_AUTO_TEST_CASE(detail_names_points_at_the_first_blank_name) {
    BOOST_TEST(!check::detail_names(std::vector<named>{}, "/body/details"));
    BOOST_TEST(!check::detail_names(std::vector<named>{{"Region"}, {"Tier"}}, "/body/details"));
    const auto e = check::detail_names(std::vector<named>{{"Region"}, {" "}, {""}}, "/body/details");
    BOOST_TEST_REQUIRE(e.has_value());
    check_error(*e, errc::invalid_value, "/body/details/1/name", "a non-empty name");
}

BOOST_AUTO_TEST_CASE(definition_checks_the_name_then_the_options) {
    const std::optional<std::vector<std::string>> fifty(std::vector<std::string>(50, "o"));
    const std::optional<std::vector<std::string>> fifty_one(std::vector<std::string>(51, "o"));
    BOOST_TEST(!check::definition("Tier", std::nullopt, "/body/options"));
    BOOST_TEST(!check::definition("Tier", fifty, "/body/options"));

    const auto options = check::definition("Tier", fifty_one, "/body/type/options");
    BOOST_TEST_REQUIRE(options.has_value());
    check_error(*options, errc::limit_exceeded, "/body/type/options", "at most 50 items");
    // The name comes first, and its pointer is always "/body/name".
    const auto name = check::definition(" ", fifty_one, "/body/options");
    BOOST_TEST_REQUIRE(name.has_value());
    check_error(*name, errc::invalid_value, "/body/name", "a non-empty name");
}

BOOST_AUTO_TEST_CASE(numeric_ids_only_matter_in_the_numeric_form) {
    namespace model = csm::rest::model;
    const std::string pointer = "/body/associateOrganizations/organizationIds";
    BOOST_TEST(!check::numeric_ids(model::organization_ids{org_ids({"x", "-1"})}, pointer));
    BOOST_TEST(
        !check::numeric_ids(model::organization_ids::as_numbers(org_ids({"1", "9223372036854775807"})), pointer));

    const auto e = check::numeric_ids(model::organization_ids::as_numbers(org_ids({"1", "2", "007", "x"})), pointer);
    BOOST_TEST_REQUIRE(e.has_value());
    check_error(*e, errc::invalid_value, pointer + "/2",
                "a decimal organization id (no sign or leading zeros, at most 9223372036854775807) in the numeric "
                "form");
    const auto too_big =
        check::numeric_ids(model::organization_ids::as_numbers(org_ids({"9223372036854775808"})), pointer);
    BOOST_TEST_REQUIRE(too_big.has_value());
    BOOST_TEST(too_big->pointer == pointer + "/0");
}

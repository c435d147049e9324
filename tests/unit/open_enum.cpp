// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/open_enum.hpp>

#define BOOST_TEST_MODULE csm.open_enum
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <type_traits>
#include <unordered_set>
#include <vector>

namespace {
struct principal_type_traits {
    enum class known { user, group };
    static constexpr std::string_view names[] = {"USER", "GROUP"};
    static constexpr bool case_insensitive = true;
};
using principal_type = csm::open_enum<principal_type_traits>;

struct status_traits {
    enum class known { active, inactive };
    static constexpr std::string_view names[] = {"ACTIVE", "INACTIVE"};
};
using status = csm::open_enum<status_traits>;
} // namespace

static_assert(csm::is_open_enum_v<status>);
static_assert(!csm::is_open_enum_v<int>);
static_assert(status::known_count == 2);
static_assert(principal_type::case_insensitive);
static_assert(!status::case_insensitive);
static_assert(!std::is_default_constructible_v<status>);
static_assert(std::is_convertible_v<status::known, status>);     // known values are implicit
static_assert(!std::is_convertible_v<std::string_view, status>); // text is explicit
static_assert(status::name(status::known::inactive) == "INACTIVE");

BOOST_AUTO_TEST_CASE(known_and_unknown_values) {
    const status a = status::known::active;
    BOOST_TEST(a.is_known());
    BOOST_TEST((a.value() == status::known::active));
    BOOST_TEST(a.str() == "ACTIVE");
    BOOST_TEST((a == status::known::active));
    BOOST_TEST((status("ACTIVE") == a));

    const status other("SUSPENDED");
    BOOST_TEST(!other.is_known());
    BOOST_TEST(!other.value().has_value());
    BOOST_TEST(other.str() == "SUSPENDED");
    BOOST_TEST((other == status("SUSPENDED")));
    BOOST_TEST(!(other == status("SUSPENDED2")));
    BOOST_TEST(!(other == status::known::active));
    // Case-sensitive traits: a different spelling is an unknown value, kept as written.
    BOOST_TEST(!status("active").is_known());
    BOOST_TEST(status("active").str() == "active");
}

BOOST_AUTO_TEST_CASE(case_insensitive_traits) {
    const principal_type u("user");
    BOOST_TEST(u.is_known());
    BOOST_TEST((u == principal_type::known::user));
    BOOST_TEST(u.str() == "USER"); // the canonical spelling is written back
    BOOST_TEST((principal_type("GrOuP") == principal_type::known::group));
    BOOST_TEST(!principal_type("users").is_known());
    // Unknown values compare exactly as written.
    BOOST_TEST(!(principal_type("robot") == principal_type("ROBOT")));
}

BOOST_AUTO_TEST_CASE(ordering_hash_printing) {
    std::vector<status> v{status("ZZZ"), status::known::inactive, status("AAA"), status::known::active};
    std::sort(v.begin(), v.end());
    std::ostringstream os;
    for (const status& s : v) os << s << ' ';
    BOOST_TEST(os.str() == "AAA ACTIVE INACTIVE ZZZ ");
    BOOST_TEST(((status::known::active <=> status("B")) == std::strong_ordering::less));

    std::unordered_set<status> set{status::known::active, status("ACTIVE"), status("NEW"), status("NEW")};
    BOOST_TEST(set.size() == 2u);
    BOOST_TEST((std::hash<status>{}(status("NEW")) == std::hash<std::string_view>{}("NEW")));
}

BOOST_AUTO_TEST_CASE(json_round_trip_keeps_unknown_values) {
    BOOST_TEST(csm::json::serialize(status(status::known::inactive)) == R"("INACTIVE")");
    BOOST_TEST(csm::json::serialize(csm::json::parse<status>(R"("PAUSED")").value()) == R"("PAUSED")");
    BOOST_TEST(csm::json::serialize(csm::json::parse<principal_type>(R"("group")").value()) == R"("GROUP")");
    BOOST_TEST((csm::json::parse<status>(R"("ACTIVE")").value() == status::known::active));
}

BOOST_AUTO_TEST_CASE(strict_mode_rejects_unknown_values) {
    const auto strict = csm::json::read_options::strict();
    BOOST_TEST((csm::json::parse<status>(R"("ACTIVE")", strict).value() == status::known::active));
    const auto r = csm::json::parse<std::vector<status>>(R"(["ACTIVE","PAUSED"])", strict);
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(csm::to_string(r.error().code) == "unknown_value");
    BOOST_TEST(r.error().pointer == "/1");
    BOOST_TEST(r.error().expected == "one of ACTIVE, INACTIVE (strict mode)");
    BOOST_TEST(r.error().message().find("PAUSED") == std::string::npos);

    csm::json::read_options only_enums;
    only_enums.reject_unknown_enum_values = true;
    BOOST_TEST(csm::json::parse<status>(R"("PAUSED")", only_enums).has_error());

    const auto t = csm::json::parse<status>("1");
    BOOST_TEST_REQUIRE(t.has_error());
    BOOST_TEST(csm::to_string(t.error().code) == "type_mismatch");
    BOOST_TEST(t.error().expected == "a string");
}

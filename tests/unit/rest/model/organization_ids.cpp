// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/model/organization_ids.hpp> // first: the header must be self-contained

#include <csm/error.hpp>
#include <csm/json/options.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>

#include <csm_test/fixtures.hpp>

#define BOOST_TEST_MODULE csm.rest.model.organization_ids
#include <boost/test/unit_test.hpp>

#include <csm_test/model.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace model = csm::rest::model;
namespace json = csm::json;
using csm::organization_id;
using model::id_form;

namespace {

std::vector<organization_id> ids(std::initializer_list<const char*> texts) {
    std::vector<organization_id> out;
    for (const char* t : texts) out.emplace_back(t);
    return out;
}

std::vector<std::string> texts(const model::organization_ids& v) {
    std::vector<std::string> out;
    for (const organization_id& id : v.ids) out.push_back(id.str());
    return out;
}

model::organization_ids parse_ok(std::string_view text) {
    auto r = json::parse<model::organization_ids>(text, json::read_options::strict());
    if (!r) BOOST_FAIL(r.error().message());
    return *std::move(r);
}

/// Both write paths: the text writer and the DOM builder must agree.
void check_written(const model::organization_ids& v, const std::string& expected) {
    BOOST_TEST(json::serialize(v) == expected);
    const boost::json::value dom = json::to_value(v);
    BOOST_TEST(boost::json::serialize(dom) == expected);
}

} // namespace

BOOST_AUTO_TEST_CASE(string_form_is_the_default) {
    const model::organization_ids v{ids({"1", "4"})};
    BOOST_TEST((v.form == id_form::string));
    BOOST_TEST(v.size() == 2u);
    BOOST_TEST(!v.empty());
    check_written(v, R"(["1","4"])");
    BOOST_TEST(!v.find_non_numeric().has_value());
    // The string form writes any id as a string, numeric or not.
    check_written(model::organization_ids{ids({"abc", "007"})}, R"(["abc","007"])");
    BOOST_TEST(!model::organization_ids{ids({"abc"})}.find_non_numeric().has_value());
    const model::organization_ids none{};
    BOOST_TEST(none.empty());
    BOOST_TEST(none.size() == 0u);
    check_written(none, "[]");
}

BOOST_AUTO_TEST_CASE(numeric_form_is_opt_in) {
    const auto v = model::organization_ids::as_numbers(ids({"1", "4", "10", "11", "6"}));
    BOOST_TEST((v.form == id_form::number));
    check_written(v, "[1,4,10,11,6]");
    BOOST_TEST(!v.find_non_numeric().has_value());
    const boost::json::value dom = json::to_value(v);
    BOOST_TEST(dom.as_array().at(0).is_int64());
    BOOST_TEST(dom.as_array().at(2).as_int64() == 10);
    check_written(model::organization_ids::as_numbers(ids({"0", "9223372036854775807"})), "[0,9223372036854775807]");
    check_written(model::organization_ids::as_numbers({}), "[]");
    // The same ids in the two forms are different values: the form is part of what is sent.
    BOOST_TEST(!(v == model::organization_ids{ids({"1", "4", "10", "11", "6"})}));
}

BOOST_AUTO_TEST_CASE(numeric_form_writes_non_numeric_ids_as_strings) {
    const auto v = model::organization_ids::as_numbers(ids({"1", "abc", "007", "9223372036854775808", "-5", "2"}));
    check_written(v, R"([1,"abc","007","9223372036854775808","-5",2])");
    BOOST_TEST((v.find_non_numeric() == std::optional<std::size_t>(1)));
    BOOST_TEST(
        (model::organization_ids::as_numbers(ids({"1", "2", ""})).find_non_numeric() == std::optional<std::size_t>(2)));
    // The written text reads back as the same ids (the form becomes string: not every element is a number).
    const auto back = parse_ok(json::serialize(v));
    BOOST_TEST((back.ids == v.ids));
    BOOST_TEST((back.form == id_form::string));
}

BOOST_AUTO_TEST_CASE(is_numeric_is_canonical_int64_text) {
    using T = model::organization_ids;
    static_assert(T::is_numeric("0"));
    static_assert(!T::is_numeric(""));
    BOOST_TEST(T::is_numeric("1"));
    BOOST_TEST(T::is_numeric("10"));
    BOOST_TEST(T::is_numeric("123456789"));
    BOOST_TEST(T::is_numeric("9223372036854775807"));  // INT64_MAX
    BOOST_TEST(T::is_numeric("999999999999999999"));   // 18 digits
    BOOST_TEST(T::is_numeric("1000000000000000000"));  // 19 digits, below the maximum
    BOOST_TEST(!T::is_numeric("9223372036854775808")); // INT64_MAX + 1
    BOOST_TEST(!T::is_numeric("9999999999999999999"));
    BOOST_TEST(!T::is_numeric("10000000000000000000")); // 20 digits
    BOOST_TEST(!T::is_numeric("00"));
    BOOST_TEST(!T::is_numeric("01"));
    BOOST_TEST(!T::is_numeric("-1"));
    BOOST_TEST(!T::is_numeric("+1"));
    BOOST_TEST(!T::is_numeric("1.0"));
    BOOST_TEST(!T::is_numeric("1e3"));
    BOOST_TEST(!T::is_numeric(" 1"));
    BOOST_TEST(!T::is_numeric("1 "));
    BOOST_TEST(!T::is_numeric("abc"));
    BOOST_TEST(!T::is_numeric(std::string_view("1\0", 2)));
}

BOOST_AUTO_TEST_CASE(reading_numbers_records_the_numeric_form) {
    const auto v = parse_ok("[1,4,10,11,6]");
    BOOST_TEST((texts(v) == std::vector<std::string>{"1", "4", "10", "11", "6"}));
    BOOST_TEST((v.form == id_form::number));
    BOOST_TEST((v == model::organization_ids::as_numbers(ids({"1", "4", "10", "11", "6"}))));
    BOOST_TEST(json::serialize(v) == "[1,4,10,11,6]");

    const auto big = parse_ok("[9223372036854775807,0]");
    BOOST_TEST((texts(big) == std::vector<std::string>{"9223372036854775807", "0"}));
    BOOST_TEST(json::serialize(big) == "[9223372036854775807,0]");
}

BOOST_AUTO_TEST_CASE(reading_strings_and_mixed_lists_records_the_string_form) {
    const auto s = parse_ok(R"(["1","2"])");
    BOOST_TEST((s == model::organization_ids{ids({"1", "2"})}));
    BOOST_TEST(json::serialize(s) == R"(["1","2"])");

    const auto mixed = parse_ok(R"([1,"4"])");
    BOOST_TEST((texts(mixed) == std::vector<std::string>{"1", "4"}));
    BOOST_TEST((mixed.form == id_form::string));
    BOOST_TEST(json::serialize(mixed) == R"(["1","4"])");

    // An empty list has no numbers: the default form.
    const auto empty = parse_ok("[]");
    BOOST_TEST(empty.empty());
    BOOST_TEST((empty.form == id_form::string));

    // Reading replaces what the value held.
    model::organization_ids target = model::organization_ids::as_numbers(ids({"9", "8", "7"}));
    const auto again = json::from_value<model::organization_ids>(csm_test::json(R"(["5"])"));
    BOOST_TEST_REQUIRE(again.has_value());
    target = *again;
    BOOST_TEST((target == model::organization_ids{ids({"5"})}));
}

BOOST_AUTO_TEST_CASE(numbers_outside_the_numeric_form_read_but_write_as_strings) {
    // A uint64 beyond INT64_MAX and a negative number read as their decimal text; every element was a
    // number, so the form is numeric, but such ids are not canonical int64 text: written as strings.
    const auto huge = parse_ok("[18446744073709551615]");
    BOOST_TEST((texts(huge) == std::vector<std::string>{"18446744073709551615"}));
    BOOST_TEST((huge.form == id_form::number));
    check_written(huge, R"(["18446744073709551615"])");
    BOOST_TEST((huge.find_non_numeric() == std::optional<std::size_t>(0)));

    const auto negative = parse_ok("[3,-5]");
    BOOST_TEST((texts(negative) == std::vector<std::string>{"3", "-5"}));
    BOOST_TEST((negative.form == id_form::number));
    check_written(negative, R"([3,"-5"])");
    BOOST_TEST((negative.find_non_numeric() == std::optional<std::size_t>(1)));
}

BOOST_AUTO_TEST_CASE(reading_errors) {
    using csm::errc;
    using T = model::organization_ids;
    csm_test::expect_parse_error<T>("{}", errc::type_mismatch, "", "an array");
    csm_test::expect_parse_error<T>(R"("1")", errc::type_mismatch, "", "an array");
    csm_test::expect_parse_error<T>("1", errc::type_mismatch, "", "an array");
    csm_test::expect_parse_error<T>("[1.5]", errc::type_mismatch, "/0", "a string or an integer");
    csm_test::expect_parse_error<T>("[1,2.0]", errc::type_mismatch, "/1", "a string or an integer");
    csm_test::expect_parse_error<T>(R"(["1",true])", errc::type_mismatch, "/1", "a string or an integer");
    csm_test::expect_parse_error<T>("[null]", errc::type_mismatch, "/0", "a string or an integer");
    csm_test::expect_parse_error<T>(R"(["1",["2"]])", errc::type_mismatch, "/1", "a string or an integer");
    csm_test::expect_parse_error<T>("[1,", errc::syntax_error, "", "valid UTF-8 JSON text (stopped at byte 3)");
}

BOOST_AUTO_TEST_CASE(associate_organizations_c15_example) {
    // The create-customer-profile example sends the ids as numbers; read and written back as they came.
    const boost::json::value c15 = csm_test::json(
        csm_test::curl_body(csm_test::read_fixture("seeds/rest-customer/c15.create_customer_profile.curl")));
    const boost::json::value& doc = c15.at("associateOrganizations");
    const auto v = json::from_value<model::associate_organizations>(doc, json::read_options::strict());
    BOOST_TEST_REQUIRE(v.has_value());
    BOOST_TEST((v->organization_ids == model::organization_ids::as_numbers(ids({"1", "4", "10", "11", "6"}))));
    BOOST_TEST(json::serialize(*v) == R"({"organizationIds":[1,4,10,11,6]})");
    BOOST_TEST(json::serialize(*v) == boost::json::serialize(doc));
    BOOST_TEST(json::to_value(*v) == doc);
}

BOOST_AUTO_TEST_CASE(associate_organizations_write_forms_and_errors) {
    const model::associate_organizations strings{model::organization_ids{ids({"1", "4"})}};
    BOOST_TEST(json::serialize(strings) == R"({"organizationIds":["1","4"]})");
    const model::associate_organizations numbers{model::organization_ids::as_numbers(ids({"1", "4"}))};
    BOOST_TEST(json::serialize(numbers) == R"({"organizationIds":[1,4]})");
    BOOST_TEST(json::serialize(model::associate_organizations{}) == R"({"organizationIds":[]})");

    const auto read =
        json::parse<model::associate_organizations>(R"({"organizationIds":["1","4"]})", json::read_options::strict());
    BOOST_TEST_REQUIRE(read.has_value());
    BOOST_TEST((*read == strings));

    using csm::errc;
    using T = model::associate_organizations;
    csm_test::expect_parse_error<T>("{}", errc::missing_member, "/organizationIds", "an array");
    csm_test::expect_parse_error<T>(R"({"organizationIds":null})", errc::missing_member, "/organizationIds",
                                    "an array");
    csm_test::expect_parse_error<T>(R"({"organizationIds":"1"})", errc::type_mismatch, "/organizationIds", "an array");
    csm_test::expect_parse_error<T>(R"({"organizationIds":[1,{}]})", errc::type_mismatch, "/organizationIds/1",
                                    "a string or an integer");
    csm_test::expect_parse_error<T>("[]", errc::type_mismatch, "", "an object");
}

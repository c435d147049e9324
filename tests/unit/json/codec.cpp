// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/json/codec.hpp>

#define BOOST_TEST_MODULE csm.json.codec
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/ids.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace model {

// The shape of a Teamwork Graph envelope, reduced to what the error-pointer tests need.
struct lifetime_value {
    double value;
    std::string currency_code;
    friend bool operator==(const lifetime_value&, const lifetime_value&) = default;
};
BOOST_DESCRIBE_STRUCT(lifetime_value, (), (value, currency_code))

struct customer_org_block {
    std::optional<lifetime_value> customer_org_life_time_value;
    std::vector<std::string> tags;
    friend bool operator==(const customer_org_block&, const customer_org_block&) = default;
};
BOOST_DESCRIBE_STRUCT(customer_org_block, (), (customer_org_life_time_value, tags))

struct graph_object {
    std::string id;
    std::optional<customer_org_block> block;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::rename("block", "atlassian:customer-org")};
    friend bool operator==(const graph_object&, const graph_object&) = default;
};
BOOST_DESCRIBE_STRUCT(graph_object, (), (id, block))

struct envelope {
    std::vector<graph_object> objects;
    friend bool operator==(const envelope&, const envelope&) = default;
};
BOOST_DESCRIBE_STRUCT(envelope, (), (objects))

// Presence: required, optional, tri_state.
struct presence {
    std::string name;
    std::optional<std::string> nickname;
    csm::tri_state<std::string> description;
    friend bool operator==(const presence&, const presence&) = default;
};
BOOST_DESCRIBE_STRUCT(presence, (), (name, nickname, description))

// Integer members of every width the models use.
struct numbers {
    std::optional<std::int32_t> i32;
    std::optional<std::int64_t> i64;
    std::optional<std::uint32_t> u32;
    std::optional<std::uint64_t> u64;
    std::optional<double> real;
    friend bool operator==(const numbers&, const numbers&) = default;
};
BOOST_DESCRIBE_STRUCT(numbers, (), (i32, i64, u32, u64, real))

// Wire-name derivation and renames that cannot be derived.
struct naming {
    std::optional<int> customer_org_life_time_value;
    std::optional<int> default_;
    std::optional<int> x;
    std::optional<int> field_2_value;
    std::optional<int> request_id;
    std::optional<int> kind;
    static constexpr csm::json::field_rule json_fields[] = {
        csm::json::rename("request_id", "X-Request-Id"),
        csm::json::rename("kind", "Kind"),
    };
    friend bool operator==(const naming&, const naming&) = default;
};
BOOST_DESCRIBE_STRUCT(naming, (), (customer_org_life_time_value, default_, x, field_2_value, request_id, kind))

// Aliases: extra keys accepted on read.
struct aliased {
    std::optional<std::string> last_updated_at;
    std::optional<int> count;
    static constexpr csm::json::field_rule json_fields[] = {
        csm::json::alias("last_updated_at", "lastUpdated"),
        csm::json::alias("last_updated_at", "updated"),
        csm::json::rename("count", "total-count"),
        csm::json::alias("count", "size"),
    };
    friend bool operator==(const aliased&, const aliased&) = default;
};
BOOST_DESCRIBE_STRUCT(aliased, (), (last_updated_at, count))

// Inheritance: members of a described base are read and written, base first.
struct base_part {
    std::string type;
    std::optional<std::string> external_key;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::rename("external_key", "ari")};
    friend bool operator==(const base_part&, const base_part&) = default;
};
BOOST_DESCRIBE_STRUCT(base_part, (), (type, external_key))

struct derived_part : base_part {
    int version;
    friend bool operator==(const derived_part&, const derived_part&) = default;
};
BOOST_DESCRIBE_STRUCT(derived_part, (base_part), (version))

// Members that cannot be default constructed (ids), alone and in containers.
struct membership {
    csm::organization_id organization;
    // String-only id kinds (REST ids also read numbers: tests/unit/ids.cpp).
    csm::account_id customer;
    std::vector<csm::account_id> others;
    std::optional<csm::account_id> owner;
    std::map<std::string, csm::product_id> products;
    friend bool operator==(const membership&, const membership&) = default;
};
BOOST_DESCRIBE_STRUCT(membership, (), (organization, customer, others, owner, products))

struct with_base_ids : membership {
    csm::entitlement_id entitlement;
    friend bool operator==(const with_base_ids&, const with_base_ids&) = default;
};
BOOST_DESCRIBE_STRUCT(with_base_ids, (membership), (entitlement))

// Open-shape members.
struct open_shapes {
    std::map<std::string, std::string> properties;
    boost::json::value raw;
    std::optional<boost::json::object> extra;
    std::vector<std::optional<int>> sparse;
    std::vector<std::vector<int>> grid;
    bool flag;
    friend bool operator==(const open_shapes&, const open_shapes&) = default;
};
BOOST_DESCRIBE_STRUCT(open_shapes, (), (properties, raw, extra, sparse, grid, flag))

} // namespace model

namespace {

template <class T>
csm::error error_of(const csm::result<T>& r) {
    BOOST_TEST_REQUIRE(r.has_error());
    return r.error();
}

template <class T>
void check_error(std::string_view text, csm::errc code, std::string_view pointer, std::string_view expected,
                 csm::json::read_options options = {}) {
    BOOST_TEST_CONTEXT(text) {
        const csm::error e = error_of(csm::json::parse<T>(text, options));
        BOOST_TEST(csm::to_string(e.code) == csm::to_string(code));
        BOOST_TEST(e.pointer == pointer);
        BOOST_TEST(e.expected == expected);
    }
}

template <class T>
T read(std::string_view text, csm::json::read_options options = {}) {
    csm::result<T> r = csm::json::parse<T>(text, options);
    BOOST_TEST_REQUIRE(r.has_value(), text << ": " << (r ? std::string() : r.error().message()));
    return std::move(*r);
}

template <class T>
void round_trip(std::string_view text) {
    BOOST_TEST(csm::json::serialize(read<T>(text)) == text);
}

} // namespace

static_assert(csm::json::described_struct<model::envelope>);
static_assert(!csm::json::described_struct<std::string>);
static_assert(csm::json::text_type<csm::customer_id>);
static_assert(!csm::json::text_type<std::string>);
static_assert(!std::is_default_constructible_v<model::membership>);
static_assert(csm::json::codec<model::envelope>::expected == "an object");
static_assert(csm::json::codec<std::vector<int>>::expected == "an array");
static_assert(csm::json::codec<std::optional<std::string>>::expected == "a string");
static_assert(csm::json::codec<csm::customer_id>::expected == "an id string");

BOOST_AUTO_TEST_SUITE(round_trips)

BOOST_AUTO_TEST_CASE(nested_structs_vectors_and_renames) {
    round_trip<model::envelope>(
        R"({"objects":[{"id":"a","atlassian:customer-org":{"customerOrgLifeTimeValue":{"value":1500.5,"currencyCode":"USD"},"tags":["x","y"]}},{"id":"b"}]})");
    round_trip<model::envelope>(R"({"objects":[]})");

    const model::envelope e{{{"a", model::customer_org_block{model::lifetime_value{2.0, "EUR"}, {}}}}};
    BOOST_TEST(
        csm::json::serialize(e) ==
        R"({"objects":[{"id":"a","atlassian:customer-org":{"customerOrgLifeTimeValue":{"value":2.0,"currencyCode":"EUR"},"tags":[]}}]})");
    BOOST_TEST((read<model::envelope>(csm::json::serialize(e)) == e));
}

BOOST_AUTO_TEST_CASE(key_order_of_input_does_not_matter) {
    const auto v = read<model::lifetime_value>(R"({"currencyCode":"JPY","value":3})");
    BOOST_TEST(v.currency_code == "JPY");
    BOOST_TEST(v.value == 3.0);
    BOOST_TEST(csm::json::serialize(v) == R"({"value":3.0,"currencyCode":"JPY"})");
}

BOOST_AUTO_TEST_CASE(strings_are_escaped_and_utf8_passes_through) {
    round_trip<model::presence>(R"({"name":"a\"b\\c\n\t\u0001\u001f café"})");
    BOOST_TEST(csm::json::serialize(read<model::presence>(R"({"name":"\/\u00e9\u0041"})")) == R"({"name":"/éA"})");
    const model::presence p{"caf\xC3\xA9 \xF0\x9F\x98\x80", {}, {}};
    BOOST_TEST(csm::json::serialize(p) == "{\"name\":\"caf\xC3\xA9 \xF0\x9F\x98\x80\"}");
    BOOST_TEST((read<model::presence>(R"({"name":"caf\u00e9 \ud83d\ude00"})") == p));
}

BOOST_AUTO_TEST_CASE(open_shapes_map_raw_value_object_sparse_arrays) {
    round_trip<model::open_shapes>(
        R"({"properties":{"a":"1","b":"2"},"raw":{"k":[1,"two",null,true]},"extra":{"z":1},"sparse":[1,null,3],"grid":[[1,2],[],[3]],"flag":false})");
    const auto v = read<model::open_shapes>(
        R"({"properties":{"z":"last","a":"first"},"raw":null,"sparse":[],"grid":[],"flag":true})");
    BOOST_TEST(v.properties.size() == 2u);
    BOOST_TEST(v.properties.at("z") == "last");
    BOOST_TEST(v.raw.is_null());
    BOOST_TEST(!v.extra.has_value());
    // std::map writes its keys sorted; a raw null member is written as null (it is not an optional).
    BOOST_TEST(csm::json::serialize(v) ==
               R"({"properties":{"a":"first","z":"last"},"raw":null,"sparse":[],"grid":[],"flag":true})");
}

BOOST_AUTO_TEST_CASE(top_level_values_of_every_kind) {
    BOOST_TEST(csm::json::serialize(std::vector<std::string>{"a", "b"}) == R"(["a","b"])");
    BOOST_TEST(csm::json::serialize(std::optional<int>{}) == "null");
    BOOST_TEST(csm::json::serialize(true) == "true");
    BOOST_TEST(csm::json::serialize(csm::customer_id("qm:1")) == R"("qm:1")");
    BOOST_TEST(read<std::vector<int>>("[1,2,3]") == (std::vector<int>{1, 2, 3}));
    BOOST_TEST(!read<std::optional<int>>("null").has_value());
    BOOST_TEST(read<std::string>(R"("x")") == "x");
    BOOST_TEST(read<csm::customer_id>(R"("qm:1")") == csm::customer_id("qm:1"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(presence)

BOOST_AUTO_TEST_CASE(absent_null_and_value_read) {
    const auto absent = read<model::presence>(R"({"name":"n"})");
    BOOST_TEST(!absent.nickname.has_value());
    BOOST_TEST(absent.description.is_absent());

    const auto nulls = read<model::presence>(R"({"name":"n","nickname":null,"description":null})");
    BOOST_TEST(!nulls.nickname.has_value()); // optional: null reads as empty
    BOOST_TEST(nulls.description.is_null()); // tri_state keeps the difference

    const auto values = read<model::presence>(R"({"name":"n","nickname":"k","description":"d"})");
    BOOST_TEST(*values.nickname == "k");
    BOOST_TEST(values.description.has_value());
    BOOST_TEST(*values.description == "d");
}

BOOST_AUTO_TEST_CASE(absent_null_and_value_write) {
    model::presence p{"n", {}, {}};
    BOOST_TEST(csm::json::serialize(p) == R"({"name":"n"})");
    p.description = csm::tri_state<std::string>::null();
    BOOST_TEST(csm::json::serialize(p) == R"({"name":"n","description":null})");
    p.nickname = "k";
    p.description = std::string("d");
    BOOST_TEST(csm::json::serialize(p) == R"({"name":"n","nickname":"k","description":"d"})");
    // An empty optional is never written as null, even after reading a null.
    BOOST_TEST(csm::json::serialize(read<model::presence>(R"({"name":"n","nickname":null})")) == R"({"name":"n"})");
    round_trip<model::presence>(R"({"name":"n","description":null})");
}

BOOST_AUTO_TEST_CASE(required_member_missing_or_null) {
    check_error<model::presence>(R"({"nickname":"k"})", csm::errc::missing_member, "/name", "a string");
    check_error<model::presence>(R"({"name":null})", csm::errc::missing_member, "/name", "a string");
    check_error<model::membership>(R"({"customer":"c","others":[],"products":{}})", csm::errc::missing_member,
                                   "/organization", "an id string");
}

BOOST_AUTO_TEST_CASE(reading_again_resets_absent_members) {
    // from_value into a fresh object each time, but the optional/tri_state reset path is the same one.
    auto first = read<model::presence>(R"({"name":"n","nickname":"k","description":"d"})");
    first = read<model::presence>(R"({"name":"m"})");
    BOOST_TEST(!first.nickname.has_value());
    BOOST_TEST(first.description.is_absent());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(naming)

BOOST_AUTO_TEST_CASE(derived_and_renamed_keys) {
    model::naming n{1, 2, 3, 4, 5, 6};
    BOOST_TEST(csm::json::serialize(n) ==
               R"({"customerOrgLifeTimeValue":1,"default":2,"x":3,"field2Value":4,"X-Request-Id":5,"Kind":6})");
    round_trip<model::naming>(
        R"({"customerOrgLifeTimeValue":1,"default":2,"x":3,"field2Value":4,"X-Request-Id":5,"Kind":6})");
    // The derived key of a renamed member is not read: only the rename is the member's key.
    const auto r = read<model::naming>(R"({"requestId":7,"kind":8})");
    BOOST_TEST(!r.request_id.has_value());
    BOOST_TEST(!r.kind.has_value());
}

BOOST_AUTO_TEST_CASE(aliases_read_canonical_wins_write_canonical) {
    BOOST_TEST(*read<model::aliased>(R"({"lastUpdated":"a"})").last_updated_at == "a");
    BOOST_TEST(*read<model::aliased>(R"({"updated":"b"})").last_updated_at == "b");
    // The first alias in declaration order wins over later ones; the canonical key wins over all.
    BOOST_TEST(*read<model::aliased>(R"({"updated":"b","lastUpdated":"a"})").last_updated_at == "a");
    BOOST_TEST(*read<model::aliased>(R"({"updated":"b","lastUpdatedAt":"c","lastUpdated":"a"})").last_updated_at ==
               "c");
    BOOST_TEST(*read<model::aliased>(R"({"size":4})").count == 4);
    BOOST_TEST(*read<model::aliased>(R"({"size":4,"total-count":5})").count == 5);
    BOOST_TEST(csm::json::serialize(read<model::aliased>(R"({"lastUpdated":"a","size":4})")) ==
               R"({"lastUpdatedAt":"a","total-count":4})");
}

BOOST_AUTO_TEST_CASE(alias_errors_point_at_the_key_that_was_read) {
    check_error<model::aliased>(R"({"lastUpdated":1})", csm::errc::type_mismatch, "/lastUpdated", "a string");
    check_error<model::aliased>(R"({"size":"4"})", csm::errc::type_mismatch, "/size", "an integer");
    check_error<model::aliased>(R"({"total-count":"4","size":4})", csm::errc::type_mismatch, "/total-count",
                                "an integer");
}

BOOST_AUTO_TEST_CASE(aliases_and_renames_are_known_keys_in_strict_mode) {
    const auto strict = csm::json::read_options::strict();
    BOOST_TEST(*read<model::aliased>(R"({"updated":"b"})", strict).last_updated_at == "b");
    BOOST_TEST(*read<model::aliased>(R"({"total-count":1})", strict).count == 1);
    check_error<model::aliased>(R"({"count":1})", csm::errc::unknown_member, "/count",
                                "only documented members (strict mode)", strict);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(inheritance_and_ids)

BOOST_AUTO_TEST_CASE(base_members_are_read_and_written_first) {
    const model::derived_part d{{"t", "ari:1"}, 3};
    BOOST_TEST(csm::json::serialize(d) == R"({"type":"t","ari":"ari:1","version":3})");
    BOOST_TEST((read<model::derived_part>(R"({"version":3,"ari":"ari:1","type":"t"})") == d));
    check_error<model::derived_part>(R"({"version":3})", csm::errc::missing_member, "/type", "a string");
    check_error<model::derived_part>(R"({"type":"t","ari":1,"version":3})", csm::errc::type_mismatch, "/ari",
                                     "a string");
}

BOOST_AUTO_TEST_CASE(non_default_constructible_members) {
    const auto m = read<model::membership>(
        R"({"organization":42,"customer":"qm:abc","others":["c1","c2"],"owner":"o","products":{"p":"uuid-1"}})");
    BOOST_TEST(m.organization == csm::organization_id("42"));
    BOOST_TEST(m.customer == csm::account_id("qm:abc"));
    BOOST_TEST(m.others.size() == 2u);
    BOOST_TEST(m.others[1] == csm::account_id("c2"));
    BOOST_TEST((m.owner == csm::account_id("o")));
    BOOST_TEST(m.products.at("p") == csm::product_id("uuid-1"));
    BOOST_TEST(
        csm::json::serialize(m) ==
        R"({"organization":"42","customer":"qm:abc","others":["c1","c2"],"owner":"o","products":{"p":"uuid-1"}})");

    const auto w = read<model::with_base_ids>(
        R"({"organization":"1","customer":"c","others":[],"products":{},"entitlement":"e"})");
    BOOST_TEST(w.entitlement == csm::entitlement_id("e"));
    BOOST_TEST(w.organization == csm::organization_id("1"));
    BOOST_TEST(csm::json::serialize(w) ==
               R"({"organization":"1","customer":"c","others":[],"products":{},"entitlement":"e"})");
}

BOOST_AUTO_TEST_CASE(id_number_rules) {
    // Organization ids read from JSON integers (the docs send them so); other ids do not.
    check_error<model::membership>(R"({"organization":"1","customer":7,"others":[],"products":{}})",
                                   csm::errc::type_mismatch, "/customer", "an id string");
    check_error<model::membership>(R"({"organization":1.5,"customer":"c","others":[],"products":{}})",
                                   csm::errc::type_mismatch, "/organization", "a string or an integer");
    check_error<model::membership>(R"({"organization":true,"customer":"c","others":[],"products":{}})",
                                   csm::errc::type_mismatch, "/organization", "a string or an integer");
    BOOST_TEST(read<csm::organization_id>("18446744073709551615") == csm::organization_id("18446744073709551615"));
    BOOST_TEST(read<csm::organization_id>("-3") == csm::organization_id("-3"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(error_pointers)

BOOST_AUTO_TEST_CASE(through_nested_arrays_and_objects) {
    const std::string ok = R"({"id":"i"})";
    const std::string bad =
        R"({"id":"i","atlassian:customer-org":{"customerOrgLifeTimeValue":{"value":1,"currencyCode":840}}})";
    check_error<model::envelope>(R"({"objects":[)" + ok + "," + ok + "," + ok + "," + bad + "]}",
                                 csm::errc::type_mismatch,
                                 "/objects/3/atlassian:customer-org/customerOrgLifeTimeValue/currencyCode", "a string");
    check_error<model::envelope>(
        R"({"objects":[{"id":"i","atlassian:customer-org":{"customerOrgLifeTimeValue":{"value":1}}}]})",
        csm::errc::missing_member, "/objects/0/atlassian:customer-org/customerOrgLifeTimeValue/currencyCode",
        "a string");
    check_error<model::envelope>(R"({"objects":[{"id":"i","atlassian:customer-org":{"tags":["a",2]}}]})",
                                 csm::errc::type_mismatch, "/objects/0/atlassian:customer-org/tags/1", "a string");
    check_error<model::open_shapes>(R"({"properties":{"a/b~c":1},"raw":0,"sparse":[],"grid":[],"flag":true})",
                                    csm::errc::type_mismatch, "/properties/a~1b~0c", "a string");
    check_error<model::open_shapes>(R"({"properties":{},"raw":0,"sparse":[],"grid":[[1],[2,"x"]],"flag":true})",
                                    csm::errc::type_mismatch, "/grid/1/1", "an integer");
    check_error<model::membership>(R"({"organization":"1","customer":"c","others":["a",null],"products":{}})",
                                   csm::errc::type_mismatch, "/others/1", "an id string");
}

BOOST_AUTO_TEST_CASE(first_error_wins) {
    check_error<model::presence>(R"({"nickname":1})", csm::errc::missing_member, "/name", "a string");
    check_error<model::lifetime_value>(R"({"value":"1","currencyCode":1})", csm::errc::type_mismatch, "/value",
                                       "a number");
}

BOOST_AUTO_TEST_CASE(wrong_json_types_at_every_level) {
    // Root.
    check_error<model::envelope>("[]", csm::errc::type_mismatch, "", "an object");
    check_error<model::envelope>("null", csm::errc::type_mismatch, "", "an object");
    check_error<std::vector<int>>("{}", csm::errc::type_mismatch, "", "an array");
    // Object where an array is expected, array where an object is expected.
    check_error<model::envelope>(R"({"objects":{}})", csm::errc::type_mismatch, "/objects", "an array");
    check_error<model::envelope>(R"({"objects":[[]]})", csm::errc::type_mismatch, "/objects/0", "an object");
    check_error<model::envelope>(R"({"objects":[{"id":"i","atlassian:customer-org":[]}]})", csm::errc::type_mismatch,
                                 "/objects/0/atlassian:customer-org", "an object");
    // String where a number is expected, number where a string is expected, and the other scalars.
    check_error<model::lifetime_value>(R"({"value":"1","currencyCode":"USD"})", csm::errc::type_mismatch, "/value",
                                       "a number");
    check_error<model::lifetime_value>(R"({"value":1,"currencyCode":false})", csm::errc::type_mismatch, "/currencyCode",
                                       "a string");
    check_error<model::open_shapes>(R"({"properties":[],"raw":0,"sparse":[],"grid":[],"flag":true})",
                                    csm::errc::type_mismatch, "/properties", "an object");
    check_error<model::open_shapes>(R"({"properties":{},"raw":0,"extra":[],"sparse":[],"grid":[],"flag":true})",
                                    csm::errc::type_mismatch, "/extra", "an object");
    check_error<model::open_shapes>(R"({"properties":{},"raw":0,"sparse":[],"grid":[],"flag":1})",
                                    csm::errc::type_mismatch, "/flag", "a boolean");
    check_error<model::open_shapes>(R"({"properties":{},"raw":0,"sparse":["1"],"grid":[],"flag":true})",
                                    csm::errc::type_mismatch, "/sparse/0", "an integer");
    check_error<model::presence>(R"({"name":"n","description":5})", csm::errc::type_mismatch, "/description",
                                 "a string");
}

BOOST_AUTO_TEST_CASE(errors_never_echo_the_offending_value) {
    const std::string secret = "SECRET-CUSTOMER-4242";
    const std::string inputs[] = {
        R"({"name":["SECRET-CUSTOMER-4242"]})",
        R"({"objects":[{"id":"i","atlassian:customer-org":{"customerOrgLifeTimeValue":{"value":"SECRET-CUSTOMER-4242","currencyCode":"x"}}}]})",
        R"({"name":"SECRET-CUSTOMER-4242)",
    };
    for (const std::string& text : inputs) {
        const csm::result<model::presence> p =
            csm::json::parse<model::presence>(text, csm::json::read_options::strict());
        const csm::result<model::envelope> e = csm::json::parse<model::envelope>(text);
        for (const csm::error* err : {p ? nullptr : &p.error(), e ? nullptr : &e.error()}) {
            if (!err) continue;
            BOOST_TEST(err->message().find(secret) == std::string::npos, err->message());
            BOOST_TEST(err->expected.find("SECRET") == std::string::npos);
        }
    }
    // A strict-mode error names where the unknown key is: the key is a location, not a value.
    check_error<model::presence>(R"({"name":"n","nick":1})", csm::errc::unknown_member, "/nick",
                                 "only documented members (strict mode)", csm::json::read_options::strict());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(numbers)

BOOST_AUTO_TEST_CASE(integer_ranges) {
    const auto range32 = "an integer in the signed 32-bit range";
    check_error<model::numbers>(R"({"i32":2147483648})", csm::errc::out_of_range, "/i32", range32);
    check_error<model::numbers>(R"({"i32":-2147483649})", csm::errc::out_of_range, "/i32", range32);
    check_error<model::numbers>(R"({"i32":99999999999999999999})", csm::errc::out_of_range, "/i32", range32);
    check_error<model::numbers>(R"({"i32":2147483648.0})", csm::errc::out_of_range, "/i32", range32);
    check_error<model::numbers>(R"({"i64":9223372036854775808})", csm::errc::out_of_range, "/i64",
                                "an integer in the signed 64-bit range");
    // Beyond the 64-bit range Boost.JSON parses a double, which can round back into range: still an error.
    const auto inexact = "an integer (beyond 2^53 written without fraction or exponent)";
    check_error<model::numbers>(R"({"i64":-9223372036854775809})", csm::errc::out_of_range, "/i64", inexact);
    check_error<model::numbers>(R"({"i64":-9.223372036854775808e18})", csm::errc::out_of_range, "/i64", inexact);
    check_error<model::numbers>(R"({"u64":9007199254740994.0})", csm::errc::out_of_range, "/u64", inexact);
    check_error<model::numbers>(R"({"u64":99999999999999999999})", csm::errc::out_of_range, "/u64",
                                "an integer in the unsigned 64-bit range");
    check_error<model::numbers>(R"({"u64":-1})", csm::errc::out_of_range, "/u64",
                                "an integer in the unsigned 64-bit range");
    check_error<model::numbers>(R"({"u32":-1})", csm::errc::out_of_range, "/u32",
                                "an integer in the unsigned 32-bit range");
    check_error<model::numbers>(R"({"u32":4294967296})", csm::errc::out_of_range, "/u32",
                                "an integer in the unsigned 32-bit range");
    check_error<model::numbers>(R"({"u32":-1.0})", csm::errc::out_of_range, "/u32",
                                "an integer in the unsigned 32-bit range");
    check_error<std::int16_t>("32768", csm::errc::out_of_range, "", "a smaller integer");
    check_error<std::uint8_t>("256", csm::errc::out_of_range, "", "a smaller non-negative integer");
}

BOOST_AUTO_TEST_CASE(integer_boundaries_and_whole_doubles) {
    const auto n = read<model::numbers>(
        R"({"i32":-2147483648,"i64":-9223372036854775808,"u32":4294967295,"u64":18446744073709551615})");
    BOOST_TEST(*n.i32 == std::numeric_limits<std::int32_t>::min());
    BOOST_TEST(*n.i64 == std::numeric_limits<std::int64_t>::min());
    BOOST_TEST(*n.u32 == std::numeric_limits<std::uint32_t>::max());
    BOOST_TEST(*n.u64 == std::numeric_limits<std::uint64_t>::max());
    BOOST_TEST(csm::json::serialize(n) ==
               R"({"i32":-2147483648,"i64":-9223372036854775808,"u32":4294967295,"u64":18446744073709551615})");
    BOOST_TEST(*read<model::numbers>(R"({"i32":2147483647})").i32 == 2147483647);
    BOOST_TEST(*read<model::numbers>(R"({"i64":9223372036854775807})").i64 == std::numeric_limits<std::int64_t>::max());
    // Whole doubles are integers: 1.0, 1e2, -0.0.
    BOOST_TEST(*read<model::numbers>(R"({"i32":1.0})").i32 == 1);
    BOOST_TEST(*read<model::numbers>(R"({"u64":1e2})").u64 == 100u);
    BOOST_TEST(*read<model::numbers>(R"({"u32":-0.0})").u32 == 0u);
    BOOST_TEST(*read<model::numbers>(R"({"i64":-9007199254740992.0})").i64 == -9007199254740992);
    BOOST_TEST(*read<model::numbers>(R"({"u64":9.007199254740992e15})").u64 == 9007199254740992u);
}

BOOST_AUTO_TEST_CASE(fractions_and_non_numbers_are_type_mismatches) {
    check_error<model::numbers>(R"({"i32":1.5})", csm::errc::type_mismatch, "/i32", "an integer");
    check_error<model::numbers>(R"({"u64":0.1})", csm::errc::type_mismatch, "/u64", "an integer");
    check_error<model::numbers>(R"({"i64":"1"})", csm::errc::type_mismatch, "/i64", "an integer");
    check_error<model::numbers>(R"({"i64":true})", csm::errc::type_mismatch, "/i64", "an integer");
    check_error<model::numbers>(R"({"real":"1.5"})", csm::errc::type_mismatch, "/real", "a number");
    check_error<model::numbers>(R"({"real":[1]})", csm::errc::type_mismatch, "/real", "a number");
}

BOOST_AUTO_TEST_CASE(doubles_stay_doubles) {
    model::numbers n{};
    n.real = 1000000.0;
    BOOST_TEST(csm::json::serialize(n) == R"({"real":1000000.0})");
    BOOST_TEST(boost::json::parse(csm::json::serialize(n)).at("real").is_double());
    for (double d : {0.0, -0.0, 0.1, -2.5, 1e-7, 123456789.125, 1e16, 1e300, -1e-300, 5e-324,
                     std::numeric_limits<double>::max()}) {
        n.real = d;
        const auto back = read<model::numbers>(csm::json::serialize(n));
        BOOST_TEST_REQUIRE(back.real.has_value());
        BOOST_TEST(*back.real == d); // exact: shortest round-trip text
        BOOST_TEST(std::signbit(*back.real) == std::signbit(d));
        BOOST_TEST(boost::json::parse(csm::json::serialize(n)).at("real").is_double(), csm::json::serialize(n));
    }
    // Integers read into doubles.
    BOOST_TEST(*read<model::numbers>(R"({"real":7})").real == 7.0);
    BOOST_TEST(*read<model::numbers>(R"({"real":18446744073709551615})").real == 18446744073709551615.0);
}

BOOST_AUTO_TEST_CASE(non_finite_doubles_are_written_as_null) {
    model::numbers n{};
    n.real = std::numeric_limits<double>::quiet_NaN();
    BOOST_TEST(csm::json::serialize(n) == R"({"real":null})");
    n.real = -std::numeric_limits<double>::infinity();
    BOOST_TEST(csm::json::serialize(n) == R"({"real":null})");
    // ... which reads back as an empty optional.
    BOOST_TEST(!read<model::numbers>(csm::json::serialize(n)).real.has_value());
    BOOST_TEST(csm::json::to_value(n) == boost::json::parse(R"({"real":null})"));
}

BOOST_AUTO_TEST_SUITE_END()

#include <csm/graph/batch.hpp>

#define BOOST_TEST_MODULE csm.graph.batch
#include <boost/test/unit_test.hpp>

#include <csm/graph/impl/batch.hpp> // make_batches of this test's own request type in compiled mode
#include <csm/json/fields.hpp>
#include <csm/json/member_key.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

using namespace csm::graph;

namespace {

organisation org(std::size_t i, std::size_t padding = 0) {
    return organisation{{.schema_version = "1.0",
                         .id = csm::graph_object_id("org-" + std::to_string(i)),
                         .update_sequence_number = static_cast<std::int64_t>(i),
                         .display_name = std::string(padding, 'x'),
                         .url = "https://hr.example.com/o/" + std::to_string(i),
                         .created_at = csm::instant::parse("2024-01-01T00:00:00Z").value(),
                         .last_updated_at = csm::instant::parse("2024-01-01T00:00:00Z").value(),
                         .permissions = {permission::of(principal::everyone())}},
                        {}};
}

set_objects_request request_of(std::size_t n) {
    set_objects_request r;
    r.operation_type = operation_type::known::backfill;
    r.connection_id.emplace("conn-1");
    r.properties = std::map<std::string, std::string>{{"pull-id", "42"}};
    for (std::size_t i = 0; i < n; ++i) r.objects.push_back(org(i));
    return r;
}

std::vector<std::size_t> sizes_of(const std::vector<set_objects_request>& batches) {
    std::vector<std::size_t> out;
    for (const auto& b : batches) out.push_back(b.objects.size());
    return out;
}

/// Objects keep their order across batches and every batch keeps the envelope fields.
void check_order_and_fields(const std::vector<set_objects_request>& batches, std::size_t total) {
    std::size_t next = 0;
    for (const auto& b : batches) {
        BOOST_TEST((*b.operation_type == operation_type::known::backfill));
        BOOST_TEST(b.connection_id->view() == "conn-1");
        BOOST_TEST(b.properties->at("pull-id") == "42");
        for (const any_object& o : b.objects) BOOST_TEST(o.common()->id.view() == "org-" + std::to_string(next++));
    }
    BOOST_TEST(next == total);
}

/// A request of our own whose list is renamed (json_fields): make_batches must use the codec's key for it.
struct renamed_list_request {
    std::vector<std::string> things{};
    std::string tag{};
    static constexpr csm::json::field_rule json_fields[] = {csm::json::rename("things", "atlassian/things")};
    static constexpr auto batch_items = &renamed_list_request::things;
    static constexpr std::size_t max_batch_items = 3;
};
BOOST_DESCRIBE_STRUCT(renamed_list_request, (), (things, tag))

} // namespace

static_assert(batched_request<set_objects_request> && batched_request<delete_groups_by_external_id_request>);
static_assert(!batched_request<get_user_by_external_id_request>);
static_assert(csm::json::member_pointer_key_v<renamed_list_request::batch_items> == "atlassian/things");

BOOST_AUTO_TEST_CASE(the_list_is_named_by_a_member_pointer_and_keyed_by_the_codec) {
    const renamed_list_request r{.things = {"a", std::string(50, 'b'), "c", "d"}, .tag = "t"};
    const auto batches = make_batches<renamed_list_request>(r, {.max_objects = 3}).value();
    BOOST_REQUIRE(batches.size() == 2u);
    BOOST_TEST(csm::json::serialize(batches[0]) ==
               R"({"atlassian/things":["a",")" + std::string(50, 'b') + R"(","c"],"tag":"t"})");
    BOOST_TEST(csm::json::serialize(batches[1]) == R"({"atlassian/things":["d"],"tag":"t"})");
    const auto over = make_batches<renamed_list_request>(r, {.max_objects = 4});
    BOOST_REQUIRE(!over);
    BOOST_TEST(over.error().expected == "batch_options::max_objects between 1 and 3");
    // The shell {"atlassian/things":[],"tag":"t"} is 33 bytes: "a" fits in 40, the 52-byte item does not.
    const auto too_big = make_batches<renamed_list_request>(r, {.max_objects = 3, .max_bytes = 40});
    BOOST_REQUIRE(!too_big);
    BOOST_TEST(csm::to_string(too_big.error().code) == "limit_exceeded");
    BOOST_TEST(too_big.error().pointer == "/atlassian~1things/1"); // the codec's key, escaped as a JSON Pointer
}

BOOST_AUTO_TEST_CASE(object_counts) {
    const std::pair<std::size_t, std::vector<std::size_t>> cases[] = {
        {0, {}}, {1, {1}}, {100, {100}}, {101, {100, 1}}, {250, {100, 100, 50}}};
    for (const auto& [n, expected] : cases) {
        const auto batches = make_batches(request_of(n)).value();
        BOOST_TEST(sizes_of(batches) == expected, boost::test_tools::per_element());
        check_order_and_fields(batches, n);
    }
}

BOOST_AUTO_TEST_CASE(smaller_object_limit) {
    const auto batches = make_batches(request_of(7), {.max_objects = 3}).value();
    BOOST_TEST(sizes_of(batches) == std::vector<std::size_t>({3, 3, 1}), boost::test_tools::per_element());
    check_order_and_fields(batches, 7);
}

BOOST_AUTO_TEST_CASE(invalid_object_limits) {
    for (std::size_t bad : {std::size_t{0}, std::size_t{101}}) {
        const auto r = make_batches(request_of(3), {.max_objects = bad});
        BOOST_REQUIRE(!r);
        BOOST_TEST(csm::to_string(r.error().code) == "invalid_value");
    }
}

BOOST_AUTO_TEST_CASE(byte_budget_is_exact) {
    set_objects_request shell = request_of(0);
    const std::size_t base = serialized_size(shell);
    const std::size_t one = csm::json::serialize(any_object(org(0))).size();
    // Every org(i) for i < 10 has the same size; budget for exactly three objects and two commas.
    for (std::size_t i = 1; i < 10; ++i) BOOST_REQUIRE(csm::json::serialize(any_object(org(i))).size() == one);
    const std::size_t budget = base + 3 * one + 2;
    const auto batches = make_batches(request_of(10), {.max_bytes = budget}).value();
    BOOST_TEST(sizes_of(batches) == std::vector<std::size_t>({3, 3, 3, 1}), boost::test_tools::per_element());
    check_order_and_fields(batches, 10);
    BOOST_TEST(serialized_size(batches[0]) == budget);
    BOOST_TEST(serialized_size(batches[3]) == base + one);
    // One byte less: only two objects fit.
    const auto tighter = make_batches(request_of(10), {.max_bytes = budget - 1}).value();
    BOOST_TEST(sizes_of(tighter) == std::vector<std::size_t>({2, 2, 2, 2, 2}), boost::test_tools::per_element());
    for (const auto& b : tighter) BOOST_TEST(serialized_size(b) <= budget - 1);
}

BOOST_AUTO_TEST_CASE(byte_budget_and_object_limit_together) {
    const auto batches = make_batches(request_of(250), {.max_objects = 100, .max_bytes = 20'000}).value();
    std::size_t total = 0;
    for (const auto& b : batches) {
        BOOST_TEST(b.objects.size() <= 100u);
        BOOST_TEST(serialized_size(b) <= 20'000u);
        total += b.objects.size();
    }
    BOOST_TEST(total == 250u);
    check_order_and_fields(batches, 250);
    const auto generous = make_batches(request_of(250), {.max_bytes = 10'000'000}).value();
    BOOST_TEST(sizes_of(generous) == std::vector<std::size_t>({100, 100, 50}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(mixed_sizes_fill_greedily) {
    set_objects_request r = request_of(0);
    r.objects = {org(0, 0), org(1, 500), org(2, 0), org(3, 0), org(4, 400)};
    const std::size_t base = serialized_size(request_of(0));
    std::vector<std::size_t> s;
    for (const auto& o : r.objects) s.push_back(csm::json::serialize(o).size());
    const std::size_t budget = base + s[0] + 1 + s[1];
    const auto batches = make_batches(r, {.max_bytes = budget}).value();
    // [0,1] fits exactly; [2,3] fits; 4 alone.
    BOOST_TEST(sizes_of(batches) == std::vector<std::size_t>({2, 2, 1}), boost::test_tools::per_element());
    BOOST_TEST(serialized_size(batches[0]) == budget);
}

BOOST_AUTO_TEST_CASE(object_larger_than_the_budget) {
    set_objects_request r = request_of(3);
    r.objects[1] = org(1, 5'000);
    const auto result = make_batches(r, {.max_bytes = 2'000});
    BOOST_REQUIRE(!result);
    BOOST_TEST(csm::to_string(result.error().code) == "limit_exceeded");
    BOOST_TEST(result.error().pointer == "/objects/1");
}

BOOST_AUTO_TEST_CASE(users_groups_mappings_ids_and_relationships_are_batched_too) {
    set_users_request users;
    users.connection_id.emplace("c");
    for (int i = 0; i < 250; ++i)
        users.users.push_back(user_payload{.external_id = csm::external_user_id("u-" + std::to_string(i))});
    const auto user_batches = make_batches<set_users_request>(users).value();
    BOOST_TEST(user_batches.size() == 3u);
    BOOST_TEST(user_batches[2].users.size() == 50u);
    BOOST_TEST(user_batches[2].users[0].external_id.view() == "u-200");
    BOOST_TEST(user_batches[1].connection_id->view() == "c");
    BOOST_TEST(!make_batches<set_users_request>(users, {.max_objects = 101}));

    set_groups_request groups;
    for (int i = 0; i < 3; ++i)
        groups.groups.push_back(group_payload{.external_id = csm::external_group_id("g-" + std::to_string(i))});
    const auto group_batches = make_batches<set_groups_request>(groups, {.max_objects = 2}).value();
    BOOST_TEST(csm::json::serialize(group_batches[1]) == R"({"groups":[{"externalId":"g-2"}]})");

    map_users_request mappings;
    for (int i = 0; i < 101; ++i)
        mappings.direct_mappings.push_back(
            user_mapping{.external_id = csm::external_user_id("u"), .account_id = csm::account_id("a")});
    BOOST_TEST(make_batches<map_users_request>(mappings).value().size() == 2u);

    delete_users_by_external_id_request del_users{{}, csm::connection_id("c")};
    delete_groups_by_external_id_request del_groups{{}, csm::connection_id("c")};
    delete_objects_by_external_id_request del_objects{"atlassian:customer-org", {}, csm::connection_id("c")};
    for (int i = 0; i < 201; ++i) {
        del_users.external_ids.emplace_back("u");
        del_groups.external_ids.emplace_back("g");
        del_objects.external_ids.emplace_back("o");
    }
    BOOST_TEST(make_batches<delete_users_by_external_id_request>(del_users).value().size() == 3u);
    BOOST_TEST(make_batches<delete_groups_by_external_id_request>(del_groups).value().size() == 3u);
    const auto object_deletes = make_batches<delete_objects_by_external_id_request>(del_objects).value();
    BOOST_TEST(object_deletes.size() == 3u);
    BOOST_TEST(object_deletes[2].object_type == "atlassian:customer-org");

    // setRelationships documents no per-request limit: the default of 100 applies, more can be asked for.
    set_relationships_request rels;
    rels.connection_id.emplace("c");
    for (int i = 0; i < 150; ++i)
        rels.relationships.push_back(relationship{.from = entity_key::of_entity("atlassian:customer-org", "o"),
                                                  .to = entity_key::of_entity("atlassian:customer-org-category", "c"),
                                                  .type = "t"});
    BOOST_TEST(make_batches<set_relationships_request>(rels).value().size() == 2u);
    BOOST_TEST(make_batches<set_relationships_request>(rels, {.max_objects = 150}).value().size() == 1u);
    const auto tiny = make_batches<set_relationships_request>(rels, {.max_bytes = 20});
    BOOST_REQUIRE(!tiny);
    BOOST_TEST(tiny.error().pointer == "/relationships/0");
}

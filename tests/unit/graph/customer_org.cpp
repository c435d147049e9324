#include <csm/graph/customer_org.hpp>

#define BOOST_TEST_MODULE csm.graph.customer_org
#include <boost/test/unit_test.hpp>

#include <csm/graph/envelope.hpp>
#include <csm/graph/validate.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>
#include <csm_test/fixtures.hpp>

#include <chrono>
#include <random>
#include <string>
#include <vector>

using namespace csm::graph;
using namespace csm::literals;

namespace {

std::vector<std::string> messages(const std::vector<problem>& problems) {
    std::vector<std::string> out;
    for (const problem& p : problems) out.push_back(p.brief());
    return out;
}

customer_org read_org(const std::string& fixture) {
    auto r = csm::json::parse<customer_org>(csm_test::read_fixture(fixture));
    BOOST_REQUIRE_MESSAGE(r.has_value(), (r ? std::string() : r.error().message()));
    return std::move(*r);
}

} // namespace

BOOST_AUTO_TEST_CASE(seed_example_parses_and_writes_canonically) {
    const std::string seed = csm_test::read_fixture("seeds/graph-customer-org.json");
    const set_objects_request envelope = csm::json::parse<set_objects_request>(seed).value();
    BOOST_REQUIRE(envelope.objects.size() == 1u);
    const customer_org* org = envelope.objects[0].get_if<customer_org>();
    BOOST_REQUIRE(org != nullptr);
    // The aliases of the old example (docs/decisions.md#teamwork-graph) land in the canonical members.
    BOOST_TEST(org->last_updated_at.to_string() == "2024-04-16T09:31:32+00:00");
    BOOST_TEST(org->block.last_activity->last_activity_at.to_string() == "2023-05-01T05:00:45Z");
    BOOST_TEST(org->block.last_activity->event == "delete");
    BOOST_TEST(org->block.lifetime_value->value == 1000000.0);
    BOOST_TEST((org->block.lifetime_value->currency_code == "USD"_currency));
    BOOST_TEST(*org->thumbnail->external_url == "http://example-app.com/thumbnail-url");
    BOOST_TEST(!org->schema_version.has_value());
    BOOST_TEST(org->unknown_members.empty());
    BOOST_TEST(org->block.unknown_members.empty());
    BOOST_TEST((*envelope.operation_type == operation_type::known::normal));

    BOOST_TEST(csm_test::json(csm::json::serialize(envelope)) ==
               csm_test::fixture_json("graph/canonical/customer-org.json"));
    BOOST_TEST(csm::json::to_value(envelope) == csm_test::fixture_json("graph/canonical/customer-org.json"));
}

BOOST_AUTO_TEST_CASE(seed_example_validation_reports_exactly_what_it_lacks) {
    const auto envelope =
        csm::json::parse<set_objects_request>(csm_test::read_fixture("seeds/graph-customer-org.json")).value();
    const std::vector<std::string> expected{"/connectionId: recommended (warning)",
                                            "/objects/0/schemaVersion: required"};
    BOOST_TEST(messages(validate(envelope)) == expected, boost::test_tools::per_element());
    BOOST_TEST(messages(validate(*envelope.objects[0].get_if<customer_org>())) ==
                   std::vector<std::string>{"/schemaVersion: required"},
               boost::test_tools::per_element());
    BOOST_TEST(messages(validate_json(csm_test::fixture_json("seeds/graph-customer-org.json"))) == expected,
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(canonical_form_is_a_fixed_point) {
    const std::string canonical = csm_test::read_fixture("graph/canonical/customer-org.json");
    const auto envelope = csm::json::parse<set_objects_request>(canonical).value();
    BOOST_TEST(csm_test::json(csm::json::serialize(envelope)) == csm_test::json(canonical));
}

BOOST_AUTO_TEST_CASE(current_page_shape_round_trips_exactly) {
    const customer_org org = read_org("graph/customer-org-current.json");
    BOOST_TEST(org.update_sequence_number == 1718000000123);
    BOOST_TEST(*org.parent_key->entity_id() == "acme-holding");
    BOOST_TEST(org.permissions.principal_count() == 3u);
    BOOST_TEST((org.block.lifetime_value->currency_code == "EUR"_currency));
    BOOST_TEST(csm_test::json(csm::json::serialize(org)) == csm_test::fixture_json("graph/customer-org-current.json"));
    BOOST_TEST(validate(org).empty());
}

BOOST_AUTO_TEST_CASE(legacy_shapes_are_read_and_written_canonically) {
    // lastUpdated, outer and inner lastActivity, lifeTimeValue, ari, eight-field contacts, thumbnail url, a single
    // permission object, a lower-case principal type (docs/decisions.md#teamwork-graph); unknown keys kept.
    const customer_org org = read_org("graph/customer-org-legacy.json");
    BOOST_TEST(*org.block.contacts->at(0).user_name == "aperson");
    BOOST_TEST(org.unknown_members.size() == 1u);
    BOOST_TEST(org.block.unknown_members.size() == 1u);
    BOOST_TEST(csm_test::json(csm::json::serialize(org)) ==
               csm_test::fixture_json("graph/canonical/customer-org-legacy.json"));
    const std::vector<std::string> expected{"/createdBy/externalId: recommended (warning)",
                                            "/lastUpdatedBy/externalId: recommended (warning)"};
    BOOST_TEST(messages(validate(org)) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(tutorial_association_form_round_trips) {
    const customer_org org = read_org("graph/customer-org-tutorial-associations.json");
    BOOST_TEST((org.associations->form == association_form::set));
    BOOST_TEST(org.associations->at(0).values == std::vector<std::string>{"Test"}, boost::test_tools::per_element());
    BOOST_TEST(csm_test::json(csm::json::serialize(org)) ==
               csm_test::fixture_json("graph/customer-org-tutorial-associations.json"));
    BOOST_TEST(validate(org).empty());
}

BOOST_AUTO_TEST_CASE(built_in_cpp_writes_exact_text) {
    customer_org org{{.schema_version = "1.0",
                      .id = csm::graph_object_id("acme-1"),
                      .update_sequence_number = 5,
                      .display_name = "Acme",
                      .url = "https://crm.example.com/a/1",
                      .created_at = csm::instant::parse("2024-01-15T10:00:00Z").value(),
                      .last_updated_at = csm::instant::parse("2024-01-16T10:00:00.000+01:00").value(),
                      .permissions = {permission::of(principal::atlassian_workspace())}},
                     {}};
    org.block.lifetime_value = customer_org_lifetime_value{2500.0, "GBP"_currency};
    org.block.country = "United Kingdom";
    BOOST_TEST(csm::json::serialize(org) ==
               R"({"schemaVersion":"1.0","id":"acme-1","updateSequenceNumber":5,"displayName":"Acme",)"
               R"("url":"https://crm.example.com/a/1","createdAt":"2024-01-15T10:00:00Z",)"
               R"("lastUpdatedAt":"2024-01-16T10:00:00.000+01:00",)"
               R"("permissions":[{"accessControls":[{"principals":[{"type":"ATLASSIAN_WORKSPACE"}]}]}],)"
               R"("atlassian:customer-org":{"customerOrgLifeTimeValue":{"value":2500.0,"currencyCode":"GBP"},)"
               R"("country":"United Kingdom"}})");
    BOOST_TEST(validate(org).empty());
}

BOOST_AUTO_TEST_CASE(required_members_fail_parsing_with_pointers) {
    const auto no_block = csm::json::parse<customer_org>(
        R"({"id":"x","updateSequenceNumber":1,"url":"https://x.example","createdAt":"2024-01-01T00:00:00Z",)"
        R"("lastUpdatedAt":"2024-01-01T00:00:00Z","permissions":[]})");
    BOOST_REQUIRE(!no_block);
    BOOST_TEST(no_block.error().pointer == "/atlassian:customer-org");
    BOOST_TEST(csm::to_string(no_block.error().code) == "missing_member");
    const auto bad_currency = csm::json::parse<customer_org_lifetime_value>(R"({"value":1.5,"currencyCode":"usd"})");
    BOOST_REQUIRE(!bad_currency);
    BOOST_TEST(bad_currency.error().pointer == "/currencyCode");
    BOOST_TEST(csm::to_string(bad_currency.error().code) == "invalid_value");
    const auto bad_activity =
        csm::json::parse<customer_org_last_activity>(R"({"lastActivityAt":"yesterday","event":"call"})");
    BOOST_REQUIRE(!bad_activity);
    BOOST_TEST(bad_activity.error().pointer == "/lastActivityAt");
}

BOOST_AUTO_TEST_CASE(currency_codes_outside_the_iso_table_read_round_trip_and_warn) {
    // HRK was withdrawn in 2023; CRM exports still hold it. The envelope must stay readable.
    const std::string text =
        R"({"objects":[{"schemaVersion":"1.0","id":"o","updateSequenceNumber":1,"displayName":"d",)"
        R"("url":"https://x.example","createdAt":"2024-01-01T00:00:00Z","lastUpdatedAt":"2024-01-01T00:00:00Z",)"
        R"("permissions":[{"accessControls":[{"principals":[{"type":"ATLASSIAN_WORKSPACE"}]}]}],)"
        R"("atlassian:customer-org":{"customerOrgLifeTimeValue":{"value":1.5,"currencyCode":"HRK"}}}],"connectionId":"c"})";
    const auto envelope = csm::json::parse<set_objects_request>(text);
    BOOST_REQUIRE(envelope.has_value());
    BOOST_TEST(csm::json::serialize(*envelope) == text);
    const std::vector<std::string> expected{
        "/objects/0/atlassian:customer-org/customerOrgLifeTimeValue/currencyCode: known_currency (warning)"};
    BOOST_TEST(messages(validate(*envelope)) == expected, boost::test_tools::per_element());
    BOOST_TEST(messages(validate_json(csm_test::json(text))) == expected, boost::test_tools::per_element());
}

// ---- round-trip property over generated objects ----------------------------------------------------------

namespace {

class generator {
public:
    explicit generator(std::uint32_t seed) : rng_(seed) {}

    bool coin() { return pick(2) == 0; }
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

    std::string text() {
        static const char* const pieces[] = {"a",  "Z",    "0", " ", "\"", "\\", "/",   "\n",
                                             "\t", "\x01", "é", "ß", "€",  "😀",  "<b>", "~"};
        std::string s;
        const std::size_t n = pick(12);
        for (std::size_t i = 0; i < n; ++i) s += pieces[pick(std::size(pieces))];
        return s;
    }
    std::optional<std::string> maybe_text() { return coin() ? std::optional<std::string>(text()) : std::nullopt; }

    csm::instant instant() {
        const auto seconds = std::chrono::sys_seconds(
            std::chrono::seconds(std::uniform_int_distribution<std::int64_t>(0, 4'000'000'000)(rng_)));
        switch (pick(3)) {
        case 0: return csm::instant::from_time_point(seconds);
        case 1:
            return csm::instant::from_time_point(std::chrono::time_point_cast<std::chrono::milliseconds>(seconds) +
                                                 std::chrono::milliseconds(pick(1000)));
        default:
            return csm::instant::from_time_point(seconds,
                                                 std::chrono::minutes(static_cast<int>(pick(24 * 60)) - 12 * 60));
        }
    }

    user_reference user() {
        user_reference u;
        if (coin()) u.account_id.emplace(text());
        if (coin()) u.email = text();
        if (pick(4) != 0) u.external_id.emplace(text());
        return u;
    }
    std::optional<std::vector<user_reference>> users() {
        if (coin()) return std::nullopt;
        std::vector<user_reference> v(pick(3));
        for (auto& u : v) u = user();
        return v;
    }

    permission_list permissions() {
        permission_list list(1 + pick(2));
        for (permission& p : list) {
            if (coin()) p.action = permission_action::known::read;
            p.access_controls.resize(1 + pick(2));
            for (access_control& a : p.access_controls) {
                for (std::size_t i = 0, n = 1 + pick(3); i < n; ++i) {
                    switch (pick(5)) {
                    case 0: a.principals.push_back(principal::user(text())); break;
                    case 1: a.principals.push_back(principal::group(text())); break;
                    case 2: a.principals.push_back(principal::everyone()); break;
                    case 3: a.principals.push_back(principal::atlassian_workspace()); break;
                    default: a.principals.push_back(principal{principal_type("ROBOT"), std::nullopt}); break;
                    }
                }
            }
        }
        return list;
    }

    customer_org org(std::size_t index) {
        customer_org o{
            {.id = csm::graph_object_id("org-" + std::to_string(index)),
             .update_sequence_number = std::uniform_int_distribution<std::int64_t>(INT64_MIN, INT64_MAX)(rng_),
             .created_at = instant(),
             .last_updated_at = instant()},
            {}};
        o.schema_version = coin() ? std::optional<std::string>("1.0") : std::nullopt;
        o.display_name = maybe_text();
        o.description = maybe_text();
        o.url = text();
        if (coin()) o.created_by = user();
        if (coin()) o.last_updated_by = user();
        o.owners = users();
        if (coin()) o.thumbnail = thumbnail{maybe_text()};
        if (coin()) o.parent_key = entity_key::of_entity("atlassian:organisation", text());
        if (coin())
            o.container_key =
                entity_key{"atlassian:branch", boost::json::value{{"repositoryId", text()}, {"n", pick(100)}}};
        o.permissions = permissions();
        if (coin()) {
            association_list a;
            a.form = coin() ? association_form::array : association_form::set;
            for (std::size_t i = 0, n = pick(3); i < n; ++i) a.push_back(association{text(), {text(), text()}, {}});
            o.associations = std::move(a);
        }
        if (coin()) o.unknown_members.members["x-" + std::to_string(pick(5))] = boost::json::value{1, "two", nullptr};
        customer_org_block& b = o.block;
        b.contacts = users();
        if (coin()) b.last_activity = customer_org_last_activity{instant(), text()};
        if (coin()) {
            const auto codes = csm::currency_code::all();
            // Amounts in cents. (Boost.JSON 1.81 parses doubles with up to 1 ulp of error, so arbitrary 17-digit
            // doubles need not read back bit-exactly; amounts with a few decimals do.)
            const auto cents =
                std::uniform_int_distribution<std::int64_t>(-100'000'000'000'000, 100'000'000'000'000)(rng_);
            b.lifetime_value = customer_org_lifetime_value{
                static_cast<double>(cents) / 100.0, csm::currency_code::parse(codes[pick(codes.size())].code).value()};
        }
        b.website_url = maybe_text();
        b.industry = maybe_text();
        b.contributors = users();
        b.country = maybe_text();
        b.account_type = maybe_text();
        if (coin()) b.unknown_members.members["region"] = text();
        return o;
    }

private:
    std::mt19937 rng_;
};

} // namespace

BOOST_AUTO_TEST_CASE(generated_objects_round_trip) {
    generator gen(20260316u);
    for (std::size_t i = 0; i < 300; ++i) {
        const customer_org original = gen.org(i);
        const std::string text = csm::json::serialize(original);
        const auto back = csm::json::parse<customer_org>(text);
        BOOST_REQUIRE_MESSAGE(back.has_value(),
                              "object " << i << ": " << (back ? std::string() : back.error().message()));
        BOOST_TEST(csm::json::serialize(*back) == text, "object " << i);
        BOOST_TEST((*back == original), "object " << i);
        // The DOM writer agrees with the text writer.
        BOOST_TEST(csm::json::to_value(original) == csm_test::json(text), "object " << i);
    }
}

#include <csm/graph/validate.hpp>

#define BOOST_TEST_MODULE csm.graph.validate
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/value.hpp>
#include <csm_test/fixtures.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace csm::graph;
using namespace csm::literals;
using list = std::vector<std::string>;

namespace {

list messages(const std::vector<problem>& problems) {
    list out;
    for (const problem& p : problems) out.push_back(p.brief());
    return out;
}

customer_org valid_org() {
    customer_org o{{.schema_version = "1.0",
                    .id = csm::graph_object_id("org-1"),
                    .update_sequence_number = 1,
                    .display_name = "Acme",
                    .url = "https://crm.example.com/a/1",
                    .created_at = csm::instant::parse("2024-01-01T00:00:00Z").value(),
                    .created_by = user_reference::external("u-1"),
                    .last_updated_at = csm::instant::parse("2024-01-01T00:00:00Z").value(),
                    .permissions = {permission::of(principal::everyone())}},
                   {}};
    o.block.website_url = "https://acme.example";
    o.block.lifetime_value = customer_org_lifetime_value{10.0, "USD"_currency};
    o.block.last_activity = customer_org_last_activity{csm::instant::parse("2024-01-01T00:00:00Z").value(), "call"};
    return o;
}

set_objects_request envelope_of(std::size_t n) {
    set_objects_request r;
    r.connection_id.emplace("c-1");
    for (std::size_t i = 0; i < n; ++i) {
        customer_org o = valid_org();
        o.id = csm::graph_object_id("org-" + std::to_string(i)); // ids are unique in an envelope
        r.objects.push_back(std::move(o));
    }
    return r;
}

} // namespace

BOOST_AUTO_TEST_CASE(valid_objects_have_no_problems) {
    BOOST_TEST(validate(valid_org()).empty());
    BOOST_TEST(validate(envelope_of(100)).empty());
    BOOST_TEST(!has_errors({}));
}

BOOST_AUTO_TEST_CASE(required_fields) {
    customer_org o = valid_org();
    o.schema_version.reset();
    o.id = csm::graph_object_id("");
    o.display_name = "";
    o.url.clear();
    o.block.last_activity->event.clear();
    o.parent_key = entity_key{"", boost::json::value()};
    o.associations = association_list{association{"", {"A-1"}, {}}};
    const list expected{"/schemaVersion: required",
                        "/id: required",
                        "/displayName: required",
                        "/url: required",
                        "/parentKey/type: required",
                        "/parentKey/value: required",
                        "/associations/0/associationType: required",
                        "/atlassian:customer-org/customerOrgLastActivity/event: required"};
    BOOST_TEST(messages(validate(o)) == expected, boost::test_tools::per_element());
    o.associations->form = association_form::set;
    BOOST_TEST(messages(validate(o))[6] == "/associations/set/0/associationType: required");
    BOOST_TEST(has_errors(validate(o)));
}

BOOST_AUTO_TEST_CASE(principal_ids_for_users_and_groups) {
    customer_org o = valid_org();
    o.permissions = {
        permission{std::nullopt,
                   {access_control{{principal{principal_type::known::user, std::nullopt}, principal::group("g"),
                                    principal{principal_type::known::group, principal_id("")}, principal::container(),
                                    principal::atlassian_workspace()}}}}};
    BOOST_TEST(messages(validate(o)) == list({"/permissions/0/accessControls/0/principals/0/id: required",
                                              "/permissions/0/accessControls/0/principals/2/id: required"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(non_empty_permissions) {
    customer_org o = valid_org();
    o.permissions.clear();
    BOOST_TEST(messages(validate(o)) == list{"/permissions: non_empty"}, boost::test_tools::per_element());
    o.permissions = {permission{}, permission{std::nullopt, {access_control{}}}};
    BOOST_TEST(messages(validate(o)) == list({"/permissions/0/accessControls: non_empty",
                                              "/permissions/1/accessControls/0/principals: non_empty"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(at_most_500_principals) {
    customer_org o = valid_org();
    access_control a;
    for (int i = 0; i < 250; ++i) a.principals.push_back(principal::user("u" + std::to_string(i)));
    o.permissions = {permission{std::nullopt, {a, a}}};
    BOOST_TEST(o.permissions.principal_count() == 500u);
    BOOST_TEST(validate(o).empty());
    o.permissions.push_back(permission::of(principal::everyone()));
    BOOST_TEST(messages(validate(o)) == list{"/permissions: max_principals"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(max_length_and_utf8) {
    customer_org o = valid_org();
    o.block.industry = std::string(255, 'i');
    o.block.country = std::string(255, 'c');
    o.block.account_type = std::string(255, 'a');
    BOOST_TEST(validate(o).empty());
    o.block.industry = std::string(256, 'i');
    o.block.country = std::string(128, 'c') + std::string(64, '\0') + std::string(64, 'c');
    o.block.account_type = std::string("\xC3\x28");
    BOOST_TEST(messages(validate(o)) ==
                   list({"/atlassian:customer-org/industry: max_length", "/atlassian:customer-org/country: max_length",
                         "/atlassian:customer-org/accountType: utf8"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(absolute_http_urls) {
    for (const char* good : {"https://x.example", "http://x.example:8080/p?q#f", "HTTPS://X.EXAMPLE/"})
        BOOST_TEST(is_absolute_http_url(good));
    for (const char* bad : {"", "x.example", "/relative", "ftp://x.example", "https://", "https:///path", "mailto:a@b",
                            "https://x example"})
        BOOST_TEST(!is_absolute_http_url(bad), bad);
    customer_org o = valid_org();
    o.url = "crm.example.com/a/1";
    o.block.website_url = "ftp://acme.example";
    o.thumbnail = thumbnail{"/logo.png"};
    // The docs do not require absolute URLs: warnings, errors only in strict validation.
    BOOST_TEST(messages(validate(o)) ==
                   list({"/url: absolute_http_url (warning)", "/thumbnail/externalUrl: absolute_http_url (warning)",
                         "/atlassian:customer-org/websiteUrl: absolute_http_url (warning)"}),
               boost::test_tools::per_element());
    BOOST_TEST(!has_errors(validate(o)));
    BOOST_TEST(messages(validate(o, {.strict = true})) ==
                   list({"/url: absolute_http_url", "/thumbnail/externalUrl: absolute_http_url",
                         "/atlassian:customer-org/websiteUrl: absolute_http_url"}),
               boost::test_tools::per_element());
    set_objects_request r = envelope_of(1);
    r.objects[0] = o;
    BOOST_TEST(!has_errors(validate(r)));
    BOOST_TEST(messages(validate(r, {.strict = true}))[0] == "/objects/0/url: absolute_http_url");
}

BOOST_AUTO_TEST_CASE(currency_codes_outside_the_table_are_warnings) {
    customer_org o = valid_org();
    o.block.lifetime_value->currency_code = any_currency_code::parse("HRK").value(); // withdrawn in 2023
    BOOST_TEST(messages(validate(o)) ==
                   list{"/atlassian:customer-org/customerOrgLifeTimeValue/currencyCode: known_currency (warning)"},
               boost::test_tools::per_element());
    BOOST_TEST(!has_errors(validate(o)));
}

BOOST_AUTO_TEST_CASE(empty_thumbnail_and_user_reference_are_warnings) {
    customer_org o = valid_org();
    o.thumbnail = thumbnail{};
    user_reference legacy_only;
    legacy_only.ari = "ari:cloud:identity::user/1";
    o.last_updated_by = legacy_only;
    BOOST_TEST(messages(validate(o)) ==
                   list({"/lastUpdatedBy: empty_object (warning)", "/lastUpdatedBy/externalId: recommended (warning)",
                         "/thumbnail: empty_object (warning)"}),
               boost::test_tools::per_element());
    // An account id alone is not empty (only the externalId recommendation remains).
    o.thumbnail.reset();
    o.last_updated_by = user_reference{.account_id = csm::account_id("5fb4")};
    BOOST_TEST(messages(validate(o)) == list{"/lastUpdatedBy/externalId: recommended (warning)"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(duplicate_ids_in_one_envelope) {
    set_objects_request r = envelope_of(4);
    r.objects[2].get_if<customer_org>()->id = csm::graph_object_id("org-0");
    r.objects[3].get_if<customer_org>()->id = csm::graph_object_id("org-0");
    BOOST_TEST(messages(validate(r)) == list({"/objects/2/id: duplicate_id", "/objects/3/id: duplicate_id"}),
               boost::test_tools::per_element());
    const auto raw = validate_json(csm::json::to_value(r));
    BOOST_TEST(messages(raw) == list({"/objects/2/id: duplicate_id", "/objects/3/id: duplicate_id"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(problems_read_as_sentences) {
    const problem instant_problem{"/objects/0/lastUpdatedAt", rule::instant, severity::error, {}};
    BOOST_TEST(instant_problem.message() ==
               "/objects/0/lastUpdatedAt: expected an RFC 3339 date-time with a UTC offset (instant)");
    BOOST_TEST(instant_problem.brief() == "/objects/0/lastUpdatedAt: instant");
    const problem warning{"/connectionId", rule::recommended, severity::warning, {}};
    BOOST_TEST(warning.message() ==
               "warning: /connectionId: expected a value for a member that should be sent (recommended)");
    const problem typed{"", rule::type, severity::error, "a string"};
    BOOST_TEST(typed.message() == "(root): expected a string (type)");
    BOOST_TEST(rule_id(rule::absolute_http_url) == "absolute_http_url");
    // Every rule has an id and a sentence of its own.
    for (int i = 0; i <= static_cast<int>(rule::non_negative); ++i) {
        BOOST_TEST(rule_id(static_cast<rule>(i)) != "unknown");
        BOOST_TEST(rule_expectation(static_cast<rule>(i)) != "a valid value");
    }
}

BOOST_AUTO_TEST_CASE(finite_lifetime_value) {
    customer_org o = valid_org();
    o.block.lifetime_value->value = std::numeric_limits<double>::quiet_NaN();
    BOOST_TEST(messages(validate(o)) == list{"/atlassian:customer-org/customerOrgLifeTimeValue/value: finite_number"},
               boost::test_tools::per_element());
    o.block.lifetime_value->value = -std::numeric_limits<double>::infinity();
    BOOST_TEST(validate(o).size() == 1u);
}

BOOST_AUTO_TEST_CASE(warnings) {
    customer_org o = valid_org();
    o.created_by = user_reference{};
    o.owners = std::vector<user_reference>{user_reference::external("u"), user_reference{}};
    o.block.contacts = std::vector<user_reference>{user_reference{}};
    o.permissions = {
        permission{permission_action("write"), {access_control{{principal{principal_type("ROBOT"), std::nullopt}}}}}};
    const auto problems = validate(o);
    BOOST_TEST(messages(problems) ==
                   list({"/createdBy: empty_object (warning)", "/createdBy/externalId: recommended (warning)",
                         "/owners/1: empty_object (warning)", "/owners/1/externalId: recommended (warning)",
                         "/permissions/0/action: known_value (warning)",
                         "/permissions/0/accessControls/0/principals/0/type: known_value (warning)",
                         "/atlassian:customer-org/contacts/0: empty_object (warning)",
                         "/atlassian:customer-org/contacts/0/externalId: recommended (warning)"}),
               boost::test_tools::per_element());
    BOOST_TEST(!has_errors(problems));
    BOOST_TEST((problems[0].severity == severity::warning));
    BOOST_TEST(problems[0].pointer == "/createdBy");
    BOOST_TEST((problems[0].rule == rule::empty_object));
}

BOOST_AUTO_TEST_CASE(envelope_limits) {
    set_objects_request r = envelope_of(101);
    r.properties = std::map<std::string, std::string>{{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4"}, {"e", "5"}};
    BOOST_TEST(messages(validate(r)) == list{"/objects: max_objects"}, boost::test_tools::per_element());
    (*r.properties)["f"] = "6";
    r.connection_id.reset();
    r.operation_type = operation_type("FULL");
    r.objects.erase(r.objects.begin() + 2, r.objects.end());
    r.objects[1].get_if<customer_org>()->schema_version.reset();
    BOOST_TEST(messages(validate(r)) ==
                   list({"/properties: max_properties", "/operationType: known_value (warning)",
                         "/connectionId: recommended (warning)", "/objects/1/schemaVersion: required"}),
               boost::test_tools::per_element());
    r.operation_type = operation_type::known::backfill;
    BOOST_TEST(validate(r).size() == 3u);
}

BOOST_AUTO_TEST_CASE(unknown_objects) {
    unknown_object none;
    none.json["id"] = "x";
    unknown_object document;
    document.type = "atlassian:document";
    set_objects_request r;
    r.connection_id.emplace("c");
    r.objects = {any_object(none), any_object(document)};
    BOOST_TEST(messages(validate(r)) ==
                   list({"/objects/0: type_block", "/objects/1/atlassian:document: known_value (warning)"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(other_requests) {
    BOOST_TEST(validate(get_object_by_external_id_request{"atlassian:customer-org", csm::graph_object_id("x"),
                                                          csm::connection_id("c")})
                   .empty());
    BOOST_TEST(messages(validate(get_object_by_external_id_request{"", csm::graph_object_id(""), std::nullopt})) ==
                   list({"/objectType: required", "/externalId: required", "/connectionId: recommended (warning)"}),
               boost::test_tools::per_element());

    delete_objects_by_external_id_request del{"atlassian:customer-org", {}, csm::connection_id("c")};
    BOOST_TEST(messages(validate(del)) == list{"/externalIds: non_empty"}, boost::test_tools::per_element());
    for (int i = 0; i < 100; ++i) del.external_ids.emplace_back("id-" + std::to_string(i));
    BOOST_TEST(validate(del).empty());
    del.external_ids.emplace_back("");
    BOOST_TEST(messages(validate(del)) == list({"/externalIds: max_external_ids", "/externalIds/100: required"}),
               boost::test_tools::per_element());

    delete_objects_by_properties_request props{{{"pull-id", "1"}}, "atlassian:organisation", csm::connection_id("c")};
    BOOST_TEST(validate(props).empty());
    props.properties.clear();
    BOOST_TEST(messages(validate(props)) == list{"/properties: one_property"}, boost::test_tools::per_element());
    props.properties = {{"a", "1"}, {"b", "2"}};
    props.object_type.clear();
    BOOST_TEST(messages(validate(props)) == list({"/properties: one_property", "/objectType: required"}),
               boost::test_tools::per_element());
}

// ---- raw JSON ---------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(raw_json_reports_instants_and_currency_codes_and_goes_on) {
    const boost::json::value doc =
        csm_test::json(R"({"objects":[{"id":"o","updateSequenceNumber":1,"displayName":"d","url":"https://x.example",)"
                       R"("createdAt":"2024-13-01T00:00:00Z","lastUpdated":"yesterday","permissions":[],)"
                       R"("atlassian:customer-org":{"lastActivity":{"lastActivity":"2024-01-01","event":"e"},)"
                       R"("lifeTimeValue":{"value":1,"currencyCode":"usd"},"industry":")" +
                       std::string(300, 'x') + R"("}}],"connectionId":"c"})");
    BOOST_TEST(messages(validate_json(doc)) ==
                   list({"/objects/0/createdAt: instant", "/objects/0/lastUpdated: instant",
                         "/objects/0/atlassian:customer-org/lastActivity/lastActivity: instant",
                         "/objects/0/atlassian:customer-org/lifeTimeValue/currencyCode: currency_code",
                         "/objects/0/schemaVersion: required", "/objects/0/permissions: non_empty",
                         "/objects/0/atlassian:customer-org/industry: max_length"}),
               boost::test_tools::per_element());
}

// A problem the typed model finds names the key as written: the alias when the input used one, no index for a
// bare element read as a list of one (found by the
// fuzz harness cli_graph_input, which checks that every pointer resolves in the input).
BOOST_AUTO_TEST_CASE(raw_json_problems_name_aliases_as_written) {
    const boost::json::value doc = csm_test::json(
        R"({"objects":[{"schemaVersion":"1.0","id":"o","updateSequenceNumber":1,"displayName":"d",)"
        R"("url":"https://x.example","createdAt":"2024-01-01T00:00:00Z","createdBy":{"externalId":"u"},)"
        R"("lastUpdated":"2024-01-01T00:00:00Z","thumbnail":{"url":"/logo.png"},)"
        R"("permissions":{"accessControls":[{"principals":[{"type":"ROBOT"}]}]},)"
        R"("atlassian:customer-org":{"lastActivity":{"lastActivity":"2024-01-01T00:00:00Z","event":""}}}],)"
        R"("connectionId":"c"})");
    const list got = messages(validate_json(doc));
    BOOST_TEST(got == list({"/objects/0/thumbnail/url: absolute_http_url (warning)",
                            "/objects/0/permissions/accessControls/0/principals/0/type: known_value (warning)",
                            "/objects/0/atlassian:customer-org/lastActivity/event: required"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(raw_json_reports_unreadable_objects_once_each) {
    const boost::json::value doc = csm_test::json(
        R"({"objects":[{"atlassian:organisation":{},"updateSequenceNumber":1},)"
        R"({"atlassian:organisation":{},"id":"o","updateSequenceNumber":"1"},)"
        R"({"schemaVersion":"1.0","id":"p","updateSequenceNumber":1,"displayName":"d","url":"https://x.example",)"
        R"("createdAt":"2024-01-01T00:00:00Z","lastUpdatedAt":"2024-01-01T00:00:00Z",)"
        R"("permissions":[{"accessControls":[{"principals":[{"type":"EVERYONE"}]}]}],"atlassian:organisation":{}}],)"
        R"("properties":{"a":"1","b":"2","c":"3","d":"4","e":"5","f":"6"}})");
    BOOST_TEST(messages(validate_json(doc)) ==
                   list({"/properties: max_properties", "/connectionId: recommended (warning)",
                         "/objects/0/id: required", "/objects/1/updateSequenceNumber: type"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(raw_json_envelope_shape) {
    BOOST_TEST(messages(validate_json(csm_test::json("[]"))) == list{"(root): type"}, boost::test_tools::per_element());
    BOOST_TEST(messages(validate_json(csm_test::json(R"({"connectionId":"c"})"))) == list{"/objects: required"},
               boost::test_tools::per_element());
    BOOST_TEST(messages(validate_json(csm_test::json(R"({"objects":{},"connectionId":"c"})"))) ==
                   list{"/objects: type"},
               boost::test_tools::per_element());
    BOOST_TEST(messages(validate_json(csm_test::json(R"({"objects":[],"connectionId":5})"))) ==
                   list{"/connectionId: type"},
               boost::test_tools::per_element());
    boost::json::array many;
    for (int i = 0; i < 101; ++i) many.push_back(boost::json::object{{"atlassian:x", boost::json::object()}});
    const auto problems = validate_json(boost::json::value{{"objects", many}, {"connectionId", "c"}});
    BOOST_TEST(problems.size() == 102u);
    BOOST_TEST(problems[0].message() == "/objects: expected at most 100 objects in one request (max_objects)");
    BOOST_TEST(problems[1].message() ==
               "warning: /objects/0/atlassian:x: expected a value the documentation lists (known_value)");
}

BOOST_AUTO_TEST_CASE(references_to_users_and_groups_not_sent) {
    set_objects_request r = envelope_of(2);
    customer_org& org = *r.objects[1].get_if<customer_org>();
    org.owners = std::vector<user_reference>{user_reference::external("u-1"), user_reference::external("u-9")};
    org.block.contacts = std::vector<user_reference>{user_reference::external("u-8")};
    org.permissions = {permission::of(principal::user("u-1")), permission::of(principal::group("g-7")),
                       permission::of(principal::group("g-1"))};
    const known_principals known{{"u-1"}, {"g-1"}};
    BOOST_TEST(messages(check_references(r, known)) ==
                   list({"/objects/1/owners/1/externalId: unknown_reference (warning)",
                         "/objects/1/permissions/1/accessControls/0/principals/0/id: unknown_reference (warning)",
                         "/objects/1/atlassian:customer-org/contacts/0/externalId: unknown_reference (warning)"}),
               boost::test_tools::per_element());
    BOOST_TEST(!has_errors(check_references(r, known)));
    BOOST_TEST(check_references(r, {{"u-1", "u-8", "u-9"}, {"g-1", "g-7"}}).empty());
}

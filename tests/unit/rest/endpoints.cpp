// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/rest/endpoints.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.rest.endpoints
#include <boost/test/unit_test.hpp>

#include <csm/rest/idempotency_key.hpp>

#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace rest = csm::rest;
namespace mp11 = boost::mp11;

namespace {

/// A range of reference ids: ids("O", 1, 3) == {"O1", "O2", "O3"}.
std::vector<std::string> ids(const std::string& prefix, int first, int last) {
    std::vector<std::string> out;
    for (int i = first; i <= last; ++i) out.push_back(prefix + std::to_string(i));
    return out;
}

std::set<std::string> id_set(std::initializer_list<std::vector<std::string>> ranges) {
    std::set<std::string> out;
    for (const auto& r : ranges) out.insert(r.begin(), r.end());
    return out;
}

/// Calls f.template operator()<E>() for every endpoint type E.
template <class F>
void for_each_endpoint(F&& f) {
    mp11::mp_for_each<rest::all_endpoint_identities>(
        [&](auto t) { f.template operator()<typename decltype(t)::type>(); });
}

template <class E>
constexpr bool has_idempotency_key() {
    bool found = false;
    mp11::mp_for_each<rest::parameters_of<E>>([&](auto p) {
        if (decltype(p)::role == rest::parameter_role::header) found = true;
    });
    return found;
}

constexpr std::string_view suffix = ":jira-service-management";

} // namespace

// ---- the registry's own rules --------------------------------------------------------------------------
// Checked here, once, rather than by a static_assert in the header that every including TU would evaluate
// (docs/performance.md).

template <class... E>
consteval bool all_checked(mp11::mp_list<E...>) {
    return (rest::check_endpoint<E>() && ...);
}
static_assert(all_checked(rest::all_endpoints{}), "an endpoint breaks the endpoint convention");

/// Ids and names are unique and every path is a template starting with "/".
consteval bool registry_consistent() {
    const auto infos = rest::all_endpoint_infos();
    for (std::size_t i = 0; i < infos.size(); ++i) {
        const rest::endpoint_info& a = infos[i];
        if (a.docs.id.empty() || a.name.empty() || a.path.empty() || a.path[0] != '/') return false;
        for (std::size_t j = i + 1; j < infos.size(); ++j)
            if (a.docs.id == infos[j].docs.id || a.name == infos[j].name) return false;
    }
    return true;
}
static_assert(registry_consistent(), "endpoint ids and names must be unique and every path must start with '/'");

// ---- the lists -----------------------------------------------------------------------------------------

static_assert(rest::endpoint_count == 60);
static_assert(mp11::mp_size<rest::organization_endpoints>::value == 15);
static_assert(mp11::mp_size<rest::customer_endpoints>::value == 17);
static_assert(mp11::mp_size<rest::product_endpoints>::value == 5);
static_assert(mp11::mp_size<rest::entitlement_endpoints>::value == 8);
static_assert(mp11::mp_size<rest::task_endpoints>::value == 1);
static_assert(mp11::mp_size<rest::bulk_endpoints>::value == 8);
static_assert(mp11::mp_size<rest::csm_request_endpoints>::value == 2);
static_assert(mp11::mp_size<rest::help_center_endpoints>::value == 4);
static_assert(mp11::mp_is_set<rest::all_endpoints>::value, "an endpoint is listed twice");
static_assert(rest::all_endpoint_infos().size() == rest::endpoint_count);

// Lookups work at compile time.
static_assert(rest::find_endpoint("organization.get") != nullptr);
static_assert(rest::find_endpoint("organization.get")->docs.id == "O5");
static_assert(rest::find_endpoint_by_id("T1")->path == "/tasks/{taskId}");
static_assert(rest::find_endpoint("no.such.endpoint") == nullptr);
static_assert(rest::find_endpoint_by_id("H1")->path == "/helpcenter/{helpCenterId}/access/organization");
static_assert(rest::find_endpoint_by_id("R1")->name == "csm_request.external.create");
static_assert(rest::all_scopes.contains("read:task:jira-service-management"));

BOOST_AUTO_TEST_CASE(every_reference_row_in_table_order) {
    std::vector<std::string> expected;
    for (const auto& r : {ids("O", 1, 15), ids("C", 1, 17), ids("P", 1, 5), ids("E", 1, 8), ids("T", 1, 1),
                          ids("B", 1, 8), ids("R", 1, 2), ids("H", 1, 4)})
        expected.insert(expected.end(), r.begin(), r.end());
    std::vector<std::string> actual;
    for (const rest::endpoint_info& info : rest::all_endpoint_infos()) actual.emplace_back(info.docs.id);
    BOOST_TEST(actual == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_table_is_the_type_list) {
    std::size_t i = 0;
    for_each_endpoint([&]<class E>() {
        const rest::endpoint_info& row = rest::all_endpoint_infos()[i++];
        BOOST_TEST(row.docs.id == E::info.docs.id);
        BOOST_TEST(row.name == E::info.name);
        BOOST_TEST(row.path == E::info.path);
        BOOST_TEST((row.scopes == E::info.scopes));
        BOOST_TEST(&*rest::find_endpoint(E::info.name) == &row);
        BOOST_TEST(&*rest::find_endpoint_by_id(E::info.docs.id) == &row);
    });
    BOOST_TEST(i == rest::endpoint_count);
}

// ---- consistency ---------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(ids_and_names_are_unique) {
    std::set<std::string_view> seen_ids, seen_names;
    for (const rest::endpoint_info& info : rest::all_endpoint_infos()) {
        BOOST_TEST(seen_ids.insert(info.docs.id).second, "duplicate id " << info.docs.id);
        BOOST_TEST(seen_names.insert(info.name).second, "duplicate name " << info.name);
    }
}

BOOST_AUTO_TEST_CASE(names_start_with_their_resource) {
    auto check = [](auto list, std::string_view prefix) {
        mp11::mp_for_each<mp11::mp_transform<mp11::mp_identity, decltype(list)>>([&](auto t) {
            using E = typename decltype(t)::type;
            BOOST_TEST(E::info.name.starts_with(prefix), E::info.docs.id << " is named " << E::info.name);
            for (const char c : E::info.name)
                BOOST_TEST(((c >= 'a' && c <= 'z') || c == '.' || c == '_'), E::info.docs.id << " name has " << c);
        });
    };
    check(rest::organization_endpoints{}, "organization.");
    check(rest::customer_endpoints{}, "customer.");
    check(rest::product_endpoints{}, "product.");
    check(rest::entitlement_endpoints{}, "entitlement.");
    check(rest::task_endpoints{}, "task.");
}

BOOST_AUTO_TEST_CASE(paths_are_templates_whose_placeholders_are_path_members) {
    for_each_endpoint([]<class E>() {
        constexpr std::string_view path = E::info.path;
        BOOST_TEST(path.starts_with("/"), E::info.docs.id);
        BOOST_TEST(!path.starts_with("/api/"), E::info.docs.id << ": paths are relative to the API root");
        BOOST_TEST(rest::is_path_template(path), E::info.docs.id);
        std::size_t placeholders = 0;
        for (std::size_t open = path.find('{'); open != std::string_view::npos; open = path.find('{', open + 1)) {
            const std::string_view key = path.substr(open + 1, path.find('}', open) - open - 1);
            ++placeholders;
            bool is_path_member = false;
            mp11::mp_for_each<rest::parameters_of<E>>([&](auto p) {
                using P = decltype(p);
                if (P::key == key && P::role == rest::parameter_role::path) is_path_member = true;
            });
            BOOST_TEST(is_path_member, E::info.docs.id << ": {" << key << "} is not a path member");
        }
        std::size_t path_members = 0;
        mp11::mp_for_each<rest::parameters_of<E>>([&](auto p) {
            if (decltype(p)::role == rest::parameter_role::path) ++path_members;
        });
        BOOST_TEST(path_members == placeholders, E::info.docs.id);
    });
}

BOOST_AUTO_TEST_CASE(every_endpoint_has_scopes_stated_or_inferred) {
    // One policy: where the docs state no scope, the endpoint carries the existing scope that fits its resource
    // and action, marked inferred; no endpoint has an empty list. These are the rows without a stated scope.
    const std::set<std::string> inferred =
        id_set({{"O7", "C13", "C17"}, ids("P", 3, 5), ids("E", 4, 8), {"B4", "B6", "B7"}, ids("H", 1, 3)});
    for (const rest::endpoint_info& info : rest::all_endpoint_infos()) {
        BOOST_TEST(!info.scopes.empty(), info.docs.id);
        BOOST_TEST(info.docs.scopes_inferred == inferred.contains(std::string(info.docs.id)), info.docs.id);
        for (const std::string_view scope : info.scopes) {
            BOOST_TEST(scope.ends_with(suffix), info.docs.id << ": " << scope);
            BOOST_TEST((scope.starts_with("read:") || scope.starts_with("write:") || scope.starts_with("delete:")),
                       info.docs.id << ": " << scope);
        }
        // The verb fits the method: reads for GET (the fetch/search POSTs read too), no read-only scope on deletes.
        if (info.method == rest::http_method::get)
            for (const std::string_view scope : info.scopes) BOOST_TEST(scope.starts_with("read:"), info.docs.id);
        // Deletes need a delete scope, or, where the docs state none and no delete scope exists, write.
        if (info.method == rest::http_method::delete_)
            for (const std::string_view scope : info.scopes)
                BOOST_TEST((scope.starts_with("delete:") || (info.docs.scopes_inferred && scope.starts_with("write:"))),
                           info.docs.id);
    }
}

BOOST_AUTO_TEST_CASE(all_scopes_is_the_sorted_union) {
    std::set<std::string_view> expected;
    for (const rest::endpoint_info& info : rest::all_endpoint_infos())
        expected.insert(info.scopes.begin(), info.scopes.end());
    const std::vector<std::string_view> actual(rest::all_scopes.begin(), rest::all_scopes.end());
    BOOST_TEST(actual == std::vector<std::string_view>(expected.begin(), expected.end()),
               boost::test_tools::per_element());
    BOOST_TEST(rest::all_scopes.size() == 34u); // write:csm-request (R1, R2, H4) is the 34th
}

BOOST_AUTO_TEST_CASE(experimental_flags_follow_the_reference) {
    // Every version's experimental marks count (docs/decisions.md#experimental-header).
    const std::set<std::string> experimental = id_set(
        {{"O6"}, ids("O", 11, 15), ids("C", 10, 12), ids("C", 14, 17), {"E8", "T1", "B2", "B3", "B8"}, ids("H", 1, 4)});
    for (const rest::endpoint_info& info : rest::all_endpoint_infos())
        BOOST_TEST(info.experimental == experimental.contains(std::string(info.docs.id)), info.docs.id);
}

BOOST_AUTO_TEST_CASE(bulk_endpoints_take_an_idempotency_key_and_return_a_task) {
    for_each_endpoint([]<class E>() {
        const bool bulk = E::info.docs.id.starts_with("B");
        BOOST_TEST(E::info.bulk == bulk, E::info.docs.id);
        BOOST_TEST(has_idempotency_key<E>() == bulk, E::info.docs.id);
        if (bulk) {
            BOOST_TEST((E::info.method == rest::http_method::post), E::info.docs.id);
            BOOST_TEST((std::is_same_v<typename E::response, csm::rest::model::task_submit_response>), E::info.docs.id);
            BOOST_TEST(E::info.path.ends_with("/bulk"), E::info.docs.id);
        }
    });
}

BOOST_AUTO_TEST_CASE(deletes_and_only_deletes_answer_no_content) {
    for_each_endpoint([]<class E>() {
        const bool is_delete = E::info.method == rest::http_method::delete_;
        BOOST_TEST((std::is_same_v<typename E::response, rest::no_content>) == is_delete, E::info.docs.id);
        // H4 is the one POST whose page defines no request body (docs/decisions.md#audit-against-the-official-pages).
        const bool body_less_post = E::info.docs.id == "H4";
        BOOST_TEST(rest::has_body_v<E> == ((E::info.method == rest::http_method::post && !body_less_post) ||
                                           E::info.method == rest::http_method::put),
                   E::info.docs.id << ": POST and PUT have a body (but H4), GET and DELETE none");
    });
}

BOOST_AUTO_TEST_CASE(every_endpoint_is_described_for_docs) {
    for (const rest::endpoint_info& info : rest::all_endpoint_infos()) {
        BOOST_TEST(!info.docs.summary.empty(), info.docs.id);
        BOOST_TEST(!info.docs.permission.empty(), info.docs.id);
        BOOST_TEST(info.scopes.size() <= rest::scope_list::capacity, info.docs.id);
    }
}

BOOST_AUTO_TEST_CASE(lookups) {
    const rest::endpoint_info* list = rest::find_endpoint("entitlement.list");
    BOOST_TEST_REQUIRE(list != nullptr);
    BOOST_TEST(list->docs.id == "E8");
    BOOST_TEST(list == rest::find_endpoint_by_id("E8"));
    BOOST_TEST(rest::find_endpoint("") == nullptr);
    BOOST_TEST(rest::find_endpoint("E8") == nullptr); // names and ids are separate keys
    BOOST_TEST(rest::find_endpoint_by_id("entitlement.list") == nullptr);
    BOOST_TEST(rest::find_endpoint("Organization.Get") == nullptr); // exact, case-sensitive
}

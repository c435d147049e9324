// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
//
// csm-cpp against baselines in the same process (docs/performance.md says how to run it and read it).
//   csm_bench [Google Benchmark flags]   benchmarks, then a table of ratios (csm-cpp time / baseline time)
//   csm_bench --smoke                    each workload once, checking that every baseline sees the same JSON
//   csm_bench --write-inputs DIR         writes W2 and W3's JSON text to DIR/w2.json and DIR/w3.json
//   csm_bench --repeat WORKLOAD N        one workload N times, nothing else (for callgrind instruction counts)
//
// W1 serialize a 100-object setObjects envelope; W2 parse it; W3 parse a fetch-profiles response of 25
// customer profiles; W4 build_request, with heap allocations per request counted by the operator new below.
#include <csm/graph/envelope.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/customer.hpp>
#include <csm/rest/endpoints.hpp>
#include <csm/rest/organization.hpp>
#include <csm/traits.hpp>

#include <benchmark/benchmark.h>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <new>
#include <optional>
#include <sstream>
#include <string_view>
#include <string>
#include <vector>

// Heap allocations so far: counted by the replaced operator new in count_new.cpp (W4).
extern std::atomic<std::size_t> csm_bench_allocations;

namespace {

std::string read_file(const std::string& relative) {
    std::ifstream in(std::string(CSM_FIXTURES_DIR) + "/" + relative, std::ios::binary);
    if (!in) throw std::runtime_error("missing fixture: " + relative);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// ---- inputs: the seed examples, scaled deterministically ---------------------------------------------

csm::graph::set_objects_request make_envelope() {
    auto seed = csm::json::parse_or_throw<csm::graph::set_objects_request>(read_file("seeds/graph-customer-org.json"));
    const auto& first = std::get<csm::graph::customer_org>(seed.objects.at(0).value);
    csm::graph::set_objects_request env;
    env.operation_type = seed.operation_type;
    env.connection_id = csm::connection_id("connection-0f8b");
    for (int i = 0; i < 100; ++i) {
        csm::graph::customer_org o = first;
        const std::string n = std::to_string(i + 1);
        o.id = csm::graph_object_id("customer-org-" + n);
        o.update_sequence_number = 1000 + i;
        o.display_name = "Customer Organization " + n;
        o.url = "https://customer-org-" + n + ".example.com";
        o.block.website_url = o.url;
        o.block.country = i % 3 ? "USA" : "Deutschland";
        o.block.account_type = i % 2 ? "Gold" : "Bronze";
        o.block.lifetime_value->value = 1000.5 * (i + 1);
        env.objects.emplace_back(std::move(o));
    }
    return env;
}

csm::rest::customer::customer_profiles make_profiles() {
    auto seed = csm::json::parse_or_throw<csm::rest::customer::customer_profiles>(
        read_file("seeds/rest-customer/c16.fetch_customer_profiles.response.json"));
    csm::rest::customer::customer_profiles out;
    for (int i = 0; i < 25; ++i) {
        csm::rest::customer::customer_profile p = seed.profiles.at(0);
        const std::string n = std::to_string(i + 1);
        p.customer_id = csm::customer_id("qm:9edf598a-85d4-4db9-bf2e-7245922b4ea8:0000e9d8-a22e-4220-ac63-41" + n);
        p.display_name = "Customer " + n;
        p.email = "customer." + n + "@example.com";
        p.organizations.push_back(p.organizations.at(0));
        p.details.push_back(p.details.at(0));
        out.profiles.push_back(std::move(p));
    }
    return out;
}

struct inputs {
    csm::graph::set_objects_request envelope = make_envelope();
    std::string envelope_text = csm::json::serialize(envelope);
    boost::json::value envelope_dom = boost::json::parse(envelope_text);
    csm::rest::customer::customer_profiles profiles = make_profiles();
    std::string profiles_text = csm::json::serialize(profiles);
};
const inputs& in() {
    static const inputs i;
    return i;
}

// ---- baselines ---------------------------------------------------------------------------------------

boost::json::value boost_parse_monotonic(const std::string& text, boost::json::monotonic_resource& mr) {
    return boost::json::parse(text, &mr);
}

std::uint64_t walk(simdjson::ondemand::value v);
std::uint64_t walk_fields(simdjson::ondemand::object o) {
    std::uint64_t n = 0;
    for (auto field : o) n += 1 + walk(field.value());
    return n;
}
std::uint64_t walk(simdjson::ondemand::value v) {
    switch (v.type()) {
    case simdjson::ondemand::json_type::object: return walk_fields(v.get_object());
    case simdjson::ondemand::json_type::array: {
        std::uint64_t n = 0;
        for (auto e : v.get_array()) n += walk(e.value());
        return n;
    }
    case simdjson::ondemand::json_type::string: return std::string_view(v.get_string()).size();
    case simdjson::ondemand::json_type::number: return static_cast<std::uint64_t>(double(v.get_double()));
    case simdjson::ondemand::json_type::boolean: return bool(v.get_bool());
    case simdjson::ondemand::json_type::null: return v.is_null();
    }
    return 0;
}
/// On-Demand only parses what is read: every value is visited, as the typed reader does.
std::uint64_t simdjson_ondemand(simdjson::ondemand::parser& p, const simdjson::padded_string& text) {
    auto doc = p.iterate(text);
    return walk_fields(doc.get_object());
}

// ---- W1 baseline: a hand-written direct writer ---------------------------------------------------------

/// What a user would write by hand for W1's envelope: the same bytes as csm::json::serialize (checked), with
/// every key spelled out and no reflection. It writes the members W1's objects use and refuses the others
/// (handwritten_supports), so the comparison is only made on inputs it can write.
namespace handwritten {

void string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        default: {
            const char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(u, 6);
        }
        }
    }
    out.append(s.data() + run, s.size() - run);
    out.push_back('"');
}
/// `,"key":` (or `{"key":` for the first member: `first` says which).
void key(std::string& out, bool& first, std::string_view k) {
    out.push_back(first ? '{' : ',');
    first = false;
    out.push_back('"');
    out.append(k);
    out.append("\":", 2);
}
void instant(std::string& out, const csm::instant& t) {
    char buf[csm::instant::max_text_length];
    out.push_back('"');
    out.append(buf, t.format_to(buf));
    out.push_back('"');
}
void number(std::string& out, double v) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    out.append(buf, r.ptr);
    if (std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)).find('.') == std::string_view::npos)
        out.append(".0");
}
void number(std::string& out, std::int64_t v) {
    char buf[24];
    out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}
void user(std::string& out, const csm::graph::user_reference& u) {
    bool first = true;
    if (u.account_id) key(out, first, "accountId"), string(out, u.account_id->view());
    if (u.email) key(out, first, "email"), string(out, *u.email);
    if (u.external_id) key(out, first, "externalId"), string(out, u.external_id->view());
    out.append(first ? "{}" : "}");
}
void users(std::string& out, const std::vector<csm::graph::user_reference>& v) {
    out.push_back('[');
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out.push_back(',');
        user(out, v[i]);
    }
    out.push_back(']');
}
void permissions(std::string& out, const csm::graph::permission_list& v) {
    out.push_back('[');
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out.push_back(',');
        bool first = true;
        if (v[i].action) key(out, first, "action"), string(out, v[i].action->str());
        key(out, first, "accessControls");
        out.push_back('[');
        for (std::size_t j = 0; j < v[i].access_controls.size(); ++j) {
            if (j) out.push_back(',');
            out.append("{\"principals\":[");
            const auto& ps = v[i].access_controls[j].principals;
            for (std::size_t k = 0; k < ps.size(); ++k) {
                if (k) out.push_back(',');
                out.append("{\"type\":");
                string(out, ps[k].type.str());
                if (ps[k].id) out.append(",\"id\":"), string(out, ps[k].id->view());
                out.push_back('}');
            }
            out.append("]}");
        }
        out.append("]}");
    }
    out.push_back(']');
}
void customer_org(std::string& out, const csm::graph::customer_org& o) {
    bool first = true;
    if (o.schema_version) key(out, first, "schemaVersion"), string(out, *o.schema_version);
    key(out, first, "id"), string(out, o.id.view());
    key(out, first, "updateSequenceNumber"), number(out, o.update_sequence_number);
    if (o.display_name) key(out, first, "displayName"), string(out, *o.display_name);
    if (o.description) key(out, first, "description"), string(out, *o.description);
    key(out, first, "url"), string(out, o.url);
    key(out, first, "createdAt"), instant(out, o.created_at);
    if (o.created_by) key(out, first, "createdBy"), user(out, *o.created_by);
    key(out, first, "lastUpdatedAt"), instant(out, o.last_updated_at);
    if (o.last_updated_by) key(out, first, "lastUpdatedBy"), user(out, *o.last_updated_by);
    if (o.owners) key(out, first, "owners"), users(out, *o.owners);
    if (o.thumbnail) {
        key(out, first, "thumbnail");
        if (o.thumbnail->external_url)
            out.append("{\"externalUrl\":"), string(out, *o.thumbnail->external_url), out.push_back('}');
        else out.append("{}");
    }
    key(out, first, "permissions"), permissions(out, o.permissions);
    key(out, first, "atlassian:customer-org");
    const auto& b = o.block;
    bool bf = true;
    if (b.contacts) key(out, bf, "contacts"), users(out, *b.contacts);
    if (b.last_activity) {
        key(out, bf, "customerOrgLastActivity");
        out.append("{\"lastActivityAt\":");
        instant(out, b.last_activity->last_activity_at);
        out.append(",\"event\":");
        string(out, b.last_activity->event);
        out.push_back('}');
    }
    if (b.lifetime_value) {
        key(out, bf, "customerOrgLifeTimeValue");
        out.append("{\"value\":");
        number(out, b.lifetime_value->value);
        out.append(",\"currencyCode\":");
        string(out, b.lifetime_value->currency_code.view());
        out.push_back('}');
    }
    if (b.website_url) key(out, bf, "websiteUrl"), string(out, *b.website_url);
    if (b.industry) key(out, bf, "industry"), string(out, *b.industry);
    if (b.contributors) key(out, bf, "contributors"), users(out, *b.contributors);
    if (b.country) key(out, bf, "country"), string(out, *b.country);
    if (b.account_type) key(out, bf, "accountType"), string(out, *b.account_type);
    out.append(bf ? "{}}" : "}}");
}
std::string envelope(const csm::graph::set_objects_request& e) {
    std::string out;
    out.reserve(256);
    out.append("{\"objects\":[");
    for (std::size_t i = 0; i < e.objects.size(); ++i) {
        if (i) out.push_back(',');
        customer_org(out, std::get<csm::graph::customer_org>(e.objects[i].value));
    }
    out.push_back(']');
    if (e.operation_type) out.append(",\"operationType\":"), string(out, e.operation_type->str());
    if (e.connection_id) out.append(",\"connectionId\":"), string(out, e.connection_id->view());
    out.push_back('}');
    return out;
}

} // namespace handwritten

// ---- W2 baseline: Boost.JSON DOM + hand-written extraction --------------------------------------------

/// What a user would write by hand on top of boost::json::parse for W2: walk the DOM and fill the same
/// structs, keys spelled out, values checked only as far as the conversions check them. Only the members
/// W2's objects use (the same limits as handwritten above); the smoke test checks it reads W2 into the same
/// model as csm::json::parse.
namespace handread {

using boost::json::object;
using boost::json::value;

std::string text(const value& v) { return std::string(v.as_string()); }
std::optional<std::string> optional_text(const object& o, std::string_view k) {
    if (const value* v = o.if_contains(k)) return text(*v);
    return std::nullopt;
}
csm::instant instant(const value& v) { return csm::instant::parse(v.as_string()).value(); }
csm::graph::user_reference user(const value& v) {
    const object& o = v.as_object();
    csm::graph::user_reference r;
    if (const value* p = o.if_contains("accountId")) r.account_id.emplace(text(*p));
    r.email = optional_text(o, "email");
    if (const value* p = o.if_contains("externalId")) r.external_id.emplace(text(*p));
    return r;
}
std::vector<csm::graph::user_reference> users(const value& v) {
    std::vector<csm::graph::user_reference> out;
    out.reserve(v.as_array().size());
    for (const value& e : v.as_array()) out.push_back(user(e));
    return out;
}
csm::graph::permission_list permissions(const value& v) {
    csm::graph::permission_list out;
    for (const value& e : v.as_array()) {
        const object& o = e.as_object();
        csm::graph::permission p;
        if (const value* a = o.if_contains("action")) p.action = csm::graph::permission_action(text(*a));
        for (const value& ac : o.at("accessControls").as_array()) {
            csm::graph::access_control c;
            for (const value& pr : ac.as_object().at("principals").as_array()) {
                const object& po = pr.as_object();
                csm::graph::principal x{csm::graph::principal_type(text(po.at("type"))), std::nullopt};
                if (const value* id = po.if_contains("id")) x.id.emplace(text(*id));
                c.principals.push_back(std::move(x));
            }
            p.access_controls.push_back(std::move(c));
        }
        out.push_back(std::move(p));
    }
    return out;
}
csm::graph::customer_org customer_org(const object& o) {
    csm::graph::object_common common{.schema_version = optional_text(o, "schemaVersion"),
                                     .id = csm::graph_object_id(text(o.at("id"))),
                                     .update_sequence_number = o.at("updateSequenceNumber").to_number<std::int64_t>(),
                                     .display_name = optional_text(o, "displayName"),
                                     .description = optional_text(o, "description"),
                                     .url = text(o.at("url")),
                                     .created_at = instant(o.at("createdAt")),
                                     .created_by = {},
                                     .last_updated_at = instant(o.at("lastUpdatedAt"))};
    if (const value* v = o.if_contains("createdBy")) common.created_by = user(*v);
    if (const value* v = o.if_contains("lastUpdatedBy")) common.last_updated_by = user(*v);
    if (const value* v = o.if_contains("owners")) common.owners = users(*v);
    if (const value* v = o.if_contains("thumbnail")) {
        common.thumbnail.emplace();
        common.thumbnail->external_url = optional_text(v->as_object(), "externalUrl");
    }
    common.permissions = permissions(o.at("permissions"));
    csm::graph::customer_org_block b;
    const object& bo = o.at("atlassian:customer-org").as_object();
    if (const value* v = bo.if_contains("contacts")) b.contacts = users(*v);
    if (const value* v = bo.if_contains("customerOrgLastActivity")) {
        const object& a = v->as_object();
        b.last_activity = csm::graph::customer_org_last_activity{instant(a.at("lastActivityAt")), text(a.at("event"))};
    }
    if (const value* v = bo.if_contains("customerOrgLifeTimeValue")) {
        const object& a = v->as_object();
        b.lifetime_value = csm::graph::customer_org_lifetime_value{
            a.at("value").to_number<double>(), csm::currency_code::parse(a.at("currencyCode").as_string()).value()};
    }
    b.website_url = optional_text(bo, "websiteUrl");
    b.industry = optional_text(bo, "industry");
    if (const value* v = bo.if_contains("contributors")) b.contributors = users(*v);
    b.country = optional_text(bo, "country");
    b.account_type = optional_text(bo, "accountType");
    return csm::graph::customer_org{std::move(common), std::move(b)};
}
csm::graph::set_objects_request envelope(std::string_view json) {
    const value dom = boost::json::parse(json);
    const object& o = dom.as_object();
    csm::graph::set_objects_request e;
    const auto& objects = o.at("objects").as_array();
    e.objects.reserve(objects.size());
    for (const value& v : objects) e.objects.emplace_back(customer_org(v.as_object()));
    if (const value* v = o.if_contains("operationType")) e.operation_type = csm::graph::operation_type(text(*v));
    if (const value* v = o.if_contains("connectionId")) e.connection_id.emplace(text(*v));
    return e;
}

// W3: the fetch-profiles response, read the same way (ids as strings, as W3's generator writes them).
namespace rm = csm::rest::model;
std::vector<rm::profile_detail_value> details(const value& v) {
    std::vector<rm::profile_detail_value> out;
    out.reserve(v.as_array().size());
    for (const value& e : v.as_array()) {
        const object& o = e.as_object();
        rm::profile_detail_value d{text(o.at("name")), std::nullopt};
        if (const value* c = o.if_contains("value")) {
            const object& co = c->as_object();
            rm::profile_detail_value_content content{rm::detail_field_type_name(text(co.at("type"))), {}};
            if (const value* t = co.if_contains("text")) {
                content.text.reserve(t->as_array().size());
                for (const value& x : t->as_array()) content.text.push_back(text(x));
            }
            d.value = std::move(content);
        }
        out.push_back(std::move(d));
    }
    return out;
}
csm::rest::customer::customer_profile profile(const object& o) {
    csm::rest::customer::customer_profile p{csm::customer_id(text(o.at("customerId"))),
                                            optional_text(o, "displayName"),
                                            optional_text(o, "email"),
                                            {},
                                            {},
                                            {},
                                            {}};
    if (const value* v = o.if_contains("organizations")) {
        p.organizations.reserve(v->as_array().size());
        for (const value& e : v->as_array()) {
            const object& x = e.as_object();
            p.organizations.push_back({csm::organization_id(text(x.at("id"))), text(x.at("name"))});
        }
    }
    if (const value* v = o.if_contains("details")) p.details = details(*v);
    if (const value* v = o.if_contains("entitlements")) {
        p.entitlements.reserve(v->as_array().size());
        for (const value& e : v->as_array()) {
            const object& x = e.as_object();
            const object& product = x.at("product").as_object();
            const object& entity = x.at("entitledEntity").as_object();
            rm::profile_entitlement ent{
                csm::entitlement_id(text(x.at("id"))),
                {csm::product_id(text(product.at("id"))), text(product.at("name"))},
                {csm::entitled_entity_id(text(entity.at("id"))), rm::entitled_entity_type(text(entity.at("type")))},
                {}};
            if (const value* d = x.if_contains("details")) ent.details = details(*d);
            p.entitlements.push_back(std::move(ent));
        }
    }
    return p;
}
csm::rest::customer::customer_profiles profiles(std::string_view json) {
    const value dom = boost::json::parse(json);
    csm::rest::customer::customer_profiles out;
    if (const value* v = dom.as_object().if_contains("profiles")) {
        out.profiles.reserve(v->as_array().size());
        for (const value& e : v->as_array()) out.profiles.push_back(profile(e.as_object()));
    }
    return out;
}

} // namespace handread

// ---- checks (also the smoke test) -------------------------------------------------------------------

int failures = 0;
void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "csm_bench: check failed: %s\n", what);
        ++failures;
    }
}
bool same_json(const std::string& a, const std::string& b) { return boost::json::parse(a) == boost::json::parse(b); }

void verify_parse(const std::string& text, bool typed_ok) {
    check(typed_ok, "csm::json::parse gives the model the text was written from");
    check(same_json(boost::json::serialize(boost::json::parse(text)), text), "boost::json::parse reads the same JSON");
    boost::json::monotonic_resource mr;
    check(same_json(boost::json::serialize(boost_parse_monotonic(text, mr)), text), "boost::json::parse (monotonic)");
    check(same_json(nlohmann::ordered_json::parse(text).dump(), text), "nlohmann/json reads the same JSON");
    simdjson::dom::parser dp;
    check(same_json(simdjson::minify(dp.parse(text).value()), text), "simdjson DOM reads the same JSON");
    simdjson::ondemand::parser op;
    simdjson::padded_string padded(text);
    check(same_json(std::string(simdjson::to_json_string(op.iterate(padded)).value()), text),
          "simdjson On-Demand reads the same JSON");
    check(simdjson_ondemand(op, padded) > 0, "simdjson On-Demand walk");
}

// ---- W4: every endpoint of the registry, filled in from its documented curl example ---------------------

/// The curl example of an endpoint (tests/fixtures: seeds/rest-*/ or rest/*/, named "<id>.<name>.curl").
std::string curl_of(std::string_view id) {
    std::string prefix(id);
    for (char& c : prefix) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    prefix += '.';
    std::vector<std::filesystem::path> found;
    for (const auto& e : std::filesystem::recursive_directory_iterator(CSM_FIXTURES_DIR)) {
        const std::string name = e.path().filename().string();
        const std::string dir = e.path().parent_path().filename().string();
        if (name.rfind(prefix, 0) == 0 && e.path().extension() == ".curl" && dir != "e2e") found.push_back(e.path());
    }
    if (found.empty()) throw std::runtime_error("no curl example for " + std::string(id));
    std::sort(found.begin(), found.end()); // the plain example ("o5.get_organization.curl") before variants
    std::ifstream f(found.front(), std::ios::binary);
    std::ostringstream ss;
    ss << f.rdbuf();
    return ss.str();
}
/// The text between `opening` and the next `'` (curl's quoted --url and --data arguments).
std::string quoted_after(const std::string& curl, std::string_view opening) {
    const std::size_t start = curl.find(opening);
    if (start == std::string::npos) return {};
    const std::size_t from = start + opening.size();
    return curl.substr(from, curl.find('\'', from) - from);
}
/// The value of `key` in the query of the example's URL, if it has one.
std::optional<std::string> query_value(const std::string& curl, std::string_view key) {
    const std::string url = quoted_after(curl, "--url '");
    const std::size_t q = url.find('?');
    if (q == std::string::npos) return std::nullopt;
    std::string_view rest = std::string_view(url).substr(q + 1);
    while (!rest.empty()) {
        const std::string_view pair = rest.substr(0, rest.find('&'));
        rest.remove_prefix(std::min(rest.size(), pair.size() + 1));
        if (pair.substr(0, pair.find('=')) == key && pair.find('=') != std::string_view::npos)
            return std::string(pair.substr(pair.find('=') + 1));
    }
    return std::nullopt;
}

/// Endpoint E with every parameter set as its documented example sets it: path ids, query values and the
/// Idempotency-Key from the curl URL and headers, the body from its --data. Read through the codec (an
/// endpoint is a described struct whose members are its parameters under their keys).
template <class E>
E sample_of() {
    const std::string curl = curl_of(E::info.docs.id);
    boost::json::object o;
    boost::mp11::mp_for_each<csm::rest::parameters_of<E>>([&](auto p) {
        using P = decltype(p);
        const std::string key(P::key);
        if constexpr (P::role == csm::rest::parameter_role::path) {
            o[key] = P::key == "organizationId" ? "123"
                     : P::key == "fieldName"    ? "Region"
                                                : "3858a61a-d337-42e6-993e-e13e1c366d4f";
        } else if constexpr (P::role == csm::rest::parameter_role::header) {
            o[key] = quoted_after(curl, "Idempotency-Key: ");
        } else if constexpr (P::role == csm::rest::parameter_role::body) {
            o[key] = boost::json::parse(quoted_after(curl, "--data '"));
        } else if (const auto v = query_value(curl, P::key)) {
            if (std::is_integral_v<csm::unwrap_optional_t<typename P::type>>) o[key] = boost::json::parse(*v);
            else o[key] = *v;
        }
    });
    return csm::json::parse_or_throw<E>(boost::json::serialize(o));
}

struct w4_row {
    std::string_view id, name;
    std::size_t allocations, budget;
};

/// Heap allocations of one build_request of E's example, and its budget: one per part that owns memory
/// (the URL; the header vector, if any header is sent; the body, if there is one). Counted for the second
/// request: the first on a thread also grows the scratch string bodies are written into.
template <class E>
w4_row w4_row_of() {
    const E ep = sample_of<E>();
    const auto base = csm::rest::api_base::atlassian(csm::cloud_id("0f8b-cloud")).value();
    (void)csm::rest::build_request(ep, base);
    const std::size_t before = csm_bench_allocations.load();
    auto r = csm::rest::build_request(ep, base);
    const std::size_t n = csm_bench_allocations.load() - before;
    check(r.has_value(), "build_request succeeds for every endpoint's example");
    if (!r) return {E::info.docs.id, E::info.name, n, 0};
    const std::size_t budget = 1 + (r->headers.empty() ? 0 : 1) + (r->body ? 1 : 0);
    return {E::info.docs.id, E::info.name, n, budget};
}

std::vector<w4_row> w4_rows() {
    std::vector<w4_row> rows;
    boost::mp11::mp_for_each<csm::rest::all_endpoint_identities>(
        [&](auto t) { rows.push_back(w4_row_of<typename decltype(t)::type>()); });
    return rows;
}

/// The W4 table (every endpoint), with the maximum and median; checks every budget.
void report_w4() {
    std::vector<w4_row> rows = w4_rows();
    std::printf("\n| endpoint | | heap allocations per build_request | budget |\n|---|---|---|---|\n");
    std::vector<std::size_t> counts;
    for (const w4_row& r : rows) {
        std::printf("| %.*s | %.*s | %zu | %zu |\n", int(r.id.size()), r.id.data(), int(r.name.size()), r.name.data(),
                    r.allocations, r.budget);
        counts.push_back(r.allocations);
        if (r.allocations > r.budget) {
            std::fprintf(stderr, "csm_bench: W4 %.*s: %zu heap allocations, budget %zu\n", int(r.id.size()),
                         r.id.data(), r.allocations, r.budget);
            check(false, "W4: build_request stays within its allocation budget");
        }
    }
    std::sort(counts.begin(), counts.end());
    std::printf("W4: %zu endpoints, heap allocations per build_request: max %zu, median %zu\n", counts.size(),
                counts.back(), counts[counts.size() / 2]);
}

csm::rest::organization::get_organization w4_get() { return sample_of<csm::rest::organization::get_organization>(); }
csm::rest::organization::fetch_organizations w4_fetch() {
    return sample_of<csm::rest::organization::fetch_organizations>();
}

int verify() {
    const inputs& i = in();
    check(csm::json::serialize(i.envelope) == i.envelope_text, "serialize is deterministic");
    // Boost writes doubles in its own notation (1.0005E3 for 1000.5): the same JSON, other bytes.
    check(same_json(boost::json::serialize(i.envelope_dom), i.envelope_text),
          "boost::json::serialize of the prebuilt DOM");
    check(same_json(boost::json::serialize(csm::json::to_value(i.envelope)), i.envelope_text), "DOM build + serialize");
    check(handwritten::envelope(i.envelope) == i.envelope_text, "the hand-written writer gives the same bytes");
    check(handread::envelope(i.envelope_text) == i.envelope, "DOM + hand-written extraction reads the same model");
    check(handread::profiles(i.profiles_text) == i.profiles, "DOM + hand-written extraction reads the same W3 model");
    check(i.envelope_text.size() > 50000, "W2 is a large envelope");
    verify_parse(i.envelope_text,
                 csm::json::parse<csm::graph::set_objects_request>(i.envelope_text).value() == i.envelope);
    verify_parse(i.profiles_text,
                 csm::json::parse<csm::rest::customer::customer_profiles>(i.profiles_text).value() == i.profiles);
    check(csm::json::parse_one_pass<csm::graph::set_objects_request>(i.envelope_text).has_value(),
          "W2 takes the streaming path");
    check(csm::json::parse_one_pass<csm::rest::customer::customer_profiles>(i.profiles_text).has_value(),
          "W3 takes the streaming path");
    report_w4();
    return failures == 0 ? 0 : 1;
}

// ---- benchmarks -------------------------------------------------------------------------------------

void W1_csm_serialize(benchmark::State& s) {
    for (auto _ : s) benchmark::DoNotOptimize(csm::json::serialize(in().envelope));
}
void W1_handwritten(benchmark::State& s) {
    for (auto _ : s) benchmark::DoNotOptimize(handwritten::envelope(in().envelope));
}
void W1_boost_serialize_prebuilt_dom(benchmark::State& s) {
    for (auto _ : s) benchmark::DoNotOptimize(boost::json::serialize(in().envelope_dom));
}
void W1_boost_dom_build_and_serialize(benchmark::State& s) {
    for (auto _ : s) benchmark::DoNotOptimize(boost::json::serialize(csm::json::to_value(in().envelope)));
}

template <class T>
void csm_parse(benchmark::State& s, const std::string& text) {
    for (auto _ : s) benchmark::DoNotOptimize(csm::json::parse<T>(text));
}
void boost_parse(benchmark::State& s, const std::string& text) {
    for (auto _ : s) benchmark::DoNotOptimize(boost::json::parse(text));
}
void W2_handread(benchmark::State& s, const std::string& text) {
    for (auto _ : s) benchmark::DoNotOptimize(handread::envelope(text));
}
void W3_handread(benchmark::State& s, const std::string& text) {
    for (auto _ : s) benchmark::DoNotOptimize(handread::profiles(text));
}
void boost_parse_mono(benchmark::State& s, const std::string& text) {
    for (auto _ : s) {
        boost::json::monotonic_resource mr;
        benchmark::DoNotOptimize(boost_parse_monotonic(text, mr));
    }
}
void nlohmann_parse(benchmark::State& s, const std::string& text) {
    for (auto _ : s) benchmark::DoNotOptimize(nlohmann::ordered_json::parse(text));
}
void simdjson_dom(benchmark::State& s, const std::string& text) {
    simdjson::dom::parser p;
    simdjson::padded_string padded(text);
    for (auto _ : s) benchmark::DoNotOptimize(p.parse(padded).value());
}
void simdjson_od(benchmark::State& s, const std::string& text) {
    simdjson::ondemand::parser p;
    simdjson::padded_string padded(text);
    for (auto _ : s) benchmark::DoNotOptimize(simdjson_ondemand(p, padded));
}

template <class E>
void W4_build(benchmark::State& s, E ep) {
    const auto base = csm::rest::api_base::atlassian(csm::cloud_id("0f8b-cloud")).value();
    const std::size_t before = csm_bench_allocations.load();
    for (auto _ : s) benchmark::DoNotOptimize(csm::rest::build_request(ep, base));
    s.counters["allocs/request"] = double(csm_bench_allocations.load() - before) / double(s.iterations());
}

void register_all() {
    const inputs& i = in();
    benchmark::RegisterBenchmark("W1/csm::json::serialize", W1_csm_serialize);
    benchmark::RegisterBenchmark("W1/hand-written writer", W1_handwritten);
    benchmark::RegisterBenchmark("W1/boost::json::serialize(prebuilt DOM)", W1_boost_serialize_prebuilt_dom);
    benchmark::RegisterBenchmark("W1/to_value + boost::json::serialize", W1_boost_dom_build_and_serialize);
    const struct {
        const char* w;
        const std::string* text;
        void (*typed)(benchmark::State&, const std::string&);
    } parse_workloads[] = {{"W2", &i.envelope_text, &csm_parse<csm::graph::set_objects_request>},
                           {"W3", &i.profiles_text, &csm_parse<csm::rest::customer::customer_profiles>}};
    for (const auto& w : parse_workloads) {
        const std::string& t = *w.text;
        const std::string p = std::string(w.w) + "/";
        benchmark::RegisterBenchmark((p + "csm::json::parse").c_str(), w.typed, t);
        benchmark::RegisterBenchmark((p + "boost::json::parse").c_str(), boost_parse, t);
        benchmark::RegisterBenchmark((p + "boost::json::parse + hand-written extraction").c_str(),
                                     std::string(w.w) == "W2" ? W2_handread : W3_handread, t);
        benchmark::RegisterBenchmark((p + "boost::json::parse(monotonic)").c_str(), boost_parse_mono, t);
        benchmark::RegisterBenchmark((p + "nlohmann::ordered_json::parse").c_str(), nlohmann_parse, t);
        benchmark::RegisterBenchmark((p + "simdjson DOM").c_str(), simdjson_dom, t);
        benchmark::RegisterBenchmark((p + "simdjson On-Demand walk").c_str(), simdjson_od, t);
    }
    benchmark::RegisterBenchmark("W4/build_request(get_organization)",
                                 W4_build<csm::rest::organization::get_organization>, w4_get());
    benchmark::RegisterBenchmark("W4/build_request(fetch_organizations)",
                                 W4_build<csm::rest::organization::fetch_organizations>, w4_fetch());
}

/// Keeps each benchmark's median (or its only run) to print ratios at the end.
class ratio_reporter : public benchmark::ConsoleReporter {
public:
    std::map<std::string, double> times;
    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& r : runs) {
            if (r.error_occurred) continue;
            if (r.run_type == Run::RT_Aggregate && r.aggregate_name != "median") continue;
            if (r.run_type == Run::RT_Iteration && times.count(r.benchmark_name())) continue;
            std::string name = r.run_name.function_name;
            times[name] = r.GetAdjustedCPUTime(); // CPU time: less disturbed by other processes on shared machines
        }
        ConsoleReporter::ReportRuns(runs);
    }
    void print_ratios() const {
        const char* rows[][2] = {
            {"W1/csm::json::serialize", "W1/boost::json::serialize(prebuilt DOM)"},
            {"W1/csm::json::serialize", "W1/hand-written writer"},
            {"W1/csm::json::serialize", "W1/to_value + boost::json::serialize"},
            {"W2/csm::json::parse", "W2/boost::json::parse"},
            {"W2/csm::json::parse", "W2/boost::json::parse + hand-written extraction"},
            {"W2/csm::json::parse", "W2/boost::json::parse(monotonic)"},
            {"W2/csm::json::parse", "W2/nlohmann::ordered_json::parse"},
            {"W2/csm::json::parse", "W2/simdjson DOM"},
            {"W2/csm::json::parse", "W2/simdjson On-Demand walk"},
            {"W3/csm::json::parse", "W3/boost::json::parse"},
            {"W3/csm::json::parse", "W3/boost::json::parse + hand-written extraction"},
            {"W3/csm::json::parse", "W3/boost::json::parse(monotonic)"},
            {"W3/csm::json::parse", "W3/nlohmann::ordered_json::parse"},
            {"W3/csm::json::parse", "W3/simdjson DOM"},
            {"W3/csm::json::parse", "W3/simdjson On-Demand walk"},
        };
        std::printf(
            "\n| csm-cpp | baseline | ratio (csm-cpp CPU time / baseline CPU time, medians) |\n|---|---|---|\n");
        for (const auto& row : rows) {
            const auto a = times.find(row[0]), b = times.find(row[1]);
            if (a == times.end() || b == times.end() || b->second == 0) continue;
            std::printf("| %s | %s | %.2f |\n", row[0], row[1], a->second / b->second);
        }
    }
};

/// `--repeat WORKLOAD N`: runs one workload N times and nothing else, for instruction counts under
/// `valgrind --tool=callgrind` (stable where times on a shared machine are not). Workloads: W1-csm,
/// W1-boost (serialize of the prebuilt DOM), W1-hand, W2-csm, W2-boost, W2-hand (DOM + hand-written extraction), W3-csm, W3-boost, W3-hand.
int repeat(const std::string& workload, int n) {
    const inputs& i = in();
    std::size_t sink = 0;
    for (int k = 0; k < n; ++k) {
        if (workload == "W1-csm") sink += csm::json::serialize(i.envelope).size();
        else if (workload == "W1-boost") sink += boost::json::serialize(i.envelope_dom).size();
        else if (workload == "W1-hand") sink += handwritten::envelope(i.envelope).size();
        else if (workload == "W2-csm")
            sink += csm::json::parse<csm::graph::set_objects_request>(i.envelope_text)->objects.size();
        else if (workload == "W2-hand") sink += handread::envelope(i.envelope_text).objects.size();
        else if (workload == "W2-boost") sink += boost::json::parse(i.envelope_text).as_object().size();
        else if (workload == "W3-csm")
            sink += csm::json::parse<csm::rest::customer::customer_profiles>(i.profiles_text)->profiles.size();
        else if (workload == "W3-boost") sink += boost::json::parse(i.profiles_text).as_object().size();
        else if (workload == "W3-hand") sink += handread::profiles(i.profiles_text).profiles.size();
        else return std::fprintf(stderr, "csm_bench: unknown workload %s\n", workload.c_str()), 2;
    }
    std::printf("%zu\n", sink);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    for (int a = 1; a < argc; ++a) {
        if (std::string(argv[a]) == "--smoke") return verify();
        if (std::string(argv[a]) == "--repeat" && a + 2 < argc) return repeat(argv[a + 1], std::atoi(argv[a + 2]));
        if (std::string(argv[a]) == "--write-inputs" && a + 1 < argc) {
            std::ofstream(std::string(argv[a + 1]) + "/w2.json", std::ios::binary) << in().envelope_text;
            std::ofstream(std::string(argv[a + 1]) + "/w3.json", std::ios::binary) << in().profiles_text;
            return 0;
        }
    }
    if (verify() != 0) return 1;
    benchmark::Initialize(&argc, argv);
    register_all();
    ratio_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.print_ratios();
    benchmark::Shutdown();
    return 0;
}

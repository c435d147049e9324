// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
//
// csm-cpp against baselines in the same process (docs/performance.md says how to run it and read it).
//   csm_bench [Google Benchmark flags]   benchmarks, then a table of ratios (csm-cpp time / baseline time)
//   csm_bench --smoke                    each workload once, checking that every baseline sees the same JSON
//   csm_bench --write-inputs DIR         writes W2 and W3's JSON text to DIR/w2.json and DIR/w3.json
//
// W1 serialize a 100-object setObjects envelope; W2 parse it; W3 parse a fetch-profiles response of 25
// customer profiles; W4 build_request, with heap allocations per request counted by the operator new below.
#include <csm/graph/envelope.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/customer.hpp>
#include <csm/rest/organization.hpp>

#include <benchmark/benchmark.h>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <new>
#include <sstream>
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

template <class E>
std::size_t allocations_of(const E& ep) {
    const auto base = csm::rest::api_base::atlassian(csm::cloud_id("0f8b-cloud")).value();
    const std::size_t before = csm_bench_allocations.load();
    auto r = csm::rest::build_request(ep, base);
    const std::size_t n = csm_bench_allocations.load() - before;
    check(r.has_value(), "build_request succeeds");
    return n;
}
csm::rest::organization::get_organization w4_get() { return {csm::organization_id("123")}; }
csm::rest::organization::fetch_organizations w4_fetch() {
    csm::rest::organization::fetch_organizations f;
    f.body.organization_ids = std::vector<csm::organization_id>{csm::organization_id("1"), csm::organization_id("22")};
    return f;
}

int verify() {
    const inputs& i = in();
    check(csm::json::serialize(i.envelope) == i.envelope_text, "serialize is deterministic");
    // Boost writes doubles in its own notation (1.0005E3 for 1000.5): the same JSON, other bytes.
    check(same_json(boost::json::serialize(i.envelope_dom), i.envelope_text), "boost::json::serialize of the prebuilt DOM");
    check(same_json(boost::json::serialize(csm::json::to_value(i.envelope)), i.envelope_text), "DOM build + serialize");
    check(i.envelope_text.size() > 50000, "W2 is a large envelope");
    verify_parse(i.envelope_text, csm::json::parse<csm::graph::set_objects_request>(i.envelope_text).value() == i.envelope);
    verify_parse(i.profiles_text, csm::json::parse<csm::rest::customer::customer_profiles>(i.profiles_text).value() == i.profiles);
    {
        csm::graph::set_objects_request s = csm::json::detail::placeholder<csm::graph::set_objects_request>();
        check(csm::json::detail::stream::parse_into(i.envelope_text, {}, s), "W2 takes the streaming path");
        csm::rest::customer::customer_profiles p;
        check(csm::json::detail::stream::parse_into(i.profiles_text, {}, p), "W3 takes the streaming path");
    }
    std::printf("W4 heap allocations per build_request: get_organization %zu, fetch_organizations %zu\n",
                allocations_of(w4_get()), allocations_of(w4_fetch()));
    return failures == 0 ? 0 : 1;
}

// ---- benchmarks -------------------------------------------------------------------------------------

void W1_csm_serialize(benchmark::State& s) {
    for (auto _ : s) benchmark::DoNotOptimize(csm::json::serialize(in().envelope));
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
        benchmark::RegisterBenchmark((p + "boost::json::parse(monotonic)").c_str(), boost_parse_mono, t);
        benchmark::RegisterBenchmark((p + "nlohmann::ordered_json::parse").c_str(), nlohmann_parse, t);
        benchmark::RegisterBenchmark((p + "simdjson DOM").c_str(), simdjson_dom, t);
        benchmark::RegisterBenchmark((p + "simdjson On-Demand walk").c_str(), simdjson_od, t);
    }
    benchmark::RegisterBenchmark("W4/build_request(get_organization)", W4_build<csm::rest::organization::get_organization>, w4_get());
    benchmark::RegisterBenchmark("W4/build_request(fetch_organizations)", W4_build<csm::rest::organization::fetch_organizations>,
                                 w4_fetch());
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
            {"W1/csm::json::serialize", "W1/to_value + boost::json::serialize"},
            {"W2/csm::json::parse", "W2/boost::json::parse"},
            {"W2/csm::json::parse", "W2/boost::json::parse(monotonic)"},
            {"W2/csm::json::parse", "W2/nlohmann::ordered_json::parse"},
            {"W2/csm::json::parse", "W2/simdjson DOM"},
            {"W2/csm::json::parse", "W2/simdjson On-Demand walk"},
            {"W3/csm::json::parse", "W3/boost::json::parse"},
            {"W3/csm::json::parse", "W3/boost::json::parse(monotonic)"},
            {"W3/csm::json::parse", "W3/nlohmann::ordered_json::parse"},
            {"W3/csm::json::parse", "W3/simdjson DOM"},
            {"W3/csm::json::parse", "W3/simdjson On-Demand walk"},
        };
        std::printf("\n| csm-cpp | baseline | ratio (csm-cpp CPU time / baseline CPU time, medians) |\n|---|---|---|\n");
        for (const auto& row : rows) {
            const auto a = times.find(row[0]), b = times.find(row[1]);
            if (a == times.end() || b == times.end() || b->second == 0) continue;
            std::printf("| %s | %s | %.2f |\n", row[0], row[1], a->second / b->second);
        }
    }
};

} // namespace

int main(int argc, char** argv) {
    for (int a = 1; a < argc; ++a) {
        if (std::string(argv[a]) == "--smoke") return verify();
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

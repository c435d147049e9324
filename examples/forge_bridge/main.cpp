// forge_bridge_send: hands Teamwork Graph payloads to the Forge bridge app (app/) through its web trigger.
//
//     forge_bridge_send <trigger-url> set <envelope.json>... [--batch-size N] [--pacing even|burst] [--backfill-limit-applies] [--dry-run]
//     forge_bridge_send <trigger-url> delete <object-type> <ids-file> [--connection-id ID] [--dry-run]
//
// `set` reads setObjects envelopes (e.g. graph_ingest's output), refuses them if validate() finds an error,
// batches them again (at most N objects per envelope, default 100) and sends them at the times
// csm::graph::plan_sends gives. `delete` reads one id per line and sends deleteObjectsByExternalId requests of
// at most 100 ids, at most 500 ids a minute. The bridge's shared secret comes from the environment variable
// CSM_BRIDGE_TOKEN (sent as Authorization: Bearer). --dry-run prints the schedule and sends nothing.
// Exit status: 0 everything sent and answered with success, 1 bad input, 2 stopped (the output says where).
#include "forge_bridge.hpp"

#include <curl_transport.hpp>

#include <csm/graph/validate.hpp>

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace graph = csm::graph;
namespace bridge = csm_examples::forge_bridge;

namespace {

int usage() {
    std::cerr << "usage: forge_bridge_send <trigger-url> set <envelope.json>... [--batch-size N] [--pacing even|burst] "
                 "[--backfill-limit-applies] "
                 "[--dry-run]\n"
                 "       forge_bridge_send <trigger-url> delete <object-type> <ids-file> [--connection-id ID] "
                 "[--dry-run]\n"
                 "The bridge's secret is read from CSM_BRIDGE_TOKEN.\n";
    return 1;
}

std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void print_plan(const std::vector<graph::planned_send>& plan, std::string_view unit) {
    for (const auto& s : plan)
        std::cout << "batch " << s.batch + 1 << "/" << plan.size() << ": " << s.objects << " " << unit << " at +"
                  << s.offset.count() << " ms\n";
}

template <class Response>
int finish(const bridge::send_report<Response>& report, std::size_t total) {
    for (const auto& s : report.sent) {
        std::cout << "batch " << s.batch + 1 << "/" << total << " at +" << s.offset.count() << " ms: ";
        if (s.status == 0) std::cout << "no answer";
        else std::cout << "HTTP " << s.status;
        if constexpr (requires { s.response->accepted_count(); }) {
            if (s.response)
                std::cout << ", " << s.response->accepted_count() << " accepted, " << s.response->rejected_count()
                          << " rejected";
        }
        std::cout << '\n';
    }
    if (!report.stopped) return 0;
    std::cout << "stopped: " << *report.stopped << "; resume from batch " << report.sent.back().batch + 1 << '\n';
    return 2;
}

struct options {
    bool dry_run = false;
    graph::pacing pacing = graph::pacing::even;
    graph::backfill_limit backfill = graph::backfill_limit::not_assumed;
    graph::batch_options batching{};
    std::optional<std::string> connection_id{};
    std::vector<std::string> positional{};
};

bool parse_options(int argc, char** argv, int first, options& o) {
    for (int i = first; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--dry-run") {
            o.dry_run = true;
        } else if (arg == "--pacing" && i + 1 < argc) {
            const std::string_view p = argv[++i];
            if (p == "even") o.pacing = graph::pacing::even;
            else if (p == "burst") o.pacing = graph::pacing::burst;
            else return false;
        } else if (arg == "--backfill-limit-applies") {
            // Only when BACKFILL envelopes are known to get the 50,000 a minute limit (docs/teamwork-graph.md).
            o.backfill = graph::backfill_limit::applies;
        } else if (arg == "--batch-size" && i + 1 < argc) {
            const std::string_view n = argv[++i];
            const auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), o.batching.max_objects);
            if (ec != std::errc() || end != n.data() + n.size()) return false;
        } else if (arg == "--connection-id" && i + 1 < argc) {
            o.connection_id = argv[++i];
        } else if (arg.starts_with("--")) {
            return false;
        } else {
            o.positional.emplace_back(arg);
        }
    }
    return true;
}

csm_examples::curl_transport make_transport() {
    const char* token = std::getenv("CSM_BRIDGE_TOKEN");
    if (!token || !*token) std::cerr << "note: CSM_BRIDGE_TOKEN is not set; the bridge refuses calls without it\n";
    return csm_examples::curl_transport(
        {.authorization = token && *token ? csm_examples::bearer_authorization(token) : std::string()});
}

int run_set(std::string_view trigger, const options& o) {
    if (o.positional.empty()) return usage();
    std::vector<graph::set_objects_request> batches;
    for (const std::string& path : o.positional) {
        const auto text = read_file(path);
        if (!text) {
            std::cerr << "cannot read " << path << '\n';
            return 1;
        }
        auto envelope = csm::json::parse<graph::set_objects_request>(*text);
        if (!envelope) {
            std::cerr << path << ": " << envelope.error().message() << '\n';
            return 1;
        }
        const auto problems = graph::validate(*envelope);
        for (const auto& p : problems) std::cout << path << ": " << p.message() << '\n';
        if (graph::has_errors(problems)) {
            std::cerr << path << ": not sent (it has errors)\n";
            return 1;
        }
        auto parts = graph::make_batches(std::move(*envelope), o.batching);
        if (!parts) {
            std::cerr << path << ": " << parts.error().message() << '\n';
            return 1;
        }
        for (auto& b : *parts) batches.push_back(std::move(b));
    }
    auto plan = graph::plan_sends(batches, {.pacing = o.pacing, .backfill = o.backfill});
    if (!plan) {
        std::cerr << plan.error().message() << '\n';
        return 1;
    }
    if (o.dry_run) {
        print_plan(*plan, "objects");
        return 0;
    }
    auto http = make_transport();
    return finish(bridge::send_set_objects(trigger, batches, *plan, http, bridge::steady_waiter{}), batches.size());
}

int run_delete(std::string_view trigger, const options& o) {
    if (o.positional.size() != 2) return usage();
    const auto text = read_file(o.positional[1]);
    if (!text) {
        std::cerr << "cannot read " << o.positional[1] << '\n';
        return 1;
    }
    graph::delete_objects_by_external_id_request request{.object_type = o.positional[0]};
    if (o.connection_id) request.connection_id.emplace(*o.connection_id);
    std::istringstream lines(*text);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) request.external_ids.emplace_back(line);
    }
    const auto parts = bridge::split_deletes(request);
    auto plan = bridge::plan_deletes(parts, o.pacing);
    if (!plan) {
        std::cerr << plan.error().message() << '\n';
        return 1;
    }
    if (o.dry_run) {
        print_plan(*plan, "ids");
        return 0;
    }
    auto http = make_transport();
    return finish(bridge::send_deletes(trigger, parts, *plan, http, bridge::steady_waiter{}), parts.size());
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) return usage();
    const std::string_view trigger = argv[1];
    const std::string_view command = argv[2];
    options o;
    if (!parse_options(argc, argv, 3, o)) return usage();
    if (!bridge::make_request(trigger, "", "")) {
        std::cerr << "the web trigger URL must be absolute (https://...)\n";
        return 1;
    }
    if (command == "set") return run_set(trigger, o);
    if (command == "delete") return run_delete(trigger, o);
    return usage();
}

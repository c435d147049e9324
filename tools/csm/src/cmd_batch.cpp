// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// csm batch FILE|- --out DIR [--max N] [--max-bytes B]
#include "commands.hpp"
#include "args.hpp"
#include "graph_input.hpp"

#include <csm/graph/batch.hpp>
#include <csm/graph/rate_plan.hpp>
#include <csm/graph/envelope.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/value.hpp>

#include <filesystem>
#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

namespace csm_cli {

namespace {

constexpr option_spec options[] = {
    {"out", true}, {"max", true}, {"max-bytes", true}, {"operation", true}, {"plan", false}};

constexpr std::string_view help =
    R"(Usage: csm batch FILE|- --out DIR [--max N] [--max-bytes B] [--operation NAME] [--plan]

Splits the objects of a Teamwork Graph setObjects envelope (or a single object) into envelopes of at most
N objects and, with --max-bytes, at most B bytes of compact JSON each, keeping their order and the envelope's
other fields (properties, operationType, connectionId). Writes DIR/envelope-001.json, envelope-002.json, ...
(DIR is created if needed; files of the same names are replaced, others are left alone) and prints one line
per file. Batching does not validate: run `csm validate` on the input first.

Requests of the other operations with a list are split the same way into DIR/request-001.json, ...: setUsers
("users"), setGroups ("groups"), mapUsers ("directMappings") and setRelationships ("relationships") are
recognised by their list; deleteObjectsByExternalId, deleteUsersByExternalId and deleteGroupsByExternalId
need --operation. With --plan, one more line per file says when to send it under the operation's documented
per-minute limit (setObjects: 1,500 objects a minute; BACKFILL's higher limit is not assumed).

Options:
  --out DIR         where to write the envelopes (required)
  --max N           objects per envelope, 1 to 100 (default 100, the setObjects limit)
  --max-bytes B     a byte budget per envelope
  --operation NAME  the operation, as the SDK names it (e.g. deleteUsersByExternalId); see csm validate
  --plan            also print the send schedule
  -h, --help        this text

Examples:
  csm batch envelope.json --out batches
  csm batch envelope.json --out batches --max 2 --max-bytes 4096
  csm batch users.json --out batches --plan

Exit codes: 0 written; 1 not JSON, not an envelope, or an object larger than --max-bytes alone; 2 usage;
7 the file cannot be read or DIR cannot be written.
)";

std::string file_name(std::size_t index, std::size_t count, std::string_view stem = "envelope-") {
    std::string number = std::to_string(index + 1);
    const std::size_t width = std::max<std::size_t>(3, std::to_string(count).size());
    if (number.size() < width) number.insert(0, width - number.size(), '0');
    return std::string(stem) + number + ".json";
}

void print_plan(const context& ctx, const std::vector<csm::graph::planned_send>& plan, const std::filesystem::path& dir,
                std::size_t count, std::string_view stem) {
    for (const auto& send : plan)
        ctx.out << (dir / file_name(send.batch, count, stem)).string() << ": send at +" << send.offset.count()
                << " ms\n";
}

/// Every operation but setObjects: split with make_batches, write DIR/request-NNN.json.
exit_code run_request(const context& ctx, const std::string& path, const boost::json::value& jv,
                      csm::graph::graph_operation op, csm::graph::batch_options batching,
                      const std::filesystem::path& dir, bool plan) {
    auto split = split_request(jv, op, batching);
    if (!split) return fail(ctx, "batch", exit_code::invalid_input, input_name(path) + ": " + split.error().message());
    const auto unit = csm::graph::limits_of(op).unit;
    std::size_t total = 0;
    for (std::size_t n : split->items) total += n;
    if (split->texts.empty()) {
        ctx.err << "csm batch: " << input_name(path) << " has no " << unit << "; nothing written\n";
        return exit_code::ok;
    }
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir))
        return fail(ctx, "batch", exit_code::io_error, "cannot create directory " + dir.string());
    const std::size_t count = split->texts.size();
    for (std::size_t i = 0; i < count; ++i) {
        const std::filesystem::path file = dir / file_name(i, count, "request-");
        if (auto failure = write_file(file, split->texts[i] + "\n"))
            return fail(ctx, "batch", exit_code::io_error, failure->message);
        ctx.out << file.string() << ": " << split->items[i] << ' ' << unit << ", " << split->texts[i].size()
                << " bytes\n";
    }
    if (plan) {
        if (split->plan.empty())
            ctx.out << "no send plan: " << csm::graph::limits_of(op).name << " documents no rate limit\n";
        print_plan(ctx, split->plan, dir, count, "request-");
    }
    ctx.err << "csm batch: " << total << ' ' << unit << " in " << count << (count == 1 ? " request\n" : " requests\n");
    return exit_code::ok;
}

exit_code run(args_view words, const context& ctx) {
    auto args = parse_args(words, options);
    if (!args) return usage_failure(ctx, "batch", args.error().message);
    if (args->help) return print_help(ctx, batch_command);
    if (args->positionals.size() != 1)
        return usage_failure(ctx, "batch",
                             args->positionals.empty() ? "needs a FILE (or - for standard input)" : "takes one FILE");
    const auto out_dir = args->value("out");
    if (!out_dir || out_dir->empty()) return usage_failure(ctx, "batch", "needs --out DIR");

    std::optional<csm::graph::graph_operation> named;
    if (const auto name = args->value("operation")) {
        named = operation_named(*name);
        if (!named) return usage_failure(ctx, "batch", "--operation needs an operation name such as setUsers");
    }

    csm::graph::batch_options batching;
    if (const auto max = args->value("max")) {
        auto n = parse_count(*max, "max", csm::graph::max_objects_per_request);
        if (!n || *n == 0) return usage_failure(ctx, "batch", "--max needs a whole number from 1 to 100");
        batching.max_objects = static_cast<std::size_t>(*n);
    }
    if (const auto bytes = args->value("max-bytes")) {
        auto n = parse_count(*bytes, "max-bytes");
        if (!n || *n == 0) return usage_failure(ctx, "batch", "--max-bytes needs a positive whole number");
        batching.max_bytes = static_cast<std::size_t>(*n);
    }

    const std::string& path = args->positionals[0];
    auto text = read_input(ctx, path);
    if (!text) return fail(ctx, "batch", exit_code::io_error, text.error().message);
    auto jv = csm::json::parse_value(*text);
    if (!jv) return fail(ctx, "batch", exit_code::invalid_input, input_name(path) + ": " + jv.error().message());
    const auto operation = named ? *named : operation_by_shape(*jv);
    if (operation != csm::graph::graph_operation::set_objects)
        return run_request(ctx, path, *jv, operation, batching, std::filesystem::path(*out_dir), args->has("plan"));
    auto envelope = csm::json::from_value<csm::graph::set_objects_request>(as_envelope(*jv));
    if (!envelope) {
        auto e = envelope.error();
        if (!is_envelope(*jv) && e.pointer.starts_with("/objects/0")) e.pointer.erase(0, 10);
        return fail(ctx, "batch", exit_code::invalid_input, input_name(path) + ": " + e.message());
    }

    const std::size_t total = envelope->objects.size();
    auto batches = csm::graph::make_batches(std::move(*envelope), batching);
    if (!batches)
        return fail(ctx, "batch", exit_code::invalid_input, input_name(path) + ": " + batches.error().message());
    if (batches->empty()) {
        ctx.err << "csm batch: " << input_name(path) << " has no objects; nothing written\n";
        return exit_code::ok;
    }

    const std::filesystem::path dir(*out_dir);
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir))
        return fail(ctx, "batch", exit_code::io_error, "cannot create directory " + dir.string());
    for (std::size_t i = 0; i < batches->size(); ++i) {
        const std::string json = csm::json::serialize((*batches)[i]);
        const std::filesystem::path file = dir / file_name(i, batches->size());
        if (auto failure = write_file(file, json + "\n"))
            return fail(ctx, "batch", exit_code::io_error, failure->message);
        ctx.out << file.string() << ": " << (*batches)[i].objects.size()
                << ((*batches)[i].objects.size() == 1 ? " object, " : " objects, ") << json.size() << " bytes\n";
    }
    if (args->has("plan")) {
        auto plan = csm::graph::plan_sends(*batches);
        if (!plan)
            return fail(ctx, "batch", exit_code::invalid_input, input_name(path) + ": " + plan.error().message());
        print_plan(ctx, *plan, dir, batches->size(), "envelope-");
    }
    ctx.err << "csm batch: " << total << (total == 1 ? " object in " : " objects in ") << batches->size()
            << (batches->size() == 1 ? " envelope\n" : " envelopes\n");
    return exit_code::ok;
}

} // namespace

const command batch_command{"batch", "split Teamwork Graph objects into envelopes and write them", help, &run};

} // namespace csm_cli

// graph_ingest: turns a CRM's CSV export of customer organizations into Teamwork Graph setObjects envelopes.
//
//     graph_ingest <customers.csv> <output-dir> [--batch-size N] [--connection-id ID]
//
// Each valid row becomes a csm::graph::customer_org; rows with problems are reported (row number, JSON Pointer,
// rule; never the customer's data) and left out. The rest are batched (at most N, default 100, objects per
// envelope) and written as <output-dir>/envelope-001.json, … Exit status: 0 all rows written, 2 some rows
// rejected, 1 the input could not be read.
#include <csm/graph.hpp>
#include <csm/json/serialize.hpp>

#include <charconv>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace graph = csm::graph;

namespace {

// ---- CSV (RFC 4180): comma-separated, "quoted" fields may hold commas, line breaks and doubled "" quotes ----

struct csv_error {
    std::size_t line;
    const char* what;
};

/// Parses the whole text into records of fields. CRLF and LF both end a record; a final line break is optional.
std::vector<std::vector<std::string>> parse_csv(std::string_view text, std::optional<csv_error>& error) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    std::size_t line = 1;
    std::size_t i = 0;
    bool at_field_start = true;
    bool quoted = false;     // inside a quoted field
    bool was_quoted = false; // the current field was quoted (only a separator may follow its closing quote)
    auto end_field = [&] {
        record.push_back(std::move(field));
        field.clear();
        at_field_start = true;
        was_quoted = false;
    };
    auto end_record = [&] {
        end_field();
        records.push_back(std::move(record));
        record.clear();
        ++line;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    i += 2;
                    continue;
                }
                quoted = false;
                was_quoted = true;
            } else {
                if (c == '\n') ++line;
                field.push_back(c);
            }
            ++i;
            continue;
        }
        if (c == ',') {
            end_field();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            end_record();
            ++i;
        } else if (c == '\n') {
            end_record();
        } else if (was_quoted) {
            error = csv_error{line, "text after a closing quote"};
            return {};
        } else if (c == '"') {
            if (!at_field_start) {
                error = csv_error{line, "a quote inside an unquoted field"};
                return {};
            }
            quoted = true;
            at_field_start = false;
        } else {
            field.push_back(c);
            at_field_start = false;
        }
        ++i;
    }
    if (quoted) {
        error = csv_error{line, "a quoted field that never ends"};
        return {};
    }
    if (!field.empty() || !record.empty() || was_quoted) end_record();
    return records;
}

// ---- rows to objects -----------------------------------------------------------------------------------

class row_reader {
public:
    row_reader(const std::vector<std::string>& header, const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < header.size() && i < fields.size(); ++i) values_[header[i]] = fields[i];
    }
    /// The column's text, or nothing when it is empty or missing.
    std::optional<std::string> get(const std::string& column) const {
        auto it = values_.find(column);
        if (it == values_.end() || it->second.empty()) return std::nullopt;
        return it->second;
    }

private:
    std::map<std::string, std::string> values_;
};

struct built_row {
    std::optional<graph::customer_org> org;
    std::vector<graph::problem> problems;
};

std::optional<csm::instant> read_instant(const row_reader& row, const char* column, const char* pointer,
                                         std::vector<graph::problem>& problems, bool required) {
    const auto text = row.get(column);
    if (!text) {
        if (required) problems.push_back({pointer, graph::rule::required, graph::severity::error, {}});
        return std::nullopt;
    }
    auto parsed = csm::instant::parse(*text);
    if (!parsed) {
        problems.push_back({pointer, graph::rule::instant, graph::severity::error, {}});
        return std::nullopt;
    }
    return *parsed;
}

built_row build(const row_reader& row) {
    built_row out;
    auto& problems = out.problems;
    const auto id = row.get("id");
    if (!id) problems.push_back({"/id", graph::rule::required, graph::severity::error, {}});
    const auto created = read_instant(row, "created_at", "/createdAt", problems, true);
    const auto updated = read_instant(row, "updated_at", "/lastUpdatedAt", problems, true);

    graph::customer_org_block block;
    if (const auto at = row.get("last_activity_at"); at || row.get("last_activity_event")) {
        const auto when = read_instant(
            row, "last_activity_at", "/atlassian:customer-org/customerOrgLastActivity/lastActivityAt", problems, true);
        if (when)
            block.last_activity = graph::customer_org_last_activity{*when, row.get("last_activity_event").value_or("")};
    }
    const auto amount = row.get("lifetime_value");
    const auto currency = row.get("currency");
    if (amount || currency) {
        constexpr const char* base = "/atlassian:customer-org/customerOrgLifeTimeValue";
        double value = 0;
        bool ok = true;
        if (!amount) {
            problems.push_back({std::string(base) + "/value", graph::rule::required, graph::severity::error, {}});
            ok = false;
        } else {
            const auto [end, ec] = std::from_chars(amount->data(), amount->data() + amount->size(), value);
            if (ec != std::errc() || end != amount->data() + amount->size()) {
                problems.push_back(
                    {std::string(base) + "/value", graph::rule::type, graph::severity::error, "a number"});
                ok = false;
            }
        }
        std::optional<graph::any_currency_code> code;
        if (!currency)
            problems.push_back(
                {std::string(base) + "/currencyCode", graph::rule::required, graph::severity::error, {}});
        else if (auto parsed = graph::any_currency_code::parse(*currency)) code = *parsed;
        else
            problems.push_back(
                {std::string(base) + "/currencyCode", graph::rule::currency_code, graph::severity::error, {}});
        if (ok && code) block.lifetime_value = graph::customer_org_lifetime_value{value, *code};
    }
    block.website_url = row.get("website");
    block.industry = row.get("industry");
    block.country = row.get("country");
    block.account_type = row.get("account_type");
    if (const auto owner = row.get("owner")) block.contacts = std::vector{graph::user_reference::external(*owner)};

    if (!id || !created || !updated) return out; // cannot build the object; report what is known

    graph::customer_org org{
        {.schema_version = "1.0",
         .id = csm::graph_object_id(*id),
         // Last write wins: the update time in milliseconds orders the versions of a row.
         .update_sequence_number = updated->time_point<std::chrono::milliseconds>().time_since_epoch().count(),
         .display_name = row.get("name"),
         .description = row.get("description"),
         .url = row.get("url").value_or(""),
         .created_at = *created,
         .last_updated_at = *updated,
         .permissions = {graph::permission::of(graph::principal::atlassian_workspace())}},
        std::move(block)};
    if (const auto owner = row.get("owner")) org.owners = std::vector{graph::user_reference::external(*owner)};
    for (graph::problem& p : graph::validate(org)) problems.push_back(std::move(p));
    out.org = std::move(org);
    return out;
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

int usage() {
    std::cerr << "usage: graph_ingest <customers.csv> <output-dir> [--batch-size N] [--connection-id ID]\n";
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) return usage();
    const std::filesystem::path input = argv[1];
    const std::filesystem::path output = argv[2];
    graph::batch_options batching;
    std::optional<std::string> connection;
    for (int i = 3; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--batch-size" && i + 1 < argc) {
            const std::string_view n = argv[++i];
            if (std::from_chars(n.data(), n.data() + n.size(), batching.max_objects).ec != std::errc()) return usage();
        } else if (arg == "--connection-id" && i + 1 < argc) {
            connection = argv[++i];
        } else {
            return usage();
        }
    }

    const auto text = read_file(input);
    if (!text) {
        std::cerr << "cannot read " << input << '\n';
        return 1;
    }
    std::optional<csv_error> csv_problem;
    const auto records = parse_csv(*text, csv_problem);
    if (csv_problem) {
        std::cerr << input << ": line " << csv_problem->line << ": " << csv_problem->what << '\n';
        return 1;
    }
    if (records.empty()) {
        std::cerr << input << ": no header row\n";
        return 1;
    }

    graph::set_objects_request request;
    if (connection) request.connection_id.emplace(*connection);
    std::size_t written = 0;
    std::size_t rejected = 0;
    // Rows are numbered as a spreadsheet shows them: the header is row 1.
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() == 1 && records[r][0].empty()) continue; // a blank line
        built_row row = build(row_reader(records[0], records[r]));
        for (const graph::problem& p : row.problems) std::cout << "row " << r + 1 << ": " << p.message() << '\n';
        if (!row.org || graph::has_errors(row.problems)) {
            ++rejected;
            continue;
        }
        request.objects.emplace_back(std::move(*row.org));
        ++written;
    }
    if (!request.connection_id) std::cout << "note: no --connection-id given; Atlassian recommends sending one\n";

    auto batches = graph::make_batches(std::move(request), batching);
    if (!batches) {
        std::cerr << batches.error().message() << '\n';
        return 1;
    }
    std::error_code ec;
    std::filesystem::create_directories(output, ec);
    if (ec) {
        std::cerr << "cannot create " << output << '\n';
        return 1;
    }
    const auto plan = graph::plan_sends(*batches).value();
    for (std::size_t i = 0; i < batches->size(); ++i) {
        std::string name = std::to_string(i + 1);
        name = "envelope-" + std::string(name.size() < 3 ? 3 - name.size() : 0, '0') + name + ".json";
        std::ofstream out(output / name, std::ios::binary);
        out << csm::json::serialize((*batches)[i]) << '\n';
        if (!out) {
            std::cerr << "cannot write " << (output / name) << '\n';
            return 1;
        }
        std::cout << name << ": " << (*batches)[i].objects.size() << " objects, send at +" << plan[i].offset.count()
                  << " ms\n";
    }
    std::cout << written << " rows written, " << rejected << " rejected\n";
    return rejected == 0 ? 0 : 2;
}

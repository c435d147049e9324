// Keys are the camelCase of member names; rename() covers keys that cannot be derived; alias() adds keys
// accepted on read.
#include <csm/json.hpp>

#include <cassert>
#include <optional>
#include <string>

namespace example {
struct org_block {
    std::string display_name;                  // "displayName"
    std::optional<std::string> default_;       // "default": a trailing underscore is dropped
    std::optional<std::string> block;          // renamed below
    std::optional<std::string> last_updated_at;
    static constexpr csm::json::field_rule json_fields[] = {
        csm::json::rename("block", "atlassian:customer-org"),
        csm::json::alias("last_updated_at", "lastUpdated"), // also read; never written
    };
};
BOOST_DESCRIBE_STRUCT(org_block, (), (display_name, default_, block, last_updated_at))
} // namespace example

int main() {
    const example::org_block b{"Acme", "yes", "x", std::nullopt};
    assert(csm::json::serialize(b) == R"({"displayName":"Acme","default":"yes","atlassian:customer-org":"x"})");

    // Read through the alias, written back under the canonical key.
    const auto r = csm::json::parse<example::org_block>(R"({"displayName":"Acme","lastUpdated":"2024"})");
    assert(r->last_updated_at == "2024");
    assert(csm::json::serialize(*r) == R"({"displayName":"Acme","lastUpdatedAt":"2024"})");

    // When both are present the canonical key wins.
    const auto both = csm::json::parse<example::org_block>(
        R"({"displayName":"A","lastUpdated":"old","lastUpdatedAt":"new"})");
    assert(both->last_updated_at == "new");
}

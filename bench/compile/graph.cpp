// Compile-cost: Teamwork Graph with validation (scripts/compile-cost). Builds, serializes and validates one
// envelope.
#include <csm/graph/objects.hpp>
#include <csm/graph/validate.hpp>

#include <string>

int main() {
#if !defined(CSM_COMPILE_COST_EMPTY_MAIN) // scripts/compile-cost: the headers alone
    const csm::instant at = csm::instant::parse("2024-01-01T00:00:00Z").value();
    csm::graph::customer_org o{{.schema_version = "1.0",
                                .id = csm::graph_object_id("org-1"),
                                .update_sequence_number = 1,
                                .display_name = "Acme",
                                .url = "https://crm.example.com/a/1",
                                .created_at = at,
                                .created_by = csm::graph::user_reference::external("u-1"),
                                .last_updated_at = at,
                                .permissions = {csm::graph::permission::of(csm::graph::principal::everyone())}},
                               {}};
    csm::graph::set_objects_request env;
    env.connection_id.emplace("c-1");
    env.objects.push_back(o);
    std::string out = csm::json::serialize(env);
    auto problems = csm::graph::validate(env);
    return static_cast<int>(out.size() + problems.size());
#else
    return 0;
#endif
}

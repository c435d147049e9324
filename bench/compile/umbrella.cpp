// Compile-cost: the umbrella header (scripts/compile-cost). Builds one request, parses one response and
// serializes one Teamwork Graph envelope.
#include <csm/csm.hpp>

#include <string>

int main() {
#if !defined(CSM_COMPILE_COST_EMPTY_MAIN) // scripts/compile-cost: the headers alone
    const auto base = csm::rest::api_base::forge();
    csm::rest::organization::get_organization ep{.organization_id = csm::organization_id{"1"}};
    auto req = csm::rest::build_request(ep, base);
    auto res = csm::rest::parse_response<csm::rest::organization::get_organization>(
        200, {}, R"({"id":"1","name":"Acme","details":[]})");
    csm::graph::set_objects_request env;
    env.connection_id.emplace("c-1");
    std::string out = csm::json::serialize(env);
    return static_cast<int>(out.size()) + (req ? 1 : 0) + (res ? 1 : 0);
#else
    return 0;
#endif
}

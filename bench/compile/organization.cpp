// Compile-cost: one resource (scripts/compile-cost). Builds one request and parses one response.
#include <csm/rest/build.hpp>
#include <csm/rest/organization.hpp>
#include <csm/rest/response.hpp>

int main() {
#if !defined(CSM_COMPILE_COST_EMPTY_MAIN) // scripts/compile-cost: the headers alone
    const auto base = csm::rest::api_base::forge();
    csm::rest::organization::get_organization ep{.organization_id = csm::organization_id{"1"}};
    auto req = csm::rest::build_request(ep, base);
    auto res = csm::rest::parse_response<csm::rest::organization::get_organization>(
        200, {}, R"({"id":"1","name":"Acme","details":[]})");
    return (req ? 1 : 0) + (res ? 1 : 0);
#else
    return 0;
#endif
}

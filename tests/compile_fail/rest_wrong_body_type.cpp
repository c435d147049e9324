// csm-expect-error: could not convert|no viable conversion|cannot convert
// Building an endpoint with the body of another endpoint does not compile.
#include <csm/ids.hpp>
#include <csm/rest/build.hpp>

#include <string>
#include <vector>

namespace test_api {
struct name_request {
    std::string name;
};
BOOST_DESCRIBE_STRUCT(name_request, (), (name))

struct set_detail_values_request {
    std::vector<std::string> values;
};
BOOST_DESCRIBE_STRUCT(set_detail_values_request, (), (values))

struct set_organization_detail_value {
    csm::organization_id organization_id;
    std::string field_name;
    set_detail_values_request body;
    static constexpr csm::rest::endpoint_info info{.id = "O8", .name = "organization.set_detail_value",
                                                   .method = csm::rest::http_method::put,
                                                   .path = "/organization/{organizationId}/details"};
    using response = csm::rest::no_content;
};
BOOST_DESCRIBE_STRUCT(set_organization_detail_value, (), (organization_id, field_name, body))
} // namespace test_api

[[maybe_unused]] auto built() {
#ifdef CSM_COMPILE_FAIL
    const test_api::name_request body{"Atlassian"};
#else
    const test_api::set_detail_values_request body{{"EU"}};
#endif
    return csm::rest::build_request(
        test_api::set_organization_detail_value{csm::organization_id("1"), "Region", body},
        csm::rest::api_base::forge());
}

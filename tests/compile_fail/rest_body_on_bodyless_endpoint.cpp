// csm-expect-error: no non-static data member named .*body|field designator .body. does not refer to any field
// A body-less endpoint has no body member: giving it one does not compile.
#include <csm/ids.hpp>
#include <csm/rest/endpoint.hpp>

#include <string>

namespace test_api {
struct name_request {
    std::string name;
};
BOOST_DESCRIBE_STRUCT(name_request, (), (name))

struct get_organization {
    csm::organization_id organization_id;
    static constexpr csm::rest::endpoint_info info{.id = "O5", .name = "organization.get",
                                                   .path = "/organization/{organizationId}"};
    using response = csm::rest::no_content;
};
BOOST_DESCRIBE_STRUCT(get_organization, (), (organization_id))
} // namespace test_api

#ifdef CSM_COMPILE_FAIL
[[maybe_unused]] const test_api::get_organization ep{.organization_id = csm::organization_id("1"),
                                                     .body = test_api::name_request{"Atlassian"}};
#else
[[maybe_unused]] const test_api::get_organization ep{.organization_id = csm::organization_id("1")};
#endif

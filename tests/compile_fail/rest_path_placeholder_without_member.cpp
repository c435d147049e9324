// csm-expect-error: has a .placeholder. that names no member of the endpoint
// Every {placeholder} of info.path must name a member: a typo in the template stops the build.
#include <csm/ids.hpp>
#include <csm/rest/build.hpp>

namespace test_api {
struct get_organization {
    csm::organization_id organization_id;
    static constexpr csm::rest::endpoint_info info{.name = "organization.get",
#ifdef CSM_COMPILE_FAIL
                                                   .path = "/organization/{organisationId}",
#else
                                                   .path = "/organization/{organizationId}",
#endif
                                                   .docs = {.id = "O5"}};
    using response = csm::rest::no_content;
};
BOOST_DESCRIBE_STRUCT(get_organization, (), (organization_id))
} // namespace test_api

[[maybe_unused]] auto built() {
    return csm::rest::build_request(test_api::get_organization{csm::organization_id("1")},
                                    csm::rest::api_base::forge());
}

// csm-expect-error: could not convert|no viable conversion|cannot convert
// A customer id does not fit an organization id parameter.
#include <csm/ids.hpp>
#include <csm/rest/endpoint.hpp>

namespace test_api {
struct get_organization {
    csm::organization_id organization_id;
    static constexpr csm::rest::endpoint_info info{.id = "O5", .name = "organization.get",
                                                   .path = "/organization/{organizationId}"};
    using response = csm::rest::no_content;
};
BOOST_DESCRIBE_STRUCT(get_organization, (), (organization_id))
} // namespace test_api

#ifdef CSM_COMPILE_FAIL
[[maybe_unused]] const test_api::get_organization ep{csm::customer_id("qm:1")};
#else
[[maybe_unused]] const test_api::get_organization ep{csm::organization_id("123")};
#endif

// csm-expect-error: use of deleted function|call to deleted constructor
// An endpoint's path parameter is a strong id with no default: leaving it out does not compile.
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
[[maybe_unused]] const test_api::get_organization ep{};
#else
[[maybe_unused]] const test_api::get_organization ep{csm::organization_id("123")};
#endif

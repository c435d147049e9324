// csm-expect-error: could not convert|no viable conversion|cannot convert
// A customer id does not fit the organization id parameter of a real endpoint.
#include <csm/rest/organization.hpp>

#ifdef CSM_COMPILE_FAIL
[[maybe_unused]] const csm::rest::organization::get_organization ep{csm::customer_id("qm:1")};
#else
[[maybe_unused]] const csm::rest::organization::get_organization ep{csm::organization_id("123")};
#endif

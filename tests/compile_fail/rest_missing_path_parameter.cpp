// csm-expect-error: use of deleted function|call to deleted constructor
// An endpoint's path parameter is a strong id with no default: leaving it out of a real endpoint does not compile.
#include <csm/rest/organization.hpp>

#ifdef CSM_COMPILE_FAIL
[[maybe_unused]] const csm::rest::organization::get_organization ep{};
#else
[[maybe_unused]] const csm::rest::organization::get_organization ep{csm::organization_id("123")};
#endif

// csm-expect-error: deleted function [^ ]*csm::basic_id<Tag>::basic_id\(\) \[with Tag = csm::id_tags::organization\]|call to deleted constructor of [^ ]*csm::organization_id
// An endpoint's path parameter is a strong id with no default: leaving it out of a real endpoint does not compile.
#include <csm/rest/organization.hpp>

#ifdef CSM_COMPILE_FAIL
[[maybe_unused]] const csm::rest::organization::get_organization ep{};
#else
[[maybe_unused]] const csm::rest::organization::get_organization ep{csm::organization_id("123")};
#endif

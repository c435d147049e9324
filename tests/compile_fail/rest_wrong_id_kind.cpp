// csm-expect-error: could not convert .* from [^ ]*basic_id<csm::id_tags::customer>[^ ]* to [^ ]*basic_id<csm::id_tags::organization>|no viable conversion from [^ ]*basic_id<id_tags::customer>[^ ]* to [^ ]*basic_id<id_tags::organization>
// A customer id does not fit the organization id parameter of a real endpoint.
#include <csm/rest/organization.hpp>

#ifdef CSM_COMPILE_FAIL
[[maybe_unused]] const csm::rest::organization::get_organization ep{csm::customer_id("qm:1")};
#else
[[maybe_unused]] const csm::rest::organization::get_organization ep{csm::organization_id("123")};
#endif

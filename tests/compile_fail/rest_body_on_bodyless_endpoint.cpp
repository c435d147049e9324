// csm-expect-error: get_organization[^ ]* has no non-static data member named [^ ]*body|field designator [^ ]*body[^ ]* does not refer to any field in type [^ ]*const csm::rest::organization::get_organization
// A body-less endpoint (O5, organization.get) has no body member: giving it one does not compile.
#include <csm/rest/organization.hpp>

#ifdef CSM_COMPILE_FAIL
[[maybe_unused]] const csm::rest::organization::get_organization ep{
    .organization_id = csm::organization_id("1"), .body = csm::rest::model::organization_name_request{"Atlassian"}};
#else
[[maybe_unused]] const csm::rest::organization::get_organization ep{.organization_id = csm::organization_id("1")};
#endif

// csm-expect-error: could not convert [^ ]*body[^ ]* from [^ ]*const csm::rest::model::organization_name_request|no viable conversion from [^ ]*const csm::rest::model::organization_name_request
// A real endpoint built with the body of another endpoint does not compile: O8 (organization.detail_value.set)
// takes a set_detail_values_request, not O6's organization_name_request.
#include <csm/rest/build.hpp>
#include <csm/rest/organization.hpp>

[[maybe_unused]] auto built() {
#ifdef CSM_COMPILE_FAIL
    const csm::rest::model::organization_name_request body{"Atlassian"};
#else
    const csm::rest::model::set_detail_values_request body{{"EU"}};
#endif
    return csm::rest::build_request(csm::rest::organization::set_detail_value{csm::organization_id("1"),
                                                                              csm::rest::detail_field_name{"Region"},
                                                                              body},
                                    csm::rest::api_base::forge());
}

// csm-expect-error: deleted function [^ ]*csm::rest::idempotency_key::idempotency_key\(\)|call to deleted constructor of [^ ]*csm::rest::idempotency_key
// Bulk endpoints require an Idempotency-Key: leaving the key out of a real bulk endpoint does not compile.
#include <csm/rest/organization_bulk.hpp>

#ifdef CSM_COMPILE_FAIL
[[maybe_unused]] const csm::rest::organization_bulk::create_detail_field_definitions ep{.body = {}};
#else
[[maybe_unused]] const csm::rest::organization_bulk::create_detail_field_definitions ep{
    .idempotency_key = csm::rest::idempotency_key::parse("c748a424-1db8-47f9-8288-713cdb0407b5").value(), .body = {}};
#endif

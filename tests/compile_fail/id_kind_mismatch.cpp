// csm-expect-error: no match for [^ ]*operator=[^ ]* \(operand types are [^ ]*csm::organization_id[^ ]* .* and [^ ]*const csm::customer_id|no viable overloaded '='
// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// One kind of id never becomes another: assigning a customer_id to an organization_id must not compile.
#include <csm/ids.hpp>

void assign_ids() {
    csm::organization_id organization("123");
    const csm::customer_id customer("qm:1");
#ifdef CSM_COMPILE_FAIL
    organization = customer;
#else
    organization = csm::organization_id(customer.view()); // an explicit, visible conversion is fine
#endif
    (void)organization;
}

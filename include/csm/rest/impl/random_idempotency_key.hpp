// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_IMPL_RANDOM_IDEMPOTENCY_KEY_HPP
#define CSM_REST_IMPL_RANDOM_IDEMPOTENCY_KEY_HPP

// The definition of idempotency_key::generate_uuid_v4() (std::random_device): included by
// rest/idempotency_key.hpp when header-only; compiled into the library (csm/src.hpp) in compiled mode, and
// nowhere else (a non-template function, defined once).
#include <csm/rest/impl/idempotency_key.hpp>

#include <random>

namespace csm::rest {

CSM_DECL idempotency_key idempotency_key::generate_uuid_v4() {
    std::random_device device;
    return generate_uuid_v4(device);
}

} // namespace csm::rest

#endif

// csm-expect-error: deleted function [^ ]*csm::basic_id<Tag>::basic_id\(\) \[with Tag = csm::id_tags::customer\]|call to deleted constructor of [^ ]*csm::customer_id
// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// An id has no default: `csm::customer_id id;` must not compile, so a forgotten id is a compile error.
#include <csm/ids.hpp>

#include <optional>

#ifdef CSM_COMPILE_FAIL
[[maybe_unused]] csm::customer_id forgotten;
#else
[[maybe_unused]] std::optional<csm::customer_id> maybe;
#endif

// csm-expect-error: deleted function [^ ]*csm::instant::instant\(\)|call to deleted constructor of [^ ]*csm::instant
// An instant has no natural default value: `csm::instant x;` must not compile (use std::optional<instant>).
#include <csm/instant.hpp>

#include <optional>

#ifdef CSM_COMPILE_FAIL
[[maybe_unused]] csm::instant bad;
#else
[[maybe_unused]] std::optional<csm::instant> good;
#endif

// csm-expect-error: instant_literal_is_not_an_rfc3339_instant
// An impossible date (February 30) in an _instant literal must stop the compile, not throw at run time.
#include <csm/instant.hpp>

using namespace csm::literals;

#ifdef CSM_COMPILE_FAIL
[[maybe_unused]] constexpr auto bad = "2024-02-30T00:00:00Z"_instant;
#else
[[maybe_unused]] constexpr auto good = "2024-02-29T00:00:00Z"_instant;
#endif

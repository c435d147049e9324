// csm-expect-error: csm::auth secrets have no JSON codec
// A token cannot be turned into JSON by accident: csm::json::serialize refuses every csm::auth secret.
#include <csm/auth/secret.hpp>
#include <csm/json/serialize.hpp>

#include <string>

[[maybe_unused]] std::string serialized() {
    const csm::auth::access_token token("eyJ-secret");
#ifdef CSM_COMPILE_FAIL
    return csm::json::serialize(token);
#else
    return token.empty() ? std::string() : std::string("<redacted>");
#endif
}

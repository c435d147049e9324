// csm-expect-error: invalid initialization of reference of type [^ ]*const csm::customer_id&|no matching function for call to [^ ]*is_vip
// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// Text becomes an id only when asked to: passing a std::string where an id is expected must not compile.
#include <csm/ids.hpp>

#include <string>

bool is_vip(const csm::customer_id& id) { return id.view() == "qm:vip"; }

bool check(const std::string& text) {
#ifdef CSM_COMPILE_FAIL
    return is_vip(text);
#else
    return is_vip(csm::customer_id(text));
#endif
}

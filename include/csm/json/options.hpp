// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_OPTIONS_HPP
#define CSM_JSON_OPTIONS_HPP

namespace csm::json {

/// How tolerant reading is. The default is forward compatible: Atlassian adds keys and enum values without
/// notice, so unknown keys are ignored (or kept, for structs that have a csm::json::unknown_fields member)
/// and unknown enum values are kept. Strict mode, for tests and audits, rejects both.
struct read_options {
    bool reject_unknown_members = false;
    bool reject_unknown_enum_values = false;

    static constexpr read_options strict() noexcept { return {true, true}; }
    static constexpr read_options tolerant() noexcept { return {false, false}; }
};

} // namespace csm::json

#endif

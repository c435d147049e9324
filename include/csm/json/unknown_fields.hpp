// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_UNKNOWN_FIELDS_HPP
#define CSM_JSON_UNKNOWN_FIELDS_HPP

#include <boost/json/object.hpp>

namespace csm::json {

/// Declare (and describe) a member of this type to keep the keys a struct does not know, as raw JSON, so
/// that reading and writing it again loses nothing. Without one, unknown keys are ignored on read.
///
/// Writing emits these keys after the known members; a kept key that a known member also writes is skipped
/// (the known member wins, so a stale copy can never duplicate a key).
struct unknown_fields {
    boost::json::object members;

    bool empty() const noexcept { return members.empty(); }
    std::size_t size() const noexcept { return members.size(); }
    friend bool operator==(const unknown_fields& a, const unknown_fields& b) { return a.members == b.members; }
};

} // namespace csm::json

#endif

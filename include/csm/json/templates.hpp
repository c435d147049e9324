// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_TEMPLATES_HPP
#define CSM_JSON_TEMPLATES_HPP

/// The codec's templates for any type: parse, parse_one_pass, serialize, serialize_to, to_value, from_value
/// with their definitions. Header-only builds get them from the entry headers already. In compiled mode
/// (csm/config.hpp) those headers only declare them for the library's own types; a TU that reads or writes
/// its own described structs includes this header (docs/json-mapping.md, "Your own types in compiled mode").
#include <csm/json/impl/parse.hpp>
#include <csm/json/impl/serialize.hpp>
#include <csm/json/impl/value.hpp>

#endif

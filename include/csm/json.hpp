// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_JSON_HPP
#define CSM_JSON_HPP

// The JSON codec: serialize, to_value, parse, from_value for every described struct and csm type.
#include <csm/json/codec.hpp>
#include <csm/json/fields.hpp>
#include <csm/json/member_key.hpp>
#include <csm/json/options.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/read_context.hpp>
#include <csm/json/serialize.hpp>
#include <csm/json/unknown_fields.hpp>
#include <csm/json/value.hpp>

#include <boost/describe/class.hpp>

#endif

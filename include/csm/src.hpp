// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_SRC_HPP
#define CSM_SRC_HPP

/// The compiled mode's definitions, in one header (like {fmt}'s src/format.cc or Boost.JSON's src.hpp).
/// csm-cpp is header-only by default. A program with many TUs can instead compile it once
/// (docs/install.md, "Header-only or compiled"):
///
/// - link the CMake target `csm::csm_compiled` (or the Conan option `header_only=False`, the vcpkg feature
///   `compiled`, pkg-config's `csm-cpp-compiled`), which builds these definitions into a static library and
///   defines `CSM_SEPARATE_COMPILATION` for its users; or
/// - define `CSM_SEPARATE_COMPILATION` for every TU of the program that includes csm-cpp and include this
///   header in exactly one of its .cpp files.
///
/// Then the public headers declare, and this header defines once: the codec's entry points (parse,
/// parse_one_pass, serialize, serialize_to, to_value, from_value) for every body, response and Teamwork Graph
/// type; build_request and parse_response for the 60 endpoints; Teamwork Graph validation, batching and send
/// plans; the OAuth reads; and the one-pass reader's parser.
#if !defined(CSM_SEPARATE_COMPILATION)
#error "csm/src.hpp is for compiled mode: define CSM_SEPARATE_COMPILATION for every TU that includes csm-cpp"
#endif

#include <csm/impl/src_json.hpp>
#include <csm/impl/src_rest.hpp>
#include <csm/impl/src_graph.hpp>
#include <csm/impl/src_auth.hpp>

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_CONFIG_HPP
#define CSM_CONFIG_HPP

/// The two ways to use csm-cpp (docs/install.md, "Header-only or compiled"):
///
/// - header-only (the default): every header holds its definitions; a TU compiles what it calls;
/// - compiled (`CSM_SEPARATE_COMPILATION` defined in every TU, as the CMake target `csm::csm_compiled` does):
///   the headers hold declarations only for the library's own types (the codec's entry points, build_request,
///   parse_response, Teamwork Graph validation and batching, the OAuth reads), and one library, or one TU that
///   includes <csm/src.hpp>, holds their definitions.
///
/// CSM_DECL marks a non-template function whose body lives in an impl/ header: `inline` when header-only,
/// nothing in compiled mode, where the library defines it once.
#if defined(CSM_SEPARATE_COMPILATION)
#define CSM_DECL
#else
#define CSM_DECL inline
#endif

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_SRC_HPP
#define CSM_SRC_HPP

/// Opt-in separate compilation, like Boost.Asio's BOOST_ASIO_SEPARATE_COMPILATION. The library stays
/// header-only by default. A program with many TUs that parse JSON can instead:
///
/// 1. define `CSM_SEPARATE_COMPILATION` for every TU that includes csm-cpp (in CMake:
///    `target_compile_definitions(app PRIVATE CSM_SEPARATE_COMPILATION)`), and
/// 2. include this header in exactly one of its .cpp files.
///
/// Then the parser of the one-pass reader (`boost::json::basic_parser` over the reader's event handler, the
/// same for every model type) is compiled in that one TU only, not in every TU that calls `csm::json::parse`
/// or `csm::rest::parse_response` (docs/performance.md). Everything else stays in the headers.

#include <csm/json/parse.hpp>

template class boost::json::basic_parser<csm::json::detail::stream::handler>;

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/config.hpp> // first: the header must be self-contained

#define BOOST_TEST_MODULE csm.config
#include <boost/test/unit_test.hpp>

#include <string_view>

#define CSM_TEST_TEXT(x) #x
#define CSM_TEST_EXPANDED(x) CSM_TEST_TEXT(x)

// CSM_DECL is `inline` when header-only (every TU may define the function) and nothing in compiled mode (the
// library defines it once). The asan preset builds this test in compiled mode, the others header-only.
BOOST_AUTO_TEST_CASE(decl_follows_the_mode) {
    const std::string_view decl = CSM_TEST_EXPANDED(CSM_DECL);
#if defined(CSM_SEPARATE_COMPILATION)
    BOOST_TEST(decl.empty());
#else
    BOOST_TEST(decl == "inline");
#endif
}

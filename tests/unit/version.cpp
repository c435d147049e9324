// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/version.hpp>

#define BOOST_TEST_MODULE csm.version
#include <boost/test/unit_test.hpp>

#include <string>

#define CSM_TEST_STR2(x) #x
#define CSM_TEST_STR(x) CSM_TEST_STR2(x)

BOOST_AUTO_TEST_CASE(string_spells_the_three_numbers) {
    const std::string joined = std::string(CSM_TEST_STR(CSM_VERSION_MAJOR)) + "." + CSM_TEST_STR(CSM_VERSION_MINOR) +
                               "." + CSM_TEST_STR(CSM_VERSION_PATCH);
    BOOST_TEST(joined == CSM_VERSION_STRING);
}

BOOST_AUTO_TEST_CASE(number_orders_versions) {
    BOOST_TEST(CSM_VERSION == CSM_VERSION_MAJOR * 10000 + CSM_VERSION_MINOR * 100 + CSM_VERSION_PATCH);
    static_assert(CSM_VERSION_MINOR < 100 && CSM_VERSION_PATCH < 100, "the packed number needs two digits each");
}

// CMake's project(VERSION) is read from version.hpp; the build hands it back so this test proves the two agree.
BOOST_AUTO_TEST_CASE(cmake_project_version_matches) {
    BOOST_TEST(std::string(CSM_TEST_PROJECT_VERSION) == CSM_VERSION_STRING);
}

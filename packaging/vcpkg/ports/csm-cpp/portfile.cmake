# vcpkg port of csm-cpp: header-only; the feature `compiled` adds the static library csm::csm_compiled
# (docs/install.md, "Header-only or compiled"). Sources: the release tagged v${VERSION}, or, when the triplet sets
# CSM_CPP_SOURCE_GIT_URL and CSM_CPP_SOURCE_GIT_REF, that repository and commit (csm-cpp's own packaging
# test builds the commit under test from a local clone this way: docs/install.md).
if(DEFINED CSM_CPP_SOURCE_GIT_URL)
    vcpkg_from_git(
        OUT_SOURCE_PATH SOURCE_PATH
        URL "${CSM_CPP_SOURCE_GIT_URL}"
        REF "${CSM_CPP_SOURCE_GIT_REF}"
    )
else()
    vcpkg_from_github(
        OUT_SOURCE_PATH SOURCE_PATH
        REPO csm-cpp/csm-cpp
        REF "v${VERSION}"
        # Filled in when v${VERSION} is tagged: vcpkg prints the value to use on the first install.
        SHA512 0
        HEAD_REF main
    )
endif()

# Header-only: one configuration, no binaries. Compiled: the release library only, which CMake's imported
# target also gives Debug consumers (the library has no debug-only behaviour; one build instead of two).
set(VCPKG_BUILD_TYPE release)
# The one release archive is deliberate (vcpkg's check expects a debug one too).
set(VCPKG_POLICY_MISMATCHED_NUMBER_OF_BINARIES enabled)
vcpkg_check_features(OUT_FEATURE_OPTIONS feature_options FEATURES compiled CSM_INSTALL_COMPILED)
vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        ${feature_options}
        -DCSM_BUILD_TESTS=OFF
        -DCSM_BUILD_EXAMPLES=OFF
        -DCSM_BUILD_TOOLS=OFF
        -DCSM_INSTALL=ON
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(PACKAGE_NAME csm-cpp CONFIG_PATH share/csm-cpp/cmake)
# csm-cpp.pc names the Boost libraries, so vcpkg wants it where architecture-specific .pc files go.
file(MAKE_DIRECTORY "${CURRENT_PACKAGES_DIR}/lib/pkgconfig")
file(RENAME "${CURRENT_PACKAGES_DIR}/share/pkgconfig/csm-cpp.pc" "${CURRENT_PACKAGES_DIR}/lib/pkgconfig/csm-cpp.pc")
if("compiled" IN_LIST FEATURES)
    file(RENAME "${CURRENT_PACKAGES_DIR}/share/pkgconfig/csm-cpp-compiled.pc"
                "${CURRENT_PACKAGES_DIR}/lib/pkgconfig/csm-cpp-compiled.pc")
endif()
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/share/pkgconfig")
vcpkg_fixup_pkgconfig()

# The licence goes where vcpkg wants it (share/csm-cpp/copyright), not twice.
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/share/doc")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")

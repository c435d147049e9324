// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_VERSION_HPP
#define CSM_VERSION_HPP

// The library's version: the one place it is written. CMake's project(VERSION), the Conan recipe and the
// vcpkg port read it from here (the vcpkg manifest repeats it, and a test checks that they agree).
// Semantic versioning: a MINOR change may add API; before 1.0 it may also change it (docs/install.md).
#define CSM_VERSION_MAJOR 0
#define CSM_VERSION_MINOR 1
#define CSM_VERSION_PATCH 0
#define CSM_VERSION_STRING "0.1.0"

// One number for preprocessor comparisons: MAJOR * 10000 + MINOR * 100 + PATCH (0.1.0 is 100).
#define CSM_VERSION (CSM_VERSION_MAJOR * 10000 + CSM_VERSION_MINOR * 100 + CSM_VERSION_PATCH)

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// One part of the compiled library (csm::csm_compiled; csm/src.hpp holds all parts for single-file use).
#include <csm/impl/src_auth.hpp>

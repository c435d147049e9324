// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// End-to-end: examples/transport_beast against the local test server (cases.hpp).
#include "beast_transport.hpp"

#define BOOST_TEST_MODULE e2e.beast
#include <boost/test/unit_test.hpp>

namespace e2e {
struct transport_factory {
    template <class Settings>
    static csm_examples::beast_transport make(const Settings& s) {
        return csm_examples::beast_transport({.timeout = s.timeout,
                                              .connect_timeout = s.connect_timeout,
                                              .authorization = s.authorization,
                                              .verbose = s.verbose});
    }
};
} // namespace e2e

#include "cases.hpp"

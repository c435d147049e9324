// A user's TU in compiled mode (csm::csm_compiled, csm-cpp-compiled.pc, Conan header_only=False, vcpkg feature
// compiled): it builds one request and reads one response of a library endpoint, so the request builder and
// the reader must come from libcsm-cpp.a. The packaging tests check that this TU's object has no
// `basic_parser` symbol (it does when built header-only, check_no_reader in common.sh). It prints
// tests/package/consumer_compiled/expected_output.txt.
#include <csm/csm.hpp>

#include <iostream>

int main() {
    using csm::rest::organization::get_organization;
    const auto request = csm::rest::build_request(get_organization{csm::organization_id("123")},
                                                  csm::rest::api_base::atlassian(csm::cloud_id("cloud")).value());
    if (!request) return 1;
    std::cout << request->url.buffer() << '\n';
    const auto organization =
        csm::rest::parse_response<get_organization>(200, {}, R"({"id":"123","name":"Atlassian"})");
    if (!organization) return 2;
    std::cout << organization->name << '\n';
}

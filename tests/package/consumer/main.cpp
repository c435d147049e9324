// A user's program, built by every packaging test (find_package, add_subdirectory, FetchContent, Conan, vcpkg,
// pkg-config): it includes the umbrella header, serializes one described struct (Boost.JSON) and builds one
// request (Boost.URL), so a package that links either library wrongly fails here. It prints
// tests/package/consumer/expected_output.txt.
#include <csm/csm.hpp>

#include <iostream>
#include <string>

struct name_request {
    std::string name;
};
BOOST_DESCRIBE_STRUCT(name_request, (), (name))

static_assert(CSM_VERSION >= 100, "csm/version.hpp is installed with the headers");

int main() {
    std::cout << csm::json::serialize(name_request{"Atlassian"}) << '\n';
    const auto request =
        csm::rest::build_request(csm::rest::organization::get_organization{csm::organization_id("123")},
                                 csm::rest::api_base::atlassian(csm::cloud_id("cloud")).value());
    if (!request) return 1;
    std::cout << request->url.buffer() << '\n';
}

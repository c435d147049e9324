// A user's program: it includes the umbrella header and serializes one described struct.
#include <csm/csm.hpp>

#include <iostream>
#include <string>

struct name_request {
    std::string name;
};
BOOST_DESCRIBE_STRUCT(name_request, (), (name))

int main() {
    std::cout << csm::json::serialize(name_request{"Atlassian"}) << '\n';
}

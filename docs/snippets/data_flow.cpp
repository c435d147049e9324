// A model travels one way as text (serialize), the other way from text (parse), through one codec.
#include <csm/csm.hpp>

#include <cassert>
#include <string>
#include <vector>

namespace example {
struct member_list {
    csm::organization_id organization;
    std::vector<csm::customer_id> customers;
};
BOOST_DESCRIBE_STRUCT(member_list, (), (organization, customers))
} // namespace example

int main() {
    const example::member_list out{csm::organization_id("123"), {csm::customer_id("qm:a"), csm::customer_id("qm:b")}};
    const std::string body = csm::json::serialize(out); // straight to text, no DOM
    assert(body == R"({"organization":"123","customers":["qm:a","qm:b"]})");

    const csm::result<example::member_list> in = csm::json::parse<example::member_list>(body);
    assert(in.has_value() && in->customers.size() == 2);
    assert(csm::json::to_value(out) == csm::json::parse_value(body).value()); // the DOM path agrees
}

// Unknown keys are ignored by default, kept by a csm::json::unknown_fields member, rejected in strict mode.
#include <csm/json.hpp>

#include <cassert>
#include <string>

namespace example {
struct plain {
    std::string name;
};
BOOST_DESCRIBE_STRUCT(plain, (), (name))

struct lossless {
    std::string name;
    csm::json::unknown_fields rest; // raw JSON of every key the model does not know
};
BOOST_DESCRIBE_STRUCT(lossless, (), (name, rest))
} // namespace example

int main() {
    const std::string text = R"({"name":"n","addedLater":{"x":[1,2]}})";

    assert(csm::json::serialize(csm::json::parse<example::plain>(text).value()) == R"({"name":"n"})");
    assert(csm::json::serialize(csm::json::parse<example::lossless>(text).value()) == text);

    const auto strict = csm::json::parse<example::plain>(R"({"name":"n","a/b":1})", csm::json::read_options::strict());
    assert(strict.error().code == csm::errc::unknown_member);
    assert(strict.error().pointer == "/a~1b"); // RFC 6901: '/' is "~1", '~' is "~0"
}

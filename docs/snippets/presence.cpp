// Plain T: required. std::optional<T>: absent when empty, null reads as empty. tri_state<T>: absent, null or
// a value, each written as such.
#include <csm/json.hpp>

#include <cassert>
#include <optional>
#include <string>

namespace example {
struct profile_patch {
    std::string name;                     // required: a missing key (or null) is an error
    std::optional<std::string> email;     // optional
    csm::tri_state<std::string> phone;    // null means "clear the phone number"
};
BOOST_DESCRIBE_STRUCT(profile_patch, (), (name, email, phone))
} // namespace example

int main() {
    example::profile_patch p{"Ann", std::nullopt, {}};
    assert(csm::json::serialize(p) == R"({"name":"Ann"})");
    p.phone = nullptr;
    assert(csm::json::serialize(p) == R"({"name":"Ann","phone":null})");
    p.phone = std::string("+1 555");
    assert(csm::json::serialize(p) == R"({"name":"Ann","phone":"+1 555"})");

    const auto r = csm::json::parse<example::profile_patch>(R"({"name":"Ann","email":null,"phone":null})");
    assert(!r->email.has_value()); // null reads as empty ...
    assert(r->phone.is_null());    // ... but tri_state keeps it

    const auto missing = csm::json::parse<example::profile_patch>(R"({"email":"a@b.c"})");
    assert(missing.error().code == csm::errc::missing_member);
    assert(missing.error().pointer == "/name");
}

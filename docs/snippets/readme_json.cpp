#include <csm/json.hpp>
#include <csm/rest/model/detail_field.hpp>

#include <cassert>
#include <string>
#include <vector>

int main() {
    const csm::rest::model::create_detail_field_request region{
        .name = "Region",
        .type = {.name = csm::rest::model::detail_field_type_name::known::select,
                 .options = std::vector<std::string>{"AU", "EU", "US"}}};
    const std::string body = csm::json::serialize(region);
    assert(body == R"({"name":"Region","type":{"name":"SELECT","options":["AU","EU","US"]}})");

    const std::string text = R"({"name":"Region","type":{"name":1}})";
    const auto parsed = csm::json::parse<csm::rest::model::detail_field_response>(text);
    assert(parsed.error().message() == "/type/name: expected a string (type_mismatch)");
}

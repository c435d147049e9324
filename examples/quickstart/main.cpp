// Quick start: build typed CSM payloads, write them as JSON, read JSON back with a precise error.
#include <csm/json.hpp>
#include <csm/rest/model/detail_field.hpp>
#include <csm/rest/model/entitlement.hpp>

#include <iostream>

int main() {
    namespace model = csm::rest::model;
    using known = model::detail_field_type_name::known;

    // The body of "create organization detail field" (POST /organization/details), as the docs show it.
    const model::create_detail_field_request region{
        .name = "Region",
        .type = {.name = known::select, .options = std::vector<std::string>{"AU", "EU", "US"}},
    };
    std::cout << csm::json::serialize(region) << '\n';

    // Reading is tolerant of unknown keys and values, and exact about what is wrong.
    const auto entitlement = csm::json::parse<model::entitlement>(R"({
        "id": "3858a61a-d337-42e6-993e-e13e1c366d4f",
        "product": {"id": "3858a61a-d337-42e6-993e-e13e1c366d4f", "name": "Acme Widget"},
        "entitledEntity": {"id": "123", "type": "CUSTOMER"},
        "details": [{"id": "321", "name": "Region", "type": {"name": "SELECT"}, "values": ["EU"], "configuration": {}}],
        "addedNextYear": true
    })");
    std::cout << "entitlement to " << entitlement->product.name << " for " << entitlement->entitled_entity.type << '\n';

    const auto broken = csm::json::parse<model::entitlement>(R"({"id": "e1", "product": {"id": 7}})");
    std::cout << "error: " << broken.error().message() << '\n';
    return entitlement && !broken ? 0 : 1;
}

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// csm::json::parse<T> for every Teamwork Graph object type and envelope (fuzz/README.md).
#include "invariants.hpp"

#include <csm/graph.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {
using namespace csm::graph;
using graph_types = boost::mp11::mp_list<customer_org, customer_org_category, organisation, any_object, unknown_object,
                                         set_objects_request, get_object_by_external_id_request,
                                         delete_objects_by_external_id_request, delete_objects_by_properties_request,
                                         bulk_object_response, get_object_response, delete_objects_response,
                                         user_reference, thumbnail, entity_key, permission_list, association_list>;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, graph_types>>(
        [&](auto type) { csm_fuzz::check_all<typename decltype(type)::type>(text); });
    // Validation of raw JSON reports every problem; none may repeat a value.
    if (const auto dom = csm_fuzz::dom_of(text)) {
        for (const boost::json::value& input : {*dom, csm_fuzz::marked(*dom)})
            for (const problem& p : validate_json(input))
                if (p.message().find(csm_fuzz::marker) != std::string::npos)
                    csm_fuzz::broken("a problem repeats a value");
    }
    return 0;
}

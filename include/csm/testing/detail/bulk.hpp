// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_DETAIL_BULK_HPP
#define CSM_TESTING_DETAIL_BULK_HPP

#include <csm/testing/detail/respond.hpp>
#include <csm/testing/detail/site.hpp>

#include <csm/instant.hpp>
#include <csm/rest/customer_bulk.hpp>
#include <csm/rest/organization_bulk.hpp>
#include <csm/rest/task.hpp>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Bulk operations and their tasks in csm::testing::simulator: detail-field definitions (B1, B5), detail values
/// (B2, B6) and the task status (T1). Not a public API.
namespace csm::testing::detail {

/// The status a finished task reports. Only IN_PROGRESS is documented; this final value is the simulator's
/// (clients treat any other value as finished: task_status_response::in_progress()).
inline constexpr std::string_view task_completed = "COMPLETED";

/// Stores a task and answers the bulk request with its TaskSubmitResponse.
inline rest::http_response submit(const call& c, site& s, std::string type, std::vector<rest::task::task_failure> f) {
    const std::string id = uuid_from(s.next_uuid++);
    s.tasks.emplace(id, task_record{std::move(type), std::move(f), c.now});
    return ok(rest::model::task_submit_response{csm::task_id(id), "/api/v1/tasks/" + id});
}

/// B1, B5: every definition or none. Names clash within the request or with existing fields (ignoring case
/// and surrounding blanks), or the kind's 50 would be exceeded: 400 for the whole request.
inline rest::http_response bulk_definitions(const call& c, site& s, field_kind k) {
    auto body = read_body<rest::model::detail_field_definitions_request>(c.req);
    if (!body) return bad_request(body.error());
    // B1 checks with exactly B5's rules (csm/rest/customer_bulk.hpp).
    if (auto e = rest::organization_bulk::check_definitions(*body, {})) return bad_request(*e);
    field_store& fields = s.fields_of(k);
    const auto& defs = body->detail_fields;
    for (std::size_t i = 0; i < defs.size(); ++i) {
        const std::string at = "/body/detailFields/" + std::to_string(i);
        if (fields.find(defs[i].name))
            return bad_request(errc::invalid_value, at + "/name", "a name no other detail field has");
        if (auto e = field_store::options_fit(defs[i].type.name, defs[i].type.options, at + "/type/options"))
            return bad_request(*e);
    }
    if (fields.definitions.size() + defs.size() > max_detail_fields)
        return bad_request(errc::limit_exceeded, "/body/detailFields",
                           "at most " + std::to_string(max_detail_fields) + " detail fields of this kind");
    for (const auto& d : defs)
        fields.definitions.push_back({std::to_string(fields.next_id++), d.name, d.type, fields.next_position++});
    return submit(
        c, s, k == field_kind::customer ? "BULK_CUSTOMER_DETAIL_FIELD_CREATE" : "BULK_ORGANIZATION_DETAIL_FIELD_CREATE",
        {});
}

/// B2, B6: each operation acts or becomes a failure of the task; an unknown entity fails all of its operations.
/// UPDATE replaces the values, PATCH adds the ones not there yet, DELETE clears the field (the difference
/// between UPDATE and PATCH is undocumented; docs/testing.md).
template <class Items>
rest::http_response bulk_values(const call& c, site& s, field_kind k, const Items& items,
                                bool entity_exists_fn(const site&, const std::string&)) {
    field_store& fields = s.fields_of(k);
    const rest::task::failure_entity entity(k == field_kind::customer ? "CUSTOMER" : "ORGANIZATION");
    std::vector<rest::task::task_failure> failures;
    auto fail = [&](const std::string& id, std::vector<std::string> on, std::string why) {
        failures.push_back({entity, id, std::nullopt, std::nullopt, std::move(on), std::move(why)});
    };
    for (const auto& [id, operations] : items) {
        if (!entity_exists_fn(s, id)) {
            fail(id, {}, k == field_kind::customer ? "Customer does not exist" : "Organization does not exist");
            continue;
        }
        for (const rest::model::bulk_detail_value_operation& op : operations) {
            const field_definition* d = fields.find(op.payload.name);
            if (!d) {
                fail(id, {op.payload.name}, "Invalid detail field");
                continue;
            }
            using known = rest::model::detail_value_operation_type::known;
            std::vector<std::string> next = op.payload.values.value_or(std::vector<std::string>{});
            if (op.operation_type == known::patch) {
                const auto cur = fields.values[id].find(d->id);
                std::vector<std::string> merged =
                    cur == fields.values[id].end() ? std::vector<std::string>{} : cur->second;
                for (const std::string& v : next)
                    if (std::find(merged.begin(), merged.end(), v) == merged.end()) merged.push_back(v);
                next = std::move(merged);
            } else if (op.operation_type == known::delete_) {
                next.clear();
            } else if (op.operation_type != known::update) {
                fail(id, {op.payload.name}, "Invalid operation type");
                continue;
            }
            if (check_values(d->type, next)) {
                fail(id, {op.payload.name}, "Invalid detail field value");
                continue;
            }
            if (next.empty()) fields.values[id].erase(d->id);
            else fields.values[id][d->id] = std::move(next);
        }
    }
    return submit(
        c, s, k == field_kind::customer ? "BULK_CUSTOMER_DETAIL_VALUE_UPDATE" : "BULK_ORGANIZATION_DETAIL_VALUE_UPDATE",
        std::move(failures));
}

inline std::optional<rest::http_response> bulk_call(const call& c, site& s) {
    const std::string_view n = c.name;
    if (n == "customer_bulk.detail_field_definitions.create") return bulk_definitions(c, s, field_kind::customer);
    if (n == "organization_bulk.detail_field_definitions.create")
        return bulk_definitions(c, s, field_kind::organization);
    if (n == "customer_bulk.detail_values.update") {
        auto body = read_body<rest::customer_bulk::detail_values_request>(c.req);
        if (!body) return bad_request(body.error());
        const rest::customer_bulk::update_detail_values ep{rest::idempotency_key::json_placeholder(), *body};
        if (auto e = ep.validate()) return bad_request(*e);
        std::vector<std::pair<std::string, std::vector<rest::model::bulk_detail_value_operation>>> items;
        for (const auto& x : body->customers) items.emplace_back(x.customer_id.str(), x.operations);
        return bulk_values(c, s, field_kind::customer, items,
                           [](const site& st, const std::string& id) { return st.customers.contains(id); });
    }
    if (n == "organization_bulk.detail_values.update") {
        auto body = read_body<rest::organization_bulk::detail_values_request>(c.req);
        if (!body) return bad_request(body.error());
        const rest::organization_bulk::update_detail_values ep{rest::idempotency_key::json_placeholder(), *body};
        if (auto e = ep.validate()) return bad_request(*e);
        std::vector<std::pair<std::string, std::vector<rest::model::bulk_detail_value_operation>>> items;
        for (const auto& x : body->organizations) items.emplace_back(x.organization_id.str(), x.operations);
        return bulk_values(c, s, field_kind::organization, items,
                           [](const site& st, const std::string& id) { return st.organizations.contains(id); });
    }
    if (n == "task.get_status") {
        const auto it = s.tasks.find(c.params.at(0));
        if (it == s.tasks.end()) return error(404, "Task does not exist");
        task_record& t = it->second;
        ++t.polls;
        const auto at = csm::instant::from_time_point(std::chrono::floor<std::chrono::seconds>(t.created));
        return ok(rest::task::task_status_response{
            csm::task_id(it->first), rest::task::task_type(t.type),
            rest::task::task_status(t.polls == 1 ? std::string_view("IN_PROGRESS") : task_completed),
            t.polls == 1 ? std::vector<rest::task::task_failure>{} : t.failures, at, at});
    }
    return std::nullopt;
}

} // namespace csm::testing::detail

#endif

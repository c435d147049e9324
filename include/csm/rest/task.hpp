// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_TASK_HPP
#define CSM_REST_TASK_HPP

#include <csm/ids.hpp>
#include <csm/instant.hpp>
#include <csm/json/codec.hpp>
#include <csm/open_enum.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/http_method.hpp>
#include <csm/rest/model/task.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// Tasks (docs/decisions.md#endpoint-groups, T1): the status of an asynchronous bulk operation. Every bulk endpoint answers with a
/// model::task_submit_response; poll get_task_status (status_request() builds it) until the task has finished.
namespace csm::rest::task {

struct task_type_traits {
    enum class known { bulk_customer_profile_create_update };
    // The only value seen; the full list is undocumented (docs/decisions.md#task-status-values).
    static constexpr std::string_view names[] = {"BULK_CUSTOMER_PROFILE_CREATE_UPDATE"};
};
/// TaskStatusResponse.type: which bulk operation the task runs. Open: other values are kept verbatim.
using task_type = csm::open_enum<task_type_traits>;

struct task_status_traits {
    enum class known { in_progress };
    // Only IN_PROGRESS is documented; the completion and failure values are unknown (docs/decisions.md#task-status-values).
    static constexpr std::string_view names[] = {"IN_PROGRESS"};
};
/// TaskStatusResponse.status. Open: since the final values are undocumented, treat any value other than
/// IN_PROGRESS as finished (task_status_response::in_progress()).
using task_status = csm::open_enum<task_status_traits>;

struct failure_entity_traits {
    enum class known { customer, organization };
    // CUSTOMER is seen; ORGANIZATION is the obvious counterpart for organization bulk operations (unconfirmed).
    static constexpr std::string_view names[] = {"CUSTOMER", "ORGANIZATION"};
};
/// TaskFailure.entity: the kind of entity the failed operation was about.
using failure_entity = csm::open_enum<failure_entity_traits>;

struct failure_operation_traits {
    enum class known { create };
    static constexpr std::string_view names[] = {"CREATE"}; // the only value seen
};
/// TaskFailure.operation.
using failure_operation = csm::open_enum<failure_operation_traits>;

struct failure_target_traits {
    enum class known { customer_account };
    static constexpr std::string_view names[] = {"CUSTOMER_ACCOUNT"}; // the only value seen
};
/// TaskFailure.operatedOn: what the failed operation acted on.
using failure_target = csm::open_enum<failure_target_traits>;

/// TaskFailure: one failed item of a bulk operation. Which fields are always present is undocumented, so all
/// are optional: one incomplete failure must not make the whole status unreadable.
struct task_failure {
    std::optional<failure_entity> entity;
    std::optional<std::string> entity_id; ///< a customer or an organization id, per `entity`
    std::optional<failure_operation> operation;
    std::optional<failure_target> operated_on;
    std::vector<std::string> operated_on_ids; ///< e.g. detail field names: ["Region"]
    std::optional<std::string> error;         ///< e.g. "Invalid detail field"
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("operated_on_ids")};
    friend bool operator==(const task_failure&, const task_failure&) = default;
};
BOOST_DESCRIBE_STRUCT(task_failure, (), (entity, entity_id, operation, operated_on, operated_on_ids, error))

/// TaskStatusResponse (T1).
struct task_status_response {
    csm::task_id id;
    task_type type;
    task_status status;
    std::vector<task_failure> failures;
    std::optional<csm::instant> created_at;
    std::optional<csm::instant> updated_at;
    static constexpr csm::json::field_rule json_fields[] = {csm::json::default_if_missing("failures")};

    /// Whether the task is still running: status IN_PROGRESS. Every other status counts as finished, because the
    /// final values are undocumented.
    bool in_progress() const noexcept { return status == task_status::known::in_progress; }

    friend bool operator==(const task_status_response&, const task_status_response&) = default;
};
BOOST_DESCRIBE_STRUCT(task_status_response, (), (id, type, status, failures, created_at, updated_at))

/// T1 — GET /tasks/{taskId} — https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-task/#api-api-v1-tasks-taskid-get
/// The status of a task, with the failures once it has finished. [task] requires
/// X-ExperimentalApi (the newer reference text does not), so it is sent by default.
struct get_task_status {
    csm::task_id task_id;

    static constexpr endpoint_info info{
        .name = "task.get_status",
        .path = "/tasks/{taskId}",
        .scopes = {"read:task:jira-service-management"},
        .experimental = true,
        .docs = {.id = "T1",
                 .permission = permission::admin_or_user,
                 .summary = "Returns the status of a given task, including a list of any failures on completion."}};
    using response = task_status_response;

    friend bool operator==(const get_task_status&, const get_task_status&) = default;
};
BOOST_DESCRIBE_STRUCT(get_task_status, (), (task_id))

/// The task id in a `statusUrl`, when it has the documented form "/api/v1/tasks/<id>" (relative to the API root,
/// docs/decisions.md#base-urls), optionally after a base such as "https://api.atlassian.com/jsm/csm/cloudid/<cloudId>";
/// std::nullopt for any other form. The id must be one plain segment: no "/", "?", "#", "%", control
/// characters or spaces, and not "." or "..".
inline std::optional<csm::task_id> task_id_from_status_url(std::string_view status_url) {
    constexpr std::string_view marker = "/api/v1/tasks/";
    const std::size_t at = status_url.rfind(marker);
    if (at == std::string_view::npos) return std::nullopt;
    if (at != 0 && !status_url.starts_with("https://") && !status_url.starts_with("http://")) return std::nullopt;
    const std::string_view id = status_url.substr(at + marker.size());
    if (id.empty() || id == "." || id == "..") return std::nullopt;
    for (const char c : id) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f || c == '/' || c == '?' || c == '#' || c == '%' || c == '\\') return std::nullopt;
    }
    return csm::task_id(id);
}

/// The T1 request that polls the task a bulk endpoint submitted: by `submitted.id`, the documented task id, or,
/// when that is absent or empty, by the id read from `statusUrl` (task_id_from_status_url()); std::nullopt when neither
/// holds a usable id.
inline std::optional<get_task_status> status_request(const model::task_submit_response& submitted) {
    if (submitted.id && !submitted.id->empty()) return get_task_status{*submitted.id};
    if (auto id = task_id_from_status_url(submitted.status_url)) return get_task_status{std::move(*id)};
    return std::nullopt;
}

} // namespace csm::rest::task

#endif

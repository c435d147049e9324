// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_MODEL_TASK_HPP
#define CSM_REST_MODEL_TASK_HPP

#include <csm/ids.hpp>
#include <csm/json/codec.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

namespace csm::rest::model {

/// TaskSubmitResponse: what every bulk endpoint returns. `statusUrl` is relative to the API root
/// ("/api/v1/tasks/<id>"); poll it with csm::rest::task::status_request(response), which falls back on the
/// id in `statusUrl` when `id` is missing or empty (the docs do not confirm that `id` is always there).
struct task_submit_response {
    std::optional<csm::task_id> id = {};
    std::string status_url;
    friend bool operator==(const task_submit_response&, const task_submit_response&) = default;
};
BOOST_DESCRIBE_STRUCT(task_submit_response, (), (id, status_url))

} // namespace csm::rest::model

#endif

// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_TESTING_DETAIL_CSM_REQUEST_HPP
#define CSM_TESTING_DETAIL_CSM_REQUEST_HPP

#include <csm/testing/detail/respond.hpp>
#include <csm/testing/detail/site.hpp>

#include <csm/rest/check.hpp>
#include <csm/rest/csm_request.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>

/// CSM requests in csm::testing::simulator: R1 creates an issue on a help center, R2 comments on it. The
/// response of R1 and both sides of R2 are undocumented; docs/testing.md gives the shapes the simulator
/// chose. Not a public API.
namespace csm::testing::detail {

/// The issue an `issueIdOrKey` path parameter names (by id or key); nullptr when none.
inline issue_record* find_issue(site& s, const std::string& id_or_key) {
    for (auto& [key, issue] : s.issues)
        if (key == id_or_key || issue.id == id_or_key) return &issue;
    return nullptr;
}

/// R1: checked with the endpoint's validate() plus a non-empty summary (Jira requires one); the reporter's email,
/// a raw member, is accepted and not kept. Issues are "10001", "10002", … with keys "CSM-1", "CSM-2", ….
inline rest::http_response create_external_request(const call& c, site& s) {
    namespace cr = rest::csm_request;
    auto body = read_body<cr::external_request>(c.req);
    if (!body) return bad_request(body.error());
    if (auto e = cr::create_external_request{*body}.validate()) return bad_request(*e);
    if (body->help_center_id.view().empty())
        return bad_request(errc::invalid_value, "/body/helpCenterId", "a non-empty help center id");
    if (rest::check::is_blank(body->summary))
        return bad_request(errc::invalid_value, "/body/summary", "a non-empty summary");
    const std::uint64_t n = s.next_issue++;
    issue_record issue{std::to_string(10000 + n), "CSM-" + std::to_string(n), body->help_center_id.str(), {}, {}};
    const cr::created_request out{issue.id, issue.key, {}};
    s.issues.emplace(issue.key, std::move(issue));
    return ok(out, 201);
}

/// R2 on an issue of the help center (R1's, or the one H4 raised it on). The body `{"body": "<text>", "public": <bool, default true>}` (Jira Service Management's comment
/// shape; R2's is undocumented), answered `{"id", "body", "public"}`.
inline rest::http_response add_comment(const call& c, site& s) {
    issue_record* issue = find_issue(s, c.param(1));
    if (!issue || (issue->help_center_id != c.param(0) && issue->raised_on != c.param(0)))
        return error(404, "Issue does not exist");
    auto raw = read_body<rest::csm_request::raw_body>(c.req);
    if (!raw) return bad_request(raw.error());
    const boost::json::object& members = raw->unknown_members.members;
    const boost::json::value* text = members.if_contains("body");
    if (!text) return bad_request(errc::missing_member, "/body/body", "the comment's text");
    if (!text->is_string() || rest::check::is_blank(text->get_string()))
        return bad_request(errc::invalid_value, "/body/body", "a non-empty string");
    const boost::json::value* visible = members.if_contains("public");
    if (visible && !visible->is_bool()) return bad_request(errc::type_mismatch, "/body/public", "a boolean");
    const std::string id = std::to_string(s.next_comment++);
    issue->comment_ids.push_back(id);
    boost::json::object out;
    out["id"] = id;
    out["body"] = *text;
    out["public"] = visible ? visible->get_bool() : true;
    return ok(boost::json::value(std::move(out)), 201);
}

inline std::optional<rest::http_response> csm_request_call(const call& c, site& s) {
    if (c.name == "csm_request.external.create") return create_external_request(c, s);
    if (c.name == "csm_request.comment.add") return add_comment(c, s);
    return std::nullopt;
}

} // namespace csm::testing::detail

#endif

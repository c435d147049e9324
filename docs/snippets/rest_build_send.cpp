// An endpoint is a described aggregate of its parameters with static metadata. build_request turns it into
// a plain request; a transport (any callable) does the I/O; parse_response / send give the typed answer.
#include <csm/ids.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/scopes.hpp>
#include <csm/rest/send.hpp>

#include <cassert>
#include <string>
#include <vector>

namespace example {
using namespace csm::rest;

struct organization {
    csm::organization_id id;
    std::string name;
};
BOOST_DESCRIBE_STRUCT(organization, (), (id, name))

struct set_detail_values_request {
    std::vector<std::string> values;
};
BOOST_DESCRIBE_STRUCT(set_detail_values_request, (), (values))

struct set_organization_detail_value {
    csm::organization_id organization_id; // {organizationId} in the path
    std::string field_name;               // not in the path: the query parameter fieldName
    set_detail_values_request body;       // the JSON body
    static constexpr endpoint_info info{
        .name = "organization.set_detail_value", .method = http_method::put,
        .path = "/organization/{organizationId}/details",
        .scopes = {"write:organization.detail:jira-service-management"},
        .docs = {.id = "O8", .permission = "Jira Service Management agent",
                 .summary = "Sets the value of an organization's detail."}};
    using response = organization;

    std::optional<csm::error> validate() const { // optional client-side checks, run first by build_request
        if (field_name.empty()) return csm::error{csm::errc::invalid_value, "/query/fieldName", "a field name"};
        return std::nullopt;
    }
};
BOOST_DESCRIBE_STRUCT(set_organization_detail_value, (), (organization_id, field_name, body))
} // namespace example

int main() {
    using namespace csm::rest;
    const api_base base = api_base::atlassian(csm::cloud_id("a436116f-02ce-4520-8fbb-7301462a1674")).value();
    const example::set_organization_detail_value ep{csm::organization_id("123"), "Region", {{"EU"}}};

    // 1. Build: method, URL (a boost::urls::url), headers, body. Authorization is the transport's business.
    const csm::result<http_request> req = build_request(ep, base);
    assert(req->method == http_method::put);
    assert(req->url.buffer() == "https://api.atlassian.com/jsm/csm/cloudid/a436116f-02ce-4520-8fbb-7301462a1674"
                                "/api/v1/organization/123/details?fieldName=Region");
    assert((req->headers == std::vector<http_header>{{"Accept", "application/json"},
                                                     {"Content-Type", "application/json"}}));
    assert(*req->body == R"({"values":["EU"]})");

    // 2. Parse what the transport got back: a typed response, or an api_error.
    const auto ok = parse_response<example::set_organization_detail_value>(200, {}, R"({"id":"123","name":"Acme"})");
    assert(ok->name == "Acme");

    // 3. Or both at once: send() = build_request + transport + parse_response.
    auto transport = [](const http_request& r) {
        assert(r.target() == "/jsm/csm/cloudid/a436116f-02ce-4520-8fbb-7301462a1674/api/v1/organization/123/"
                             "details?fieldName=Region");
        return http_response{404, {}, R"({"errorMessages":["Organization does not exist"]})"};
    };
    const call_result<example::set_organization_detail_value> sent = send(transport, ep, base);
    assert(sent.error().api()->kind == api_error_kind::not_found);
    assert(sent.error().message() == "404 not_found: Organization does not exist");

    // Ids cannot change the endpoint: unsafe ones are refused, the rest are one encoded segment.
    const auto dots = build_request(example::set_organization_detail_value{csm::organization_id(".."), "R", {}}, base);
    assert(dots.error().pointer == "/path/organizationId" && dots.error().code == csm::errc::unsafe_value);
    const auto slash = build_request(example::set_organization_detail_value{csm::organization_id("a/b"), "R", {}},
                                     api_base::forge());
    assert(slash->url.buffer() == "/jsm/csm/api/v1/organization/a%2Fb/details?fieldName=R");

    // The scopes of the calls a program makes, as a compile-time constant.
    static_assert(required_scopes<example::set_organization_detail_value>.contains(
        "write:organization.detail:jira-service-management"));
}

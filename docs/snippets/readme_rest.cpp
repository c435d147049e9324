#include <csm/rest.hpp>

#include <cassert>
#include <iostream>

namespace rest = csm::rest;

int main() {
    const rest::api_base base = rest::api_base::atlassian(csm::cloud_id("your-cloud-id")).value();

    // 1. Build: a typed endpoint in, {method, url, headers, body} out. Nothing is sent.
    const rest::organization::get_organization get{csm::organization_id("123")};
    const csm::result<rest::http_request> request = rest::build_request(get, base);
    assert(request->url.buffer() == "https://api.atlassian.com/jsm/csm/cloudid/your-cloud-id/api/v1/organization/123");

    // 2. Send it with the HTTP stack you have; the transport adds Authorization. With the libcurl example
    //    transport (examples/transport_curl/curl_transport.hpp) that is
    //        csm_examples::curl_transport http({.authorization = csm_examples::bearer_authorization(token)});
    //    Any callable from http_request to http_response will do; here, a canned answer:
    auto http = [](const rest::http_request&) {
        return rest::http_response{200, {}, R"({"id":"123","name":"Atlassian"})"};
    };
    const rest::http_response response = http(*request);

    // 3. Parse: {status, headers, body} in, the typed response or a typed API error out.
    const auto org = rest::parse_response<rest::organization::get_organization>(response);
    if (org) std::cout << org->name << '\n';                // Atlassian
    else std::cerr << org.error().message() << '\n';        // e.g. 404 not_found: Organization does not exist.

    // Or all three at once: the same typed result.
    assert(rest::send(http, get, base)->name == "Atlassian");
}

// OAuth 2.0 (3LO) from nothing to a call, sans-IO: every step is a request built by csm::auth and a
// response read by it. `answer` stands for your HTTP client (here: canned answers, so that this runs offline).
#include <csm/auth.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/organization.hpp>

#include <cassert>
#include <chrono>
#include <string>

namespace auth = csm::auth;
namespace rest = csm::rest;
using namespace std::chrono_literals;

rest::http_response answer(const rest::http_request& request) {
    if (request.url.path() == "/oauth/token")
        return {200, {}, R"({"access_token":"AT","expires_in":3600,"refresh_token":"RT","scope":"offline_access"})"};
    return {200, {}, R"([{"id":"1324a887-45db-1bf4-1e99-ef0ff456d421","name":"Site name",)"
                     R"("url":"https://your-domain.atlassian.net","scopes":["read:organization:jira-service-management"]}])"};
}

int main() {
    // 1. The authorization URL: scopes computed at compile time from the endpoints called, plus offline_access.
    constexpr auto scopes = auth::scopes_with_refresh<rest::organization::get_organization>;
    const std::string state = "a-random-value-bound-to-the-session";
    auto url = auth::authorization_url({.client_id = "YOUR_CLIENT_ID",
                                        .redirect_uri = "https://app.example.com/callback",
                                        .scopes = auth::scope_strings(scopes),
                                        .state = state});
    assert(url && url->starts_with("https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id="));

    // 2. The browser comes back to the redirect URI: check the state, take the code.
    auto code = auth::read_callback("https://app.example.com/callback?code=CODE&state=" + state, state);
    assert(code);

    // 3. The code for tokens; the expiry is computed on the caller's clock.
    const auth::client_secret secret("YOUR_CLIENT_SECRET");
    auto exchange = auth::token_request(
        auth::code_exchange{"YOUR_CLIENT_ID", secret, std::move(*code), "https://app.example.com/callback"});
    const auto now = auth::clock::now();
    auto tokens = auth::read_token_response(answer(*exchange), now);
    assert(tokens && tokens->refresh && tokens->expires_at == now + 3600s);

    // 4. The cloud id: accessible resources (the transport adds Authorization: Bearer <token>), one site chosen.
    auto sites = auth::read_accessible_resources(answer(auth::accessible_resources_request()));
    auto site = auth::choose_site(*sites, auth::site_selector::url("your-domain.atlassian.net"));
    assert(site && site->id.view() == "1324a887-45db-1bf4-1e99-ef0ff456d421");

    // 5. Calls: build with the site's base; give the transport the Authorization header.
    auto request = rest::build_request(rest::organization::get_organization{csm::organization_id("123")},
                                       rest::api_base::atlassian(site->id).value());
    assert(request && request->url.buffer().starts_with("https://api.atlassian.com/jsm/csm/cloudid/1324a887"));
    auto authorization = auth::bearer(tokens->access); // {"Authorization", "Bearer AT"} for the transport
    assert(authorization && authorization->value == "Bearer AT");

    // 6. Later: refresh when expired. The refresh token rotates: the new set replaces the old one.
    if (tokens->expired(now + 3600s)) {
        auto refresh = auth::token_request(auth::token_refresh{"YOUR_CLIENT_ID", secret, *tokens->refresh});
        auto fresh = auth::read_token_response(answer(*refresh), now + 3600s);
        assert(fresh);
        tokens = std::move(*fresh);
    }
}
